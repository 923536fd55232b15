import { describe, expect, it } from 'vitest'
import { ApiError } from '@/api/client'
import { paymentLabels } from './labels'
import {
  amountInput,
  bandRange,
  budgetProblems,
  budgetQuery,
  budgetRequest,
  budgetViewFromQuery,
  budgetViewToQuery,
  budgetYears,
  networkShare,
  ratioBar,
  ratioTone,
  standingTone,
} from './budgets'
import { translator } from './testing'

const zh = translator('zh-CN')
const labels = paymentLabels(zh.t, zh.te)

describe('the ratio', () => {
  it('is green below 100 %, orange up to 110 %, red above', () => {
    expect(ratioTone(0.59)).toBe('green')
    expect(ratioTone(0.9999)).toBe('green')
    expect(ratioTone(1)).toBe('orange')
    expect(ratioTone(1.1)).toBe('orange')
    expect(ratioTone(1.1001)).toBe('red')
    expect(ratioTone(1.18)).toBe('red')
  })

  it('fills a bar that reaches 120 %, with the band edges marked', () => {
    expect(ratioBar(0.6)).toEqual({
      fill: 50,
      marks: [
        { at: 1, left: 83.3 },
        { at: 1.1, left: 91.7 },
      ],
      tone: 'green',
    })
    expect(ratioBar(1.14).fill).toBe(95)
    // Beyond 120 % the bar is longer than the ratio, so the fill never reaches the end.
    const far = ratioBar(2)
    expect(far.fill).toBe(95.2)
    expect(far.tone).toBe('red')
    expect(ratioBar(Number.NaN).fill).toBe(0)
  })
})

describe('the standing', () => {
  it('names and colours surplus, balance and overspend', () => {
    expect(['surplus', 'balanced', 'overspend'].map((s) => labels.standing(s))).toEqual(['结余', '平衡', '超支'])
    expect(labels.standing('unknown')).toBe('unknown')
    expect(labels.bandKind('overspend')).toBe('超支')
    expect(standingTone('surplus')).toBe('success')
    expect(standingTone('overspend')).toBe('danger')
    expect(standingTone('balanced')).toBe('primary')
    expect(standingTone('other')).toBe('info')
  })

  it('takes what the network keeps of a surplus or bears of an overspend', () => {
    expect(networkShare({ standing: 'surplus', networkKeeps: 8200, networkBears: 0 })).toEqual({ kind: 'keeps', amount: 8200 })
    expect(networkShare({ standing: 'overspend', networkKeeps: 0, networkBears: 1300 })).toEqual({ kind: 'bears', amount: 1300 })
    expect(networkShare({ standing: 'balanced', networkKeeps: 0, networkBears: 0 })).toEqual({ kind: 'none', amount: 0 })
  })

  it('writes a band’s range in percent', () => {
    expect(bandRange({ from: 0, to: 1 })).toBe('[0%, 100%)')
    expect(bandRange({ from: 1, to: 1.1 })).toBe('[100%, 110%)')
    expect(bandRange({ from: 1.1, to: null })).toBe('[110%, ∞)')
  })
})

describe('year and as-of day', () => {
  const today = new Date(2026, 10, 23)

  it('offers next year, this year and five before, and the chosen year', () => {
    expect(budgetYears(2026)).toEqual([2027, 2026, 2025, 2024, 2023, 2022, 2021])
    expect(budgetYears(2026, 2010)).toEqual([2027, 2026, 2025, 2024, 2023, 2022, 2021, 2010])
    expect(budgetYears(2026, 2024)).toHaveLength(7)
  })

  it('reads the address bar, this year by default', () => {
    expect(budgetViewFromQuery({}, today)).toEqual({ year: 2026, asOf: undefined })
    expect(budgetViewFromQuery({ year: '2024', asOf: '2024-06-30' }, today)).toEqual({ year: 2024, asOf: '2024-06-30' })
    expect(budgetViewFromQuery({ year: '1999', asOf: '30/06/2024' }, today)).toEqual({ year: 2026, asOf: undefined })
  })

  it('writes the address bar and the query, leaving out an empty as-of day', () => {
    expect(budgetViewToQuery({ year: 2024 })).toEqual({ year: '2024' })
    expect(budgetViewToQuery({ year: 2024, asOf: '2024-06-30' })).toEqual({ year: '2024', asOf: '2024-06-30' })
    expect(budgetQuery({ year: 2024 })).toEqual({ year: 2024 })
    expect(budgetQuery({ year: 2024, asOf: '2024-06-30' })).toEqual({ year: 2024, asOf: '2024-06-30' })
  })
})

describe('setting a budget', () => {
  it('sends a positive amount in yuan with at most two decimals', () => {
    expect(budgetRequest('12,000,000.50')).toEqual({ ok: true, body: { amount: 12000000.5 } })
    expect(budgetRequest('20000 元')).toEqual({ ok: true, body: { amount: 20000 } })
    expect(budgetRequest('')).toEqual({ ok: false, problem: 'required' })
    expect(budgetRequest('0')).toEqual({ ok: false, problem: 'zero' })
    expect(budgetRequest('0.00')).toEqual({ ok: false, problem: 'zero' })
    expect(budgetRequest('1.234')).toEqual({ ok: false, problem: 'invalid' })
    expect(budgetRequest('-5')).toEqual({ ok: false, problem: 'invalid' })
    expect(budgetRequest('abc')).toEqual({ ok: false, problem: 'invalid' })
  })

  it('starts the input from the budget set', () => {
    expect(amountInput(20000)).toBe('20000.00')
    expect(amountInput(1234.5)).toBe('1234.50')
    expect(amountInput(null)).toBe('')
  })

  it('shows a refusal by field', () => {
    const amount = new ApiError(400, {
      title: 'One or more validation errors occurred.',
      errors: { amount: ['预算须为大于0、最多两位小数的金额 (the budget must be a positive amount with at most 2 decimals): 0'] },
    })
    expect(budgetProblems(amount)).toEqual({
      amount: ['预算须为大于0、最多两位小数的金额 (the budget must be a positive amount with at most 2 decimals): 0'],
      other: [],
    })
    const year = new ApiError(400, { title: 'One or more validation errors occurred.', errors: { year: ['年度不合理 (implausible year): 1900'] } })
    expect(budgetProblems(year)).toEqual({ amount: [], other: ['年度不合理 (implausible year): 1900'] })
    const missing = new ApiError(404, { title: 'Not Found', detail: '医联体 N9999 不存在 (network N9999 does not exist)' })
    expect(budgetProblems(missing)).toEqual({ amount: [], other: ['医联体 N9999 不存在 (network N9999 does not exist)'] })
    expect(budgetProblems(new ApiError(403, { title: 'Forbidden' }))).toEqual({ amount: [], other: ['Forbidden'] })
    expect(budgetProblems(new Error('offline'))).toEqual({ amount: [], other: [] })
  })
})
