// The referral register (双向转诊登记) screen's pure parts: the default month, the figures as
// shown, and the ECharts option of the bar chart by institution.
import type { EChartsOption } from 'echarts'
import type { RegisterInstitutionRow, ReferralRegister } from '@/api/types'
import { formatCount, formatDecimal, formatMonth } from '@/modules/discharges/format'
import { escapeHtml } from '@/modules/registry/charts'

export { formatCount, formatMonth }

const dash = '—'

/** The calendar month before `now`, as yyyy-MM in China time (UTC+8), as the register counts months. */
export function lastMonth(now: Date): string {
  const china = new Date(now.getTime() + 8 * 3600 * 1000)
  const year = china.getUTCFullYear()
  const month = china.getUTCMonth() // 0-based: the previous month's 1-based number
  return month === 0 ? `${year - 1}-12` : `${year}-${String(month).padStart(2, '0')}`
}

/** The current month in China time, yyyy-MM. */
export function thisMonth(now: Date): string {
  const china = new Date(now.getTime() + 8 * 3600 * 1000)
  return `${china.getUTCFullYear()}-${String(china.getUTCMonth() + 1).padStart(2, '0')}`
}

/** A month from the address bar, or null when it is not yyyy-MM. */
export function monthFromQuery(value: unknown): string | null {
  return typeof value === 'string' && /^\d{4}-(0[1-9]|1[0-2])$/.test(value) ? value : null
}

/** Hours to two decimals (the server rounds to 0.01 h); a dash when nothing was measured. */
export function formatHours(value: number | null | undefined, locale = 'zh-CN'): string {
  if (value === null || value === undefined || Number.isNaN(value)) return dash
  return formatDecimal(value, 0, 2, locale)
}

/** A share of a total as a percentage with one decimal; a dash without a total. */
export function formatShare(part: number, total: number, locale = 'zh-CN'): string {
  if (!total) return dash
  return `${formatDecimal((part / total) * 100, 1, 1, locale)}%`
}

/** Referrals an institution sent and received. */
export function institutionTotals(row: RegisterInstitutionRow): { sent: number; received: number } {
  return {
    sent: row.sentUp + row.sentDown + row.sentLateral,
    received: row.receivedUp + row.receivedDown + row.receivedLateral,
  }
}

/** The register's count of a status (0 when the month had none). */
export function statusCount(register: Pick<ReferralRegister, 'byStatus'>, status: string): number {
  return register.byStatus.find((s) => s.status === status)?.count ?? 0
}

export interface RegisterChartLabels {
  /** The six series: 上转转出, 下转转出, 平转转出, 上转转入, 下转转入, 平转转入. */
  series: Record<'sentUp' | 'sentDown' | 'sentLateral' | 'receivedUp' | 'receivedDown' | 'receivedLateral', string>
  /** The stack names as the tooltip shows them: 转出, 转入. */
  sent: string
  received: string
}

type SeriesKey = keyof RegisterChartLabels['series']

/** Up red, down green, lateral grey; what was received in the lighter shade of the same colour. */
export const registerColors: Record<SeriesKey, string> = {
  sentUp: '#d64545',
  sentDown: '#2e9e6a',
  sentLateral: '#8a95a3',
  receivedUp: '#f0a3a3',
  receivedDown: '#9fd8bd',
  receivedLateral: '#c9cfd6',
}

const seriesKeys: readonly SeriesKey[] = ['sentUp', 'sentDown', 'sentLateral', 'receivedUp', 'receivedDown', 'receivedLateral']

/**
 * Horizontal bars per institution, the busiest on top (at most `top`): one stacked bar of what it
 * sent and one of what it received, each split by direction.
 */
export function registerChartOption(rows: readonly RegisterInstitutionRow[], labels: RegisterChartLabels, top = 15): EChartsOption {
  const busiest = [...rows]
    .map((row) => ({ row, total: institutionTotals(row).sent + institutionTotals(row).received }))
    .filter((x) => x.total > 0)
    .sort((a, b) => b.total - a.total || a.row.institutionCode.localeCompare(b.row.institutionCode))
    .slice(0, top)
    .map((x) => x.row)
  const shown = busiest.reverse() // ECharts draws the first category at the bottom
  const name = (row: RegisterInstitutionRow) => row.institutionName ?? row.institutionCode
  return {
    color: seriesKeys.map((k) => registerColors[k]),
    legend: { top: 0, itemWidth: 12, itemHeight: 10, data: seriesKeys.map((k) => labels.series[k]) },
    tooltip: {
      trigger: 'axis',
      axisPointer: { type: 'shadow' },
      formatter: (params: unknown) => {
        const list = Array.isArray(params) ? (params as { dataIndex: number }[]) : []
        const row = shown[list[0]?.dataIndex ?? -1]
        if (!row) return ''
        const { sent, received } = institutionTotals(row)
        const line = (k: SeriesKey) => `${escapeHtml(labels.series[k])}：${row[k]}`
        return [
          `<strong>${escapeHtml(name(row))}</strong>`,
          `${escapeHtml(labels.sent)} ${sent}：${[line('sentUp'), line('sentDown'), line('sentLateral')].join('，')}`,
          `${escapeHtml(labels.received)} ${received}：${[line('receivedUp'), line('receivedDown'), line('receivedLateral')].join('，')}`,
        ].join('<br/>')
      },
    },
    grid: { left: 8, right: 24, top: 36, bottom: 8, containLabel: true },
    xAxis: { type: 'value', minInterval: 1, splitLine: { lineStyle: { color: '#eef1f5' } } },
    yAxis: { type: 'category', data: shown.map(name), axisTick: { show: false }, axisLabel: { width: 160, overflow: 'truncate' } },
    series: seriesKeys.map((k) => ({
      type: 'bar' as const,
      name: labels.series[k],
      stack: k.startsWith('sent') ? 'sent' : 'received',
      barMaxWidth: 14,
      emphasis: { focus: 'series' as const },
      data: shown.map((row) => row[k]),
    })),
  }
}

/** Chart height for the number of institutions shown: two bars each, room for the legend. */
export function registerChartHeight(rows: number, top = 15): number {
  return Math.max(220, 60 + Math.min(rows, top) * 44)
}
