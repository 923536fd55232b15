import { describe, expect, it } from 'vitest'
import type { RegisterInstitutionRow } from '@/api/types'
import {
  formatHours,
  formatShare,
  institutionTotals,
  lastMonth,
  monthFromQuery,
  registerChartHeight,
  registerChartOption,
  statusCount,
  thisMonth,
  type RegisterChartLabels,
} from './register'

const labels: RegisterChartLabels = {
  series: {
    sentUp: '上转转出',
    sentDown: '下转转出',
    sentLateral: '平转转出',
    receivedUp: '上转转入',
    receivedDown: '下转转入',
    receivedLateral: '平转转入',
  },
  sent: '转出',
  received: '转入',
}

function row(code: string, name: string | null, counts: Partial<RegisterInstitutionRow> = {}): RegisterInstitutionRow {
  return { institutionCode: code, institutionName: name, sentUp: 0, sentDown: 0, sentLateral: 0, receivedUp: 0, receivedDown: 0, receivedLateral: 0, ...counts }
}

describe('months', () => {
  it('defaults to the month before, in China time', () => {
    expect(lastMonth(new Date('2026-03-15T04:00:00Z'))).toBe('2026-02')
    expect(lastMonth(new Date('2026-01-10T04:00:00Z'))).toBe('2025-12')
    // 2026-02-28T17:00Z is already 1 March in Beijing.
    expect(lastMonth(new Date('2026-02-28T17:00:00Z'))).toBe('2026-02')
    expect(thisMonth(new Date('2026-02-28T17:00:00Z'))).toBe('2026-03')
    expect(thisMonth(new Date('2026-12-31T15:59:00Z'))).toBe('2026-12')
  })

  it('reads a month from the address bar', () => {
    expect(monthFromQuery('2025-03')).toBe('2025-03')
    expect(monthFromQuery('2025-13')).toBeNull()
    expect(monthFromQuery('2025-3')).toBeNull()
    expect(monthFromQuery(undefined)).toBeNull()
  })
})

describe('number formatting', () => {
  it('shows hours to 0.01 and a dash when none were measured', () => {
    expect(formatHours(3.5)).toBe('3.5')
    expect(formatHours(12.257)).toBe('12.26')
    expect(formatHours(1234)).toBe('1,234')
    expect(formatHours(0)).toBe('0')
    expect(formatHours(null)).toBe('—')
    expect(formatHours(undefined)).toBe('—')
  })

  it('shows a share of the total', () => {
    expect(formatShare(1, 3)).toBe('33.3%')
    expect(formatShare(0, 0)).toBe('—')
  })

  it('totals an institution and reads a status count', () => {
    expect(institutionTotals(row('T0001', null, { sentUp: 2, sentLateral: 1, receivedDown: 4 }))).toEqual({ sent: 3, received: 4 })
    const register = { byStatus: [{ status: 'rejected' as const, count: 2 }] }
    expect(statusCount(register, 'rejected')).toBe(2)
    expect(statusCount(register, 'completed')).toBe(0)
  })
})

describe('registerChartOption', () => {
  const rows = [
    row('T0001', '东坪镇卫生院', { sentUp: 3, receivedDown: 1 }),
    row('H0002', '东坪县人民医院', { sentDown: 1, receivedUp: 3, receivedLateral: 1 }),
    row('V0001', null, {}),
    row('C0001', '城关社区卫生服务中心', { sentLateral: 1 }),
  ]
  const option = registerChartOption(rows, labels)

  it('lists the busiest institution on top and leaves out those without referrals', () => {
    const names = (option.yAxis as { data: string[] }).data
    expect(names).toEqual(['城关社区卫生服务中心', '东坪镇卫生院', '东坪县人民医院'])
  })

  it('stacks what was sent and what was received, by direction', () => {
    const series = option.series as { name: string; stack: string; data: number[] }[]
    expect(series.map((s) => s.name)).toEqual(Object.values(labels.series))
    expect(series.map((s) => s.stack)).toEqual(['sent', 'sent', 'sent', 'received', 'received', 'received'])
    expect(series[0]!.data).toEqual([0, 3, 0])
    expect(series[3]!.data).toEqual([0, 0, 3])
  })

  it('names the institution and both sides in the tooltip, escaped', () => {
    const formatter = (option.tooltip as { formatter: (p: unknown) => string }).formatter
    const text = formatter([{ dataIndex: 2 }])
    expect(text).toContain('东坪县人民医院')
    expect(text).toContain('转出 1')
    expect(text).toContain('转入 4')
    const odd = registerChartOption([row('X1', '<b>', { sentUp: 1 })], labels)
    expect((odd.tooltip as { formatter: (p: unknown) => string }).formatter([{ dataIndex: 0 }])).toContain('&#60;b&#62;')
  })

  it('keeps at most `top` institutions and grows with them', () => {
    const many = Array.from({ length: 30 }, (_, i) => row(`T${i}`, `机构${i}`, { sentUp: i + 1 }))
    expect((registerChartOption(many, labels, 10).yAxis as { data: string[] }).data).toHaveLength(10)
    expect(registerChartHeight(1)).toBe(220)
    expect(registerChartHeight(30)).toBe(60 + 15 * 44)
  })
})
