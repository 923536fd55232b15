// Number and code formatting of the M7 screens, as pure functions of the value and the locale.
import type { GroupingStatus, QcFinding, RiskLevel, UploadOutcome } from '@/api/types'

export type Tone = 'success' | 'warning' | 'danger' | 'info' | 'primary'

const dash = '—'

function missing(value: number | null | undefined): value is null | undefined {
  return value === null || value === undefined || Number.isNaN(value)
}

/** A fraction from the API (0.9731) as a percentage with the given decimals: 97.3%. */
export function formatRate(fraction: number | null | undefined, locale = 'zh-CN', decimals = 1): string {
  if (missing(fraction)) return dash
  return new Intl.NumberFormat(locale, {
    style: 'percent',
    minimumFractionDigits: decimals,
    maximumFractionDigits: decimals,
  }).format(fraction)
}

/** Money in 元 with two decimals and grouping: 12,345.60. */
export function formatMoney(value: number | null | undefined, locale = 'zh-CN'): string {
  if (missing(value)) return dash
  return new Intl.NumberFormat(locale, { minimumFractionDigits: 2, maximumFractionDigits: 2 }).format(value)
}

/** A figure with between `min` and `max` decimals (CMI 1.0234, indices 0.98). */
export function formatDecimal(value: number | null | undefined, min = 2, max = min, locale = 'zh-CN'): string {
  if (missing(value)) return dash
  return new Intl.NumberFormat(locale, { minimumFractionDigits: min, maximumFractionDigits: max }).format(value)
}

/** A count with grouping. */
export function formatCount(value: number | null | undefined, locale = 'zh-CN'): string {
  if (missing(value)) return dash
  return new Intl.NumberFormat(locale, { maximumFractionDigits: 0 }).format(value)
}

/** yyyy-MM as people read it: 2025年6月, or 2025-06 in English. */
export function formatMonth(month: string | null | undefined, locale = 'zh-CN'): string {
  if (!month) return dash
  const match = /^(\d{4})-(\d{2})$/.exec(month)
  if (!match) return month
  return locale.startsWith('zh') ? `${match[1]}年${Number(match[2])}月` : month
}

/** Tag colour and fill of an upload row's outcome: rejected rows (not stored) stand out most. */
export function outcomeTag(outcome: UploadOutcome): { type: Tone; effect: 'light' | 'dark' } {
  switch (outcome) {
    case 'passed':
      return { type: 'success', effect: 'light' }
    case 'warnings':
      return { type: 'warning', effect: 'light' }
    case 'failed':
      return { type: 'danger', effect: 'light' }
    case 'rejected':
      return { type: 'danger', effect: 'dark' }
  }
}

export function severityTone(severity: QcFinding['severity']): Tone {
  return severity === 'error' ? 'danger' : 'warning'
}

export function statusTone(status: GroupingStatus | null | undefined): Tone {
  switch (status) {
    case 'success':
      return 'success'
    case 'ungroupable':
      return 'danger'
    case 'ambiguous_qy':
      return 'warning'
    default:
      return 'info'
  }
}

export function riskTone(risk: RiskLevel): Tone {
  switch (risk) {
    case 'low':
      return 'success'
    case 'medium_low':
      return 'primary'
    case 'medium_high':
      return 'warning'
    case 'high':
      return 'danger'
  }
}

/** Pass rates: at least 95 % is good, at least 85 % is to watch, below is poor. */
export function passRateTone(rate: number | null | undefined): Tone {
  if (missing(rate)) return 'info'
  if (rate >= 0.95) return 'success'
  if (rate >= 0.85) return 'warning'
  return 'danger'
}

/** The finding's message in the user's language; the Chinese one when there is no English. */
export function findingMessage(finding: Pick<QcFinding, 'message' | 'messageEn'>, locale = 'zh-CN'): string {
  return locale.startsWith('zh') ? finding.message : finding.messageEn || finding.message
}

/** One finding on one line: [rule] field: message. */
export function findingText(finding: QcFinding, locale = 'zh-CN'): string {
  const field = finding.field ? ` ${finding.field}` : ''
  return `[${finding.rule}]${field}: ${findingMessage(finding, locale)}`
}
