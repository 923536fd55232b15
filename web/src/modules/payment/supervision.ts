// The 基金监管 page: its period in the address bar, the request, the summary of findings by kind,
// and how a finding reads (kind family, tag colour, evidence in the user's language, facts).
import type { LocationQuery, LocationQueryRaw } from 'vue-router'
import { ApiError } from '@/api/client'
import type { SupervisionCase, SupervisionFinding, SupervisionQuery } from '@/api/types'
import type { Tone } from '@/modules/discharges/format'
import { lastFullYear, periodFromQuery, tableSetFromQuery, type Period } from './settle'

/** The engine's finding words in the order the page lists them (src/Engines/TieredCare.Supervision). */
export const findingKinds = [
  'split_same_hospital',
  'split_other_hospital',
  'upcoding_hospital',
  'upcoding_case',
  'long_stay',
  'short_stay',
  'short_stay_high_cost',
  'short_surgical_stay',
] as const

export type FindingKind = (typeof findingKinds)[number]

/** The summary card a kind is counted on: split admissions, up-coding, abnormal stays; unknown words apart. */
export type KindFamily = 'split' | 'upcoding' | 'stay' | 'other'

export function isFindingKind(kind: unknown): kind is FindingKind {
  return typeof kind === 'string' && (findingKinds as readonly string[]).includes(kind)
}

export function kindFamily(kind: string): KindFamily {
  if (!isFindingKind(kind)) return 'other'
  if (kind.startsWith('split_')) return 'split'
  if (kind.startsWith('upcoding_')) return 'upcoding'
  return 'stay'
}

/** Tag colour of a kind: split admissions red, up-coding orange, abnormal stays blue, anything else grey. */
export function kindTone(kind: string): Tone {
  switch (kindFamily(kind)) {
    case 'split':
      return 'danger'
    case 'upcoding':
      return 'warning'
    case 'stay':
      return 'primary'
    default:
      return 'info'
  }
}

export interface KindCount {
  kind: string
  count: number
}

export interface FamilyCount {
  total: number
  /** The family's kinds with their counts, in the page's order (zeros kept, so the card names them all). */
  parts: KindCount[]
}

export interface FindingSummary {
  split: FamilyCount
  upcoding: FamilyCount
  stay: FamilyCount
  /** Words the page does not know, as the server wrote them, by name. */
  other: KindCount[]
}

/** `findingsByKind` on the three cards; counts that are not numbers count as none. */
export function findingSummary(findingsByKind: Record<string, number> | null | undefined): FindingSummary {
  const counts = findingsByKind ?? {}
  const count = (kind: string) => {
    const value = Number(counts[kind])
    return Number.isFinite(value) ? value : 0
  }
  const family = (name: KindFamily): FamilyCount => {
    const parts = findingKinds.filter((k) => kindFamily(k) === name).map((kind) => ({ kind, count: count(kind) }))
    return { total: parts.reduce((sum, p) => sum + p.count, 0), parts }
  }
  const other = Object.keys(counts)
    .filter((kind) => !isFindingKind(kind))
    .sort()
    .map((kind) => ({ kind, count: count(kind) }))
  return { split: family('split'), upcoding: family('upcoding'), stay: family('stay'), other }
}

/** A case's kinds, each once, known kinds in the page's order, then unknown ones as they come. */
export function caseKinds(findings: readonly Pick<SupervisionFinding, 'kind'>[]): string[] {
  const present = new Set(findings.map((f) => f.kind))
  const known = findingKinds.filter((k) => present.has(k))
  const unknown = [...present].filter((k) => !isFindingKind(k))
  return [...known, ...unknown]
}

/** The evidence in the user's language: English when the UI is English (Chinese when it has none), else Chinese. */
export function evidenceText(finding: Pick<SupervisionFinding, 'evidence' | 'evidenceEn'>, locale = 'zh-CN'): string {
  if (locale.startsWith('zh')) return finding.evidence || finding.evidenceEn || ''
  return finding.evidenceEn || finding.evidence || ''
}

/** The facts as key/value pairs in the server's order; values that are not text are written out. */
export function factEntries(facts: Record<string, unknown> | null | undefined): [string, string][] {
  return Object.entries(facts ?? {}).map(([key, value]) => [key, value === null || value === undefined ? '' : String(value)])
}

/** A case's risk score (0–1) in a bar: at least 0.7 red, at least 0.5 orange, below blue. */
export function scoreTone(score: number | null | undefined): Tone {
  if (score === null || score === undefined || Number.isNaN(score)) return 'info'
  if (score >= 0.7) return 'danger'
  if (score >= 0.5) return 'warning'
  return 'primary'
}

