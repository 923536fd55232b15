import type {
  CareTier,
  CreateReferralRequest,
  Institution,
  InstitutionType,
  ReferralDirection,
  ReferralUrgency,
} from '@/api/types'

/** The new-referral form as typed; text fields are '' when empty. */
export interface ReferralForm {
  patientId: number | null
  direction: ReferralDirection
  toInstitution: string
  toDepartment: string
  fromDepartment: string
  diagnosisCode: string
  urgency: ReferralUrgency
  reason: string
  /** 上转理由: asked when the catalogue places the disease at or below the referring tier. */
  appropriatenessReason: string
  outsideNetworkReason: string
  followUpPlan: string
  isInpatient: boolean
}

/** The fields as the API names them in a 400 (`errors.toInstitution`, …), each shown under its own field. */
export const referralFields = [
  'patientId',
  'direction',
  'toInstitution',
  'toDepartment',
  'fromDepartment',
  'diagnosisCode',
  'urgency',
  'reason',
  'appropriatenessReason',
  'outsideNetworkReason',
  'followUpPlan',
  'isInpatient',
] as const

export type ReferralField = (typeof referralFields)[number]

export function emptyReferralForm(patientId: number | null = null): ReferralForm {
  return {
    patientId,
    direction: 'up',
    toInstitution: '',
    toDepartment: '',
    fromDepartment: '',
    diagnosisCode: '',
    urgency: 'routine',
    reason: '',
    appropriatenessReason: '',
    outsideNetworkReason: '',
    followUpPlan: '',
    isInpatient: false,
  }
}

function optional(value: string): string | null {
  const trimmed = value.trim()
  return trimmed === '' ? null : trimmed
}

/**
 * The POST body: trimmed, empty fields as null (the server names each missing one), the ICD-10
 * code in capitals. The follow-up plan goes only with a down-referral and "inpatient" only with
 * one (下转住院患者); the 上转理由 only with an up-referral. The same key goes with every send of one opened form, so a double click or a
 * retry makes one referral.
 */
export function toCreateRequest(form: ReferralForm, options: { draft: boolean; idempotencyKey: string }): CreateReferralRequest {
  const down = form.direction === 'down'
  return {
    patientId: form.patientId,
    direction: form.direction,
    toInstitution: optional(form.toInstitution),
    toDepartment: optional(form.toDepartment),
    fromDepartment: optional(form.fromDepartment),
    diagnosisCode: optional(form.diagnosisCode)?.toUpperCase() ?? null,
    urgency: form.urgency,
    reason: optional(form.reason),
    appropriatenessReason: form.direction === 'up' ? optional(form.appropriatenessReason) : null,
    outsideNetworkReason: optional(form.outsideNetworkReason),
    followUpPlan: down ? optional(form.followUpPlan) : null,
    isInpatient: down && form.isInpatient,
    draft: options.draft,
    idempotencyKey: options.idempotencyKey,
  }
}

/** A fresh idempotency key for one opened form. */
export function newIdempotencyKey(random: () => string = () => crypto.randomUUID()): string {
  return random()
}

const tierRank: Record<CareTier, number> = { grassroots: 0, county: 1, city: 2 }

/**
 * The tiers a referral in this direction may go to from the sender's tier, as the server checks:
 * up to a higher tier, down to a lower one, lateral within the same tier (the catalogue calls a
 * lateral referral that changes tier a mismatch).
 */
export function targetTiers(direction: ReferralDirection, from: CareTier): CareTier[] {
  const all = Object.keys(tierRank) as CareTier[]
  return all.filter((tier) =>
    direction === 'up'
      ? tierRank[tier] > tierRank[from]
      : direction === 'down'
        ? tierRank[tier] < tierRank[from]
        : tier === from,
  )
}

/** Institutions that take no referred patients: the emergency dispatch centre and the CDC. */
const notReceiving: readonly InstitutionType[] = ['emergency_center', 'cdc_center']

/**
 * The institutions the form offers as the receiver: active, of a tier fitting the direction, not
 * the sender itself, and treating patients; higher tiers first, then by name.
 */
export function receivingInstitutions(
  institutions: readonly Institution[],
  direction: ReferralDirection,
  from: { code: string; tier: CareTier },
): Institution[] {
  const tiers = targetTiers(direction, from.tier)
  return institutions
    .filter((i) => i.isActive && i.code !== from.code && tiers.includes(i.tier) && !notReceiving.includes(i.type))
    .sort((a, b) => tierRank[b.tier] - tierRank[a.tier] || a.name.localeCompare(b.name, 'zh-CN') || a.code.localeCompare(b.code))
}

/** Whether two institutions share a current network (from `networks` of GET /institutions/{code}). */
export function shareNetwork(
  a: readonly { code: string; leftOn: string | null }[],
  b: readonly { code: string; leftOn: string | null }[],
): boolean {
  const current = new Set(a.filter((n) => !n.leftOn).map((n) => n.code))
  return b.some((n) => !n.leftOn && current.has(n.code))
}

/** An ICD-10 code as the server reads it: a letter, two digits, optionally a dot and letters or digits. */
export function looksLikeIcd10(code: string): boolean {
  return /^[A-Za-z]\d{2}(\.[A-Za-z0-9]+)?$/.test(code.trim())
}

/**
 * The search term that finds one patient by number: the search takes 2 characters or more, and
 * reads a number shorter than an ID number as a patient number, so 3 is asked as "03".
 */
export function patientSearchTerm(id: number): string {
  return String(id).padStart(2, '0')
}
