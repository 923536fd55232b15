// The policy JSON editor: the browser checks a policy as the server's reader does (every problem
// at once, each naming its item) before it is sent, so a typo is shown next to the text.
import type { PaymentPolicy } from '@/api/types'

export type PolicyProblemCode =
  | 'syntax'
  | 'notObject'
  | 'missing'
  | 'unknown'
  | 'duplicate'
  | 'notString'
  | 'notNumber'
  | 'negative'
  | 'notMap'
  | 'notCodes'
  | 'notArray'
  | 'notBand'
  | 'bandKind'

/** One problem: the item it names (`lowOutlierRatio`, `globalBudget.bands[1].kind`) and what is wrong. */
export interface PolicyProblem {
  code: PolicyProblemCode
  item: string
  /** The parser's words (syntax) or the keys expected (unknown). */
  detail?: string
}

export type PolicyCheck = { ok: true; policy: PaymentPolicy } | { ok: false; problems: PolicyProblem[] }

/** The keys of a policy file, in the documented order. */
export const policyKeys = [
  'name',
  'version',
  'budget',
  'pointsPerRw',
  'weightReference',
  'hospitalCoefficients',
  'highOutlierMultiple',
  'lowOutlierRatio',
  'incompleteDispositions',
  'feeForServiceRate',
  'specialReviewMaxShare',
  'advanceRate',
  'perDiem',
  'globalBudget',
] as const

const optionalKeys = new Set<string>(['weightReference', 'hospitalCoefficients', 'perDiem'])
const numberKeys = ['budget', 'pointsPerRw', 'lowOutlierRatio', 'feeForServiceRate', 'specialReviewMaxShare', 'advanceRate'] as const
const bandKeys = ['from', 'to', 'networkShare', 'kind'] as const

/**
 * The text without `//` and `/* *\/` comments (the server's reader skips them too), strings left
 * as they are. Line breaks of comments are kept so positions still point at the right line.
 */
export function stripJsonComments(text: string): string {
  let out = ''
  let i = 0
  while (i < text.length) {
    const c = text[i]
    if (c === '"') {
      const start = i++
      while (i < text.length && text[i] !== '"') i += text[i] === '\\' ? 2 : 1
      out += text.slice(start, ++i)
    } else if (c === '/' && text[i + 1] === '/') {
      while (i < text.length && text[i] !== '\n') i++
    } else if (c === '/' && text[i + 1] === '*') {
      const end = text.indexOf('*/', i + 2)
      const comment = text.slice(i, end < 0 ? text.length : end + 2)
      out += comment.replace(/[^\n]/g, ' ')
      i += comment.length
    } else {
      out += c
      i++
    }
  }
  return out
}

/** Line and column (1-based) of a character offset. */
export function lineAndColumn(text: string, offset: number): { line: number; column: number } {
  const before = text.slice(0, Math.max(0, offset))
  const lines = before.split('\n')
  return { line: lines.length, column: (lines[lines.length - 1]?.length ?? 0) + 1 }
}

/** The parser's message, with the line and column when it gives a position. */
function syntaxDetail(error: unknown, text: string): string {
  const message = error instanceof Error ? error.message : String(error)
  const position = /position (\d+)/.exec(message)
  if (!position || /line \d+/.test(message)) return message
  const { line, column } = lineAndColumn(text, Number(position[1]))
  return `${message} (line ${line}, column ${column})`
}

/** Keys named twice in one object: JSON.parse keeps the last silently, the server refuses them. */
function duplicateKeys(text: string): string[] {
  const found: string[] = []
  const stack: { keys: Set<string>; path: string; isArray: boolean; index: number; pendingKey: string | null }[] = []
  let i = 0
  let lastString: string | null = null
  while (i < text.length) {
    const c = text[i]!
    if (c === '"') {
      const start = i++
      while (i < text.length && text[i] !== '"') i += text[i] === '\\' ? 2 : 1
      try {
        lastString = JSON.parse(text.slice(start, ++i)) as string
      } catch {
        return found
      }
      continue
    }
    const top = stack[stack.length - 1]
    if (c === ':' && top && !top.isArray && lastString !== null) {
      const item = top.path ? `${top.path}.${lastString}` : lastString
      if (top.keys.has(lastString)) found.push(item)
      top.keys.add(lastString)
      top.pendingKey = lastString
    } else if (c === '{' || c === '[') {
      const path = !top ? '' : top.isArray ? `${top.path}[${top.index}]` : top.pendingKey === null ? top.path : top.path ? `${top.path}.${top.pendingKey}` : top.pendingKey
      stack.push({ keys: new Set(), path, isArray: c === '[', index: 0, pendingKey: null })
    } else if (c === '}' || c === ']') {
      stack.pop()
    } else if (c === ',' && top?.isArray) {
      top.index++
    }
    if (c !== '"' && !/\s/.test(c) && c !== ':') lastString = null
    i++
  }
  return found
}

function kindOf(value: unknown): 'object' | 'array' | 'string' | 'number' | 'boolean' | 'null' {
  if (value === null) return 'null'
  if (Array.isArray(value)) return 'array'
  return typeof value as 'object' | 'string' | 'number' | 'boolean'
}

/**
 * Reads a policy from the editor's text: JSON (comments allowed) whose every required key is there
 * with the right type, no unknown or repeated keys, no negative numbers. Further checks (bands
 * that overlap or leave gaps, ratios above 1) are the server's.
 */