/** The bar's length: the score as a percentage, held within 0–100. */
export function scorePercent(score: number | null | undefined): number {
  if (score === null || score === undefined || Number.isNaN(score)) return 0
  return Math.round(Math.min(1, Math.max(0, score)) * 1000) / 10
}

/** How many ranked cases the page asks for. */
export const topChoices = [100, 200, 500, 1000] as const
export const defaultTop = 200

/** What the form holds. */
export interface SupervisionForm {
  from: string
  to: string
  tableSet?: string
  top: number
}

function first(value: LocationQuery[string] | undefined): string | undefined {
  const text = Array.isArray(value) ? value[0] : value
  return text?.trim() || undefined
}

/** The form from the address bar (`?from=2025-01-01&to=2025-12-31&tableSet=&top=`); default the last full calendar year. */
export function supervisionFormFromQuery(query: LocationQuery, today: Date): SupervisionForm {
  const period: Period = periodFromQuery(query, lastFullYear(today))
  const top = Number(first(query.top))
  return {
    ...period,
    tableSet: tableSetFromQuery(query),
    top: Number.isInteger(top) && top >= 1 && top <= 5000 ? top : defaultTop,
  }
}

/** Whether the address bar names a period (the page then analyses it at once, so "back" shows the list again). */
export function hasPeriodInQuery(query: LocationQuery): boolean {
  return Boolean(first(query.from) && first(query.to))
}

/** The form in the address bar; the default top is left out. */
export function supervisionFormToQuery(form: SupervisionForm): LocationQueryRaw {
  const query: LocationQueryRaw = { from: form.from, to: form.to }
  if (form.tableSet) query.tableSet = form.tableSet
  if (form.top !== defaultTop) query.top = String(form.top)
  return query
}

const datePattern = /^\d{4}-(0[1-9]|1[0-2])-(0[1-9]|[12]\d|3[01])$/

export type SupervisionCheck = { ok: true; query: SupervisionQuery } | { ok: false; problem: 'period' | 'top' }

/** The query of GET /payment/supervision: a period in order, the table set when chosen, top within 1–5000. */
export function supervisionRequest(form: SupervisionForm): SupervisionCheck {
  if (!datePattern.test(form.from) || !datePattern.test(form.to) || form.from > form.to) return { ok: false, problem: 'period' }
  if (!Number.isInteger(form.top) || form.top < 1 || form.top > 5000) return { ok: false, problem: 'top' }
  const query: SupervisionQuery = { from: form.from, to: form.to, top: form.top }
  if (form.tableSet) query.tableSet = form.tableSet
  return { ok: true, query }
}

/** The ranked cases of one institution, or all of them. */
export function casesOf(cases: readonly SupervisionCase[], institution?: string): SupervisionCase[] {
  return institution ? cases.filter((c) => c.institutionCode === institution) : [...cases]
}

export interface SupervisionProblems {
  /** `errors.from`: the period. */
  period: string[]
  /** `errors.table_set` (or `tableSet`). */
  tableSet: string[]
  top: string[]
  /** Anything else, then `detail`, else `title`. */
  other: string[]
}

/** A refused analysis by the form's fields, the server's words kept whole; empty for anything that is not an API error. */
export function supervisionProblems(error: unknown): SupervisionProblems {
  const result: SupervisionProblems = { period: [], tableSet: [], top: [], other: [] }
  if (!(error instanceof ApiError) || !error.problem) return result
  for (const [key, messages] of Object.entries(error.problem.errors ?? {})) {
    const list = (Array.isArray(messages) ? messages : [String(messages)]).map((m) => String(m ?? '').trim()).filter(Boolean)
    const field = key.toLowerCase().replace(/_/g, '')
    if (field === 'from' || field === 'to') result.period.push(...list)
    else if (field === 'tableset') result.tableSet.push(...list)
    else if (field === 'top') result.top.push(...list)
    else result.other.push(...list.map((m) => (m.toLowerCase().includes(key.toLowerCase()) ? m : `${key}: ${m}`)))
  }
  const none = result.period.length + result.tableSet.length + result.top.length + result.other.length === 0
  if (none) {
    const detail = (error.problem.detail ?? '').split(/\r?\n/).map((l) => l.trim()).filter(Boolean)
    result.other.push(...(detail.length ? detail : error.problem.title ? [error.problem.title] : []))
  }
  return result
}
