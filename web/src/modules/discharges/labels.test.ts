import { describe, expect, it } from 'vitest'
import type { QcRule } from '@/api/types'
import zhCN from '@/i18n/zh-CN'
import { dischargeLabels, topRuleText } from './labels'

function lookup(key: string): unknown {
  return key.split('.').reduce<unknown>((node, part) => (node as Record<string, unknown> | undefined)?.[part], zhCN)
}
const t = (key: string, named?: Record<string, unknown>) => {
  const text = lookup(key)
  if (typeof text !== 'string') return key
  return text.replace(/\{(\w+)\}/g, (_, name: string) => String(named?.[name] ?? ''))
}
const te = (key: string) => typeof lookup(key) === 'string'
const labels = dischargeLabels(t, te)

describe('dischargeLabels', () => {
  it('names the 病案首页 codes with their number, numbers and strings alike', () => {
    expect(labels.disposition(5)).toBe('5 死亡')
    expect(labels.disposition('1')).toBe('1 医嘱离院')
    expect(labels.admissionRoute(3)).toBe('3 其他医疗机构转入')
    expect(labels.insuranceType(1)).toBe('1 城镇职工基本医疗保险')
    expect(labels.disposition(7)).toBe('7')
    expect(labels.disposition(null)).toBe('')
  })

  it('names sex from the digit or the patient index name', () => {
    expect(labels.sex(1)).toBe('男')
    expect(labels.sex('female')).toBe('女')
    expect(labels.sex(9)).toBe('未说明')
  })

  it('names grouping status, risk and outcome in Chinese', () => {
    expect(labels.status('ungroupable')).toBe('未入组')
    expect(labels.status(null)).toBe('未分组')
    expect(labels.risk('medium_high')).toBe('中高风险')
    expect(labels.outcome('rejected')).toBe('拒收')
    expect(labels.surgeryLevel(4)).toBe('四级手术')
    expect(labels.surgeryLevel(null)).toBe('非手术操作')
  })
})

describe('topRuleText', () => {
  const catalogue = new Map<string, QcRule>([
    ['C01', { rule: 'C01', severity: 'error', field: 'total_cost', category: 'cost', message: '费用合计不符', messageEn: 'cost classes do not add up' }],
  ])

  it('names a rule code from the catalogue', () => {
    expect(topRuleText('C01', catalogue)).toBe('C01 费用合计不符')
    expect(topRuleText('C01', catalogue, 'en')).toBe('C01 cost classes do not add up')
  })

  it('takes the message of an object reference, and the bare code when nothing names it', () => {
    expect(topRuleText({ rule: 'D02', message: '主要诊断编码无效' }, catalogue)).toBe('D02 主要诊断编码无效')
    expect(topRuleText('X99', catalogue)).toBe('X99')
    expect(topRuleText(null, catalogue)).toBe('')
  })
})
