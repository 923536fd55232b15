import { describe, expect, it } from 'vitest'
import { ApiError } from '@/api/client'
import { problemLines } from './problems'

describe('problemLines', () => {
  it('lists the messages of every item, naming the item when the message does not', () => {
    const error = new ApiError(400, {
      title: 'One or more validation errors occurred.',
      errors: {
        policy: ['lowOutlierRatio: expected a number, found the string "0.4"', 'advanceRate: missing'],
        from: ['no cases were discharged in the period'],
        budget: ['budget must not be negative'],
      },
    })
    expect(problemLines(error)).toEqual([
      'policy: lowOutlierRatio: expected a number, found the string "0.4"',
      'policy: advanceRate: missing',
      'from: no cases were discharged in the period',
      'budget must not be negative',
    ])
  })

  it('splits the detail into lines and leaves out repeats', () => {
    const error = new ApiError(400, {
      title: 'The policy is not usable',
      detail: 'budget: missing\nglobalBudget.bands[1]: the bands leave a gap between 1 and 1.05',
      errors: { policy: ['budget: missing'] },
    })
    expect(problemLines(error)).toEqual(['policy: budget: missing', 'globalBudget.bands[1]: the bands leave a gap between 1 and 1.05'])
  })

  it('falls back to the title, and is empty without a problem', () => {
    expect(problemLines(new ApiError(400, { title: 'the total of points is zero' }))).toEqual(['the total of points is zero'])
    expect(problemLines(new ApiError(502, null))).toEqual([])
    expect(problemLines(new Error('offline'))).toEqual([])
  })
})