export function checkPolicy(text: string): PolicyCheck {
  const source = stripJsonComments(text)
  let value: unknown
  try {
    value = JSON.parse(source)
  } catch (e) {
    return { ok: false, problems: [{ code: 'syntax', item: '', detail: syntaxDetail(e, source) }] }
  }
  if (kindOf(value) !== 'object') return { ok: false, problems: [{ code: 'notObject', item: '' }] }

  const problems: PolicyProblem[] = duplicateKeys(source).map((item) => ({ code: 'duplicate', item }))
  const root = value as Record<string, unknown>
  const known = new Set<string>(policyKeys)
  for (const key of Object.keys(root)) {
    if (!known.has(key)) problems.push({ code: 'unknown', item: key, detail: policyKeys.join(', ') })
  }
  for (const key of policyKeys) {
    if (!(key in root) && !optionalKeys.has(key)) problems.push({ code: 'missing', item: key })
  }

  const number = (v: unknown, item: string) => {
    if (typeof v !== 'number' || !Number.isFinite(v)) problems.push({ code: 'notNumber', item })
    else if (v < 0) problems.push({ code: 'negative', item })
  }
  const map = (v: unknown, item: string) => {
    if (kindOf(v) !== 'object') {
      problems.push({ code: 'notMap', item })
      return
    }
    for (const [key, entry] of Object.entries(v as Record<string, unknown>)) number(entry, `${item}.${key}`)
  }

  for (const key of ['name', 'version'] as const) {
    if (key in root && typeof root[key] !== 'string') problems.push({ code: 'notString', item: key })
  }
  if ('weightReference' in root && typeof root.weightReference !== 'string') problems.push({ code: 'notString', item: 'weightReference' })
  for (const key of numberKeys) if (key in root) number(root[key], key)
  if ('hospitalCoefficients' in root) map(root.hospitalCoefficients, 'hospitalCoefficients')
  if ('highOutlierMultiple' in root) map(root.highOutlierMultiple, 'highOutlierMultiple')

  if ('incompleteDispositions' in root) {
    const codes = root.incompleteDispositions
    if (!Array.isArray(codes)) problems.push({ code: 'notCodes', item: 'incompleteDispositions' })
    else
      codes.forEach((code, index) => {
        if (typeof code !== 'number' || !Number.isInteger(code) || code < 0)
          problems.push({ code: 'notCodes', item: `incompleteDispositions[${index}]` })
      })
  }

  if ('perDiem' in root) {
    const perDiem = root.perDiem
    if (kindOf(perDiem) !== 'object') problems.push({ code: 'notMap', item: 'perDiem' })
    else {
      const entries = perDiem as Record<string, unknown>
      for (const key of Object.keys(entries)) if (key !== 'groups') problems.push({ code: 'unknown', item: `perDiem.${key}`, detail: 'groups' })
      if (!('groups' in entries)) problems.push({ code: 'missing', item: 'perDiem.groups' })
      else map(entries.groups, 'perDiem.groups')
    }
  }

  if ('globalBudget' in root) {
    const budget = root.globalBudget
    if (kindOf(budget) !== 'object') problems.push({ code: 'notBand', item: 'globalBudget' })
    else {
      const entries = budget as Record<string, unknown>
      for (const key of Object.keys(entries)) if (key !== 'bands') problems.push({ code: 'unknown', item: `globalBudget.${key}`, detail: 'bands' })
      if (!('bands' in entries)) problems.push({ code: 'missing', item: 'globalBudget.bands' })
      else if (!Array.isArray(entries.bands)) problems.push({ code: 'notArray', item: 'globalBudget.bands' })
      else
        entries.bands.forEach((band: unknown, index: number) => {
          const item = `globalBudget.bands[${index}]`
          if (kindOf(band) !== 'object') {
            problems.push({ code: 'notBand', item })
            return
          }
          const b = band as Record<string, unknown>
          for (const key of Object.keys(b))
            if (!(bandKeys as readonly string[]).includes(key)) problems.push({ code: 'unknown', item: `${item}.${key}`, detail: bandKeys.join(', ') })
          for (const key of bandKeys) if (!(key in b)) problems.push({ code: 'missing', item: `${item}.${key}` })
          if ('from' in b) number(b.from, `${item}.from`)
          if ('to' in b && b.to !== null) number(b.to, `${item}.to`)
          if ('networkShare' in b) number(b.networkShare, `${item}.networkShare`)
          if ('kind' in b && b.kind !== 'surplus' && b.kind !== 'overspend') problems.push({ code: 'bandKind', item: `${item}.kind` })
        })
    }
  }

  return problems.length ? { ok: false, problems } : { ok: true, policy: root as unknown as PaymentPolicy }
}

/** The editor's text of a policy: indented by two spaces. */
export function policyText(policy: PaymentPolicy | null | undefined): string {
  return policy ? JSON.stringify(policy, null, 2) : ''
}

/** A value with object keys in sorted order, so two policies compare by content. */
function canonical(value: unknown): unknown {
  if (Array.isArray(value)) return value.map(canonical)
  if (value && typeof value === 'object')
    return Object.fromEntries(
      Object.keys(value as object)
        .sort()
        .map((k) => [k, canonical((value as Record<string, unknown>)[k])]),
    )
  return value
}

/** Whether two policies hold the same values, whatever the key order and layout. */
export function samePolicy(a: unknown, b: unknown): boolean {
  return JSON.stringify(canonical(a)) === JSON.stringify(canonical(b))
}

/** The line of a problem as the screen shows it, given the translation of its code. */
export function policyProblemText(problem: PolicyProblem, t: (key: string, named?: Record<string, unknown>) => string): string {
  return t(`payment.policy.problems.${problem.code}`, { item: problem.item, detail: problem.detail ?? '', expected: problem.detail ?? '' })
}
