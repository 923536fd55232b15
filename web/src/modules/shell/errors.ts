import { ApiError } from '@/api/client'

type Translate = (key: string, named?: Record<string, unknown>) => string

/** The server's own words for an API error; a plain sentence when it gave none. */
export function errorMessage(error: unknown, t: Translate): string {
  if (!(error instanceof ApiError)) return t('common.serverUnreachable')
  if (error.problem?.detail || error.problem?.title) return error.message
  return error.status >= 502 ? t('common.serverUnreachable') : t('common.requestFailed', { status: error.status })
}
