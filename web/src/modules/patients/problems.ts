import { ApiError } from '@/api/client'

/**
 * The server's messages for the given fields of a validation problem (400 with `errors`), one
 * message per field; messages for other fields come back in `other` so none is lost.
 */
export function fieldErrors<F extends string>(
  error: unknown,
  fields: readonly F[],
): { fields: Partial<Record<F, string>>; other: string[] } {
  const result: { fields: Partial<Record<F, string>>; other: string[] } = { fields: {}, other: [] }
  if (!(error instanceof ApiError) || error.status !== 400 || !error.problem?.errors) return result
  for (const [field, messages] of Object.entries(error.problem.errors)) {
    const text = (messages ?? []).join(' ')
    if ((fields as readonly string[]).includes(field)) result.fields[field as F] = text
    else result.other.push(text)
  }
  return result
}

/**
 * The server's message when it asks for a reason before showing a whole record (400 naming
 * `reason`: the user has no care relationship with the patient); null for any other answer.
 */
export function reasonRequest(error: unknown): string | null {
  const { fields } = fieldErrors(error, ['reason'])
  return fields.reason ?? null
}
