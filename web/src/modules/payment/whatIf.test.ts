import { describe, expect, it } from 'vitest'
import type { PaymentPolicy, WhatIfResult } from '@/api/types'
import { translator } from './testing'
import { byDifference, whatIfChanges, whatIfForm, whatIfProblemText, whatIfRequest, whatIfSummary, type WhatIfForm } from './whatIf'

const base: PaymentPolicy = {
  name: 'reference',
  version: '1.0',
  budget: 8000000000,
  pointsPerRw: 100,
  hospitalCoefficients: { H0001: 1.05 },
  highOutlierMultiple: { '3': 3, '2': 2.5, default: 2 },
  lowOutlierRatio: 0.4,
  incompleteDispositions: [2, 4],
  feeForServiceRate: 1,
  specialReviewMaxShare: 0.05,
  advanceRate: 0.85,
  globalBudget: { bands: [] },
}
const period = { from: '2025-01-01', to: '2025-12-31' }
const start = (change: Partial<WhatIfForm> = {}): WhatIfForm => ({ ...whatIfForm(base, period, 'CHS-DRG 1.1'), ...change })

describe('whatIfForm', () => {
  it('starts from the base policy', () => {
    expect(start()).toEqual({
      from: '2025-01-01',
      to: '2025-12-31',
      tableSet: 'CHS-DRG 1.1',
      budget: '8,000,000,000',
      coefficients: [],
      highTertiary: 3,
      highOther: 2,
      lowOutlierRatio: 0.4,
      feeForServiceRate: 1,
    })
  })

  it('is empty without a base policy', () => {
    expect(whatIfForm(null, period)).toMatchObject({ budget: '', highTertiary: null, lowOutlierRatio: null })
  })
})

describe('whatIfRequest', () => {
  it('sends only what differs from the base', () => {
    expect(whatIfRequest(start({ budget: '8,100,000,000' }), base)).toEqual({
      ok: true,
      request: { from: '2025-01-01', to: '2025-12-31', tableSet: 'CHS-DRG 1.1', changes: { budget: 8100000000 } },
    })
  })

  it('sends coefficients that change, and the whole map of multiples when one changes', () => {
    const result = whatIfRequest(
      start({
        coefficients: [
          { code: 'H0001', k: 1.05 },
          { code: 'H0002', k: 0.95 },
        ],
        highTertiary: 3.5,
        lowOutlierRatio: 0.3,
        feeForServiceRate: 0.9,
      }),
      base,
    )
    expect(result.ok && result.request.changes).toEqual({
      hospitalCoefficients: { H0002: 0.95 },
      highOutlierMultiples: { '3': 3.5, '2': 2.5, default: 2 },
      lowOutlierRatio: 0.3,
      feeForServiceRate: 0.9,
    })
  })

  it('asks for at least one change', () => {
    expect(whatIfRequest(start(), base)).toEqual({ ok: false, problems: [{ code: 'noChanges' }] })
    expect(whatIfRequest(start({ coefficients: [{ code: 'H0002', k: 1 }] }), base)).toEqual({ ok: false, problems: [{ code: 'noChanges' }] })
  })

  it('names every wrong value', () => {
    const result = whatIfRequest(
      start({
        from: '',
        budget: '-1',
        coefficients: [{ k: 1.1 }, { code: 'H0002', k: 0 }, { code: 'H0002', k: 1.2 }],
        highOther: 0,
        lowOutlierRatio: 1.5,
        feeForServiceRate: null,
      }),
      base,
    )
    expect(result).toEqual({
      ok: false,
      problems: [
        { code: 'period' },
        { code: 'budget' },
        { code: 'hospital', row: 1 },
        { code: 'coefficient', hospital: 'H0002' },
        { code: 'duplicate', hospital: 'H0002' },
        { code: 'multiple' },
        { code: 'lowOutlier' },
        { code: 'feeForService' },
      ],
    })
  })

  it('sends every value as a change when the base is unknown', () => {
    const result = whatIfRequest({ ...whatIfForm(null, period), budget: '100', highTertiary: 3, highOther: 2, lowOutlierRatio: 0.4, feeForServiceRate: 1 }, null)
    expect(result.ok && result.request.changes).toEqual({
      budget: 100,
      highOutlierMultiples: { '3': 3, default: 2 },
      lowOutlierRatio: 0.4,
      feeForServiceRate: 1,
    })
  })

  it('tells which items changed even while another is wrong', () => {
    const { changes, problems } = whatIfChanges(start({ budget: '9,000,000,000', lowOutlierRatio: 2 }), base)
    expect(changes).toEqual({ budget: 9000000000 })
    expect(problems).toEqual([{ code: 'lowOutlier' }])
  })

  it('words the problems', () => {
    const { t } = translator('zh-CN')
    expect(whatIfProblemText({ code: 'coefficient', hospital: 'H0002' }, t, () => '东坪县人民医院')).toBe('东坪县人民医院：系数须大于 0')
    expect(whatIfProblemText({ code: 'hospital', row: 2 }, t)).toBe('第 2 行：请选择医院')
    expect(whatIfProblemText({ code: 'noChanges' }, t)).toBe('请至少调整一项参数')
    expect(whatIfProblemText({ code: 'lowOutlier' }, t)).toBe('低倍率比例须在 0 与 1 之间')
  })
})

describe('results', () => {
  const result: WhatIfResult = {
    base: { pointValue: 80, due: 1000.1 },
    changed: { pointValue: 81, due: 1100.3 },
    hospitals: [
      { institutionCode: 'H2', institutionName: null, dueBase: 500, dueChanged: 500.001, difference: 0.001, pointsBase: 1, pointsChanged: 1 },
      { institutionCode: 'H1', institutionName: null, dueBase: 500.1, dueChanged: 600.3, difference: 100.2, pointsBase: 1, pointsChanged: 1 },
      { institutionCode: 'H3', institutionName: null, dueBase: 0, dueChanged: -5, difference: -5, pointsBase: 1, pointsChanged: 1 },
    ],
    ruleChanges: [],
  }

  it('sums the change and counts the hospitals whose due changes by a fen or more', () => {
    expect(whatIfSummary(result)).toEqual({ difference: 100.2, changed: 2, hospitals: 3 })
  })

  it('orders hospitals from the largest gain', () => {
    expect(byDifference(result.hospitals).map((h) => h.institutionCode)).toEqual(['H1', 'H2', 'H3'])
  })
})
