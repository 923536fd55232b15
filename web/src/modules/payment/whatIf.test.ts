import { describe, expect, it } from 'vitest'
import type { PaymentPolicy, WhatIfResult } from '@/api/types'
import { translator } from './testing'
import { ApiError } from '@/api/client'
import {
  byDifference,
  parsePerDiemRate,
  perDiemRowProblems,
  perDiemServerProblems,
  whatIfChanges,
  whatIfForm,
  whatIfProblemText,
  whatIfRequest,
  whatIfSummary,
  type WhatIfForm,
} from './whatIf'

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
      perDiem: [],
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

describe('per-diem groups', () => {
  const withPerDiem: PaymentPolicy = { ...base, perDiem: { groups: { ES3: 600 } } }

  it('reads a rate of 元 above 0 with at most two decimals', () => {
    expect(parsePerDiemRate('580')).toBe(580)
    expect(parsePerDiemRate(' 1,200.5 ')).toBe(1200.5)
    expect(parsePerDiemRate('0.01')).toBe(0.01)
    expect(parsePerDiemRate('0')).toBeNull()
    expect(parsePerDiemRate('12.345')).toBeNull()
    expect(parsePerDiemRate('-5')).toBeNull()
    expect(parsePerDiemRate('')).toBeNull()
    expect(parsePerDiemRate('abc')).toBeNull()
  })

  it('sends every group given as changes.perDiemRates, and leaves out a rate the base already has', () => {
    const result = whatIfRequest(
      start({
        perDiem: [
          { code: 'AA1', rate: '580' },
          { code: ' GU19 ', rate: '1,200.50' },
        ],
      }),
      base,
    )
    expect(result).toEqual({
      ok: true,
      request: { from: '2025-01-01', to: '2025-12-31', tableSet: 'CHS-DRG 1.1', changes: { perDiemRates: { AA1: 580, GU19: 1200.5 } } },
    })
    const same = { ...whatIfForm(withPerDiem, period), perDiem: [{ code: 'ES3', rate: '600' }] }
    expect(whatIfRequest(same, withPerDiem)).toEqual({ ok: false, problems: [{ code: 'noChanges' }] })
    expect(whatIfChanges({ ...same, perDiem: [{ code: 'ES3', rate: '650' }] }, withPerDiem).changes).toEqual({ perDiemRates: { ES3: 650 } })
  })

  it('names a code that is not capital letters and digits, a group listed twice and a wrong rate, row by row', () => {
    const result = whatIfRequest(
      start({
        perDiem: [
          { code: '', rate: '100' },
          { code: 'es3', rate: '100' },
          { code: 'AA1', rate: '0' },
          { code: 'AA1', rate: '12.345' },
          { code: 'ES-3', rate: '' },
        ],
      }),
      base,
    )
    expect(result).toEqual({
      ok: false,
      problems: [
        { code: 'perDiemCode', row: 1 },
        { code: 'perDiemCode', row: 2 },
        { code: 'perDiemRate', row: 3 },
        { code: 'perDiemDuplicate', row: 4, group: 'AA1' },
        { code: 'perDiemRate', row: 4 },
        { code: 'perDiemCode', row: 5 },
        { code: 'perDiemRate', row: 5 },
      ],
    })
    const problems = result.ok ? [] : result.problems
    expect(perDiemRowProblems(problems, 1)).toEqual({ code: 'perDiemCode', rate: false })
    expect(perDiemRowProblems(problems, 3)).toEqual({ code: undefined, rate: true })
    expect(perDiemRowProblems(problems, 4)).toEqual({ code: 'perDiemDuplicate', rate: true })
  })

  it('words the per-diem problems in Chinese and English', () => {
    const zh = translator('zh-CN').t
    expect(whatIfProblemText({ code: 'perDiemCode', row: 2 }, zh)).toBe('床日病组第 2 行：编码须为大写字母或数字（DRG 或 ADRG 编码，如 AA1）')
    expect(whatIfProblemText({ code: 'perDiemDuplicate', row: 3, group: 'AA1' }, zh)).toBe('床日病组第 3 行：AA1 已列出')
    expect(whatIfProblemText({ code: 'perDiemRate', row: 1 }, translator('en').t)).toBe(
      'Per-diem row 1: the daily rate must be an amount above 0 with at most two decimals',
    )
  })

  it('picks the server\'s words about the per-diem groups out of a refusal', () => {
    const refused = new ApiError(400, {
      title: '输入有误 (one or more fields are invalid)',
      status: 400,
      errors: {
        'changes.perDiemRates': ["perDiem.groups: 'ES-3' is not a DRG or ADRG code prefix (letters and digits)"],
        changes: ['perDiem.groups.ES3: -1 is negative', 'budget: -1 must be positive'],
        cases: ['the total of points is zero'],
      },
    })
    expect(perDiemServerProblems(refused)).toEqual([
      "perDiem.groups: 'ES-3' is not a DRG or ADRG code prefix (letters and digits)",
      'perDiem.groups.ES3: -1 is negative',
    ])
    expect(perDiemServerProblems(new ApiError(400, { title: 'x', status: 400, errors: { cases: ['zero'] } }))).toEqual([])
    expect(perDiemServerProblems(new Error('network'))).toEqual([])
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
