// The DRG engine's trace ("subject: message", one string per step) as steps the screen can
// colour: which MDC was entered or skipped, which ADRG matched, which DRG split was chosen.
import type { Tone } from './format'

export type TraceKind =
  | 'validationPassed'
  | 'validationFailed'
  | 'entered'
  | 'skipped'
  | 'matched'
  | 'chosen'
  | 'notChosen'
  | 'fallthrough'
  | 'ambiguous'
  | 'result'
  | 'other'

export interface TraceStep {
  /** 1-based position in the engine's order. */
  index: number
  /** What was examined: "validation", an MDC, ADRG or DRG code, "QY", "result"; '' when the text has none. */
  subject: string
  message: string
  /** The message without its leading verb ("matched: "), which the step's tag already says. */
  detail: string
  kind: TraceKind
  /** Steps that only say "not this one": the screen can fold them away. */
  minor: boolean
}

function kindOf(subject: string, message: string): TraceKind {
  const lower = message.toLowerCase()
  if (subject === 'validation') return lower.startsWith('failed') ? 'validationFailed' : 'validationPassed'
  if (subject === 'QY') return 'ambiguous'
  if (subject === 'result') return 'result'
  if (lower.startsWith('skipped')) return 'skipped'
  if (lower.startsWith('entered')) return 'entered'
  if (lower.startsWith('matched')) return 'matched'
  if (lower.startsWith('not chosen')) return 'notChosen'
  if (lower.startsWith('chosen') || lower.startsWith('no drg split is true')) return 'chosen'
  if (lower.startsWith('no adrg matched')) return 'fallthrough'
  return 'other'
}

/** One step from its text; the subject is what comes before the first ": ". */
export function parseTraceStep(text: string, index: number): TraceStep {
  const split = text.indexOf(': ')
  const subject = split > 0 ? text.slice(0, split).trim() : ''
  const message = split > 0 ? text.slice(split + 2).trim() : text.trim()
  const kind = kindOf(subject, message)
  const detail = message.replace(/^(skipped|entered|matched|not chosen|chosen):\s*/i, '')
  return { index, subject, message, detail, kind, minor: kind === 'skipped' || kind === 'notChosen' }
}

export function parseTrace(trace: readonly string[] | null | undefined): TraceStep[] {
  return (trace ?? []).map((text, i) => parseTraceStep(text, i + 1))
}

/** The steps to show: all, or without the minor ones (the decisive steps stay in order). */
export function visibleSteps(steps: readonly TraceStep[], showMinor: boolean): TraceStep[] {
  return showMinor ? [...steps] : steps.filter((s) => !s.minor)
}

/** The timeline dot's colour of a step. */
export function traceTone(kind: TraceKind): Tone {
  switch (kind) {
    case 'validationPassed':
    case 'matched':
    case 'chosen':
      return 'success'
    case 'entered':
      return 'primary'
    case 'validationFailed':
    case 'result':
      return 'danger'
    case 'ambiguous':
    case 'fallthrough':
      return 'warning'
    default:
      return 'info'
  }
}
