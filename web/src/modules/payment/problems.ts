import { ApiError } from '@/api/client'

/**
 * Every message of an API problem, one a line, as the server wrote it (its messages name the item:
 * `lowOutlierRatio: expected a number`): the `errors` entries — with their key in front when the
 * message does not name it — then the lines of `detail`, then the title when there is nothing
 * else. Empty for anything that is not an API error.
 */
export function problemLines(error: unknown): string[] {
  if (!(error instanceof ApiError) || !error.problem) return []
  const lines: string[] = []
  const add = (line: string) => {
    const text = line.trim()
    if (text && !lines.some((l) => l === text || l.endsWith(`: ${text}`))) lines.push(text)
  }
  for (const [key, messages] of Object.entries(error.problem.errors ?? {})) {
    const list = Array.isArray(messages) ? messages : [String(messages)]
    for (const message of list) {
      const text = String(message ?? '').trim()
      if (!text) continue
      const named = !key || key.startsWith('$') || text.toLowerCase().includes(key.toLowerCase())
      add(named ? text : `${key}: ${text}`)
    }
  }
  for (const line of (error.problem.detail ?? '').split(/\r?\n/)) add(line)
  if (lines.length === 0 && error.problem.title) add(error.problem.title)
  return lines
}
