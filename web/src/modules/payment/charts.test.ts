import { describe, expect, it } from 'vitest'
import type { WhatIfHospital } from '@/api/types'
import { clickedRuleBar, differenceChartHeight, differenceOption, rulesOption } from './charts'
import { toneColors } from './format'
import { ruleColors } from './labels'
import { ruleRows } from './statements'

type Bar = { value: number; rule?: string; code?: string; itemStyle: { color: string }; label?: { position: string } }

describe('rulesOption', () => {
  const rows = ruleRows([
    { rule: 'normal', cases: 80 },
    { rule: 'high_outlier', cases: 12 },
  ])
  const option = rulesOption(rows, { rule: (r) => `rule ${r}`, count: (r) => `${r.cases}` })

  it('lists the rules from the top in the screens order, each in its colour', () => {
    const yAxis = option.yAxis as { data: string[] }
    expect(yAxis.data[yAxis.data.length - 1]).toBe('rule normal')
    expect(yAxis.data[yAxis.data.length - 2]).toBe('rule high_outlier')
    const bars = (option.series as { data: Bar[] }[])[0]!.data
    expect(bars[bars.length - 1]).toMatchObject({ value: 80, rule: 'normal', itemStyle: { color: ruleColors.normal } })
    expect(bars).toHaveLength(8)
  })

  it('tells which rule a click hit', () => {
    expect(clickedRuleBar({ data: { value: 3, rule: 'per_diem' } })).toBe('per_diem')
    expect(clickedRuleBar({ data: 3 })).toBeNull()
  })
})

describe('differenceOption', () => {
  const hospital = (code: string, difference: number): WhatIfHospital => ({
    institutionCode: code,
    institutionName: `医院${code}`,
    dueBase: 1000,
    dueChanged: 1000 + difference,
    difference,
    pointsBase: 10,
    pointsChanged: 10,
  })
  const option = differenceOption([hospital('H1', -200), hospital('H2', 500), hospital('H3', 0)], {
    name: (h) => h.institutionName ?? h.institutionCode,
    format: (v) => String(v),
    detail: () => [],
  })

  it('puts the largest gain on top and the largest loss at the bottom', () => {
    expect((option.yAxis as { data: string[] }).data).toEqual(['医院H1', '医院H3', '医院H2'])
  })

  it('colours gains green and losses red, labels outside the bar end', () => {
    const bars = (option.series as { data: Bar[] }[])[0]!.data
    expect(bars.map((b) => b.itemStyle.color)).toEqual([toneColors.down, toneColors.flat, toneColors.up])
    expect(bars[0]!.label?.position).toBe('left')
    expect(bars[2]!.label?.position).toBe('right')
    expect(bars[2]!.code).toBe('H2')
  })

  it('grows with the number of hospitals, within bounds', () => {
    expect(differenceChartHeight(1)).toBe(160)
    expect(differenceChartHeight(20)).toBe(600)
    expect(differenceChartHeight(500)).toBe(1200)
  })
})
