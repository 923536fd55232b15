import type { BookingSlot } from '@/api/types'

/** Slots grouped by their day in China time (UTC+8), days and slots in time order. */
export function slotsByDay(slots: readonly BookingSlot[]): { day: string; slots: BookingSlot[] }[] {
  const days = new Map<string, BookingSlot[]>()
  for (const slot of [...slots].sort((a, b) => Date.parse(a.startsAt) - Date.parse(b.startsAt))) {
    const day = chinaTime(slot.startsAt).slice(0, 10)
    const list = days.get(day) ?? []
    list.push(slot)
    days.set(day, list)
  }
  return [...days].map(([day, list]) => ({ day, slots: list }))
}

/** `yyyy-MM-dd HH:mm` of an instant in China time. */
export function chinaTime(instant: string): string {
  return new Date(Date.parse(instant) + 8 * 3600_000).toISOString().slice(0, 16).replace('T', ' ')
}

/** The first and last day (China time) of the window a referral's slots are looked for in, from today. */
export function bookingWindow(now: Date, days = 14): { from: string; to: string } {
  const today = new Date(now.getTime() + 8 * 3600_000)
  const last = new Date(today.getTime() + days * 86_400_000)
  return { from: today.toISOString().slice(0, 10), to: last.toISOString().slice(0, 10) }
}

/** A referral's sender may book a reserved slot while it is submitted or accepted and not yet booked (an up-referral). */
export function canBookFor(referral: { direction: string; status: string; bookingReference: string | null }, side: string): boolean {
  return side === 'sender' && referral.direction === 'up' && ['submitted', 'accepted'].includes(referral.status) && !referral.bookingReference
}
