import { describe, expect, it } from 'vitest'
import { createI18n } from 'vue-i18n'
import zhCN from '@/i18n/zh-CN'
import en from '@/i18n/en'
import { institutionTypes, levels, networkTypes, ownerships, staffCategories, staffTitles, tiers } from './codes'
import { registryLabels } from './labels'

function labelsIn(locale: 'zh-CN' | 'en') {
  const i18n = createI18n({ legacy: false, locale, messages: { 'zh-CN': zhCN, en }, missingWarn: false, fallbackWarn: false })
  return registryLabels(i18n.global.t)
}

describe('registry labels', () => {
  const zh = labelsIn('zh-CN')
  const english = labelsIn('en')

  it('names institution types, tiers and networks in Chinese', () => {
    expect(institutionTypes.map(zh.institutionType)).toEqual([
      '综合医院', '中医医院', '妇幼保健院', '专科医院', '社区卫生服务中心',
      '乡镇卫生院', '社区卫生服务站', '村卫生室', '急救中心', '疾病预防控制中心',
    ])
    expect(tiers.map(zh.tier)).toEqual(['市级', '县级', '基层'])
    expect(networkTypes.map(zh.networkType)).toEqual(['县域医共体', '城市医疗集团', '专科联盟', '远程医疗协作网'])
    expect(staffCategories.map(zh.staffCategory)).toEqual(['医', '护', '药', '技', '管', '其他'])
  })

  it('joins level and grade the Chinese way', () => {
    expect(zh.levelGrade('tertiary', 'a')).toBe('三级甲等')
    expect(zh.levelGrade('secondary', 'b')).toBe('二级乙等')
    expect(zh.levelGrade('primary', 'none')).toBe('一级')
    expect(zh.levelGrade('unrated', 'none')).toBe('未定级')
  })

  it('has an English name for every code', () => {
    expect(english.levelGrade('tertiary', 'a')).toBe('Tertiary grade A')
    const all = [
      ...institutionTypes.map(english.institutionType),
      ...tiers.map(english.tier),
      ...levels.map(english.level),
      ...ownerships.map(english.ownership),
      ...networkTypes.map(english.networkType),
      ...staffCategories.map(english.staffCategory),
      ...staffTitles.map(english.staffTitle),
    ]
    for (const label of all) expect(label).toMatch(/^[A-Z0-9]/)
  })
})
