// ECharts options for the registry screens, as pure functions of the data and the labels.
import type { EChartsOption } from 'echarts'
import type { CareTier, InstitutionType, KeyCount, RegionGeoJson } from '@/api/types'
import { hospitalTypes, tiers } from './codes'

/** The name under which the map pack's counties are registered with ECharts. */
export const regionMapName = 'tieredcare-region'

export const tierColors: Record<CareTier, string> = {
  city: '#d64545',
  county: '#e8962e',
  grassroots: '#2f9e6e',
}

const leadColor = '#c0392b'
const memberColor = '#2f6fd6'

export interface MapCounty {
  code: string
  name: string
}

/** An institution that has coordinates. */
export interface MapPoint {
  code: string
  name: string
  tier: CareTier
  hospital: boolean
  longitude: number
  latitude: number
}

export type MapTarget = { kind: 'region' | 'institution'; code: string }

interface Located {
  code: string
  name: string
  tier: CareTier
  type: InstitutionType
  latitude: number | null
  longitude: number | null
}

/** The county polygons of the map pack; the city outline would cover them and catch the clicks. */
export function countyMap(geo: RegionGeoJson): RegionGeoJson {
  return { ...geo, features: geo.features.filter((f) => f.properties.level === 'county') }
}

export function toMapPoints(items: Located[]): MapPoint[] {
  return items.flatMap((i) =>
    i.latitude === null || i.longitude === null
      ? []
      : [
          {
            code: i.code,
            name: i.name,
            tier: i.tier,
            hospital: hospitalTypes.includes(i.type),
            longitude: i.longitude,
            latitude: i.latitude,
          },
        ],
  )
}

