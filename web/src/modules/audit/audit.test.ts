import { describe, expect, it } from 'vitest'
import { createI18n } from 'vue-i18n'
import zhCN from '@/i18n/zh-CN'
import en from '@/i18n/en'
import { auditFiltersFromQuery, auditFiltersToQuery, formatBeijingTime, parsePatientId, toAuditQuery } from './filters'
import { auditLabels } from './labels'

function labelsIn(locale: 'zh-CN' | 'en') {
  const i18n = createI18n({ legacy: false, locale, messages: { 'zh-CN': zhCN, en }, missingWarn: false, fallbackWarn: false })
  return auditLabels(i18n.global.t, (key) => i18n.global.te(key))
}

describe('audit labels', () => {
  it('names every action the server writes, in Chinese', () => {
    const zh = labelsIn('zh-CN')
    expect(['view', 'view-break-glass', 'search', 'create', 'merge', 'import', 'find-duplicates'].map(zh.action)).toEqual([
      '查看', '紧急查看(须理由)', '查询', '新建', '合并', '导入', '查重',
    ])
    expect(zh.entity('patient')).toBe('患者')
  })

  it('shows an unknown code as it is', () => {
    expect(labelsIn('zh-CN').action('export')).toBe('export')
    expect(labelsIn('en').entity('visits')).toBe('visits')
    expect(labelsIn('en').action('view-break-glass')).toBe('Emergency view (reason given)')
  })
})

describe('audit filters', () => {
  it('reads the address bar and drops malformed dates', () => {
    expect(auditFiltersFromQuery({ user: ' doctor ', from: '2026-01-05', to: 'yesterday', patientId: '1' })).toEqual({
      patientId: '1',
      user: 'doctor',
      from: '2026-01-05',
      to: undefined,
    })
    expect(auditFiltersToQuery({ user: 'doctor', patientId: '', from: undefined })).toEqual({ user: 'doctor' })
  })

  it('turns Beijing calendar days into instants, the last day included', () => {
    expect(toAuditQuery({ patientId: '12', user: 'doctor', from: '2026-02-28', to: '2026-02-28' })).toEqual({
      patientId: 12,
      user: 'doctor',
      from: '2026-02-28T00:00:00+08:00',
      to: '2026-03-01T00:00:00+08:00',
    })
    expect(toAuditQuery({ to: '2025-12-31' }).to).toBe('2026-01-01T00:00:00+08:00')
  })

  it('accepts only positive whole patient numbers', () => {
    expect(parsePatientId('7')).toBe(7)
    expect(parsePatientId('0')).toBeNull()
    expect(parsePatientId('1.5')).toBeNull()
    expect(parsePatientId('李建国')).toBeNull()
    expect(parsePatientId(undefined)).toBeNull()
  })
})

describe('formatBeijingTime', () => {
  it('shows a UTC instant in China Standard Time', () => {
    expect(formatBeijingTime('2026-03-01T17:05:09.123+00:00')).toBe('2026-03-02 01:05:09')
    expect(formatBeijingTime('2026-03-01T09:00:00+08:00')).toBe('2026-03-01 09:00:00')
  })

  it('leaves text it cannot read alone', () => {
    expect(formatBeijingTime('not a time')).toBe('not a time')
  })
})
