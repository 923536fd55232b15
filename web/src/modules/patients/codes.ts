import type { DuplicateReason, Sex } from '@/api/types'

/** Sex codes in the order of the registration form's choices. */
export const sexes: readonly Sex[] = ['male', 'female', 'unknown', 'unspecified']

export const duplicateReasons: readonly DuplicateReason[] = [
  'same_resident_id',
  'same_name_sex_birth_date',
  'same_name_birth_date_and_phone',
]

/** Fewest characters of a stated reason, for a break-glass view and for a merge (ViewPatient.cs, MergePatients.cs). */
export const minimumReasonLength = 4
