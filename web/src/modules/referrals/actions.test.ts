import { describe, expect, it } from 'vitest'
import { ApiError } from '@/api/client'
import { actionBody, actionInput, actionsFor, conflictOf, emptyActionForm, sideOf } from './actions'

const summary = { fromInstitutionCode: 'T0001', toInstitutionCode: 'H0002' }
const staff = { permissions: ['referrals.read', 'referrals.create', 'referrals.handle'] }

describe('sideOf', () => {
  it('knows the sending and the receiving institution', () => {
    expect(sideOf({ scopeKind: 'institution', scopeCode: 'T0001' }, summary)).toBe('sender')
    expect(sideOf({ scopeKind: 'institution', scopeCode: 'H0002' }, summary)).toBe('receiver')
  })

  it('lets everyone else only read', () => {
    expect(sideOf({ scopeKind: 'institution', scopeCode: 'T0002' }, summary)).toBe('observer')
    expect(sideOf({ scopeKind: 'network', scopeCode: 'T0001' }, summary)).toBe('observer')
    expect(sideOf(null, summary)).toBe('observer')
  })
})

describe('actionsFor', () => {
  const next = ['accept', 'reject', 'cancel']

  it('gives the sender submit and cancel, the receiver the rest, in button order', () => {
    expect(actionsFor(next, 'sender', staff)).toEqual(['cancel'])
    expect(actionsFor(next, 'receiver', staff)).toEqual(['accept', 'reject'])
    expect(actionsFor(['submit', 'cancel'], 'sender', staff)).toEqual(['submit', 'cancel'])
    expect(actionsFor(['complete'], 'receiver', staff)).toEqual(['complete'])
    expect(actionsFor(['schedule', 'arrive', 'cancel'], 'receiver', staff)).toEqual(['schedule', 'arrive'])
  })

  it('gives nothing without the side’s permission or to an observer', () => {
    expect(actionsFor(next, 'receiver', { permissions: ['referrals.read', 'referrals.create'] })).toEqual([])
    expect(actionsFor(next, 'sender', { permissions: ['referrals.read'] })).toEqual([])
    expect(actionsFor(next, 'observer', staff)).toEqual([])
    expect(actionsFor(['expire', 'reopen'], 'receiver', staff)).toEqual([])
  })
})

describe('action bodies', () => {
  it('asks for what each action needs', () => {
    expect(actionInput('reject')).toBe('reason')
    expect(actionInput('cancel')).toBe('reason')
    expect(actionInput('schedule')).toBe('booking')
    expect(actionInput('complete')).toBe('feedback')
    expect(actionInput('accept')).toBe('none')
    expect(actionInput('arrive')).toBe('none')
    expect(actionInput('submit')).toBe('none')
  })

  it('sends only the fields of the action, trimmed, an empty one empty', () => {
    const form = { ...emptyActionForm(), reason: '  床位已满 ', bookingReference: ' YY1 ', diagnosisCode: ' i21.900 ', dischargeSummary: ' PCI术后 ', carePlan: '阿司匹林' }
    expect(actionBody('reject', form)).toEqual({ reason: '床位已满' })
    expect(actionBody('reject', emptyActionForm())).toEqual({ reason: '' })
    expect(actionBody('schedule', form)).toEqual({ bookingReference: 'YY1' })
    expect(actionBody('complete', form)).toEqual({ diagnosisCode: 'I21.900', dischargeSummary: 'PCI术后', carePlan: '阿司匹林' })
    expect(actionBody('accept', form)).toEqual({})
  })
})

describe('conflictOf', () => {
  it('reads the 409 body', () => {
    const error = new ApiError(409, { currentState: 'accepted', action: 'arrive', message: '普通转诊须先预约', messageEn: 'book first' } as never)
    expect(conflictOf(error)).toEqual({ currentState: 'accepted', action: 'arrive', message: '普通转诊须先预约', messageEn: 'book first' })
  })

  it('is null for other errors', () => {
    expect(conflictOf(new ApiError(400, { errors: { reason: ['x'] } }))).toBeNull()
    expect(conflictOf(new ApiError(409, { detail: 'other' }))).toBeNull()
    expect(conflictOf(new Error('network'))).toBeNull()
  })
})
