// ECharts options of the M7 screens, as pure functions of the data and the labels.
import type { EChartsOption } from 'echarts'
import type { DrgProfileRow, QualityTopRule } from '@/api/types'
import { escapeHtml } from '@/modules/registry/charts'

export interface TopRulesLabels {
  /** The bar's name: rule code and message. */
  rule: (rule: QualityTopRule) => string
  /** The tooltip line: "12 份（占 3.4%）". */
  count: (rule: QualityTopRule) => string
}

const errorColor = '#d64545'
const warningColor = '#e8962e'

/** Horizontal bars of the most frequent findings, the largest on top; errors red, warnings amber. */
export function topRulesOption(rules: readonly QualityTopRule[], labels: TopRulesLabels, limit = 10): EChartsOption {
  const shown = [...rules].sort((a, b) => b.count - a.count).slice(0, limit).reverse()
  return {
    tooltip: {
      trigger: 'item',
      formatter: (params: unknown) => {
        const index = (params as { dataIndex: number }).dataIndex
        const rule = shown[index]
        return rule ? `${escapeHtml(labels.rule(rule))}<br/>${escapeHtml(labels.count(rule))}` : ''
      },
    },
    grid: { left: 8, right: 48, top: 8, bottom: 8, containLabel: true },
    xAxis: { type: 'value', minInterval: 1, splitLine: { lineStyle: { color: '#eef1f5' } } },
    yAxis: {
      type: 'category',
      data: shown.map((r) => labels.rule(r)),
      axisTick: { show: false },
      axisLabel: { width: 260, overflow: 'truncate' },
    },
    series: [
      {
        type: 'bar',
        barMaxWidth: 18,
        data: shown.map((r) => ({
          value: r.count,
          rule: r.rule,
          itemStyle: { color: r.severity === 'error' ? errorColor : warningColor, borderRadius: [0, 3, 3, 0] },
        })),
        label: { show: true, position: 'right', color: '#4a5868' },
      },
    ],
  }
}

/** The rule code of a clicked bar of {@link topRulesOption}. */
export function clickedRule(params: { data?: unknown }): string | null {
  const data = params.data as { rule?: unknown } | null | undefined
  return typeof data?.rule === 'string' ? data.rule : null
}

/** Bars of CMI by hospital, highest first, with the region's CMI as a dashed line. */
export function cmiByHospitalOption(
  rows: readonly DrgProfileRow[],
  regionCmi: number | null,
  labels: { cmi: string; region: string; format: (value: number) => string },
): EChartsOption {
  const shown = rows.filter((r) => r.cmi !== null).sort((a, b) => (b.cmi ?? 0) - (a.cmi ?? 0))
  return {
    tooltip: {
      trigger: 'axis',
      axisPointer: { type: 'shadow' },
      valueFormatter: (value: unknown) => (typeof value === 'number' ? labels.format(value) : '—'),
    },
    grid: { left: 8, right: 24, top: 28, bottom: 8, containLabel: true },
    xAxis: {
      type: 'category',
      data: shown.map((r) => r.institutionName ?? r.institutionCode),
      axisTick: { show: false },
      axisLabel: { interval: 0, rotate: shown.length > 6 ? 30 : 0, width: 110, overflow: 'truncate' },
    },
    yAxis: { type: 'value', name: labels.cmi, splitLine: { lineStyle: { color: '#eef1f5' } } },
    series: [
      {
        type: 'bar',
        name: labels.cmi,
        barMaxWidth: 36,
        data: shown.map((r) => r.cmi as number),
        itemStyle: { color: '#3a7bd5', borderRadius: [3, 3, 0, 0] },
        label: { show: true, position: 'top', color: '#4a5868', formatter: (p: unknown) => labels.format((p as { value: number }).value) },
        markLine:
          regionCmi === null
            ? undefined
            : {
                symbol: 'none',
                silent: true,
                lineStyle: { type: 'dashed', color: errorColor },
                label: { formatter: `${labels.region} ${labels.format(regionCmi)}`, position: 'insideEndTop' },
                data: [{ yAxis: regionCmi }],
              },
      },
    ],
  }
}
