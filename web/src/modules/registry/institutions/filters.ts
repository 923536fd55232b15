import type { LocationQuery } from 'vue-router'
import type { InstitutionQuery } from '@/api/types'
import { institutionTypes, levels, ownerships, tiers } from '../codes'

/** The institution list's filters, as they stand in the address bar. */
export type InstitutionFilters = Pick<
  InstitutionQuery,
  'region' | 'type' | 'tier' | 'level' | 'ownership' | 'network' | 'q'
>

function text(value: LocationQuery[string]): string | undefined {
  const first = Array.isArray(value) ? value[0] : value
  return first ? first : undefined
}

function oneOf<T extends string>(allowed: readonly T[], value: LocationQuery[string]): T | undefined {
  const code = text(value)
  return allowed.includes(code as T) ? (code as T) : undefined
}

/** Reads the filters from a route query, ignoring unknown codes. */
export function filtersFromQuery(query: LocationQuery): InstitutionFilters {
  return {
    region: text(query.region),
    type: oneOf(institutionTypes, query.type),
    tier: oneOf(tiers, query.tier),
    level: oneOf(levels, query.level),
    ownership: oneOf(ownerships, query.ownership),
    network: text(query.network),
    q: text(query.q)?.trim() || undefined,
  }
}

/** The route query for the filters, without the empty ones. */
export function filtersToQuery(filters: InstitutionFilters): Record<string, string> {
  return Object.fromEntries(
    Object.entries(filters).filter((entry): entry is [string, string] => typeof entry[1] === 'string' && entry[1].trim() !== ''),
  )
}
