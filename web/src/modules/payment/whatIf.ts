// The what-if form: the base policy's values to start from, and the changes sent (only what differs).
import { ApiError } from '@/api/client'
import type { PaymentPolicy, WhatIfChanges, WhatIfHospital, WhatIfRequest, WhatIfResult } from '@/api/types'
import { differenceTone } from './format'
import { groupDigits, parseAmount, type Period } from './settle'

export interface CoefficientRow {
  code?: string
  k: number | null
}

/** A per-diem group (a DRG or ADRG code prefix) and its rate per bed-day in 元, as typed. */
export interface PerDiemRow {
  code: string
  rate: string
}

export interface WhatIfForm {
  from: string
  to: string
  tableSet?: string
  /** As typed (grouped); the base budget to start with. */
  budget: string
  coefficients: CoefficientRow[]
  /** High-outlier multiple of tertiary hospitals (level "3"). */
  highTertiary: number | null
  /** High-outlier multiple of the other hospitals ("default"). */
  highOther: number | null
  lowOutlierRatio: number | null
  feeForServiceRate: number | null
  /** Groups paid by the bed-day instead of points. */
  perDiem: PerDiemRow[]
}

/** The multiple the policy gives tertiary hospitals, and the other hospitals. */
export function baseMultiples(policy: PaymentPolicy | null): { tertiary: number | null; other: number | null } {
  const multiples = policy?.highOutlierMultiple ?? {}
  const other = multiples.default ?? null
  return { tertiary: multiples['3'] ?? other, other }
}

/** The form as the base policy has it: nothing changed yet. */
export function whatIfForm(policy: PaymentPolicy | null, period: Period, tableSet?: string): WhatIfForm {
  const multiples = baseMultiples(policy)
  return {
    from: period.from,
    to: period.to,
    tableSet,
    budget: policy ? groupDigits(String(policy.budget)) : '',
    coefficients: [],
    highTertiary: multiples.tertiary,
    highOther: multiples.other,
    lowOutlierRatio: policy?.lowOutlierRatio ?? null,
    feeForServiceRate: policy?.feeForServiceRate ?? null,
    perDiem: [],
  }
}

export type WhatIfProblem =
  | { code: 'period' }
  | { code: 'budget' }
  | { code: 'hospital'; row: number }
  | { code: 'coefficient'; hospital: string }
  | { code: 'duplicate'; hospital: string }
  | { code: 'multiple' }
  | { code: 'lowOutlier' }
  | { code: 'feeForService' }
  | { code: 'perDiemCode'; row: number }
  | { code: 'perDiemDuplicate'; row: number; group: string }
  | { code: 'perDiemRate'; row: number }
  | { code: 'noChanges' }

export type WhatIfCheck = { ok: true; request: WhatIfRequest } | { ok: false; problems: WhatIfProblem[] }

const datePattern = /^\d{4}-\d{2}-\d{2}$/
/** A DRG (AA19) or ADRG (AA1) code or a shorter prefix of one: capital letters and digits. */
const groupPattern = /^[A-Z0-9]+$/
const ratePattern = /^\d+(\.\d{1,2})?$/

/** A per-diem rate as typed: a number of 元 above 0 with at most two decimals (thousands commas allowed), else null. */
export function parsePerDiemRate(text: string): number | null {
  const clean = text.trim().replace(/,/g, '')
  if (!ratePattern.test(clean)) return null
  const value = Number(clean)
  return value > 0 ? value : null
}

function differs(value: number, base: number | null | undefined): boolean {
  return base === null || base === undefined || Math.abs(value - base) > 1e-9
}

function given(value: number | null | undefined): value is number {
  return typeof value === 'number' && Number.isFinite(value)
}

/**
 * What the form changes in the base policy, and what is wrong with it. Coefficients listed equal to
 * the base's are left out; the outlier multiples are given as the whole map (the base's other
 * levels kept) when either changed.
 */
