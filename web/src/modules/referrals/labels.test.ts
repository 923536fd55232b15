import { describe, expect, it } from 'vitest'
import { translator } from '@/modules/payment/testing'
import {
  isGreenChannel,
  isOverdue,
  referralDirections,
  referralLabels,
  referralStatuses,
  referralUrgencies,
  sortReminders,
  statusTone,
  urgencyTag,
} from './labels'

const zh = translator('zh-CN')
const labels = referralLabels(zh.t, zh.te)

describe('referralLabels', () => {
  it('names the states as the engine does', () => {
    expect(referralStatuses.map((s) => labels.status(s))).toEqual([
      '草稿',
      '已提交',
      '已接收',
      '已预约',
      '已到诊',
      '已完成',
      '已拒绝',
      '已取消',
      '已过期',
    ])
  })

  it('names directions, urgencies, actions and reminders', () => {
    expect(referralDirections.map((d) => labels.direction(d))).toEqual(['上转', '下转', '平转'])
    expect(referralUrgencies.map((u) => labels.urgency(u))).toEqual(['普通', '紧急', '急诊'])
    expect(labels.action('expire')).toBe('超时失效')
    expect(labels.reminder('accept_overdue')).toBe('超时未接收')
  })

  it('names everything in English too and shows unknown codes as they are', () => {
    const en = translator('en')
    const english = referralLabels(en.t, en.te)
    for (const s of referralStatuses) expect(english.status(s)).not.toBe(s)
    expect(english.direction('up')).toBe('Up')
    expect(labels.status('paused')).toBe('paused')
    expect(labels.action('reopen')).toBe('reopen')
  })
})

describe('tones', () => {
  it('colours waiting orange, on the way blue, done green, refused red, ended grey', () => {
    expect(statusTone('submitted')).toBe('warning')
    expect(statusTone('accepted')).toBe('primary')
    expect(statusTone('scheduled')).toBe('primary')
    expect(statusTone('arrived')).toBe('primary')
    expect(statusTone('completed')).toBe('success')
    expect(statusTone('rejected')).toBe('danger')
    expect(statusTone('cancelled')).toBe('info')
    expect(statusTone('expired')).toBe('info')
    expect(statusTone('draft')).toBe('info')
  })

  it('makes the green channel stand out', () => {
    expect(isGreenChannel('urgent')).toBe(true)
    expect(isGreenChannel('emergency')).toBe(true)
    expect(isGreenChannel('routine')).toBe(false)
    expect(isGreenChannel(null)).toBe(false)
    expect(urgencyTag('emergency')).toEqual({ type: 'danger', effect: 'dark' })
    expect(urgencyTag('urgent')).toEqual({ type: 'warning', effect: 'dark' })
    expect(urgencyTag('routine')).toEqual({ type: 'info', effect: 'plain' })
  })
})

describe('reminders', () => {
  it('puts overdue ones first, then by deadline', () => {
    const r = (kind: 'accept_due_soon' | 'accept_overdue' | 'arrival_overdue', deadline: string) => ({ kind, deadline })
    const sorted = sortReminders([
      r('accept_due_soon', '2026-01-01T08:00:00Z'),
      r('arrival_overdue', '2026-01-01T09:00:00Z'),
      r('accept_overdue', '2026-01-01T07:00:00Z'),
    ])
    expect(sorted.map((x) => x.kind)).toEqual(['accept_overdue', 'arrival_overdue', 'accept_due_soon'])
    expect(isOverdue({ kind: 'arrival_overdue' })).toBe(true)
    expect(isOverdue({ kind: 'arrival_due_soon' })).toBe(false)
  })
})
