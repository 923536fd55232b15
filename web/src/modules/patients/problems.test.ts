import { describe, expect, it } from 'vitest'
import { ApiError } from '@/api/client'
import { fieldErrors, reasonRequest } from './problems'
import { registrationFields } from './registration/registration'

describe('fieldErrors', () => {
  const problem = (errors: Record<string, string[]>) =>
    new ApiError(400, { title: '输入有误', status: 400, errors })

  it('puts each server message next to its field and keeps the others', () => {
    const result = fieldErrors(problem({ residentId: ['校验码错误'], birthDate: ['出生日期无效', '与身份证号不符'], body: ['未知字段'] }), registrationFields)
    expect(result.fields).toEqual({ residentId: '校验码错误', birthDate: '出生日期无效 与身份证号不符' })
    expect(result.other).toEqual(['未知字段'])
  })

  it('ignores answers that are not validation problems', () => {
    expect(fieldErrors(new ApiError(409, { detail: '该身份证号已登记' }), registrationFields)).toEqual({ fields: {}, other: [] })
    expect(fieldErrors(new Error('network'), registrationFields)).toEqual({ fields: {}, other: [] })
  })
})

describe('reasonRequest', () => {
  it('recognises the server asking for a break-glass reason', () => {
    expect(reasonRequest(new ApiError(400, { errors: { reason: ['您与该患者无诊疗关系'] } }))).toBe('您与该患者无诊疗关系')
  })

  it('is null for other errors', () => {
    expect(reasonRequest(new ApiError(403, { detail: '超出权限范围' }))).toBeNull()
    expect(reasonRequest(new ApiError(400, { errors: { q: ['至少2个字符'] } }))).toBeNull()
  })
})