export function escapeHtml(text: string): string {
  return text.replace(/[&<>"']/g, (c) => `&#${c.charCodeAt(0)};`)
}

/** What a click on a map chart hit: a county, or an institution point. */
export function mapTarget(params: {
  componentType?: string
  seriesType?: string
  name?: string
  data?: unknown
}): MapTarget | null {
  const data = params.data as { code?: unknown } | null | undefined
  if (params.seriesType === 'scatter' && typeof data?.code === 'string') {
    return { kind: 'institution', code: data.code }
  }
  if ((params.componentType === 'geo' || params.seriesType === 'map') && params.name) {
    return { kind: 'region', code: params.name }
  }
  return null
}

function geo(counties: MapCounty[], selected: string | null, roam: boolean) {
  const names = new Map(counties.map((c) => [c.code, c.name]))
  return {
    map: regionMapName,
    nameProperty: 'code',
    roam,
    triggerEvent: true,
    selectedMode: 'single' as const,
    label: {
      show: true,
      fontSize: 11,
      color: '#3d4b5c',
      textBorderColor: '#fff',
      textBorderWidth: 2,
      formatter: (p: { name: string }) => names.get(p.name) ?? p.name,
    },
    itemStyle: { areaColor: '#eef3f9', borderColor: '#8fa7c2', borderWidth: 1 },
    emphasis: { itemStyle: { areaColor: '#dce9f7' }, label: { show: true } },
    select: {
      itemStyle: { areaColor: '#a9cbf0', borderColor: '#1f6feb', borderWidth: 2 },
      label: { show: true, fontWeight: 'bold' as const },
    },
    regions: selected ? [{ name: selected, selected: true }] : [],
  }
}

function pointData(points: MapPoint[], size: (p: MapPoint) => number) {
  return points.map((p) => ({ name: p.name, code: p.code, value: [p.longitude, p.latitude], symbolSize: size(p) }))
}

const hospitalSize = (p: MapPoint) => (p.hospital ? 13 : 6)

/** The name beside a highlighted point, on a plate so that county names do not show through. */
const pointLabel = {
  show: true,
  position: 'right' as const,
  formatter: '{b}',
  fontWeight: 'bold' as const,
  color: '#1f2d3d',
  backgroundColor: 'rgba(255,255,255,0.9)',
  padding: [3, 6],
  borderRadius: 3,
}

function legend(names: string[]) {
  return { left: 12, bottom: 12, orient: 'vertical' as const, data: names, padding: 8, backgroundColor: 'rgba(255,255,255,0.85)' }
}

export interface OverviewMapLabels {
  tier: (code: CareTier) => string
  formatNumber: (value: number) => string
  /** 常住人口：1,234 — given the formatted number. */
  populationLine: (formatted: string) => string
}

/** Counties shaded by population, institutions as points coloured by tier, hospitals larger. */
export function overviewMapOption(input: {
  counties: MapCounty[]
  population: Map<string, number>
  points: MapPoint[]
  selectedCounty: string | null
  labels: OverviewMapLabels
}): EChartsOption {
  const { counties, population, points, selectedCounty, labels } = input
  const countyData = counties.map((c) => ({ name: c.code, value: population.get(c.code) ?? 0, regionName: c.name }))
  const maxPopulation = Math.max(1, ...countyData.map((c) => c.value))
  return {
    tooltip: {
      trigger: 'item',
      formatter: (params: unknown) => {
        const p = params as { seriesType: string; seriesName: string; value: unknown; data?: { regionName?: string; name?: string } }
        if (p.seriesType === 'map') {
          const value = typeof p.value === 'number' && !Number.isNaN(p.value) ? labels.formatNumber(p.value) : '—'
          return `${escapeHtml(p.data?.regionName ?? '')}<br/>${escapeHtml(labels.populationLine(value))}`
        }
        return `${escapeHtml(p.data?.name ?? '')}<br/>${escapeHtml(p.seriesName)}`
      },
    },
    legend: legend(tiers.map(labels.tier)),
    visualMap: {
      type: 'continuous',
      seriesIndex: 0,
      min: 0,
      max: maxPopulation,
      right: 12,
      bottom: 12,
      itemHeight: 90,
      text: [labels.formatNumber(maxPopulation), '0'],
      inRange: { color: ['#f0f5fb', '#8db8e6'] },
    },
    geo: geo(counties, selectedCounty, true),
    series: [
      { type: 'map', geoIndex: 0, data: countyData },
      ...tiers.map((tier) => ({
        type: 'scatter' as const,
        name: labels.tier(tier),
        coordinateSystem: 'geo',
        data: pointData(points.filter((p) => p.tier === tier), hospitalSize),
        itemStyle: { color: tierColors[tier], borderColor: '#fff', borderWidth: 1 },
        emphasis: { scale: 1.6 },
      })),
    ],
  }
}

/** The region with one institution marked and named. */
export function institutionMapOption(counties: MapCounty[], point: MapPoint): EChartsOption {
  return {
    geo: geo(counties, null, true),
    series: [
      {
        type: 'scatter',
        coordinateSystem: 'geo',
        data: pointData([point], () => 16),
        itemStyle: { color: tierColors[point.tier], borderColor: '#fff', borderWidth: 2 },
        label: pointLabel,
      },
    ],
  }
}

/**
 * The corners (west-north, east-south) of a view that frames the points with a margin, or
 * undefined for fewer than two points, which the whole region frames better.
 */
export function viewBounds(points: MapPoint[]): number[][] | undefined {
  if (points.length < 2) return undefined
  const lons = points.map((p) => p.longitude)
  const lats = points.map((p) => p.latitude)
  const [west, east, south, north] = [Math.min(...lons), Math.max(...lons), Math.min(...lats), Math.max(...lats)]
  const margin = Math.max(east - west, north - south, 0.05) * 0.25
  return [
    [west - margin, north + margin],
    [east + margin, south - margin],
  ]
}

export interface NetworkMapLabels {
  lead: string
  member: string
}

/** Members as points, the lead highlighted, and a line from the lead to each member. */
export function networkMapOption(input: {
  counties: MapCounty[]
  servedRegion: string | null
  lead: MapPoint | null
  members: MapPoint[]
  labels: NetworkMapLabels
}): EChartsOption {
  const { counties, servedRegion, lead, members, labels } = input
  const others = members.filter((m) => m.code !== lead?.code)
  return {
    tooltip: { trigger: 'item', formatter: (p: unknown) => escapeHtml((p as { name?: string }).name ?? '') },
    legend: legend([labels.lead, labels.member]),
    geo: { ...geo(counties, servedRegion, true), boundingCoords: viewBounds(members) },
    series: [
      {
        type: 'lines',
        coordinateSystem: 'geo',
        silent: true,
        data: lead
          ? others.map((m) => ({ coords: [[lead.longitude, lead.latitude], [m.longitude, m.latitude]] }))
          : [],
        lineStyle: { color: memberColor, width: 1, opacity: 0.5, curveness: 0.15 },
      },
      {
        type: 'scatter',
        name: labels.member,
        coordinateSystem: 'geo',
        data: pointData(others, (p) => (p.hospital ? 11 : 7)),
        itemStyle: { color: memberColor, borderColor: '#fff', borderWidth: 1 },
      },
      {
        type: 'scatter',
        name: labels.lead,
        coordinateSystem: 'geo',
        symbol: 'pin',
        data: lead ? pointData([lead], () => 34) : [],
        itemStyle: { color: leadColor },
        label: pointLabel,
        z: 3,
      },
    ],
  }
}

/** Horizontal bars of institutions by type, the largest on top. */
export function institutionsByTypeOption(
  counts: KeyCount<InstitutionType>[],
  typeLabel: (code: InstitutionType) => string,
): EChartsOption {
  const sorted = [...counts].filter((c) => c.count > 0).sort((a, b) => a.count - b.count)
  return {
    tooltip: { trigger: 'axis', axisPointer: { type: 'shadow' } },
    grid: { left: 8, right: 40, top: 8, bottom: 8, containLabel: true },
    xAxis: { type: 'value', splitLine: { lineStyle: { color: '#eef1f5' } } },
    yAxis: { type: 'category', data: sorted.map((c) => typeLabel(c.key)), axisTick: { show: false } },
    series: [
      {
        type: 'bar',
        data: sorted.map((c) => c.count),
        barMaxWidth: 18,
        itemStyle: { color: '#3a7bd5', borderRadius: [0, 3, 3, 0] },
        label: { show: true, position: 'right', color: '#4a5868' },
      },
    ],
  }
}
