import { describe, expect, it } from 'vitest'
import { csvLine, csvTemplate, dischargeColumns, procedureColumns } from './template'

describe('CSV templates', () => {
  it('hold every column of discharges.csv once, with the filing key first', () => {
    expect(dischargeColumns).toHaveLength(35)
    expect(new Set(dischargeColumns).size).toBe(dischargeColumns.length)
    expect(dischargeColumns.slice(0, 4)).toEqual(['abstract_id', 'institution_code', 'medical_record_no', 'admission_count'])
    expect(dischargeColumns).toContain('principal_diagnosis')
    expect(dischargeColumns.filter((c) => c.startsWith('cost_'))).toHaveLength(11)
  })

  it('write the header line and example rows', () => {
    expect(csvTemplate(procedureColumns)).toBe('abstract_id,sequence,code,surgery_level,date\n')
    expect(csvTemplate(['a', 'b'], [[1, null]])).toBe('a,b\n1,\n')
  })

  it('quote cells with commas, quotes and line breaks', () => {
    expect(csvLine(['J18.900', 'I10.x00x002|E11.900', '青川市,第一医院', 'say "hi"'])).toBe(
      'J18.900,I10.x00x002|E11.900,"青川市,第一医院","say ""hi"""',
    )
  })
})
