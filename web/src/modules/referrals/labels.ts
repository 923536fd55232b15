import { useI18n } from 'vue-i18n'
import type { ReferralDirection, ReferralReminder, ReferralStatus, ReferralUrgency } from '@/api/types'
import type { Tone } from '@/modules/discharges/format'

type Translate = (key: string, named?: Record<string, unknown>) => string
type HasTranslation = (key: string) => boolean

/** The states in lifecycle order, as the filters offer them. */
export const referralStatuses: readonly ReferralStatus[] = [
  'draft',
  'submitted',
  'accepted',
  'scheduled',
  'arrived',
  'completed',
  'rejected',
  'cancelled',
  'expired',
]

export const referralDirections: readonly ReferralDirection[] = ['up', 'down', 'lateral']

export const referralUrgencies: readonly ReferralUrgency[] = ['routine', 'urgent', 'emergency']

/** Urgent and emergency referrals take the green channel (绿色通道): shorter limits, arrival without a booking. */
export function isGreenChannel(urgency: ReferralUrgency | string | null | undefined): boolean {
  return urgency === 'urgent' || urgency === 'emergency'
}

/**
 * Tag colour of a state: waiting for the receiver orange, on its way blue, done green, refused
 * red, ended without care grey; a draft is plain.
 */
export function statusTone(status: ReferralStatus | string): Tone {
  switch (status) {
    case 'submitted':
      return 'warning'
    case 'accepted':
    case 'scheduled':
    case 'arrived':
      return 'primary'
    case 'completed':
      return 'success'
    case 'rejected':
      return 'danger'
    default:
      return 'info'
  }
}

/** Tag of an urgency: routine plain, the green channel solid (emergency red, urgent orange). */
export function urgencyTag(urgency: ReferralUrgency | string): { type: Tone; effect: 'plain' | 'dark' } {
  switch (urgency) {
    case 'emergency':
      return { type: 'danger', effect: 'dark' }
    case 'urgent':
      return { type: 'warning', effect: 'dark' }
    default:
      return { type: 'info', effect: 'plain' }
  }
}

export function directionTone(direction: ReferralDirection | string): Tone {
  return direction === 'up' ? 'danger' : direction === 'down' ? 'success' : 'info'
}

/** Overdue reminders are red, those only due soon orange. */
export function isOverdue(reminder: Pick<ReferralReminder, 'kind'>): boolean {
  return reminder.kind.endsWith('_overdue')
}

/** Overdue first, then by deadline (the server sends them by deadline). */
export function sortReminders<T extends Pick<ReferralReminder, 'kind' | 'deadline'>>(reminders: readonly T[]): T[] {
  return [...reminders].sort(
    (a, b) => Number(isOverdue(b)) - Number(isOverdue(a)) || Date.parse(a.deadline) - Date.parse(b.deadline),
  )
}

/** Names of the referral codes in the current language; an unknown code is shown as it came. */
export function referralLabels(t: Translate, te: HasTranslation) {
  const name = (group: string, code: string) => (te(`referrals.enums.${group}.${code}`) ? t(`referrals.enums.${group}.${code}`) : code)
  return {
    status: (code: ReferralStatus | string) => name('status', code),
    direction: (code: ReferralDirection | string) => name('direction', code),
    urgency: (code: ReferralUrgency | string) => name('urgency', code),
    action: (code: string) => name('action', code),
    reminder: (code: string) => name('reminder', code),
  }
}

export function useReferralLabels() {
  const { t, te } = useI18n()
  return referralLabels(t, (key) => te(key))
}
