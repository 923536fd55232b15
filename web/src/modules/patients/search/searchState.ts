import { shallowReactive, watch } from 'vue'
import type { MaskedPatient, Page } from '@/api/types'
import { currentUser } from '@/modules/shell/session'

/**
 * The last patient search, in memory only: an ID number or a name must not end up in the
 * address bar and the browser history, yet "back" from a record should show the same results
 * (without searching, and auditing, again). Kept per user, so the next person signing in on the
 * same browser does not see it.
 */
export const lastSearch = shallowReactive({
  userName: '',
  q: '',
  page: 1,
  pageSize: 20,
  result: null as Page<MaskedPatient> | null,
})

export function forgetSearch(): void {
  Object.assign(lastSearch, { userName: '', q: '', page: 1, pageSize: 20, result: null })
}

// Signing out (or in as someone else) forgets it at once.
watch(() => currentUser.value?.userName, forgetSearch)
