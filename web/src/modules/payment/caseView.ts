// The case lines drawer of a settlement keeps its state in the address bar
// (`?cases=H0002&rule=high_outlier&page=2&line=970001`), so "back" from an abstract reopens it.
import type { LocationQuery } from 'vue-router'
import type { SettlementCaseQuery, SettlementRule } from '@/api/types'
import { isSettlementRule } from './labels'

export interface CaseView {
  open: boolean
  /** Undefined: every institution. */
  institution?: string
  rule?: SettlementRule
  page: number
  /** The abstract whose explanation is shown. */
  line?: number
}

export const closedCaseView: CaseView = { open: false, page: 1 }

function text(value: LocationQuery[string] | undefined): string | undefined {
  const first = Array.isArray(value) ? value[0] : value
  return first?.trim() || undefined
}

function positive(value: LocationQuery[string] | undefined): number | undefined {
  const found = text(value)
  if (!found || !/^\d{1,15}$/.test(found)) return undefined
  const n = Number(found)
  return n > 0 ? n : undefined
}

/** The drawer is open when `cases` is given: `all` or an institution code. */
export function caseViewFromQuery(query: LocationQuery): CaseView {
  const cases = text(query.cases)
  if (!cases) return closedCaseView
  const rule = text(query.rule)
  return {
    open: true,
    institution: cases === 'all' ? undefined : cases,
    rule: isSettlementRule(rule) ? rule : undefined,
    page: positive(query.page) ?? 1,
    line: positive(query.line),
  }
}

/** The route query of the drawer (empty when it is closed); page 1 is left out. */
export function caseViewToQuery(view: CaseView): Record<string, string> {
  if (!view.open) return {}
  const query: Record<string, string> = { cases: view.institution || 'all' }
  if (view.rule) query.rule = view.rule
  if (view.page > 1) query.page = String(view.page)
  if (view.line) query.line = String(view.line)
  return query
}

export function toCaseQuery(view: CaseView, pageSize: number): SettlementCaseQuery {
  return { institution: view.institution, rule: view.rule, page: view.page, pageSize }
}
