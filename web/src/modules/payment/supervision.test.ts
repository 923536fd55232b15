import { describe, expect, it } from 'vitest'
import { ApiError } from '@/api/client'
import type { SupervisionCase } from '@/api/types'
import { paymentLabels } from './labels'
import {
  caseKinds,
  casesOf,
  evidenceText,
  factEntries,
  findingKinds,
  findingSummary,
  hasPeriodInQuery,
  kindFamily,
  kindTone,
  scorePercent,
  scoreTone,
  supervisionFormFromQuery,
  supervisionFormToQuery,
  supervisionProblems,
  supervisionRequest,
} from './supervision'
import { translator } from './testing'

const zh = translator('zh-CN')
const en = translator('en')
const labels = paymentLabels(zh.t, zh.te)

describe('finding kinds', () => {
  it('names the eight kinds in Chinese, as the engine does', () => {
    expect(findingKinds.map((k) => labels.finding(k))).toEqual([
      '分解住院（同院）',
      '分解住院（跨院）',
      '高套（医院）',
      '高套（病例）',
      '住院天数异常偏长',
      '住院天数异常偏短',
      '短住院高费用',
      '手术组超短住院',
    ])
  })

  it('names every kind in English too, and shows an unknown word as it is', () => {
    const english = paymentLabels(en.t, en.te)
    for (const kind of findingKinds) expect(english.finding(kind)).not.toBe(kind)
    expect(english.finding('split_same_hospital')).toBe('Split admission (same hospital)')
    expect(labels.finding('drug_stacking')).toBe('drug_stacking')
    expect(labels.finding('')).toBe('')
  })

  it('puts each kind on its card and colours it', () => {
    expect(kindFamily('split_other_hospital')).toBe('split')
    expect(kindFamily('upcoding_hospital')).toBe('upcoding')
    expect(kindFamily('short_surgical_stay')).toBe('stay')
    expect(kindFamily('drug_stacking')).toBe('other')
    expect(kindTone('split_same_hospital')).toBe('danger')
    expect(kindTone('upcoding_case')).toBe('warning')
    expect(kindTone('long_stay')).toBe('primary')
    expect(kindTone('drug_stacking')).toBe('info')
  })
})

describe('findingSummary', () => {
  it('adds the kinds of each card and keeps the unknown words apart', () => {
    const summary = findingSummary({
      split_same_hospital: 3,
      split_other_hospital: 1,
      upcoding_hospital: 1,
      upcoding_case: 12,
      long_stay: 2,
      short_stay_high_cost: 1,
      zeta: 4,
      alpha: 2,
    })
    expect(summary.split.total).toBe(4)
    expect(summary.split.parts).toEqual([
      { kind: 'split_same_hospital', count: 3 },
      { kind: 'split_other_hospital', count: 1 },
    ])
    expect(summary.upcoding.total).toBe(13)
    expect(summary.stay.total).toBe(3)
    expect(summary.stay.parts.map((p) => p.kind)).toEqual(['long_stay', 'short_stay', 'short_stay_high_cost', 'short_surgical_stay'])
    expect(summary.other).toEqual([
      { kind: 'alpha', count: 2 },
      { kind: 'zeta', count: 4 },
    ])
  })

  it('counts nothing for an empty or missing map', () => {
    const summary = findingSummary(undefined)
    expect([summary.split.total, summary.upcoding.total, summary.stay.total]).toEqual([0, 0, 0])
    expect(summary.other).toEqual([])
  })
})

describe('a case and its findings', () => {
  it('lists a case’s kinds once, known ones in order, then unknown ones', () => {
    expect(caseKinds([{ kind: 'long_stay' }, { kind: 'odd' }, { kind: 'split_same_hospital' }, { kind: 'long_stay' }])).toEqual([
      'split_same_hospital',
      'long_stay',
      'odd',
    ])
  })

  it('shows the evidence in the language of the page', () => {
    const finding = { evidence: '同一患者7天后再入院', evidenceEn: 'readmitted 7 days later' }
    expect(evidenceText(finding, 'zh-CN')).toBe('同一患者7天后再入院')
    expect(evidenceText(finding, 'en')).toBe('readmitted 7 days later')
    expect(evidenceText({ evidence: '仅中文', evidenceEn: '' }, 'en')).toBe('仅中文')
  })

  it('keeps the facts in the server’s order', () => {
    expect(factEntries({ gap_days: '7', relation: 'same_drg', window_days: '15' })).toEqual([
      ['gap_days', '7'],
      ['relation', 'same_drg'],
      ['window_days', '15'],
    ])
    expect(factEntries(null)).toEqual([])
  })

  it('draws the score as a bar: red from 0.7, orange from 0.5', () => {
    expect(scoreTone(0.767)).toBe('danger')
    expect(scoreTone(0.5)).toBe('warning')
    expect(scoreTone(0.35)).toBe('primary')
    expect(scoreTone(null)).toBe('info')
    expect(scorePercent(0.76667)).toBe(76.7)
    expect(scorePercent(1.2)).toBe(100)
    expect(scorePercent(-1)).toBe(0)
  })

  it('filters the ranked cases by institution', () => {
    const cases = [{ caseId: '1', institutionCode: 'H0001' }, { caseId: '2', institutionCode: 'H0002' }] as SupervisionCase[]
    expect(casesOf(cases, 'H0002').map((c) => c.caseId)).toEqual(['2'])
    expect(casesOf(cases).length).toBe(2)
  })
})

