import type { StaffCategory, StaffCount, StaffTitle } from '@/api/types'
import { staffCategories, staffTitles } from './codes'

export interface StaffRow {
  /** A category, or null for the total row. */
  category: StaffCategory | null
  byTitle: Record<StaffTitle, number>
  total: number
}

function emptyRow(category: StaffCategory | null): StaffRow {
  const byTitle = Object.fromEntries(staffTitles.map((title) => [title, 0])) as Record<StaffTitle, number>
  return { category, byTitle, total: 0 }
}

/** Head counts as a category × title table with row totals and a total row. */
export function staffMatrix(staff: StaffCount[]): StaffRow[] {
  const rows = new Map(staffCategories.map((category) => [category, emptyRow(category)]))
  const total = emptyRow(null)
  for (const { category, title, count } of staff) {
    for (const row of [rows.get(category), total]) {
      if (!row) continue
      row.byTitle[title] += count
      row.total += count
    }
  }
  return [...rows.values(), total]
}
