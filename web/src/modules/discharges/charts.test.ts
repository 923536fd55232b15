import { describe, expect, it } from 'vitest'
import type { DrgProfileRow, QualityTopRule } from '@/api/types'
import { clickedRule, cmiByHospitalOption, topRulesOption } from './charts'

const rule = (code: string, count: number, severity: 'error' | 'warning' = 'error'): QualityTopRule => ({
  rule: code,
  severity,
  message: `message ${code}`,
  count,
  share: count / 100,
})

describe('topRulesOption', () => {
  const labels = { rule: (r: QualityTopRule) => `${r.rule} ${r.message}`, count: (r: QualityTopRule) => `${r.count}` }

  it('puts the most frequent rule on top (last on the category axis) and keeps the limit', () => {
    const option = topRulesOption([rule('A', 3), rule('B', 9, 'warning'), rule('C', 5)], labels, 2)
    const yAxis = option.yAxis as { data: string[] }
    expect(yAxis.data).toEqual(['C message C', 'B message B'])
    const series = (option.series as { data: { value: number; rule: string; itemStyle: { color: string } }[] }[])[0]
    expect(series.data.map((d) => d.value)).toEqual([5, 9])
    expect(series.data[1].itemStyle.color).not.toBe(series.data[0].itemStyle.color)
  })

  it('tells which rule a click hit', () => {
    expect(clickedRule({ data: { value: 3, rule: 'C01' } })).toBe('C01')
    expect(clickedRule({ data: 3 })).toBeNull()
  })
})

describe('cmiByHospitalOption', () => {
  const row = (code: string, cmi: number | null) => ({ institutionCode: code, institutionName: `医院${code}`, cmi }) as DrgProfileRow

  it('sorts hospitals by CMI, leaves out those without one, and draws the region line', () => {
    const option = cmiByHospitalOption([row('A', 0.9), row('B', 1.3), row('C', null)], 1.05, {
      cmi: 'CMI',
      region: '全市',
      format: (v) => v.toFixed(2),
    })
    expect((option.xAxis as { data: string[] }).data).toEqual(['医院B', '医院A'])
    const series = (option.series as { data: number[]; markLine?: { data: { yAxis: number }[] } }[])[0]
    expect(series.data).toEqual([1.3, 0.9])
    expect(series.markLine?.data[0].yAxis).toBe(1.05)
  })
})
