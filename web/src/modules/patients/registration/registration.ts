import type { RegisterPatientRequest, Sex } from '@/api/types'

/** The registration form as typed; every field a string ('' when empty). */
export interface RegistrationForm {
  residentId: string
  name: string
  sex: Sex | ''
  birthDate: string
  residenceRegionCode: string
  phone: string
  address: string
}

export const registrationFields = [
  'residentId',
  'name',
  'sex',
  'birthDate',
  'residenceRegionCode',
  'phone',
  'address',
] as const satisfies readonly (keyof RegistrationForm)[]

export type RegistrationField = (typeof registrationFields)[number]

export function emptyRegistration(): RegistrationForm {
  return { residentId: '', name: '', sex: '', birthDate: '', residenceRegionCode: '', phone: '', address: '' }
}

function optional(value: string): string | null {
  const trimmed = value.trim()
  return trimmed === '' ? null : trimmed
}

/**
 * The request body: trimmed, empty fields as null (so the server checks them with its own rules
 * and names each one, instead of failing to read an empty date), the ID number in capitals (X).
 */
export function toRegisterRequest(form: RegistrationForm): RegisterPatientRequest {
  return {
    residentId: optional(form.residentId)?.toUpperCase() ?? null,
    name: optional(form.name),
    sex: form.sex === '' ? null : form.sex,
    birthDate: optional(form.birthDate),
    residenceRegionCode: optional(form.residenceRegionCode),
    phone: optional(form.phone),
    address: optional(form.address),
  }
}
