import { describe, expect, it } from 'vitest'
import type { HospitalStatement } from '@/api/types'
import { rerunAgrees, rerunRows, ruleRows, statementTotals } from './statements'

describe('ruleRows', () => {
  it('lists every rule in order, zeros included, with its share', () => {
    const rows = ruleRows([
      { rule: 'high_outlier', cases: 12 },
      { rule: 'normal', cases: 88 },
    ])
    expect(rows.map((r) => r.rule).slice(0, 3)).toEqual(['normal', 'high_outlier', 'low_outlier'])
    expect(rows).toHaveLength(8)
    expect(rows[0]).toEqual({ rule: 'normal', cases: 88, share: 0.88 })
    expect(rows[2]).toEqual({ rule: 'low_outlier', cases: 0, share: 0 })
  })

  it('keeps a rule the screens do not know, at the end', () => {
    const rows = ruleRows([{ rule: 'capitation' as never, cases: 2 }])
    expect(rows[rows.length - 1]).toEqual({ rule: 'capitation', cases: 2, share: 1 })
    expect(ruleRows(null)[0]?.share).toBeNull()
  })
})

describe('statementTotals', () => {
  const statement = (due: number, balance: number): HospitalStatement => ({
    institutionCode: 'H',
    institutionName: null,
    level: 3,
    cases: 2,
    points: 100.1234,
    pointValue: 80,
    selfPay: 0.1,
    feeForService: 0.2,
    perDiem: 0,
    due,
    advances: due - balance,
    balance,
  })

  it('adds money to the fen without floating-point dust', () => {
    const totals = statementTotals([statement(0.1, -0.3), statement(0.2, 0.1)])
    expect(totals.due).toBe(0.3)
    expect(totals.balance).toBe(-0.2)
    expect(totals.selfPay).toBe(0.2)
    expect(totals.feeForService).toBe(0.4)
    expect(totals.cases).toBe(4)
    expect(totals.points).toBe(200.2468)
  })
})

describe('re-run', () => {
  it('agrees only with the same inputs, the same amounts and no differences', () => {
    const same = { sameInputs: true, sameAmounts: true, fingerprint: 'a', storedFingerprint: 'a', differences: [] }
    expect(rerunAgrees(same)).toBe(true)
    expect(rerunAgrees({ ...same, sameInputs: false })).toBe(false)
    expect(rerunAgrees({ ...same, differences: [{ institutionCode: 'H0001', storedDue: 1, due: 2 }] })).toBe(false)
    expect(rerunAgrees({ ...same, differences: [{ institutionCode: 'H0001', storedDue: 1.001, due: 1 }] })).toBe(true)
  })

  it('lists only the hospitals whose amount differs by a fen', () => {
    const rows = rerunRows(
      [
        { institutionCode: 'H0001', storedDue: 100, due: 100 },
        { institutionCode: 'H0002', storedDue: 100, due: 99.99 },
      ],
      (c) => c,
    )
    expect(rows.map((r) => [r.institutionCode, r.difference])).toEqual([['H0002', -0.01]])
  })

  it('names the hospitals and computes the difference to the fen', () => {
    const rows = rerunRows([{ institutionCode: 'H0001', storedDue: 100.1, due: 100.3 }], (c) => `name ${c}`)
    expect(rows[0]).toMatchObject({ name: 'name H0001', difference: 0.2 })
  })
})
