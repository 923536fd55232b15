// ECharts options of the M8 screens, as pure functions of the data and the labels.
import type { EChartsOption } from 'echarts'
import type { WhatIfHospital } from '@/api/types'
import { escapeHtml } from '@/modules/registry/charts'
import { differenceTone, toneColors } from './format'
import { ruleColors } from './labels'
import type { RuleRow } from './statements'

export interface RulesChartLabels {
  rule: (rule: string) => string
  /** The tooltip line: "12 例（占 3.4%）". */
  count: (row: RuleRow) => string
}

/** Horizontal bars of the cases by rule, in the screens' order from the top; each rule its colour. */
export function rulesOption(rows: readonly RuleRow[], labels: RulesChartLabels): EChartsOption {
  const shown = [...rows].reverse()
  return {
    tooltip: {
      trigger: 'item',
      formatter: (params: unknown) => {
        const row = shown[(params as { dataIndex: number }).dataIndex]
        return row ? `${escapeHtml(labels.rule(row.rule))}<br/>${escapeHtml(labels.count(row))}` : ''
      },
    },
    grid: { left: 8, right: 56, top: 8, bottom: 8, containLabel: true },
    xAxis: { type: 'value', minInterval: 1, splitLine: { lineStyle: { color: '#eef1f5' } } },
    yAxis: { type: 'category', data: shown.map((r) => labels.rule(r.rule)), axisTick: { show: false } },
    series: [
      {
        type: 'bar',
        barMaxWidth: 18,
        data: shown.map((r) => ({
          value: r.cases,
          rule: r.rule,
          itemStyle: { color: ruleColors[r.rule as keyof typeof ruleColors] ?? '#8a95a3', borderRadius: [0, 3, 3, 0] },
        })),
        label: { show: true, position: 'right', color: '#4a5868' },
      },
    ],
  }
}

/** The rule of a clicked bar of {@link rulesOption}. */
export function clickedRuleBar(params: { data?: unknown }): string | null {
  const data = params.data as { rule?: unknown } | null | undefined
  return typeof data?.rule === 'string' ? data.rule : null
}

export interface DifferenceChartLabels {
  name: (hospital: WhatIfHospital) => string
  /** A signed amount: +1,234.00. */
  format: (value: number) => string
  /** The tooltip's lines: before, after. */
  detail: (hospital: WhatIfHospital) => string[]
}

/**
 * A diverging bar per hospital: the change of its amount due, gains to the right in green, losses
 * to the left in red; the largest gain on top.
 */
export function differenceOption(hospitals: readonly WhatIfHospital[], labels: DifferenceChartLabels): EChartsOption {
  // The category axis runs bottom to top: smallest difference first.
  const shown = [...hospitals].sort((a, b) => a.difference - b.difference || b.institutionCode.localeCompare(a.institutionCode))
  return {
    tooltip: {
      trigger: 'item',
      formatter: (params: unknown) => {
        const h = shown[(params as { dataIndex: number }).dataIndex]
        if (!h) return ''
        return [labels.name(h), ...labels.detail(h), labels.format(h.difference)].map(escapeHtml).join('<br/>')
      },
    },
    grid: { left: 8, right: 24, top: 8, bottom: 8, containLabel: true },
    xAxis: {
      type: 'value',
      splitLine: { lineStyle: { color: '#eef1f5' } },
      axisLabel: { formatter: (value: number) => labels.format(value) },
    },
    yAxis: {
      type: 'category',
      data: shown.map((h) => labels.name(h)),
      axisTick: { show: false },
      axisLine: { show: false },
      axisLabel: { width: 160, overflow: 'truncate' },
    },
    series: [
      {
        type: 'bar',
        barMaxWidth: 18,
        data: shown.map((h) => {
          const tone = differenceTone(h.difference)
          return {
            value: h.difference,
            code: h.institutionCode,
            itemStyle: { color: toneColors[tone], borderRadius: tone === 'down' ? [3, 0, 0, 3] : [0, 3, 3, 0] },
            label: { position: tone === 'down' ? 'left' : 'right' },
          }
        }),
        label: {
          show: true,
          color: '#4a5868',
          formatter: (p: unknown) => labels.format((p as { value: number }).value),
        },
        markLine: { symbol: 'none', silent: true, label: { show: false }, lineStyle: { color: '#a0aab6' }, data: [{ xAxis: 0 }] },
      },
    ],
  }
}

/** Height of the difference chart: enough for every hospital's bar. */
export function differenceChartHeight(hospitals: number): number {
  return Math.max(160, Math.min(1200, 40 + hospitals * 28))
}
