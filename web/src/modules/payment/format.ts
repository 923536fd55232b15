// Number formatting of the M8 screens, as pure functions of the value and the locale: money in 元
// to the fen, points to 4 places, the point value to between 4 and 6 places.
import { formatDecimal, formatMoney } from '@/modules/discharges/format'

export { formatCount, formatMoney } from '@/modules/discharges/format'
export { formatBeijingTime } from '@/modules/audit/filters'

const dash = '—'

function missing(value: number | null | undefined): value is null | undefined {
  return value === null || value === undefined || Number.isNaN(value)
}

/** Points with four decimals and grouping: 12,345.6789. */
export function formatPoints(value: number | null | undefined, locale = 'zh-CN'): string {
  return formatDecimal(value, 4, 4, locale)
}

/** 元 per point: at least 4 decimals, up to 6 when they are not zeros (87.123457). */
export function formatPointValue(value: number | null | undefined, locale = 'zh-CN'): string {
  return formatDecimal(value, 4, 6, locale)
}

/** A change of money with its sign: +1,234.50, −1,234.50 (a true minus), 0.00. */
export function formatSignedMoney(value: number | null | undefined, locale = 'zh-CN'): string {
  if (missing(value)) return dash
  const text = formatMoney(Math.abs(value), locale)
  if (text === formatMoney(0, locale)) return text
  return (value > 0 ? '+' : '−') + text
}

/** A change of points with its sign, four decimals. */
export function formatSignedPoints(value: number | null | undefined, locale = 'zh-CN'): string {
  if (missing(value)) return dash
  const text = formatPoints(Math.abs(value), locale)
  if (text === formatPoints(0, locale)) return text
  return (value > 0 ? '+' : '−') + text
}

/** A fraction as a signed percentage with two decimals: +1.25%, or a dash without a base. */
export function formatSignedRate(part: number | null | undefined, whole: number | null | undefined, locale = 'zh-CN'): string {
  if (missing(part) || missing(whole) || whole === 0) return dash
  const rate = part / Math.abs(whole)
  const text = new Intl.NumberFormat(locale, { style: 'percent', minimumFractionDigits: 2, maximumFractionDigits: 2 }).format(Math.abs(rate))
  if (Math.abs(rate) < 0.00005) return text
  return (rate > 0 ? '+' : '−') + text
}

/** The first characters of a fingerprint (SHA-256 hex), enough to tell runs apart. */
export function shortFingerprint(fingerprint: string | null | undefined, length = 12): string {
  return fingerprint ? fingerprint.slice(0, length) : ''
}

/**
 * How a difference of money reads: `up` (more for the hospital), `down` (less), `flat` (under half a
 * fen either way, which rounds to nothing).
 */
export type DifferenceTone = 'up' | 'down' | 'flat'

export function differenceTone(value: number | null | undefined): DifferenceTone {
  if (missing(value) || Math.abs(value) < 0.005) return 'flat'
  return value > 0 ? 'up' : 'down'
}

/** Colours of the tones, shared by tables and charts: more green, less red, nothing grey. */
export const toneColors: Record<DifferenceTone, string> = { up: '#2f9e44', down: '#d64545', flat: '#8a95a3' }

/** A balance below zero (the hospital was advanced more than it is due) shows in red. */
export function isNegative(value: number | null | undefined): boolean {
  return differenceTone(value) === 'down'
}
