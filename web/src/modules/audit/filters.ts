import type { LocationQuery } from 'vue-router'
import type { AuditQuery } from '@/api/types'

/** The audit log's filters as they stand in the address bar: dates as yyyy-MM-dd, both included. */
export interface AuditFilters {
  patientId?: string
  user?: string
  from?: string
  to?: string
}

const datePattern = /^\d{4}-\d{2}-\d{2}$/

function text(value: LocationQuery[string]): string | undefined {
  const first = Array.isArray(value) ? value[0] : value
  return first?.trim() || undefined
}

/** Reads the filters from a route query, dropping dates that are not yyyy-MM-dd. */
export function auditFiltersFromQuery(query: LocationQuery): AuditFilters {
  const from = text(query.from)
  const to = text(query.to)
  return {
    patientId: text(query.patientId),
    user: text(query.user),
    from: from && datePattern.test(from) ? from : undefined,
    to: to && datePattern.test(to) ? to : undefined,
  }
}

/** The route query for the filters, without the empty ones. */
export function auditFiltersToQuery(filters: AuditFilters): Record<string, string> {
  return Object.fromEntries(
    Object.entries(filters).filter((entry): entry is [string, string] => typeof entry[1] === 'string' && entry[1].trim() !== ''),
  )
}

/** A patient number as the server takes it (a positive whole number), or null. */
export function parsePatientId(value: string | undefined): number | null {
  if (!value || !/^\d{1,18}$/.test(value.trim())) return null
  const id = Number(value.trim())
  return Number.isSafeInteger(id) && id > 0 ? id : null
}

function nextDay(date: string): string {
  const day = new Date(`${date}T00:00:00Z`)
  day.setUTCDate(day.getUTCDate() + 1)
  return day.toISOString().slice(0, 10)
}

/**
 * The API query: calendar days in China Standard Time (UTC+8, no daylight saving) become
 * instants; `to` is exclusive on the server, so the last day runs to the next midnight.
 */
export function toAuditQuery(filters: AuditFilters): AuditQuery {
  return {
    patientId: parsePatientId(filters.patientId) ?? undefined,
    user: filters.user,
    from: filters.from ? `${filters.from}T00:00:00+08:00` : undefined,
    to: filters.to ? `${nextDay(filters.to)}T00:00:00+08:00` : undefined,
  }
}

const pad = (n: number) => String(n).padStart(2, '0')

/** An instant from the server as Beijing time, yyyy-MM-dd HH:mm:ss, whatever the browser's zone. */
export function formatBeijingTime(instant: string): string {
  const time = new Date(instant)
  if (Number.isNaN(time.getTime())) return instant
  const beijing = new Date(time.getTime() + 8 * 3600 * 1000)
  return (
    `${beijing.getUTCFullYear()}-${pad(beijing.getUTCMonth() + 1)}-${pad(beijing.getUTCDate())} ` +
    `${pad(beijing.getUTCHours())}:${pad(beijing.getUTCMinutes())}:${pad(beijing.getUTCSeconds())}`
  )
}
