import { describe, expect, it } from 'vitest'
import type { RegionGeoJson } from '@/api/types'
import {
  countyMap,
  escapeHtml,
  institutionsByTypeOption,
  mapTarget,
  networkMapOption,
  overviewMapOption,
  toMapPoints,
  viewBounds,
  type MapPoint,
} from './charts'

const counties = [
  { code: '990101000000', name: '临江区' },
  { code: '990121000000', name: '东坪县' },
]

const point = (code: string, tier: MapPoint['tier'], hospital = false): MapPoint => ({
  code,
  name: `机构${code}`,
  tier,
  hospital,
  longitude: 120 + Number(code),
  latitude: 30,
})

const overviewLabels = {
  tier: (code: string) => `tier:${code}`,
  formatNumber: (value: number) => value.toLocaleString('en'),
  populationLine: (value: string) => `常住人口：${value}`,
}

// ECharts accepts an object or an array for most components; the options here use one of each.
type AnyOption = Record<string, any>

describe('countyMap', () => {
  it('keeps the county polygons and drops the city outline', () => {
    const geo: RegionGeoJson = {
      type: 'FeatureCollection',
      features: [
        { type: 'Feature', properties: { code: '990100000000', name: '青川市', level: 'city' }, geometry: { type: 'Polygon', coordinates: [] } },
        { type: 'Feature', properties: { code: '990101000000', name: '临江区', level: 'county' }, geometry: { type: 'Polygon', coordinates: [] } },
      ],
    }
    expect(countyMap(geo).features.map((f) => f.properties.code)).toEqual(['990101000000'])
  })
})

describe('toMapPoints', () => {
  it('drops institutions without coordinates and marks hospitals', () => {
    const points = toMapPoints([
      { code: 'A1', name: '市人民医院', tier: 'city', type: 'general_hospital', latitude: 30.1, longitude: 120.2 },
      { code: 'B2', name: '桃源村卫生室', tier: 'grassroots', type: 'village_clinic', latitude: 30.3, longitude: 120.4 },
      { code: 'C3', name: '无坐标卫生院', tier: 'grassroots', type: 'township_health_center', latitude: null, longitude: null },
    ])
    expect(points).toEqual([
      { code: 'A1', name: '市人民医院', tier: 'city', hospital: true, longitude: 120.2, latitude: 30.1 },
      { code: 'B2', name: '桃源村卫生室', tier: 'grassroots', hospital: false, longitude: 120.4, latitude: 30.3 },
    ])
  })
})

describe('overviewMapOption', () => {
  const option = overviewMapOption({
    counties,
    population: new Map([['990101000000', 350000], ['990121000000', 120000]]),
    points: [point('1', 'city', true), point('2', 'grassroots'), point('3', 'grassroots')],
    selectedCounty: '990121000000',
    labels: overviewLabels,
  }) as AnyOption

  it('shades the counties by population', () => {
    expect(option.series[0]).toMatchObject({ type: 'map', geoIndex: 0 })
    expect(option.series[0].data).toEqual([
      { name: '990101000000', value: 350000, regionName: '临江区' },
      { name: '990121000000', value: 120000, regionName: '东坪县' },
    ])
    expect(option.visualMap).toMatchObject({ min: 0, max: 350000, seriesIndex: 0 })
  })

  it('has one point series per tier, hospitals larger', () => {
    const scatter = option.series.slice(1)
    expect(scatter.map((s: AnyOption) => s.name)).toEqual(['tier:city', 'tier:county', 'tier:grassroots'])
    expect(scatter.map((s: AnyOption) => s.data.length)).toEqual([1, 0, 2])
    expect(scatter[0].data[0]).toMatchObject({ code: '1', value: [121, 30] })
    expect(scatter[0].data[0].symbolSize).toBeGreaterThan(scatter[2].data[0].symbolSize)
  })

  it('keys the map by division code, labels counties by name and marks the selected one', () => {
    expect(option.geo).toMatchObject({ nameProperty: 'code', regions: [{ name: '990121000000', selected: true }] })
    expect(option.geo.label.formatter({ name: '990101000000' })).toBe('临江区')
  })

  it('names a county and its population in the tooltip, escaping HTML', () => {
    const html = option.tooltip.formatter({ seriesType: 'map', value: 350000, data: { regionName: '<b>临江区</b>' } })
    expect(html).toBe('&#60;b&#62;临江区&#60;/b&#62;<br/>常住人口：350,000')
  })
})

