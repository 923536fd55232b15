// The cost table of an abstract: the ten first-level classes of the 病案首页 in their order,
// with 其中 手术治疗费 as a part of treatment (not added again), the total and the self-pay.
import type { AbstractCosts } from '@/api/types'

export type CostKey = keyof AbstractCosts

export interface CostRow {
  key: CostKey
  amount: number
  /** A part of the row above (surgery within treatment). */
  part: boolean
  /** The total, or a figure outside the classes (self-pay). */
  summary: boolean
}

/** The ten classes that add up to the total. */
export const costClasses: readonly CostKey[] = [
  'service',
  'diagnosis',
  'treatment',
  'rehabilitation',
  'tcm',
  'westernDrug',
  'chineseDrug',
  'blood',
  'consumables',
  'other',
]

export function costRows(costs: AbstractCosts): CostRow[] {
  const rows: CostRow[] = []
  for (const key of costClasses) {
    rows.push({ key, amount: costs[key] ?? 0, part: false, summary: false })
    if (key === 'treatment') rows.push({ key: 'surgery', amount: costs.surgery ?? 0, part: true, summary: false })
  }
  rows.push({ key: 'total', amount: costs.total ?? 0, part: false, summary: true })
  rows.push({ key: 'selfPay', amount: costs.selfPay ?? 0, part: false, summary: true })
  return rows
}

/** Total minus the sum of the ten classes, in 元 to the fen; 0 when they agree. */
export function costDifference(costs: AbstractCosts): number {
  const fen = (value: number | undefined) => Math.round((value ?? 0) * 100)
  const sum = costClasses.reduce((s, key) => s + fen(costs[key]), 0)
  return (fen(costs.total) - sum) / 100
}
