import { useI18n } from 'vue-i18n'
import type {
  AbstractCode,
  GroupingStatus,
  ProfileBy,
  QcRule,
  QcSeverity,
  RiskLevel,
  TopRuleRef,
  UploadOutcome,
  WeightTrim,
} from '@/api/types'
import type { CostKey } from './costs'
import { findingMessage } from './format'
import type { TraceKind } from './trace'

type Translate = (key: string, named?: Record<string, unknown>) => string
type HasTranslation = (key: string) => boolean

/** GB/T 2261.1 sex digits as the patient index's names. */
const sexNames: Record<string, string> = { '0': 'unknown', '1': 'male', '2': 'female', '9': 'unspecified' }

/** A code as the key of its name: 1 and "1" alike, trimmed. */
export function codeKey(code: AbstractCode | undefined): string {
  return code === null || code === undefined ? '' : String(code).trim()
}

/**
 * Names of the M7 codes in the current language. The 病案首页 codes (admission route,
 * disposition, insurance type) are shown with their number; an unknown code is shown as it is.
 */
export function dischargeLabels(t: Translate, te: HasTranslation) {
  const coded = (group: string, code: AbstractCode | undefined) => {
    const key = codeKey(code)
    if (!key) return ''
    const message = `discharges.codes.${group}.${key}`
    return te(message) ? `${key} ${t(message)}` : key
  }
  return {
    outcome: (code: UploadOutcome) => t(`discharges.outcome.${code}`),
    severity: (code: QcSeverity) => t(`discharges.severity.${code}`),
    /** Null: not grouped (the abstract failed quality control). */
    status: (code: GroupingStatus | null | undefined) =>
      code ? (te(`discharges.status.${code}`) ? t(`discharges.status.${code}`) : code) : t('discharges.status.none'),
    risk: (code: RiskLevel) => (te(`discharges.risk.${code}`) ? t(`discharges.risk.${code}`) : code),
    trim: (code: WeightTrim) => t(`discharges.trim.${code}`),
    by: (code: ProfileBy) => t(`discharges.drg.by.${code}`),
    sex: (code: AbstractCode | undefined) => {
      const key = codeKey(code)
      const name = sexNames[key] ?? key
      return te(`enums.sex.${name}`) ? t(`enums.sex.${name}`) : key
    },
    admissionRoute: (code: AbstractCode | undefined) => coded('admissionRoute', code),
    disposition: (code: AbstractCode | undefined) => coded('disposition', code),
    insuranceType: (code: AbstractCode | undefined) => coded('insuranceType', code),
    surgeryLevel: (level: number | null | undefined) => {
      if (level === null || level === undefined) return t('discharges.detail.notOperation')
      const key = `discharges.codes.surgeryLevel.${level}`
      return te(key) ? t(key) : String(level)
    },
    cost: (key: CostKey) => t(`discharges.costs.${key}`),
    traceKind: (kind: TraceKind) => t(`discharges.trace.${kind}`),
  }
}

export type DischargeLabels = ReturnType<typeof dischargeLabels>

export function useDischargeLabels(): DischargeLabels {
  const { t, te } = useI18n()
  return dischargeLabels(t, (key) => te(key))
}

/**
 * The words of a "top rule" reference (a rule code, or an object naming the rule): the code and
 * the rule's message from the catalogue or the object itself; '' for none.
 */
export function topRuleText(ref: TopRuleRef | undefined, catalogue: ReadonlyMap<string, QcRule>, locale = 'zh-CN'): string {
  if (!ref) return ''
  const code = typeof ref === 'string' ? ref : ref.rule
  const known = catalogue.get(code)
  const message = known
    ? findingMessage(known, locale)
    : typeof ref === 'string'
      ? ''
      : findingMessage({ message: ref.message ?? '', messageEn: ref.messageEn ?? '' }, locale)
  return message ? `${code} ${message}` : code
}

/** The rule code of a "top rule" reference, for links. */
export function topRuleCode(ref: TopRuleRef | undefined): string | null {
  if (!ref) return null
  return typeof ref === 'string' ? ref : ref.rule
}
