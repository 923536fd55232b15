import { describe, expect, it } from 'vitest'
import {
  differenceTone,
  formatMoney,
  formatPointValue,
  formatPoints,
  formatSignedMoney,
  formatSignedPoints,
  formatSignedRate,
  isNegative,
  shortFingerprint,
} from './format'

describe('money and points', () => {
  it('shows 元 with two decimals and grouping', () => {
    expect(formatMoney(8000000000)).toBe('8,000,000,000.00')
    expect(formatMoney(-1234.5)).toBe('-1,234.50')
  })

  it('shows points with four decimals', () => {
    expect(formatPoints(114.28571)).toBe('114.2857')
    expect(formatPoints(12345)).toBe('12,345.0000')
    expect(formatPoints(null)).toBe('—')
  })

  it('shows the point value with four to six decimals', () => {
    expect(formatPointValue(87.5)).toBe('87.5000')
    expect(formatPointValue(87.1234567)).toBe('87.123457')
    expect(formatPointValue(1.00001)).toBe('1.00001')
    expect(formatPointValue(undefined)).toBe('—')
  })
})

describe('signed changes', () => {
  it('puts a plus or a minus before the amount', () => {
    expect(formatSignedMoney(1234.5)).toBe('+1,234.50')
    expect(formatSignedMoney(-1234.5)).toBe('−1,234.50')
    expect(formatSignedMoney(0)).toBe('0.00')
    expect(formatSignedMoney(0.004)).toBe('0.00')
    expect(formatSignedMoney(null)).toBe('—')
  })

  it('signs points and rates too', () => {
    expect(formatSignedPoints(-2.5)).toBe('−2.5000')
    expect(formatSignedPoints(0)).toBe('0.0000')
    expect(formatSignedRate(125, 10000)).toBe('+1.25%')
    expect(formatSignedRate(-50, 1000)).toBe('−5.00%')
    expect(formatSignedRate(0, 1000)).toBe('0.00%')
    expect(formatSignedRate(5, 0)).toBe('—')
  })
})

describe('tones', () => {
  it('reads a difference as more, less or nothing to the fen', () => {
    expect(differenceTone(12.3)).toBe('up')
    expect(differenceTone(-0.01)).toBe('down')
    expect(differenceTone(0.004)).toBe('flat')
    expect(differenceTone(-0.004)).toBe('flat')
    expect(differenceTone(null)).toBe('flat')
  })

  it('marks negative balances', () => {
    expect(isNegative(-100)).toBe(true)
    expect(isNegative(0)).toBe(false)
    expect(isNegative(50)).toBe(false)
  })
})

describe('shortFingerprint', () => {
  it('keeps the first twelve characters', () => {
    expect(shortFingerprint('9f86d081884c7d659a2feaa0c55ad015a3bf4f1b2b0b822cd15d6c15b0f00a08')).toBe('9f86d081884c')
    expect(shortFingerprint(null)).toBe('')
  })
})
