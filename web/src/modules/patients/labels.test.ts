import { describe, expect, it } from 'vitest'
import { createI18n } from 'vue-i18n'
import zhCN from '@/i18n/zh-CN'
import en from '@/i18n/en'
import { duplicateReasons, sexes } from './codes'
import { patientLabels } from './labels'

function labelsIn(locale: 'zh-CN' | 'en') {
  const i18n = createI18n({ legacy: false, locale, messages: { 'zh-CN': zhCN, en }, missingWarn: false, fallbackWarn: false })
  return patientLabels(i18n.global.t)
}

describe('patient labels', () => {
  it('names sex codes and duplicate rules in Chinese', () => {
    const zh = labelsIn('zh-CN')
    expect(sexes.map(zh.sex)).toEqual(['男', '女', '未知', '未说明'])
    expect(zh.duplicateReason('same_name_sex_birth_date')).toBe('姓名、性别、出生日期相同')
  })

  it('has an English name for every code', () => {
    const english = labelsIn('en')
    for (const label of [...sexes.map(english.sex), ...duplicateReasons.map(english.duplicateReason)]) {
      expect(label).toMatch(/^[A-Z]/)
    }
  })
})
