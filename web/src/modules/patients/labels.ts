import { useI18n } from 'vue-i18n'
import type { DuplicateReason, Sex } from '@/api/types'

type Translate = (key: string, named?: Record<string, unknown>) => string

/** Names of the patient index's codes in the current language. */
export function patientLabels(t: Translate) {
  return {
    sex: (code: Sex) => t(`enums.sex.${code}`),
    duplicateReason: (code: DuplicateReason) => t(`enums.duplicateReason.${code}`),
  }
}

export function usePatientLabels() {
  const { t } = useI18n()
  return patientLabels(t)
}
