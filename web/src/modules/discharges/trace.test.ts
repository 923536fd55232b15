import { describe, expect, it } from 'vitest'
import { parseTrace, parseTraceStep, traceTone, visibleSteps } from './trace'

const trace = [
  'validation: passed',
  "MDCA: skipped: entry 'any_proc(A_OR)' is false",
  "MDCE: entered: entry 'main_dx(E)' is true",
  "ES1: matched: condition 'main_dx(ES1)' is true (the ADRGs of MDCE before it did not match)",
  "ES11: not chosen: split 'mcc' is false",
  "ES13: chosen: split 'true' is true",
]

describe('parseTrace', () => {
  it('splits subject and message and names the kind of each step, in order', () => {
    const steps = parseTrace(trace)
    expect(steps.map((s) => [s.index, s.subject, s.kind])).toEqual([
      [1, 'validation', 'validationPassed'],
      [2, 'MDCA', 'skipped'],
      [3, 'MDCE', 'entered'],
      [4, 'ES1', 'matched'],
      [5, 'ES11', 'notChosen'],
      [6, 'ES13', 'chosen'],
    ])
    expect(steps[3].message).toBe("matched: condition 'main_dx(ES1)' is true (the ADRGs of MDCE before it did not match)")
    expect(steps[3].detail).toBe("condition 'main_dx(ES1)' is true (the ADRGs of MDCE before it did not match)")
    expect(steps[0].detail).toBe('passed')
  })

  it('recognises failures, ambiguity, fall-through and the end without a DRG', () => {
    expect(parseTraceStep('validation: failed rule 1: sex is missing', 1).kind).toBe('validationFailed')
    expect(parseTraceStep('QY: ambiguity check of MDCB after (start): some procedure is an OR procedure', 1).kind).toBe('ambiguous')
    expect(parseTraceStep('MDCB: no ADRG matched; falling through to the next MDC', 1).kind).toBe('fallthrough')
    expect(parseTraceStep('result: no MDC yielded a DRG: ungroupable', 1)).toMatchObject({ subject: 'result', kind: 'result' })
    expect(parseTraceStep('ES1: no DRG split is true; the ADRG code stands for the DRG', 1).kind).toBe('chosen')
    expect(parseTraceStep('something else', 1)).toMatchObject({ subject: '', message: 'something else', detail: 'something else', kind: 'other' })
  })

  it('folds away the minor steps on request', () => {
    const steps = parseTrace(trace)
    expect(visibleSteps(steps, false).map((s) => s.subject)).toEqual(['validation', 'MDCE', 'ES1', 'ES13'])
    expect(visibleSteps(steps, true)).toHaveLength(6)
    expect(parseTrace(null)).toEqual([])
  })

  it('colours decisive steps', () => {
    expect(traceTone('chosen')).toBe('success')
    expect(traceTone('result')).toBe('danger')
    expect(traceTone('skipped')).toBe('info')
  })
})
