import { describe, expect, it } from 'vitest'
import type { PaymentPolicy } from '@/api/types'
import { policyText } from './policy'
import { groupDigits, lastFullYear, parseAmount, periodFromQuery, settlementRequest, tableSetFromQuery, type SettleForm } from './settle'

const reference: PaymentPolicy = {
  name: 'reference',
  version: '1.0',
  budget: 8000000000,
  pointsPerRw: 100,
  weightReference: 'period',
  hospitalCoefficients: {},
  highOutlierMultiple: { '3': 3, default: 2 },
  lowOutlierRatio: 0.4,
  incompleteDispositions: [2, 4],
  feeForServiceRate: 1,
  specialReviewMaxShare: 0.05,
  advanceRate: 0.85,
  perDiem: { groups: {} },
  globalBudget: { bands: [{ from: 0, to: null, networkShare: 1, kind: 'surplus' }] },
}

const form = (change: Partial<SettleForm> = {}): SettleForm => ({
  title: '',
  from: '2025-01-01',
  to: '2025-12-31',
  tableSet: 'CHS-DRG 1.1',
  budget: '',
  policy: policyText(reference),
  ...change,
})

describe('the period', () => {
  it('defaults to the last full calendar year', () => {
    expect(lastFullYear(new Date(2026, 10, 23))).toEqual({ from: '2025-01-01', to: '2025-12-31' })
    expect(lastFullYear(new Date(2026, 0, 1))).toEqual({ from: '2025-01-01', to: '2025-12-31' })
  })

  it('takes a period from the address bar only when both ends are dates in order', () => {
    const fallback = { from: '2025-01-01', to: '2025-12-31' }
    expect(periodFromQuery({ from: '2025-06-01', to: '2025-06-30' }, fallback)).toEqual({ from: '2025-06-01', to: '2025-06-30' })
    expect(periodFromQuery({ from: '2025-07-01', to: '2025-06-30' }, fallback)).toBe(fallback)
    expect(periodFromQuery({ from: '2025-13-01', to: '2025-12-31' }, fallback)).toBe(fallback)
    expect(periodFromQuery({ from: '2025-06-01' }, fallback)).toBe(fallback)
    expect(tableSetFromQuery({ tableSet: ' CHS-DRG 1.1 ' })).toBe('CHS-DRG 1.1')
  })
})

describe('amounts', () => {
  it('reads 元 with grouping, units and up to two decimals', () => {
    expect(parseAmount('8,000,000,000')).toEqual({ ok: true, value: 8000000000 })
    expect(parseAmount(' 1 234.5 元')).toEqual({ ok: true, value: 1234.5 })
    expect(parseAmount('¥12.34')).toEqual({ ok: true, value: 12.34 })
    expect(parseAmount('')).toEqual({ ok: true, value: null })
  })

  it('refuses negatives, three decimals and words', () => {
    expect(parseAmount('-5').ok).toBe(false)
    expect(parseAmount('1.234').ok).toBe(false)
    expect(parseAmount('八亿').ok).toBe(false)
  })

  it('groups the digits as the user types', () => {
    expect(groupDigits('8000000000')).toBe('8,000,000,000')
    expect(groupDigits('1234567.5')).toBe('1,234,567.5')
    expect(groupDigits('1,2345')).toBe('12,345')
    expect(groupDigits('')).toBe('')
    expect(groupDigits('abc')).toBe('abc')
  })
})

describe('settlementRequest', () => {
  it('sends the period and table set alone when nothing else is changed', () => {
    expect(settlementRequest(form(), reference)).toEqual({
      ok: true,
      request: { from: '2025-01-01', to: '2025-12-31', tableSet: 'CHS-DRG 1.1' },
    })
  })

  it('sends the kind of a monthly advance, and leaves a final settlement the server default', () => {
    expect(settlementRequest(form({ kind: 'advance', from: '2025-03-01', to: '2025-03-31' }), reference)).toEqual({
      ok: true,
      request: { kind: 'advance', from: '2025-03-01', to: '2025-03-31', tableSet: 'CHS-DRG 1.1' },
    })
    const final = settlementRequest(form({ kind: 'final' }), reference)
    expect(final.ok && final.request.kind).toBe(undefined)
  })

  it('sends the title, the budget override and a changed policy', () => {
    const changed = policyText({ ...reference, lowOutlierRatio: 0.5 })
    const result = settlementRequest(form({ title: ' 2025年度清算 ', budget: '6,000,000.00', policy: changed }), reference)
    expect(result.ok).toBe(true)
    if (result.ok) {
      expect(result.request.title).toBe('2025年度清算')
      expect(result.request.budget).toBe(6000000)
      expect(result.request.policy?.lowOutlierRatio).toBe(0.5)
    }
  })

  it('sends the editor policy when the reference could not be read', () => {
    const result = settlementRequest(form(), null)
    expect(result.ok && result.request.policy?.name).toBe('reference')
    expect(settlementRequest(form({ policy: ' ' }), null)).toEqual({ ok: true, request: { from: '2025-01-01', to: '2025-12-31', tableSet: 'CHS-DRG 1.1' } })
  })

  it('names the fields that are wrong, with the policy problems', () => {
    const result = settlementRequest(form({ from: '', budget: '-1', policy: '{"name": 1}' }), reference)
    expect(result.ok).toBe(false)
    if (!result.ok) {
      expect(result.problems.map((p) => p.field)).toEqual(['period', 'budget', 'policy'])
      const policy = result.problems[2]
      expect(policy?.field === 'policy' && policy.problems.some((p) => p.code === 'notString' && p.item === 'name')).toBe(true)
    }
  })
})
