// 特例单议 (the special-review queue): the add form's checks and request, and the server's refusals.
import { ApiError } from '@/api/client'
import type { SpecialReviewRequest } from '@/api/types'

/** The server's shortest reason (SpecialReviews.cs: the trimmed reason, at least 4 characters). */
export const minReasonLength = 4

export type AbstractIdProblem = 'abstractRequired' | 'abstractInvalid'
export type ReasonProblem = 'reasonRequired' | 'reasonShort'

/** The abstract id typed in: a positive whole number, else what is wrong with it. */
export function parseAbstractId(input: string | number | null | undefined): { ok: true; value: number } | { ok: false; problem: AbstractIdProblem } {
  const text = String(input ?? '').trim()
  if (!text) return { ok: false, problem: 'abstractRequired' }
  if (!/^\d+$/.test(text)) return { ok: false, problem: 'abstractInvalid' }
  const value = Number(text)
  if (!Number.isSafeInteger(value) || value <= 0) return { ok: false, problem: 'abstractInvalid' }
  return { ok: true, value }
}

/** A supervision case's id (the abstract's, sent as a string) as the form's prefill; null when it is not one. */
export function caseAbstractId(caseId: string | number | null | undefined): number | null {
  const id = parseAbstractId(caseId)
  return id.ok ? id.value : null
}

/** Null when the reason will do; counted as the server counts it (trimmed). */
export function reasonProblem(input: string | null | undefined): ReasonProblem | null {
  const text = (input ?? '').trim()
  if (!text) return 'reasonRequired'
  return text.length < minReasonLength ? 'reasonShort' : null
}

export type SpecialReviewCheck =
  | { ok: true; body: SpecialReviewRequest }
  | { ok: false; abstractId?: AbstractIdProblem; reason?: ReasonProblem }

/** The form → the POST body (reason trimmed), or the problems of each field. */
export function specialReviewRequest(abstractInput: string | number | null | undefined, reasonInput: string | null | undefined): SpecialReviewCheck {
  const id = parseAbstractId(abstractInput)
  const reason = reasonProblem(reasonInput)
  if (id.ok && !reason) return { ok: true, body: { abstractId: id.value, reason: (reasonInput ?? '').trim() } }
  return { ok: false, ...(id.ok ? {} : { abstractId: id.problem }), ...(reason ? { reason } : {}) }
}

/** A refused add: messages under the field they name, and the rest (404, 409, …) with the status. */
export interface SpecialReviewProblems {
  status: number | null
  abstractId: string[]
  reason: string[]
  other: string[]
}

function lines(text: string | null | undefined): string[] {
  return (text ?? '').split(/\r?\n/).map((l) => l.trim()).filter(Boolean)
}

/**
 * The server's words for a refused add: `errors.abstractId` (also `abstract_id`) and `errors.reason`
 * under their fields, other keys with the key in front; `detail` (a 404's unknown abstract, a 409's
 * "already queued"), else `title`, when no field is named. Empty for anything not an API error.
 */
export function specialReviewProblems(error: unknown): SpecialReviewProblems {
  const result: SpecialReviewProblems = { status: null, abstractId: [], reason: [], other: [] }
  if (!(error instanceof ApiError)) return result
  result.status = error.status
  if (!error.problem) return result
  for (const [key, messages] of Object.entries(error.problem.errors ?? {})) {
    const list = (Array.isArray(messages) ? messages : [String(messages)]).map((m) => String(m ?? '').trim()).filter(Boolean)
    const field = key.replace(/_/g, '').toLowerCase()
    if (field === 'abstractid') result.abstractId.push(...list)
    else if (field === 'reason') result.reason.push(...list)
    else for (const m of list) result.other.push(!key || key.startsWith('$') || m.toLowerCase().includes(key.toLowerCase()) ? m : `${key}: ${m}`)
  }
  if (result.abstractId.length + result.reason.length + result.other.length === 0) {
    const detail = lines(error.problem.detail)
    result.other.push(...(detail.length ? detail : lines(error.problem.title)))
  }
  return result
}

/** The heading of the form's error box: which kind of refusal it is. */
export function problemHeading(status: number | null): 'notFound' | 'conflict' | 'invalid' | 'failed' {
  if (status === 404) return 'notFound'
  if (status === 409) return 'conflict'
  if (status === 400) return 'invalid'
  return 'failed'
}
