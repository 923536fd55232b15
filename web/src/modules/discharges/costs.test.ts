import { describe, expect, it } from 'vitest'
import type { AbstractCosts } from '@/api/types'
import { costDifference, costRows } from './costs'

const costs: AbstractCosts = {
  service: 300.1,
  diagnosis: 1200.2,
  treatment: 2000,
  surgery: 800,
  rehabilitation: 0,
  tcm: 0,
  westernDrug: 2500.3,
  chineseDrug: 0,
  blood: 0,
  consumables: 400.4,
  other: 0,
  total: 6401,
  selfPay: 900,
}

describe('costRows', () => {
  it('lists the classes in order with surgery as a part of treatment, then total and self-pay', () => {
    const rows = costRows(costs)
    expect(rows.map((r) => r.key)).toEqual([
      'service', 'diagnosis', 'treatment', 'surgery', 'rehabilitation', 'tcm', 'westernDrug',
      'chineseDrug', 'blood', 'consumables', 'other', 'total', 'selfPay',
    ])
    expect(rows.find((r) => r.key === 'surgery')).toMatchObject({ part: true, amount: 800 })
    expect(rows.filter((r) => r.summary).map((r) => r.key)).toEqual(['total', 'selfPay'])
  })
})

describe('costDifference', () => {
  it('is zero when the classes add up, without counting surgery twice and without float noise', () => {
    expect(costDifference(costs)).toBe(0)
  })

  it('is the excess of the total over the classes', () => {
    expect(costDifference({ ...costs, total: 6501 })).toBe(100)
    expect(costDifference({ ...costs, total: 6400.99 })).toBe(-0.01)
  })
})
