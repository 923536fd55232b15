import { describe, expect, it } from 'vitest'
import { staffMatrix } from './staff'

describe('staffMatrix', () => {
  const rows = staffMatrix([
    { category: 'doctor', title: 'senior', count: 3 },
    { category: 'doctor', title: 'junior', count: 10 },
    { category: 'nurse', title: 'intermediate', count: 20 },
  ])

  it('has a row per category in the catalogue order and a total row last', () => {
    expect(rows.map((r) => r.category)).toEqual(['doctor', 'nurse', 'pharmacist', 'technician', 'manager', 'other', null])
  })

  it('counts each title and totals each row', () => {
    expect(rows[0].byTitle).toEqual({ senior: 3, associate_senior: 0, intermediate: 0, junior: 10, none: 0 })
    expect(rows[0].total).toBe(13)
    expect(rows[2].total).toBe(0)
  })

  it('totals every title over all categories', () => {
    const total = rows[rows.length - 1]
    expect(total.byTitle).toEqual({ senior: 3, associate_senior: 0, intermediate: 20, junior: 10, none: 0 })
    expect(total.total).toBe(33)
  })
})
