// The 总额预算 page: year and as-of day in the address bar, the ratio's colour and bar, the budget
// a user types, and the server's 400 messages by field.
import type { LocationQuery, LocationQueryRaw } from 'vue-router'
import { ApiError } from '@/api/client'
import type { BudgetBandResult, BudgetPosition, NetworkBudgetQuery, SetBudgetRequest } from '@/api/types'
import type { Tone } from '@/modules/discharges/format'
import { parseAmount } from './settle'

/** Colour of a spending ratio: green below 100 %, orange from 100 % to 110 %, red above 110 %. */
export type RatioTone = 'green' | 'orange' | 'red'

export const ratioColors: Record<RatioTone, string> = { green: '#2f9e44', orange: '#e8962e', red: '#d64545' }

export function ratioTone(ratio: number): RatioTone {
  if (ratio < 1) return 'green'
  if (ratio <= 1.1) return 'orange'
  return 'red'
}

export interface RatioBar {
  /** Length of the filled part, % of the bar. */
  fill: number
  /** Where 100 % and 110 % lie on the bar, % of its length. */
  marks: { at: number; left: number }[]
  tone: RatioTone
}

/**
 * The ratio on a bar that reaches 120 % (further when the ratio does), so 100 % and 110 % — the
 * band table's edges — are marks on it and an overspend shows past them.
 */
export function ratioBar(ratio: number): RatioBar {
  const value = Number.isFinite(ratio) && ratio > 0 ? ratio : 0
  const scale = Math.max(1.2, value * 1.05)
  const at = (r: number) => Math.round((r / scale) * 1000) / 10
  return { fill: at(value), marks: [1, 1.1].map((r) => ({ at: r, left: at(r) })), tone: ratioTone(value) }
}

/** Tag colour of the standing: surplus green, balanced grey-blue, overspend red; unknown words grey. */
export function standingTone(standing: string | null | undefined): Tone {
  switch (standing) {
    case 'surplus':
      return 'success'
    case 'balanced':
      return 'primary'
    case 'overspend':
      return 'danger'
    default:
      return 'info'
  }
}

/** What the network keeps of a surplus or bears of an overspend; nothing when balanced. */
export function networkShare(position: Pick<BudgetPosition, 'standing' | 'networkKeeps' | 'networkBears'>): {
  kind: 'keeps' | 'bears' | 'none'
  amount: number
} {
  if (position.standing === 'surplus') return { kind: 'keeps', amount: position.networkKeeps }
  if (position.standing === 'overspend') return { kind: 'bears', amount: position.networkBears }
  return { kind: 'none', amount: 0 }
}

/** The ratio range of a band as percentages: `[100%, 110%)`, `[110%, ∞)`. */
export function bandRange(band: Pick<BudgetBandResult, 'from' | 'to'>, locale = 'zh-CN'): string {
  const percent = (value: number) => new Intl.NumberFormat(locale, { style: 'percent', maximumFractionDigits: 2 }).format(value)
  return `[${percent(band.from)}, ${band.to === null || band.to === undefined ? '∞' : percent(band.to)})`
}

/** The year select: next year, this year and five before, with the chosen year when it is further off; newest first. */
export function budgetYears(current: number, selected?: number): number[] {
  const years = Array.from({ length: 7 }, (_, i) => current + 1 - i)
  if (selected !== undefined && !years.includes(selected)) years.push(selected)
  return years.sort((a, b) => b - a)
}

const datePattern = /^\d{4}-(0[1-9]|1[0-2])-(0[1-9]|[12]\d|3[01])$/

function first(value: LocationQuery[string] | undefined): string | undefined {
  const text = Array.isArray(value) ? value[0] : value
  return text?.trim() || undefined
}

export interface BudgetView {
  year: number
  /** yyyy-MM-dd; none for today (the server's clock). */
  asOf?: string
}

/** `?year=2025&asOf=2025-06-30` from the address bar; the current year by default, years the server takes (2000–2100). */
export function budgetViewFromQuery(query: LocationQuery, today: Date): BudgetView {
  const year = Number(first(query.year))
  const asOf = first(query.asOf)
  return {
    year: Number.isInteger(year) && year >= 2000 && year <= 2100 ? year : today.getFullYear(),
    asOf: asOf && datePattern.test(asOf) ? asOf : undefined,
  }
}

export function budgetViewToQuery(view: BudgetView): LocationQueryRaw {
  const query: LocationQueryRaw = { year: String(view.year) }
  if (view.asOf) query.asOf = view.asOf
  return query
}

/** The query of GET /payment/budgets. */
export function budgetQuery(view: BudgetView): NetworkBudgetQuery {
  return view.asOf ? { year: view.year, asOf: view.asOf } : { year: view.year }
}

export type BudgetAmountCheck = { ok: true; body: SetBudgetRequest } | { ok: false; problem: 'required' | 'invalid' | 'zero' }

/** The body of PUT /payment/budgets/{network}/{year}: a positive amount in 元 with at most two decimals. */
export function budgetRequest(input: string | null | undefined): BudgetAmountCheck {
  const parsed = parseAmount(input)
  if (!parsed.ok) return { ok: false, problem: 'invalid' }
  if (parsed.value === null) return { ok: false, problem: 'required' }
  if (parsed.value <= 0) return { ok: false, problem: 'zero' }
  return { ok: true, body: { amount: parsed.value } }
}

/** A budget as the dialog's input starts: plain digits with two decimals (the input groups them). */
export function amountInput(amount: number | null | undefined): string {
  return amount === null || amount === undefined || Number.isNaN(amount) ? '' : amount.toFixed(2)
}

export interface BudgetProblems {
  /** Messages of `errors.amount`, shown under the amount. */
  amount: string[]
  /** Everything else: `errors.year` and other fields (with the key in front when the message does not name it), `detail`, else `title`. */
  other: string[]
}

/** A refused PUT by field; empty for anything that is not an API error. */
export function budgetProblems(error: unknown): BudgetProblems {
  const result: BudgetProblems = { amount: [], other: [] }
  if (!(error instanceof ApiError) || !error.problem) return result
  for (const [key, messages] of Object.entries(error.problem.errors ?? {})) {
    const list = (Array.isArray(messages) ? messages : [String(messages)]).map((m) => String(m ?? '').trim()).filter(Boolean)
    if (key.toLowerCase() === 'amount') result.amount.push(...list)
    else for (const m of list) result.other.push(m.toLowerCase().includes(key.toLowerCase()) ? m : `${key}: ${m}`)
  }
  if (result.amount.length === 0 && result.other.length === 0) {
    const detail = (error.problem.detail ?? '').split(/\r?\n/).map((l) => l.trim()).filter(Boolean)
    result.other.push(...(detail.length ? detail : error.problem.title ? [error.problem.title] : []))
  }
  return result
}
