import { describe, expect, it } from 'vitest'
import type { HospitalStatement, SettlementRun, StatementSummary } from '@/api/types'
import {
  advanceTotals,
  isAdvance,
  kindFromQuery,
  kindTone,
  lastFullMonth,
  monthFromQuery,
  monthPeriod,
  periodMonth,
  statementInstitutions,
  statementsOf,
} from './kinds'

describe('monthPeriod', () => {
  it('runs from the first to the last day of the month', () => {
    expect(monthPeriod('2025-03')).toEqual({ from: '2025-03-01', to: '2025-03-31' })
    expect(monthPeriod('2025-04')).toEqual({ from: '2025-04-01', to: '2025-04-30' })
    expect(monthPeriod('2025-12')).toEqual({ from: '2025-12-01', to: '2025-12-31' })
  })

  it('knows February in leap years', () => {
    expect(monthPeriod('2024-02')?.to).toBe('2024-02-29')
    expect(monthPeriod('2023-02')?.to).toBe('2023-02-28')
    expect(monthPeriod('2000-02')?.to).toBe('2000-02-29')
    expect(monthPeriod('1900-02')?.to).toBe('1900-02-28')
  })

  it('refuses what is not a month', () => {
    expect(monthPeriod('2025-13')).toBeNull()
    expect(monthPeriod('2025-3')).toBeNull()
    expect(monthPeriod('')).toBeNull()
    expect(monthPeriod(null)).toBeNull()
  })

  it('reads a period back as its month only when it is exactly one month', () => {
    expect(periodMonth('2023-02-01', '2023-02-28')).toBe('2023-02')
    expect(periodMonth('2023-02-01', '2023-02-27')).toBeNull()
    expect(periodMonth('2023-01-01', '2023-12-31')).toBeNull()
  })
})

describe('the default month', () => {
  it('is the last full calendar month, across the new year', () => {
    expect(lastFullMonth(new Date(2026, 4, 17))).toBe('2026-04')
    expect(lastFullMonth(new Date(2026, 0, 5))).toBe('2025-12')
  })
})

describe('the kind', () => {
  it('tells an advance from a final settlement', () => {
    expect(isAdvance('advance')).toBe(true)
    expect(isAdvance('final')).toBe(false)
    expect(isAdvance(undefined)).toBe(false)
    expect(kindTone('advance')).toBe('warning')
    expect(kindTone('final')).toBe('primary')
  })

  it('comes from the address bar; a month alone means an advance', () => {
    expect(kindFromQuery({ kind: 'advance' })).toBe('advance')
    expect(kindFromQuery({ month: '2023-03' })).toBe('advance')
    expect(kindFromQuery({ kind: 'final', month: '2023-03' })).toBe('final')
    expect(kindFromQuery({ kind: 'what_if' })).toBe('final')
    expect(kindFromQuery({})).toBe('final')
    expect(monthFromQuery({ month: '2023-03' })).toBe('2023-03')
    expect(monthFromQuery({ month: '2023-3' })).toBeUndefined()
  })
})

describe('statements', () => {
  const run = (id: number): SettlementRun => ({
    id,
    title: `run ${id}`,
    kind: 'final',
    method: 'drg',
    policyName: 'reference',
    policyVersion: '1',
    tableSet: 'CHS-DRG 1.1',
    periodFrom: '2023-01-01',
    periodTo: '2023-12-31',
    fingerprint: 'f',
    cases: 1,
    budget: 1,
    points: 1,
    pointValue: 1,
    feeForService: 0,
    due: 1,
    createdBy: 'ybj',
    createdAt: '2026-01-01T00:00:00Z',
  })
  const hospital = (code: string, name: string | null): HospitalStatement => ({
    institutionCode: code,
    institutionName: name,
    level: 2,
    cases: 1,
    points: 1,
    pointValue: 1,
    selfPay: 0,
    feeForService: 0,
    perDiem: 0,
    due: 1,
    advances: 0,
    balance: 1,
  })
  const list: StatementSummary[] = [
    { run: run(3), hospital: hospital('H0002', null) },
    { run: run(3), hospital: hospital('H0001', '市第一人民医院') },
    { run: run(2), hospital: hospital('H0002', '东坪县人民医院') },
  ]

  it('names each institution once, by code', () => {
    expect(statementInstitutions(list)).toEqual([
      { code: 'H0001', name: '市第一人民医院' },
      { code: 'H0002', name: '东坪县人民医院' },
    ])
    expect(statementInstitutions([{ run: run(1), hospital: hospital('T0001', null) }])).toEqual([{ code: 'T0001', name: 'T0001' }])
  })

  it('keeps one institution or all', () => {
    expect(statementsOf(list, 'H0002').map((s) => s.run.id)).toEqual([3, 2])
    expect(statementsOf(list, undefined)).toHaveLength(3)
  })

  it('adds the advances in fen', () => {
    expect(
      advanceTotals([
        { points: 0.1, selfPay: 0.1, amount: 0.1, paid: 0.1 },
        { points: 0.2, selfPay: 0.2, amount: 0.2, paid: 0 },
      ]),
    ).toEqual({ points: 0.3, selfPay: 0.3, amount: 0.3, paid: 0.1 })
  })
})
