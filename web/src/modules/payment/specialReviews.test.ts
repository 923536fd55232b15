import { describe, expect, it } from 'vitest'
import { ApiError } from '@/api/client'
import { caseAbstractId, parseAbstractId, problemHeading, reasonProblem, specialReviewProblems, specialReviewRequest } from './specialReviews'

describe('the abstract id', () => {
  it('is a positive whole number', () => {
    expect(parseAbstractId(' 1024 ')).toEqual({ ok: true, value: 1024 })
    expect(parseAbstractId(7)).toEqual({ ok: true, value: 7 })
    expect(parseAbstractId('')).toEqual({ ok: false, problem: 'abstractRequired' })
    expect(parseAbstractId(null)).toEqual({ ok: false, problem: 'abstractRequired' })
    expect(parseAbstractId('0')).toEqual({ ok: false, problem: 'abstractInvalid' })
    expect(parseAbstractId('-3')).toEqual({ ok: false, problem: 'abstractInvalid' })
    expect(parseAbstractId('12.5')).toEqual({ ok: false, problem: 'abstractInvalid' })
    expect(parseAbstractId('H0002')).toEqual({ ok: false, problem: 'abstractInvalid' })
    expect(parseAbstractId('99999999999999999999')).toEqual({ ok: false, problem: 'abstractInvalid' })
  })
})

describe('a supervision case', () => {
  it('prefills the form with its abstract id', () => {
    expect(caseAbstractId('1024')).toBe(1024)
    expect(caseAbstractId(55)).toBe(55)
    expect(caseAbstractId('A-7')).toBeNull()
    expect(caseAbstractId(null)).toBeNull()
  })
})

describe('the reason', () => {
  it('needs 4 characters once trimmed, as the server counts them', () => {
    expect(reasonProblem('')).toBe('reasonRequired')
    expect(reasonProblem('   ')).toBe('reasonRequired')
    expect(reasonProblem(undefined)).toBe('reasonRequired')
    expect(reasonProblem(' 费用极高 ')).toBeNull()
    expect(reasonProblem('费用高')).toBe('reasonShort')
    expect(reasonProblem('  abc  ')).toBe('reasonShort')
    expect(reasonProblem('abcd')).toBeNull()
  })
})

describe('the add request', () => {
  it('sends the id and the trimmed reason', () => {
    expect(specialReviewRequest('1024', '  罕见病，费用极高 \n')).toEqual({ ok: true, body: { abstractId: 1024, reason: '罕见病，费用极高' } })
  })

  it('names each field that is wrong', () => {
    expect(specialReviewRequest('', '太贵')).toEqual({ ok: false, abstractId: 'abstractRequired', reason: 'reasonShort' })
    expect(specialReviewRequest('x', '罕见病，费用极高')).toEqual({ ok: false, abstractId: 'abstractInvalid' })
    expect(specialReviewRequest(5, '')).toEqual({ ok: false, reason: 'reasonRequired' })
  })
})

describe('a refused add', () => {
  it('puts a 400 under the fields it names', () => {
    const error = new ApiError(400, {
      title: '输入有误 (one or more fields are invalid)',
      status: 400,
      errors: {
        abstractId: ['病案首页 7 未通过质控，不参与结算 (abstract 7 failed quality control and is not settled)'],
        reason: ['请写明特例单议的理由（至少4个字）(state the reason, at least 4 characters)'],
      },
    })
    expect(specialReviewProblems(error)).toEqual({
      status: 400,
      abstractId: ['病案首页 7 未通过质控，不参与结算 (abstract 7 failed quality control and is not settled)'],
      reason: ['请写明特例单议的理由（至少4个字）(state the reason, at least 4 characters)'],
      other: [],
    })
  })

  it('reads a snake_case key and puts unknown keys in front of their message', () => {
    const error = new ApiError(400, { title: 'x', status: 400, errors: { abstract_id: ['请给出病案首页编号'], body: ['unreadable'] } })
    const problems = specialReviewProblems(error)
    expect(problems.abstractId).toEqual(['请给出病案首页编号'])
    expect(problems.other).toEqual(['body: unreadable'])
  })

  it('shows the detail of a 404 and a 409, else the title', () => {
    const notFound = new ApiError(404, { title: '未找到 (not found)', status: 404, detail: '病案首页 99 不存在 (abstract 99 does not exist)' })
    expect(specialReviewProblems(notFound)).toEqual({ status: 404, abstractId: [], reason: [], other: ['病案首页 99 不存在 (abstract 99 does not exist)'] })
    const conflict = new ApiError(409, { title: '冲突 (conflict)', status: 409, detail: '病案首页 5 已在特例单议队列中 (abstract 5 is already in the queue)' })
    expect(specialReviewProblems(conflict).other).toEqual(['病案首页 5 已在特例单议队列中 (abstract 5 is already in the queue)'])
    expect(specialReviewProblems(new ApiError(403, { title: '超出权限范围', status: 403 })).other).toEqual(['超出权限范围'])
  })

  it('is empty for what is not an API error, or an error without a body', () => {
    expect(specialReviewProblems(new TypeError('fetch failed'))).toEqual({ status: null, abstractId: [], reason: [], other: [] })
    expect(specialReviewProblems(new ApiError(502, null))).toEqual({ status: 502, abstractId: [], reason: [], other: [] })
  })

  it('is headed by its kind', () => {
    expect(problemHeading(404)).toBe('notFound')
    expect(problemHeading(409)).toBe('conflict')
    expect(problemHeading(400)).toBe('invalid')
    expect(problemHeading(500)).toBe('failed')
    expect(problemHeading(null)).toBe('failed')
  })
})
