import { describe, expect, it } from 'vitest'
import { earnsPoints, isSettlementRule, levelKey, paymentLabels, ruleTone, settlementRules } from './labels'
import { translator } from './testing'

const zh = translator('zh-CN')
const labels = paymentLabels(zh.t, zh.te)

describe('paymentLabels', () => {
  it('names the eight settlement rules in Chinese', () => {
    expect(settlementRules.map((r) => labels.rule(r))).toEqual([
      '正常',
      '高倍率',
      '低倍率',
      '未完整住院',
      '按床日',
      '特例单议',
      '未入组按项目',
      '歧义按项目',
    ])
  })

  it('names every rule in English too', () => {
    const en = translator('en')
    const english = paymentLabels(en.t, en.te)
    for (const rule of settlementRules) expect(english.rule(rule)).not.toBe(rule)
    expect(english.rule('high_outlier')).toBe('High-cost outlier')
  })

  it('shows an unknown code as it is', () => {
    expect(labels.rule('capitation')).toBe('capitation')
    expect(labels.kind('final')).toBe('年度清算')
    expect(labels.kind('monthly')).toBe('monthly')
    expect(labels.method('drg')).toBe('DRG点数法')
  })

  it('names hospital levels from the engine number or the word', () => {
    expect(labels.level(3)).toBe('三级')
    expect(labels.level('2')).toBe('二级')
    expect(labels.level('primary')).toBe('一级')
    expect(labels.level(0)).toBe('未定级')
    expect(labels.level(null)).toBe('—')
    expect(labels.level(7)).toBe('7')
  })
})

describe('rules', () => {
  it('knows which rules earn points', () => {
    expect(settlementRules.filter(earnsPoints)).toEqual(['normal', 'high_outlier', 'low_outlier', 'incomplete_stay'])
  })

  it('recognises rule words and colours them', () => {
    expect(isSettlementRule('per_diem')).toBe(true)
    expect(isSettlementRule('PER_DIEM')).toBe(false)
    expect(ruleTone('normal')).toBe('primary')
    expect(ruleTone('high_outlier')).toBe('danger')
    expect(ruleTone('fee_for_service_ambiguous')).toBe('info')
  })

  it('reads levels', () => {
    expect(levelKey(3)).toBe('tertiary')
    expect(levelKey(' Tertiary ')).toBe('tertiary')
    expect(levelKey(undefined)).toBeNull()
  })
})
