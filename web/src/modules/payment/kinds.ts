// Settlement kinds: 年度清算 (final) and 月度预付 (advance, one calendar month), and the helpers of
// the hospital statements (结算单) pages.
import type { LocationQuery } from 'vue-router'
import type { SettlementKind, StatementSummary } from '@/api/types'
import type { Period } from './settle'

export const settlementKinds: readonly SettlementKind[] = ['final', 'advance']

const monthPattern = /^(\d{4})-(0[1-9]|1[0-2])$/

/** Whether a run is a monthly advance (月度预付); anything else reads as a final settlement. */
export function isAdvance(kind: string | null | undefined): boolean {
  return kind === 'advance'
}

/** Tag colour of a kind: an advance stands out from the final settlements. */
export function kindTone(kind: string | null | undefined): 'warning' | 'primary' {
  return isAdvance(kind) ? 'warning' : 'primary'
}

/** A month (yyyy-MM) as the period the server wants: its first day to its last day; null for anything else. */
export function monthPeriod(month: string | null | undefined): Period | null {
  const match = monthPattern.exec((month ?? '').trim())
  if (!match) return null
  const year = Number(match[1])
  const m = Number(match[2])
  // Day 0 of the next month is the last day of this one (UTC: no time zone moves the day).
  const last = new Date(Date.UTC(year, m, 0)).getUTCDate()
  const mm = match[2]!
  return { from: `${match[1]}-${mm}-01`, to: `${match[1]}-${mm}-${String(last).padStart(2, '0')}` }
}

/** The month (yyyy-MM) a period covers when it is exactly one calendar month, else null. */
export function periodMonth(from: string | null | undefined, to: string | null | undefined): string | null {
  const month = (from ?? '').slice(0, 7)
  const period = monthPeriod(month)
  return period && period.from === from && period.to === to ? month : null
}

/** The last full calendar month before today (the default month of an advance). */
export function lastFullMonth(today: Date): string {
  const year = today.getMonth() === 0 ? today.getFullYear() - 1 : today.getFullYear()
  const month = today.getMonth() === 0 ? 12 : today.getMonth()
  return `${year}-${String(month).padStart(2, '0')}`
}

function text(value: LocationQuery[string] | undefined): string | undefined {
  const first = Array.isArray(value) ? value[0] : value
  return first?.trim() || undefined
}

/** The kind given in the address bar (`?kind=advance`); a month alone (`?month=2025-03`) means an advance. */
export function kindFromQuery(query: LocationQuery): SettlementKind {
  const kind = text(query.kind)
  if (kind === 'advance' || kind === 'final') return kind
  return monthFromQuery(query) ? 'advance' : 'final'
}

/** A month given in the address bar (`?month=2025-03`), else undefined. */
export function monthFromQuery(query: LocationQuery): string | undefined {
  const month = text(query.month)
  return month && monthPattern.test(month) ? month : undefined
}

export interface StatementInstitution {
  code: string
  name: string
}

/** The institutions that appear in a list of statements, once each, by code (for the filter). */
export function statementInstitutions(statements: readonly StatementSummary[]): StatementInstitution[] {
  const found = new Map<string, string>()
  for (const s of statements) {
    const code = s.hospital.institutionCode
    if (!found.has(code) || (!found.get(code) && s.hospital.institutionName)) found.set(code, s.hospital.institutionName ?? '')
  }
  return [...found.entries()].map(([code, name]) => ({ code, name: name || code })).sort((a, b) => a.code.localeCompare(b.code))
}

/** The statements of one institution (all when none is picked). */
export function statementsOf(statements: readonly StatementSummary[], institution: string | null | undefined): StatementSummary[] {
  return institution ? statements.filter((s) => s.hospital.institutionCode === institution) : [...statements]
}

/** Totals of a statement's monthly advances, summed in fen. */
export function advanceTotals(advances: readonly { points: number; selfPay: number; amount: number; paid: number }[]) {
  const fen = (key: 'selfPay' | 'amount' | 'paid') => advances.reduce((sum, a) => sum + Math.round((Number(a[key]) || 0) * 100), 0) / 100
  const points = advances.reduce((sum, a) => sum + Math.round((Number(a.points) || 0) * 10000), 0) / 10000
  return { points, selfPay: fen('selfPay'), amount: fen('amount'), paid: fen('paid') }
}
