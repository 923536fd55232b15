import { describe, expect, it } from 'vitest'
import type { BookingSlot } from '@/api/types'
import { bookingWindow, canBookFor, chinaTime, slotsByDay } from './slots'

const slot = (id: number, startsAt: string): BookingSlot => ({
  id, institutionCode: 'H0002', departmentCode: '03', kind: 'outpatient', resource: '张医生', startsAt, endsAt: startsAt,
  reserved: true, releaseAt: null, booked: false, freeForPublic: false, freeForReferral: true,
})

describe('slots', () => {
  it('groups slots by their China-time day, in time order', () => {
    // 23:30 UTC on the 1st is 07:30 on the 2nd in China.
    const groups = slotsByDay([slot(2, '2026-12-02T01:00:00Z'), slot(1, '2026-12-01T23:30:00Z'), slot(3, '2026-12-01T02:00:00Z')])
    expect(groups.map((g) => [g.day, g.slots.map((s) => s.id)])).toEqual([
      ['2026-12-01', [3]],
      ['2026-12-02', [1, 2]],
    ])
  })

  it('shows an instant in China time', () => {
    expect(chinaTime('2026-12-01T23:30:00Z')).toBe('2026-12-02 07:30')
  })

  it('looks 14 days ahead from today in China time', () => {
    expect(bookingWindow(new Date('2026-11-23T20:00:00Z'))).toEqual({ from: '2026-11-24', to: '2026-12-08' })
  })

  it('offers booking to the sender of a submitted or accepted up-referral without a booking', () => {
    expect(canBookFor({ direction: 'up', status: 'submitted', bookingReference: null }, 'sender')).toBe(true)
    expect(canBookFor({ direction: 'up', status: 'accepted', bookingReference: null }, 'sender')).toBe(true)
    expect(canBookFor({ direction: 'up', status: 'scheduled', bookingReference: 'YY1' }, 'sender')).toBe(false)
    expect(canBookFor({ direction: 'up', status: 'submitted', bookingReference: 'YY1' }, 'sender')).toBe(false)
    expect(canBookFor({ direction: 'down', status: 'submitted', bookingReference: null }, 'sender')).toBe(false)
    expect(canBookFor({ direction: 'up', status: 'submitted', bookingReference: null }, 'receiver')).toBe(false)
  })
})
