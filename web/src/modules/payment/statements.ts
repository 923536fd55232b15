// Figures of a settlement's detail page: the rules breakdown, the statements' totals, the re-run check.
import type { HospitalStatement, RerunDifference, RerunResult, RuleCount, SettlementRule } from '@/api/types'
import { settlementRules } from './labels'

export interface RuleRow {
  rule: SettlementRule | string
  cases: number
  /** Fraction of all cases; null when there are none. */
  share: number | null
}

/** Every rule in the screens' order (zeros included), then any rule the screens do not know. */
export function ruleRows(rules: readonly RuleCount[] | null | undefined): RuleRow[] {
  const counts = new Map<string, number>()
  for (const r of rules ?? []) counts.set(r.rule, (counts.get(r.rule) ?? 0) + (Number(r.cases) || 0))
  const total = [...counts.values()].reduce((sum, n) => sum + n, 0)
  const order = [...settlementRules, ...[...counts.keys()].filter((r) => !(settlementRules as readonly string[]).includes(r))]
  return order.map((rule) => {
    const cases = counts.get(rule) ?? 0
    return { rule, cases, share: total > 0 ? cases / total : null }
  })
}

export type StatementTotals = Pick<
  HospitalStatement,
  'cases' | 'points' | 'selfPay' | 'feeForService' | 'perDiem' | 'due' | 'advances' | 'balance'
>

const totalKeys = ['cases', 'points', 'selfPay', 'feeForService', 'perDiem', 'due', 'advances', 'balance'] as const

/** Sums of the statements; money summed in fen so the total of cents stays exact. */
export function statementTotals(hospitals: readonly HospitalStatement[]): StatementTotals {
  const totals = Object.fromEntries(totalKeys.map((k) => [k, 0])) as unknown as StatementTotals
  const scale: Record<(typeof totalKeys)[number], number> = {
    cases: 1,
    points: 10000,
    selfPay: 100,
    feeForService: 100,
    perDiem: 100,
    due: 100,
    advances: 100,
    balance: 100,
  }
  for (const key of totalKeys) {
    const units = hospitals.reduce((sum, h) => sum + Math.round((Number(h[key]) || 0) * scale[key]), 0)
    totals[key] = units / scale[key]
  }
  return totals
}

/** A difference's change (re-run − stored) to the fen. */
function change(d: RerunDifference): number {
  return (Math.round(d.due * 100) - Math.round(d.storedDue * 100)) / 100
}

/**
 * Whether a re-run reproduced the stored settlement: same inputs, same amounts, and no hospital
 * whose amount differs by a fen (a listed hospital with equal amounts does not count).
 */
export function rerunAgrees(result: RerunResult): boolean {
  return result.sameInputs && result.sameAmounts && result.differences.every((d) => change(d) === 0)
}

export interface RerunRow extends RerunDifference {
  name: string
  difference: number
}

/** The hospitals whose amount differs, with their names and the difference (re-run − stored) to the fen. */
export function rerunRows(differences: readonly RerunDifference[], name: (code: string) => string): RerunRow[] {
  return differences
    .map((d) => ({ ...d, name: name(d.institutionCode), difference: change(d) }))
    .filter((d) => d.difference !== 0)
}