describe('the request', () => {
  const today = new Date(2026, 10, 23)

  it('starts with the last full calendar year and the top 200', () => {
    expect(supervisionFormFromQuery({}, today)).toEqual({ from: '2025-01-01', to: '2025-12-31', tableSet: undefined, top: 200 })
    expect(hasPeriodInQuery({})).toBe(false)
  })

  it('reads the period, table set and top from the address bar', () => {
    const query = { from: '2024-01-01', to: '2024-12-31', tableSet: 'chs-drg-1.1', top: '500' }
    expect(supervisionFormFromQuery(query, today)).toEqual({ from: '2024-01-01', to: '2024-12-31', tableSet: 'chs-drg-1.1', top: 500 })
    expect(hasPeriodInQuery(query)).toBe(true)
    expect(supervisionFormFromQuery({ from: '2024-12-31', to: '2024-01-01', top: '0' }, today)).toEqual({
      from: '2025-01-01',
      to: '2025-12-31',
      tableSet: undefined,
      top: 200,
    })
  })

  it('writes the form back to the address bar without the default top', () => {
    expect(supervisionFormToQuery({ from: '2024-01-01', to: '2024-12-31', top: 200 })).toEqual({ from: '2024-01-01', to: '2024-12-31' })
    expect(supervisionFormToQuery({ from: '2024-01-01', to: '2024-12-31', tableSet: 'x', top: 1000 })).toEqual({
      from: '2024-01-01',
      to: '2024-12-31',
      tableSet: 'x',
      top: '1000',
    })
  })

  it('sends the period in order, the table set when chosen, and top', () => {
    expect(supervisionRequest({ from: '2024-01-01', to: '2024-12-31', top: 200 })).toEqual({
      ok: true,
      query: { from: '2024-01-01', to: '2024-12-31', top: 200 },
    })
    expect(supervisionRequest({ from: '2024-01-01', to: '2024-12-31', tableSet: 'chs', top: 100 })).toEqual({
      ok: true,
      query: { from: '2024-01-01', to: '2024-12-31', tableSet: 'chs', top: 100 },
    })
    expect(supervisionRequest({ from: '2024-12-31', to: '2024-01-01', top: 200 })).toEqual({ ok: false, problem: 'period' })
    expect(supervisionRequest({ from: '', to: '2024-01-01', top: 200 })).toEqual({ ok: false, problem: 'period' })
    expect(supervisionRequest({ from: '2024-01-01', to: '2024-01-01', top: 6000 })).toEqual({ ok: false, problem: 'top' })
  })
})

describe('supervisionProblems', () => {
  it('puts the server’s messages under the field they name', () => {
    const error = new ApiError(400, {
      title: 'One or more validation errors occurred.',
      errors: {
        from: ['请给出出院日期范围 from ≤ to (give the discharge period, from ≤ to)'],
        table_set: ["没有这个分组方案 (no such table set): 'x'"],
        top: ['top 须在1-5000之间 (top must be 1-5000)'],
        other: ['odd'],
      },
    })
    expect(supervisionProblems(error)).toEqual({
      period: ['请给出出院日期范围 from ≤ to (give the discharge period, from ≤ to)'],
      tableSet: ["没有这个分组方案 (no such table set): 'x'"],
      top: ['top 须在1-5000之间 (top must be 1-5000)'],
      other: ['other: odd'],
    })
  })

  it('falls back to the detail, then the title', () => {
    expect(supervisionProblems(new ApiError(403, { title: 'Forbidden' })).other).toEqual(['Forbidden'])
    expect(supervisionProblems(new ApiError(500, { title: 'Error', detail: 'line one\nline two' })).other).toEqual(['line one', 'line two'])
    expect(supervisionProblems(new Error('offline')).other).toEqual([])
  })
})
