import { useI18n } from 'vue-i18n'
import type { InstitutionLevel, SettlementRule } from '@/api/types'
import type { Tone } from '@/modules/discharges/format'

type Translate = (key: string, named?: Record<string, unknown>) => string
type HasTranslation = (key: string) => boolean

/** The settlement rules in the order the screens list them: point rules first, then those paid outside points. */
export const settlementRules: readonly SettlementRule[] = [
  'normal',
  'high_outlier',
  'low_outlier',
  'incomplete_stay',
  'per_diem',
  'special_review',
  'fee_for_service_ungroupable',
  'fee_for_service_ambiguous',
]

export function isSettlementRule(value: unknown): value is SettlementRule {
  return typeof value === 'string' && (settlementRules as readonly string[]).includes(value)
}

/** Whether the rule gives the case points (the others are paid from the budget first). */
export function earnsPoints(rule: SettlementRule): boolean {
  return rule === 'normal' || rule === 'high_outlier' || rule === 'low_outlier' || rule === 'incomplete_stay'
}

/** One colour per rule, for the chart and the tags' dots. */
export const ruleColors: Record<SettlementRule, string> = {
  normal: '#3a7bd5',
  high_outlier: '#d64545',
  low_outlier: '#e8962e',
  incomplete_stay: '#8e6bd8',
  per_diem: '#14a3a3',
  special_review: '#c2417d',
  fee_for_service_ungroupable: '#7f8c9a',
  fee_for_service_ambiguous: '#a0785a',
}

/** Tag colour of a rule: normal is plain, outliers stand out, fee-for-service is grey. */
export function ruleTone(rule: SettlementRule | string): Tone {
  switch (rule) {
    case 'normal':
      return 'primary'
    case 'high_outlier':
      return 'danger'
    case 'low_outlier':
    case 'incomplete_stay':
      return 'warning'
    case 'per_diem':
    case 'special_review':
      return 'success'
    default:
      return 'info'
  }
}

const levelWords: Record<string, InstitutionLevel> = {
  '3': 'tertiary',
  '2': 'secondary',
  '1': 'primary',
  '0': 'unrated',
  tertiary: 'tertiary',
  secondary: 'secondary',
  primary: 'primary',
  unrated: 'unrated',
}

/** A hospital's level as the registry names it, from the engine's number (3 tertiary … 0 unrated) or the word. */
export function levelKey(level: number | string | null | undefined): InstitutionLevel | null {
  if (level === null || level === undefined) return null
  return levelWords[String(level).trim().toLowerCase()] ?? null
}

/** Names of the M8 codes in the current language; an unknown code is shown as it is. */
export function paymentLabels(t: Translate, te: HasTranslation) {
  const named = (prefix: string, code: string | null | undefined) => {
    if (!code) return ''
    return te(`${prefix}.${code}`) ? t(`${prefix}.${code}`) : code
  }
  return {
    rule: (code: SettlementRule | string) => named('payment.rules', code),
    kind: (code: string) => named('payment.kinds', code),
    method: (code: string) => named('payment.methods', code),
    /** A supervision finding's kind word (`split_same_hospital` → 分解住院（同院）). */
    finding: (code: string) => named('payment.supervision.kinds', code),
    /** A budget standing (`surplus` → 结余). */
    standing: (code: string) => named('payment.budgets.standings', code),
    /** A band's kind (`overspend` → 超支). */
    bandKind: (code: string) => named('payment.budgets.bandKinds', code),
    level: (level: number | string | null | undefined) => {
      const key = levelKey(level)
      if (key) return t(`enums.level.${key}`)
      return level === null || level === undefined ? '—' : String(level)
    },
  }
}

export type PaymentLabels = ReturnType<typeof paymentLabels>

export function usePaymentLabels(): PaymentLabels {
  const { t, te } = useI18n()
  return paymentLabels(t, (key) => te(key))
}
