import type { CatalogueCheckQuery, CatalogueTier, CatalogueVerdict, ReferralDirection } from '@/api/types'
import type { Tone } from '@/modules/discharges/format'
import { looksLikeIcd10 } from './form'

/** The catalogue's tiers, lowest first (村 → 乡 → 县 → 市). */
export const catalogueTiers: readonly CatalogueTier[] = ['village', 'township', 'county', 'city']

export const catalogueVerdicts: readonly CatalogueVerdict[] = [
  'appropriate',
  'up_below_threshold',
  'below_lowest_tier',
  'direction_mismatch',
  'not_in_catalogue',
]

/**
 * Tag colour of a verdict: fitting green; an up-referral the referring tier should treat (needs a
 * reason) red; a receiver below the disease's tier or a direction that does not fit the tiers
 * orange; a diagnosis the catalogue does not list grey.
 */
export function verdictTone(verdict: CatalogueVerdict | string): Tone {
  switch (verdict) {
    case 'appropriate':
      return 'success'
    case 'up_below_threshold':
      return 'danger'
    case 'below_lowest_tier':
    case 'direction_mismatch':
      return 'warning'
    default:
      return 'info'
  }
}

/**
 * The catalogue-check query of the form as typed, or null while it cannot be judged yet: the
 * sender, the receiver, a direction and an ICD-10-looking code are all needed. The code goes in
 * capitals, as the referral will be stored.
 */
export function catalogueCheckQuery(
  from: string | null | undefined,
  form: { toInstitution: string; direction: ReferralDirection; diagnosisCode: string },
): CatalogueCheckQuery | null {
  const code = form.diagnosisCode.trim()
  if (!from || !form.toInstitution || !form.direction || !looksLikeIcd10(code)) return null
  return { from, to: form.toInstitution, code: code.toUpperCase(), direction: form.direction }
}

/** The same query as one string, so a debounced check is sent only when something changed. */
export function checkKey(query: CatalogueCheckQuery | null): string {
  return query ? `${query.from}|${query.to}|${query.direction}|${query.code}` : ''
}

/**
 * A referral the server counted as an up-referral below the catalogue's tier (目录外上转 / 低层级上转):
 * the flag of the summary, or the stored verdict of the detail.
 */
export function isBelowCatalogueTier(referral: { belowCatalogueTier?: boolean }, verdict?: string | null): boolean {
  return referral.belowCatalogueTier === true || verdict === 'up_below_threshold'
}
