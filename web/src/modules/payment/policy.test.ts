import { describe, expect, it } from 'vitest'
import type { PaymentPolicy } from '@/api/types'
import { checkPolicy, lineAndColumn, policyProblemText, policyText, samePolicy, stripJsonComments } from './policy'
import { translator } from './testing'

/** src/Engines/TieredCare.Payment/Policies/reference.json */
const reference: PaymentPolicy = {
  name: 'reference',
  version: '1.0',
  budget: 8000000000,
  pointsPerRw: 100,
  weightReference: 'period',
  hospitalCoefficients: {},
  highOutlierMultiple: { '3': 3, default: 2 },
  lowOutlierRatio: 0.4,
  incompleteDispositions: [2, 4],
  feeForServiceRate: 1,
  specialReviewMaxShare: 0.05,
  advanceRate: 0.85,
  perDiem: { groups: {} },
  globalBudget: {
    bands: [
      { from: 0, to: 1, networkShare: 1, kind: 'surplus' },
      { from: 1, to: 1.1, networkShare: 0.5, kind: 'overspend' },
      { from: 1.1, to: null, networkShare: 1, kind: 'overspend' },
    ],
  },
}

function problems(text: string) {
  const result = checkPolicy(text)
  return result.ok ? [] : result.problems.map((p) => `${p.code} ${p.item}`)
}

describe('checkPolicy', () => {
  it('accepts the reference policy as the editor shows it', () => {
    const result = checkPolicy(policyText(reference))
    expect(result.ok).toBe(true)
    expect(result.ok && result.policy.budget).toBe(8000000000)
  })

  it('accepts comments, as the server does', () => {
    const text = policyText(reference).replace('"budget"', '// the city fund\n  /* 元 */ "budget"')
    expect(checkPolicy(text).ok).toBe(true)
  })

  it('leaves the optional keys optional', () => {
    const { weightReference, hospitalCoefficients, perDiem, ...rest } = reference
    void weightReference
    void hospitalCoefficients
    void perDiem
    expect(checkPolicy(JSON.stringify(rest)).ok).toBe(true)
  })

  it('gives the parser words and the line of a syntax error', () => {
    const result = checkPolicy('{\n  "name": "x",\n  "budget": 1,,\n}')
    expect(result.ok).toBe(false)
    if (!result.ok) {
      expect(result.problems).toHaveLength(1)
      expect(result.problems[0]?.code).toBe('syntax')
      expect(result.problems[0]?.detail).toMatch(/line 3/)
    }
  })

  it('refuses what is not an object', () => {
    expect(problems('[1, 2]')).toEqual(['notObject '])
    expect(problems('8000000000')).toEqual(['notObject '])
  })

  it('names every problem at once: missing, unknown, wrong type, negative', () => {
    const { advanceRate, ...rest } = reference
    void advanceRate
    const policy = { ...rest, budget: '8亿', lowOutlierRatio: -0.4, name: 3, lowRatio: 0.4 }
    expect(problems(JSON.stringify(policy))).toEqual([
      'unknown lowRatio',
      'missing advanceRate',
      'notString name',
      'notNumber budget',
      'negative lowOutlierRatio',
    ])
  })

  it('names the entry of a map, a code list and a band', () => {
    const policy = {
      ...reference,
      highOutlierMultiple: { '3': 'three', default: 2 },
      hospitalCoefficients: { H0001: -1 },
      incompleteDispositions: [2, 4.5],
      globalBudget: { bands: [{ from: 0, to: 1, networkShare: 1, kind: 'gain' }, { from: 1, networkShare: 1, kind: 'overspend' }] },
    }
    expect(problems(JSON.stringify(policy))).toEqual([
      'negative hospitalCoefficients.H0001',
      'notNumber highOutlierMultiple.3',
      'notCodes incompleteDispositions[1]',
      'bandKind globalBudget.bands[0].kind',
      'missing globalBudget.bands[1].to',
    ])
  })

  it('finds keys written twice, which JSON.parse would silently merge', () => {
    const text = '{"name":"a","version":"1","name":"b","globalBudget":{"bands":[{"from":0,"from":1}]}}'
    expect(problems(text)).toEqual(expect.arrayContaining(['duplicate name', 'duplicate globalBudget.bands[0].from']))
  })

  it('checks the inner keys of perDiem and globalBudget', () => {
    const policy = { ...reference, perDiem: { group: {} }, globalBudget: { bands: 'none' } }
    expect(problems(JSON.stringify(policy))).toEqual(['unknown perDiem.group', 'missing perDiem.groups', 'notArray globalBudget.bands'])
  })
})

describe('helpers', () => {
  it('strips comments but not slashes inside strings', () => {
    expect(stripJsonComments('{"a": "http://x" // note\n}')).toBe('{"a": "http://x" \n}')
    expect(stripJsonComments('{/* a\nb */"a":1}')).toBe('{    \n    "a":1}')
    expect(stripJsonComments('{"a\\"//": 1}')).toBe('{"a\\"//": 1}')
  })

  it('finds line and column of an offset', () => {
    expect(lineAndColumn('ab\ncd', 4)).toEqual({ line: 2, column: 2 })
    expect(lineAndColumn('ab', 0)).toEqual({ line: 1, column: 1 })
  })

  it('compares policies by content', () => {
    const { name, ...rest } = reference
    const reordered = JSON.parse(JSON.stringify({ ...rest, name })) as unknown
    expect(samePolicy(reference, reordered)).toBe(true)
    expect(samePolicy(reference, { ...reference, budget: 1 })).toBe(false)
  })

  it('words a problem in the user language', () => {
    const zh = translator('zh-CN')
    expect(policyProblemText({ code: 'missing', item: 'advanceRate' }, zh.t)).toBe('advanceRate：缺少此项')
    const en = translator('en')
    expect(policyProblemText({ code: 'negative', item: 'budget' }, en.t)).toBe('budget: cannot be negative')
  })
})
