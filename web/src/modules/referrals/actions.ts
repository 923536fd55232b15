import { ApiError } from '@/api/client'
import type { Me, ReferralAction, ReferralActionRequest, ReferralConflict, ReferralStatus, ReferralSummary } from '@/api/types'
import { hasPermission, permissions } from '@/modules/shell/permissions'

/** The sending institution submits and cancels; the receiving one answers (ReferralActions.cs). */
export const senderActions: readonly ReferralAction[] = ['submit', 'cancel']
export const receiverActions: readonly ReferralAction[] = ['accept', 'reject', 'schedule', 'arrive', 'complete']

/** The order the buttons come in: the way forward first, the way out last. */
const buttonOrder: readonly ReferralAction[] = ['submit', 'accept', 'schedule', 'arrive', 'complete', 'reject', 'cancel']

export type ReferralSide = 'sender' | 'receiver' | 'observer'

/** Whose side the user is on: staff of the sending or receiving institution; anyone else only reads. */
export function sideOf(
  user: Pick<Me, 'scopeKind' | 'scopeCode'> | null | undefined,
  summary: Pick<ReferralSummary, 'fromInstitutionCode' | 'toInstitutionCode'>,
): ReferralSide {
  if (!user || user.scopeKind !== 'institution') return 'observer'
  if (user.scopeCode === summary.fromInstitutionCode) return 'sender'
  if (user.scopeCode === summary.toInstitutionCode) return 'receiver'
  return 'observer'
}

/**
 * The buttons the user gets: the actions the lifecycle allows next (`nextActions`) that belong to
 * the user's side, when the role holds that side's permission. The server decides again.
 */
export function actionsFor(
  nextActions: readonly string[],
  side: ReferralSide,
  user: Pick<Me, 'permissions'> | null | undefined,
): ReferralAction[] {
  const mine =
    side === 'sender' && hasPermission(user, permissions.referralsCreate)
      ? senderActions
      : side === 'receiver' && hasPermission(user, permissions.referralsHandle)
        ? receiverActions
        : []
  return buttonOrder.filter((a) => mine.includes(a) && nextActions.includes(a))
}

/** What an action asks for before it is sent: nothing, a reason, a booking reference (预约号) or the feedback. */
export type ActionInput = 'none' | 'reason' | 'booking' | 'feedback'

export function actionInput(action: ReferralAction): ActionInput {
  switch (action) {
    case 'reject':
    case 'cancel':
      return 'reason'
    case 'schedule':
      return 'booking'
    case 'complete':
      return 'feedback'
    default:
      return 'none'
  }
}

/** The dialog's fields as typed. */
export interface ActionForm {
  reason: string
  bookingReference: string
  diagnosisCode: string
  dischargeSummary: string
  carePlan: string
}

export const actionFields = ['reason', 'bookingReference', 'diagnosisCode', 'dischargeSummary', 'carePlan'] as const

export function emptyActionForm(): ActionForm {
  return { reason: '', bookingReference: '', diagnosisCode: '', dischargeSummary: '', carePlan: '' }
}

/**
 * The body of an action: only the fields it takes, trimmed (an empty one is sent empty, so the
 * server names it); the diagnosis code in capitals.
 */
export function actionBody(action: ReferralAction, form: ActionForm): ReferralActionRequest {
  switch (actionInput(action)) {
    case 'reason':
      return { reason: form.reason.trim() }
    case 'booking':
      return { bookingReference: form.bookingReference.trim() }
    case 'feedback':
      return {
        diagnosisCode: form.diagnosisCode.trim().toUpperCase(),
        dischargeSummary: form.dischargeSummary.trim(),
        carePlan: form.carePlan.trim(),
      }
    default:
      return {}
  }
}

/** The answer of a 409: the referral moved on (someone else acted, or the state does not allow it). */
export function conflictOf(error: unknown): ReferralConflict | null {
  if (!(error instanceof ApiError) || error.status !== 409 || !error.problem) return null
  const body = error.problem as unknown as Partial<ReferralConflict>
  return typeof body.message === 'string'
    ? {
        currentState: (body.currentState ?? '') as ReferralStatus,
        action: body.action ?? '',
        message: body.message,
        messageEn: body.messageEn ?? body.message,
      }
    : null
}
