import { describe, expect, it } from 'vitest'
import {
  findingText,
  formatDecimal,
  formatMoney,
  formatMonth,
  formatRate,
  outcomeTag,
  passRateTone,
  riskTone,
  statusTone,
} from './format'

describe('formatRate', () => {
  it('shows a fraction as a percentage with one decimal', () => {
    expect(formatRate(0.9731)).toBe('97.3%')
    expect(formatRate(1)).toBe('100.0%')
    expect(formatRate(0)).toBe('0.0%')
    expect(formatRate(0.00125, 'zh-CN', 2)).toBe('0.13%')
  })

  it('shows a dash when there is nothing to compute from', () => {
    expect(formatRate(null)).toBe('—')
    expect(formatRate(undefined)).toBe('—')
  })
})

describe('numbers', () => {
  it('formats money with two decimals and grouping', () => {
    expect(formatMoney(12345.6)).toBe('12,345.60')
    expect(formatMoney(0)).toBe('0.00')
    expect(formatMoney(null)).toBe('—')
  })

  it('keeps between the minimum and maximum decimals', () => {
    expect(formatDecimal(1.02345, 2, 4)).toBe('1.0235')
    expect(formatDecimal(1.5, 2, 4)).toBe('1.50')
    expect(formatDecimal(0.987, 2)).toBe('0.99')
    expect(formatDecimal(null, 2, 4)).toBe('—')
  })

  it('reads months the Chinese way', () => {
    expect(formatMonth('2025-06')).toBe('2025年6月')
    expect(formatMonth('2025-06', 'en')).toBe('2025-06')
    expect(formatMonth(null)).toBe('—')
  })
})

describe('colours', () => {
  it('colours outcomes from passed to rejected', () => {
    expect(outcomeTag('passed').type).toBe('success')
    expect(outcomeTag('warnings').type).toBe('warning')
    expect(outcomeTag('failed')).toEqual({ type: 'danger', effect: 'light' })
    expect(outcomeTag('rejected')).toEqual({ type: 'danger', effect: 'dark' })
  })

  it('colours grouping status, risk and pass rates', () => {
    expect(statusTone('success')).toBe('success')
    expect(statusTone('ungroupable')).toBe('danger')
    expect(statusTone('ambiguous_qy')).toBe('warning')
    expect(statusTone(null)).toBe('info')
    expect(riskTone('low')).toBe('success')
    expect(riskTone('high')).toBe('danger')
    expect(passRateTone(0.97)).toBe('success')
    expect(passRateTone(0.9)).toBe('warning')
    expect(passRateTone(0.5)).toBe('danger')
    expect(passRateTone(null)).toBe('info')
  })
})

describe('findingText', () => {
  const finding = {
    rule: 'C01',
    severity: 'error' as const,
    field: 'total_cost',
    message: '总费用不等于各项费用之和',
    messageEn: 'total_cost is not the sum of the cost classes',
  }

  it('puts rule, field and message on one line in the user language', () => {
    expect(findingText(finding)).toBe('[C01] total_cost: 总费用不等于各项费用之和')
    expect(findingText(finding, 'en')).toBe('[C01] total_cost: total_cost is not the sum of the cost classes')
  })

  it('falls back to the Chinese message and leaves out an empty field', () => {
    expect(findingText({ ...finding, field: '', messageEn: '' }, 'en')).toBe('[C01]: 总费用不等于各项费用之和')
  })
})
