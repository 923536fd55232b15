// Blank CSV templates for an abstracts upload, with the columns of docs/data-formats.md.

/** discharges.csv, in the documented order. */
export const dischargeColumns = [
  'abstract_id',
  'institution_code',
  'medical_record_no',
  'admission_count',
  'patient_id',
  'sex',
  'birth_date',
  'age_years',
  'age_days',
  'newborn_weight_g',
  'admission_date',
  'discharge_date',
  'los_days',
  'admission_route',
  'department_code',
  'principal_diagnosis',
  'other_diagnoses',
  'disposition',
  'receiving_institution',
  'ventilation_hours',
  'cost_service',
  'cost_diagnosis',
  'cost_treatment',
  'cost_surgery',
  'cost_rehabilitation',
  'cost_tcm',
  'cost_western_drug',
  'cost_chinese_drug',
  'cost_blood',
  'cost_consumables',
  'cost_other',
  'total_cost',
  'self_pay',
  'residence_region_code',
  'insurance_type',
] as const

/** discharge_procedures.csv: sequence 1 is the principal procedure. */
export const procedureColumns = ['abstract_id', 'sequence', 'code', 'surgery_level', 'date'] as const

/** One CSV line, quoted where RFC 4180 asks for it. */
export function csvLine(cells: readonly (string | number | null | undefined)[]): string {
  return cells
    .map((cell) => {
      const text = cell === null || cell === undefined ? '' : String(cell)
      return /[",\r\n]/.test(text) ? `"${text.replace(/"/g, '""')}"` : text
    })
    .join(',')
}

/** A template: the header and, if given, example rows; `\n` line ends. */
export function csvTemplate(columns: readonly string[], rows: readonly (readonly (string | number | null)[])[] = []): string {
  return [csvLine(columns), ...rows.map(csvLine)].join('\n') + '\n'
}

/**
 * The file the browser saves: UTF-8 with a byte order mark, which the importer tolerates and
 * which makes Excel read Chinese cells correctly.
 */
export function csvBlob(text: string): Blob {
  return new Blob(['\uFEFF', text], { type: 'text/csv;charset=utf-8' })
}

/** Saves a text as a file from the browser (no request to the server). */
export function downloadCsv(fileName: string, text: string): void {
  const url = URL.createObjectURL(csvBlob(text))
  const link = document.createElement('a')
  link.href = url
  link.download = fileName
  document.body.appendChild(link)
  link.click()
  link.remove()
  setTimeout(() => URL.revokeObjectURL(url), 1000)
}
