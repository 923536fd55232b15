import { describe, expect, it } from 'vitest'
import { toQueryString } from './client'

describe('toQueryString', () => {
  it('leaves out empty values and encodes the rest', () => {
    expect(toQueryString({ q: '人民 医院', region: '', type: undefined, page: 2, active: true, network: null })).toBe(
      '?q=%E4%BA%BA%E6%B0%91+%E5%8C%BB%E9%99%A2&page=2&active=true',
    )
  })

  it('is empty without parameters', () => {
    expect(toQueryString({})).toBe('')
  })
})
