// The "新建结算" form: its default period, the budget field, and the request it sends.
import type { LocationQuery } from 'vue-router'
import type { PaymentPolicy, SettlementKind, SettlementRequest } from '@/api/types'
import { checkPolicy, samePolicy, type PolicyProblem } from './policy'

const datePattern = /^\d{4}-(0[1-9]|1[0-2])-(0[1-9]|[12]\d|3[01])$/

export interface Period {
  from: string
  to: string
}

/** The last full calendar year before today: 1 January to 31 December. */
export function lastFullYear(today: Date): Period {
  const year = today.getFullYear() - 1
  return { from: `${year}-01-01`, to: `${year}-12-31` }
}

function text(value: LocationQuery[string] | undefined): string | undefined {
  const first = Array.isArray(value) ? value[0] : value
  return first?.trim() || undefined
}

/** A period given in the address bar (`?from=2025-01-01&to=2025-12-31`), both ends in order, else the fallback. */
export function periodFromQuery(query: LocationQuery, fallback: Period): Period {
  const from = text(query.from)
  const to = text(query.to)
  return from && to && datePattern.test(from) && datePattern.test(to) && from <= to ? { from, to } : fallback
}

/** A table set named in the address bar. */
export function tableSetFromQuery(query: LocationQuery): string | undefined {
  return text(query.tableSet)
}

/**
 * An amount in 元 as typed: grouping commas, spaces, "元" and "¥" are ignored; at most two decimals,
 * not negative. Empty is `null` (the policy's); anything else unreadable is not ok.
 */
export function parseAmount(input: string | null | undefined): { ok: true; value: number | null } | { ok: false } {
  const cleaned = (input ?? '').replace(/[\s,，元¥￥]/g, '')
  if (cleaned === '') return { ok: true, value: null }
  if (!/^\d+(\.\d{1,2})?$/.test(cleaned) && !/^\.\d{1,2}$/.test(cleaned)) return { ok: false }
  const value = Number(cleaned)
  return Number.isFinite(value) ? { ok: true, value } : { ok: false }
}

/** Grouping commas in the whole part of a typed amount (the input's formatter): 8000000000.5 → 8,000,000,000.5. */
export function groupDigits(input: string | null | undefined): string {
  const value = (input ?? '').replace(/,/g, '')
  const match = /^(\d+)(.*)$/.exec(value)
  if (!match) return value
  return match[1]!.replace(/\B(?=(\d{3})+(?!\d))/g, ',') + match[2]
}

/** What the form holds. */
export interface SettleForm {
  title: string
  /** Left out: `final` (年度清算). An advance (月度预付) covers one calendar month: `from` its 1st, `to` its last day. */
  kind?: SettlementKind
  from: string
  to: string
  tableSet?: string
  /** As typed; empty for the policy's budget. */
  budget: string
  /** The policy editor's text; empty or the reference unchanged sends no policy. */
  policy: string
}

export type SettleProblem = { field: 'period' } | { field: 'budget' } | { field: 'policy'; problems: PolicyProblem[] }

export type SettleCheck = { ok: true; request: SettlementRequest } | { ok: false; problems: SettleProblem[] }

/**
 * The body of POST /payment/settlements: empty items left out; the policy only when it differs
 * from the reference (the server's default), after the browser's checks.
 */
export function settlementRequest(form: SettleForm, reference: PaymentPolicy | null): SettleCheck {
  const problems: SettleProblem[] = []
  const period = datePattern.test(form.from) && datePattern.test(form.to) && form.from <= form.to
  if (!period) problems.push({ field: 'period' })
  const budget = parseAmount(form.budget)
  if (!budget.ok) problems.push({ field: 'budget' })
  let policy: PaymentPolicy | undefined
  if (form.policy.trim()) {
    const checked = checkPolicy(form.policy)
    if (!checked.ok) problems.push({ field: 'policy', problems: checked.problems })
    else if (!reference || !samePolicy(checked.policy, reference)) policy = checked.policy
  }
  if (problems.length) return { ok: false, problems }

  const request: SettlementRequest = { from: form.from, to: form.to }
  if (form.kind === 'advance') request.kind = 'advance'
  const title = form.title.trim()
  if (title) request.title = title
  if (form.tableSet) request.tableSet = form.tableSet
  if (policy) request.policy = policy
  if (budget.ok && budget.value !== null) request.budget = budget.value
  return { ok: true, request }
}
