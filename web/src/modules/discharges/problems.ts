import { ApiError } from '@/api/client'

/**
 * The messages of a validation problem (400 with `errors`) for one field, each kept whole (a
 * file's line and reason), and the messages of every other field; the field name is matched
 * without regard to case (`file`, `File`).
 */
export function problemMessages(error: unknown, field: string): { field: string[]; other: string[] } {
  const result = { field: [] as string[], other: [] as string[] }
  if (!(error instanceof ApiError) || error.status !== 400 || !error.problem?.errors) return result
  for (const [key, messages] of Object.entries(error.problem.errors)) {
    const list = (Array.isArray(messages) ? messages : [String(messages)]).filter((m) => m && m.trim())
    if (key.toLowerCase() === field.toLowerCase()) result.field.push(...list)
    else result.other.push(...list)
  }
  return result
}