export function whatIfChanges(form: WhatIfForm, base: PaymentPolicy | null): { changes: WhatIfChanges; problems: WhatIfProblem[] } {
  const problems: WhatIfProblem[] = []
  const changes: WhatIfChanges = {}
  if (!datePattern.test(form.from) || !datePattern.test(form.to) || form.from > form.to) problems.push({ code: 'period' })

  const budget = parseAmount(form.budget)
  if (!budget.ok) problems.push({ code: 'budget' })
  else if (budget.value !== null && differs(budget.value, base?.budget)) changes.budget = budget.value

  const coefficients: Record<string, number> = {}
  const seen = new Set<string>()
  form.coefficients.forEach((row, index) => {
    if (!row.code) {
      problems.push({ code: 'hospital', row: index + 1 })
      return
    }
    if (seen.has(row.code)) problems.push({ code: 'duplicate', hospital: row.code })
    seen.add(row.code)
    if (!given(row.k) || row.k <= 0) problems.push({ code: 'coefficient', hospital: row.code })
    else if (differs(row.k, base?.hospitalCoefficients?.[row.code] ?? 1)) coefficients[row.code] = row.k
  })
  if (Object.keys(coefficients).length) changes.hospitalCoefficients = coefficients

  const multiples = baseMultiples(base)
  if (!given(form.highTertiary) || !given(form.highOther) || form.highTertiary <= 0 || form.highOther <= 0) problems.push({ code: 'multiple' })
  else if (differs(form.highTertiary, multiples.tertiary) || differs(form.highOther, multiples.other))
    changes.highOutlierMultiples = { ...(base?.highOutlierMultiple ?? {}), '3': form.highTertiary, default: form.highOther }

  if (!given(form.lowOutlierRatio) || form.lowOutlierRatio < 0 || form.lowOutlierRatio > 1) problems.push({ code: 'lowOutlier' })
  else if (differs(form.lowOutlierRatio, base?.lowOutlierRatio)) changes.lowOutlierRatio = form.lowOutlierRatio

  if (!given(form.feeForServiceRate) || form.feeForServiceRate < 0 || form.feeForServiceRate > 1) problems.push({ code: 'feeForService' })
  else if (differs(form.feeForServiceRate, base?.feeForServiceRate)) changes.feeForServiceRate = form.feeForServiceRate

  const rates: Record<string, number> = {}
  const groups = new Set<string>()
  form.perDiem.forEach((row, index) => {
    const code = row.code.trim()
    const rate = parsePerDiemRate(row.rate)
    if (!groupPattern.test(code)) problems.push({ code: 'perDiemCode', row: index + 1 })
    else if (groups.has(code)) problems.push({ code: 'perDiemDuplicate', row: index + 1, group: code })
    groups.add(code)
    if (rate === null) problems.push({ code: 'perDiemRate', row: index + 1 })
    else if (groupPattern.test(code) && differs(rate, base?.perDiem?.groups?.[code])) rates[code] = rate
  })
  if (Object.keys(rates).length) changes.perDiemRates = rates

  return { changes, problems }
}

/** What is wrong with per-diem row `row` (from 1): its code (not a code prefix, or listed twice) and its rate. */
export function perDiemRowProblems(problems: readonly WhatIfProblem[], row: number): { code?: 'perDiemCode' | 'perDiemDuplicate'; rate: boolean } {
  const code = problems.find((p) => (p.code === 'perDiemCode' || p.code === 'perDiemDuplicate') && p.row === row)
  return {
    code: code?.code as 'perDiemCode' | 'perDiemDuplicate' | undefined,
    rate: problems.some((p) => p.code === 'perDiemRate' && p.row === row),
  }
}

/**
 * The server's words about the per-diem groups of a refused what-if: the messages of
 * `errors["changes.perDiemRates"]`, and any other message about `perDiem.groups` (the policy's own
 * JSON name). Empty for anything else.
 */
export function perDiemServerProblems(error: unknown): string[] {
  if (!(error instanceof ApiError) || !error.problem?.errors) return []
  const lines: string[] = []
  for (const [key, messages] of Object.entries(error.problem.errors)) {
    const list = (Array.isArray(messages) ? messages : [messages]).map((m) => String(m ?? '').trim()).filter(Boolean)
    const field = key.toLowerCase() === 'changes.perdiemrates'
    for (const message of list) if (field || message.startsWith('perDiem.')) lines.push(message)
  }
  return lines
}

/** POST /payment/what-if: the base is the reference policy (not sent); `changes` holds only what differs from it. */
export function whatIfRequest(form: WhatIfForm, base: PaymentPolicy | null): WhatIfCheck {
  const { changes, problems } = whatIfChanges(form, base)
  if (problems.length === 0 && Object.keys(changes).length === 0) problems.push({ code: 'noChanges' })
  if (problems.length) return { ok: false, problems }
  const request: WhatIfRequest = { from: form.from, to: form.to, changes }
  if (form.tableSet) request.tableSet = form.tableSet
  return { ok: true, request }
}

/** The line of a problem in the user's language. */
export function whatIfProblemText(
  problem: WhatIfProblem,
  t: (key: string, named?: Record<string, unknown>) => string,
  name: (code: string) => string = (code) => code,
): string {
  switch (problem.code) {
    case 'period':
      return t('payment.settlements.periodRequired')
    case 'hospital':
      return t('payment.whatIf.invalid.hospital', { row: problem.row })
    case 'coefficient':
    case 'duplicate':
      return t(`payment.whatIf.invalid.${problem.code}`, { hospital: name(problem.hospital) })
    case 'perDiemCode':
    case 'perDiemRate':
      return t(`payment.whatIf.invalid.${problem.code}`, { row: problem.row })
    case 'perDiemDuplicate':
      return t('payment.whatIf.invalid.perDiemDuplicate', { row: problem.row, group: problem.group })
    case 'noChanges':
      return t('payment.whatIf.noChanges')
    default:
      return t(`payment.whatIf.invalid.${problem.code}`)
  }
}

/** The hospitals from the largest gain to the largest loss, then by code. */
export function byDifference(hospitals: readonly WhatIfHospital[]): WhatIfHospital[] {
  return [...hospitals].sort((a, b) => b.difference - a.difference || a.institutionCode.localeCompare(b.institutionCode))
}

/** The totals a what-if is read by: the change of the total due and how many hospitals' due changes. */
export function whatIfSummary(result: WhatIfResult): { difference: number; changed: number; hospitals: number } {
  return {
    difference: (Math.round(result.changed.due * 100) - Math.round(result.base.due * 100)) / 100,
    changed: result.hospitals.filter((h) => differenceTone(h.difference) !== 'flat').length,
    hospitals: result.hospitals.length,
  }
}
