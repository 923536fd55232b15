import { describe, expect, it } from 'vitest'
import { ApiError } from '@/api/client'
import { problemMessages } from './problems'

describe('problemMessages', () => {
  it('keeps each message of the field whole, whatever the case of its name', () => {
    const error = new ApiError(400, {
      title: 'One or more validation errors occurred.',
      errors: { File: ['第 1 行：未知的列 "病人姓名"', '缺少必需的列 total_cost'], institution: ['机构不在管辖范围内'] },
    })
    expect(problemMessages(error, 'file')).toEqual({
      field: ['第 1 行：未知的列 "病人姓名"', '缺少必需的列 total_cost'],
      other: ['机构不在管辖范围内'],
    })
  })

  it('finds nothing in other answers', () => {
    expect(problemMessages(new ApiError(409, { detail: 'taken' }), 'name')).toEqual({ field: [], other: [] })
    expect(problemMessages(new Error('offline'), 'file')).toEqual({ field: [], other: [] })
  })
})
