import { describe, expect, it } from 'vitest'
import { filtersFromQuery, filtersToQuery } from './filters'

describe('institution filters in the address bar', () => {
  it('reads known codes and ignores unknown ones', () => {
    expect(filtersFromQuery({ type: 'village_clinic', tier: 'capital', level: 'tertiary', q: '  人民 ' })).toEqual({
      region: undefined,
      type: 'village_clinic',
      tier: undefined,
      level: 'tertiary',
      ownership: undefined,
      network: undefined,
      q: '人民',
    })
  })

  it('takes the first of repeated parameters', () => {
    expect(filtersFromQuery({ region: ['990101000000', '990121000000'] }).region).toBe('990101000000')
  })

  it('writes only the filters that are set', () => {
    expect(filtersToQuery({ region: '990101000000', type: undefined, q: '' })).toEqual({ region: '990101000000' })
  })
})
