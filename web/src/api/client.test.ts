import { describe, expect, it } from 'vitest'
import { toQueryString, uploadForm } from './client'

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

describe('uploadForm', () => {
  it('sends the abstracts file, and the procedures and institution only when given', () => {
    const file = new File(['abstract_id\n'], '病案.csv', { type: 'text/csv' })
    const form = uploadForm({ file, procedures: null, institution: '' })
    expect([...form.keys()]).toEqual(['file'])
    expect((form.get('file') as File).name).toBe('病案.csv')

    const procedures = new File(['abstract_id,sequence,code\n'], 'procedures.csv')
    const full = uploadForm({ file, procedures, institution: 'H0002' })
    expect([...full.keys()]).toEqual(['file', 'procedures', 'institution'])
    expect(full.get('institution')).toBe('H0002')
  })
})
