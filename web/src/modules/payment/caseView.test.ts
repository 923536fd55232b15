import { describe, expect, it } from 'vitest'
import { caseViewFromQuery, caseViewToQuery, closedCaseView, toCaseQuery } from './caseView'

describe('the case lines drawer in the address bar', () => {
  it('is closed without `cases`', () => {
    expect(caseViewFromQuery({})).toEqual(closedCaseView)
    expect(caseViewToQuery(closedCaseView)).toEqual({})
  })

  it('reads the institution, the rule, the page and the line shown', () => {
    expect(caseViewFromQuery({ cases: 'H0002', rule: 'high_outlier', page: '2', line: '970001' })).toEqual({
      open: true,
      institution: 'H0002',
      rule: 'high_outlier',
      page: 2,
      line: 970001,
    })
  })

  it('drops unknown rules and malformed numbers; `all` is every institution', () => {
    expect(caseViewFromQuery({ cases: 'all', rule: 'whatever', page: '-1', line: 'x' })).toEqual({ open: true, page: 1 })
  })

  it('writes the query back, leaving out page 1', () => {
    expect(caseViewToQuery({ open: true, page: 1 })).toEqual({ cases: 'all' })
    expect(caseViewToQuery({ open: true, institution: 'H0001', rule: 'per_diem', page: 3, line: 5 })).toEqual({
      cases: 'H0001',
      rule: 'per_diem',
      page: '3',
      line: '5',
    })
  })

  it('asks the API for the page', () => {
    expect(toCaseQuery({ open: true, institution: 'H0001', page: 2 }, 20)).toEqual({ institution: 'H0001', rule: undefined, page: 2, pageSize: 20 })
  })
})
