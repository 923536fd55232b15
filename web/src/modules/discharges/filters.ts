// The M7 screens keep their filters in the address bar, so a filtered view can be shared and
// "back" returns to it. These functions map route queries to filters and filters to API queries.
import type { LocationQuery } from 'vue-router'
import type {
  AbstractQuery,
  DrgProfileQuery,
  GroupingStatus,
  ProfileBy,
  QcFilter,
  WeightTrim,
} from '@/api/types'

export const qcFilters: readonly QcFilter[] = ['all', 'failed', 'passed']
export const groupingStatuses: readonly GroupingStatus[] = ['success', 'ungroupable', 'ambiguous_qy', 'invalid']
export const trims: readonly WeightTrim[] = ['none', 'iqr', '3sigma-log']
export const profileBys: readonly ProfileBy[] = ['hospital', 'department']

const monthPattern = /^\d{4}-(0[1-9]|1[0-2])$/
const datePattern = /^\d{4}-\d{2}-\d{2}$/

function text(value: LocationQuery[string] | undefined): string | undefined {
  const first = Array.isArray(value) ? value[0] : value
  return first?.trim() || undefined
}

function oneOf<T extends string>(allowed: readonly T[], value: LocationQuery[string] | undefined): T | undefined {
  const code = text(value)
  return allowed.includes(code as T) ? (code as T) : undefined
}

function matching(pattern: RegExp, value: LocationQuery[string] | undefined): string | undefined {
  const found = text(value)
  return found && pattern.test(found) ? found : undefined
}

/** The route query of filters: only the set ones, as strings. */
function toQuery(filters: object): Record<string, string> {
  return Object.fromEntries(
    Object.entries(filters).filter(
      (entry): entry is [string, string] => typeof entry[1] === 'string' && entry[1].trim() !== '',
    ),
  )
}

// ---- the abstract list ---------------------------------------------------------------------

export interface AbstractFilters {
  month?: string
  institution?: string
  department?: string
  qc?: QcFilter
  status?: GroupingStatus
  drg?: string
  tableSet?: string
}

export const noAbstractFilters: Record<keyof AbstractFilters, undefined> = {
  month: undefined,
  institution: undefined,
  department: undefined,
  qc: undefined,
  status: undefined,
  drg: undefined,
  tableSet: undefined,
}

/** Reads the list filters, dropping malformed months and unknown codes; a department needs its institution. */
export function abstractFiltersFromQuery(query: LocationQuery): AbstractFilters {
  const institution = text(query.institution)
  return {
    month: matching(monthPattern, query.month),
    institution,
    department: institution ? text(query.department) : undefined,
    qc: oneOf(qcFilters, query.qc),
    status: oneOf(groupingStatuses, query.status),
    drg: text(query.drg)?.toUpperCase(),
    tableSet: text(query.tableSet),
  }
}

/** The route query; "all" is the default and is left out. */
export function abstractFiltersToQuery(filters: AbstractFilters): Record<string, string> {
  return toQuery({ ...filters, qc: filters.qc === 'all' ? undefined : filters.qc })
}

export function toAbstractQuery(filters: AbstractFilters, page: number, pageSize: number): AbstractQuery {
  return { ...abstractFiltersToQuery(filters), page, pageSize } as AbstractQuery
}

/** Where a figure of the quality report leads: the failed abstracts behind it. */
export function failedAbstractsQuery(target: { month?: string | null; institution?: string | null; department?: string | null }): Record<string, string> {
  return abstractFiltersToQuery({
    qc: 'failed',
    month: target.month ?? undefined,
    institution: target.institution ?? undefined,
    department: target.institution ? (target.department ?? undefined) : undefined,
  })
}

// ---- the quality report --------------------------------------------------------------------

export interface QualityFilters {
  month?: string
  institution?: string
}

export function qualityFiltersFromQuery(query: LocationQuery): QualityFilters {
  return { month: matching(monthPattern, query.month), institution: text(query.institution) }
}

export function qualityFiltersToQuery(filters: QualityFilters): Record<string, string> {
  return toQuery(filters)
}

// ---- the DRG profile -----------------------------------------------------------------------

export type DrgTab = 'profile' | 'weights'

export interface DrgFilters {
  tableSet?: string
  from: string
  to: string
  by: ProfileBy
  trim: WeightTrim
  tab: DrgTab
}

/**
 * The default period: the latest full calendar year with data (years before today's), else the
 * latest year with data, else last calendar year.
 */
export function defaultPeriod(months: readonly string[], today: Date): { from: string; to: string } {
  const thisYear = today.getFullYear()
  const years = months.filter((m) => monthPattern.test(m)).map((m) => Number(m.slice(0, 4)))
  const full = years.filter((y) => y < thisYear)
  const year = full.length ? Math.max(...full) : years.length ? Math.max(...years) : thisYear - 1
  return { from: `${year}-01-01`, to: `${year}-12-31` }
}

/** Reads the DRG page's settings; a period needs both ends in order, else the default stands. */
export function drgFiltersFromQuery(query: LocationQuery, fallback: { from: string; to: string }): DrgFilters {
  const from = matching(datePattern, query.from)
  const to = matching(datePattern, query.to)
  const period = from && to && from <= to ? { from, to } : fallback
  return {
    tableSet: text(query.tableSet),
    ...period,
    by: oneOf(profileBys, query.by) ?? 'hospital',
    trim: oneOf(trims, query.trim) ?? 'none',
    tab: oneOf(['profile', 'weights'] as const, query.tab) ?? 'profile',
  }
}

/** The route query, leaving out the defaults (hospital, no trimming, the profile tab). */
export function drgFiltersToQuery(filters: DrgFilters): Record<string, string> {
  return toQuery({
    tableSet: filters.tableSet,
    from: filters.from,
    to: filters.to,
    by: filters.by === 'hospital' ? undefined : filters.by,
    trim: filters.trim === 'none' ? undefined : filters.trim,
    tab: filters.tab === 'profile' ? undefined : filters.tab,
  })
}

export function toProfileQuery(filters: DrgFilters, by: ProfileBy = filters.by): DrgProfileQuery {
  return { tableSet: filters.tableSet, from: filters.from, to: filters.to, by, trim: filters.trim }
}