describe('networkMapOption', () => {
  const lead = point('1', 'city', true)
  const option = networkMapOption({
    counties,
    servedRegion: '990101000000',
    lead,
    members: [lead, point('2', 'county'), point('3', 'grassroots')],
    labels: { lead: '牵头机构', member: '成员单位' },
  }) as AnyOption

  it('frames the members', () => {
    expect(option.geo.boundingCoords).toEqual(viewBounds([lead, point('2', 'county'), point('3', 'grassroots')]))
  })

  it('draws a line from the lead to every other member', () => {
    expect(option.series[0].type).toBe('lines')
    expect(option.series[0].data).toEqual([
      { coords: [[121, 30], [122, 30]] },
      { coords: [[121, 30], [123, 30]] },
    ])
  })

  it('shows the lead in its own series, apart from the members', () => {
    expect(option.series[1]).toMatchObject({ name: '成员单位' })
    expect(option.series[1].data.map((d: AnyOption) => d.code)).toEqual(['2', '3'])
    expect(option.series[2]).toMatchObject({ name: '牵头机构', symbol: 'pin' })
    expect(option.series[2].data.map((d: AnyOption) => d.code)).toEqual(['1'])
  })

  it('draws no lines when the lead has no coordinates', () => {
    const withoutLead = networkMapOption({
      counties,
      servedRegion: null,
      lead: null,
      members: [point('2', 'county')],
      labels: { lead: 'L', member: 'M' },
    }) as AnyOption
    expect(withoutLead.series[0].data).toEqual([])
    expect(withoutLead.series[2].data).toEqual([])
  })
})

describe('viewBounds', () => {
  it('frames the points with a quarter of their extent around them', () => {
    const a = { ...point('1', 'city'), longitude: 120, latitude: 30 }
    const b = { ...point('2', 'county'), longitude: 121, latitude: 30.4 }
    expect(viewBounds([a, b])).toEqual([
      [119.75, 30.65],
      [121.25, 29.75],
    ])
  })

  it('leaves a single point to the whole-region view', () => {
    expect(viewBounds([point('1', 'city')])).toBeUndefined()
  })
})

describe('institutionsByTypeOption', () => {
  it('puts the largest type on top and leaves out empty types', () => {
    const option = institutionsByTypeOption(
      [
        { key: 'general_hospital', count: 4 },
        { key: 'village_clinic', count: 120 },
        { key: 'cdc_center', count: 0 },
      ],
      (code) => `type:${code}`,
    ) as AnyOption
    expect(option.yAxis.data).toEqual(['type:general_hospital', 'type:village_clinic'])
    expect(option.series[0].data).toEqual([4, 120])
  })
})

describe('mapTarget', () => {
  it('tells a county click from an institution click', () => {
    expect(mapTarget({ componentType: 'geo', name: '990101000000' })).toEqual({ kind: 'region', code: '990101000000' })
    expect(mapTarget({ componentType: 'series', seriesType: 'map', name: '990121000000' })).toEqual({
      kind: 'region',
      code: '990121000000',
    })
    expect(mapTarget({ componentType: 'series', seriesType: 'scatter', data: { code: 'A1' } })).toEqual({
      kind: 'institution',
      code: 'A1',
    })
    expect(mapTarget({ componentType: 'series', seriesType: 'lines' })).toBeNull()
  })
})

describe('escapeHtml', () => {
  it('escapes the characters that start markup', () => {
    expect(escapeHtml(`<a href="x">'&'</a>`)).toBe('&#60;a href=&#34;x&#34;&#62;&#39;&#38;&#39;&#60;/a&#62;')
  })
})
