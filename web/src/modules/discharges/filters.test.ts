import { describe, expect, it } from 'vitest'
import {
  abstractFiltersFromQuery,
  abstractFiltersToQuery,
  defaultPeriod,
  drgFiltersFromQuery,
  drgFiltersToQuery,
  failedAbstractsQuery,
  qualityFiltersFromQuery,
  toAbstractQuery,
  toProfileQuery,
} from './filters'

describe('abstract list filters', () => {
  it('read the address bar, dropping what the API would not take', () => {
    expect(
      abstractFiltersFromQuery({ month: '2025-06', institution: 'H0002', department: '03', qc: 'failed', status: 'ungroupable', drg: 'es13' }),
    ).toEqual({ month: '2025-06', institution: 'H0002', department: '03', qc: 'failed', status: 'ungroupable', drg: 'ES13', tableSet: undefined })
    expect(abstractFiltersFromQuery({ month: '2025-13', qc: 'bad', status: 'grouped', department: '03' })).toEqual({
      month: undefined,
      institution: undefined,
      department: undefined,
      qc: undefined,
      status: undefined,
      drg: undefined,
      tableSet: undefined,
    })
  })

  it('write back only the set filters, without the default qc', () => {
    expect(abstractFiltersToQuery({ month: '2025-06', qc: 'all', drg: '' })).toEqual({ month: '2025-06' })
    expect(abstractFiltersToQuery({ qc: 'passed', tableSet: 'CHS-DRG 1.1' })).toEqual({ qc: 'passed', tableSet: 'CHS-DRG 1.1' })
  })

  it('add the page to the API query', () => {
    expect(toAbstractQuery({ institution: 'H0002', qc: 'failed' }, 2, 50)).toEqual({ institution: 'H0002', qc: 'failed', page: 2, pageSize: 50 })
  })

  it('lead from a quality figure to the failed abstracts behind it', () => {
    expect(failedAbstractsQuery({ month: '2025-06', institution: 'H0002', department: '03' })).toEqual({
      qc: 'failed',
      month: '2025-06',
      institution: 'H0002',
      department: '03',
    })
    expect(failedAbstractsQuery({ month: null, department: '03' })).toEqual({ qc: 'failed' })
  })
})

describe('quality filters', () => {
  it('keep a well-formed month and the institution', () => {
    expect(qualityFiltersFromQuery({ month: '2025-01', institution: ['H0001', 'H0002'] })).toEqual({ month: '2025-01', institution: 'H0001' })
    expect(qualityFiltersFromQuery({ month: '202501' })).toEqual({ month: undefined, institution: undefined })
  })
})

describe('DRG period', () => {
  const today = new Date(2026, 10, 23)

  it('defaults to the latest full year with data', () => {
    expect(defaultPeriod(['2024-01', '2025-12', '2026-03'], today)).toEqual({ from: '2025-01-01', to: '2025-12-31' })
    expect(defaultPeriod(['2023-05', '2024-02'], today)).toEqual({ from: '2024-01-01', to: '2024-12-31' })
  })

  it('takes the current year when it is the only one with data, and last year without data', () => {
    expect(defaultPeriod(['2026-01', '2026-02'], today)).toEqual({ from: '2026-01-01', to: '2026-12-31' })
    expect(defaultPeriod([], today)).toEqual({ from: '2025-01-01', to: '2025-12-31' })
  })

  it('reads the settings from the address bar and writes back only what differs from the defaults', () => {
    const fallback = { from: '2025-01-01', to: '2025-12-31' }
    const filters = drgFiltersFromQuery({ tableSet: 'CHS-DRG 1.1', from: '2025-07-01', to: '2025-09-30', by: 'department', trim: 'iqr' }, fallback)
    expect(filters).toEqual({ tableSet: 'CHS-DRG 1.1', from: '2025-07-01', to: '2025-09-30', by: 'department', trim: 'iqr', tab: 'profile' })
    expect(drgFiltersToQuery(filters)).toEqual({ tableSet: 'CHS-DRG 1.1', from: '2025-07-01', to: '2025-09-30', by: 'department', trim: 'iqr' })
    expect(toProfileQuery(filters, 'hospital')).toEqual({ tableSet: 'CHS-DRG 1.1', from: '2025-07-01', to: '2025-09-30', by: 'hospital', trim: 'iqr' })

    const reversed = drgFiltersFromQuery({ from: '2025-09-30', to: '2025-07-01', by: 'ward', tab: 'weights' }, fallback)
    expect(reversed).toEqual({ tableSet: undefined, ...fallback, by: 'hospital', trim: 'none', tab: 'weights' })
    expect(drgFiltersToQuery(reversed)).toEqual({ ...fallback, tab: 'weights' })
  })
})
