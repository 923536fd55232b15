import { computed, shallowRef } from 'vue'
import { api } from '@/api/client'
import type { Region } from '@/api/types'
import { currentUser } from '@/modules/shell/session'

// The divisions of the user's scope down to villages, loaded once per signed-in scope: the
// patient screens name residences and offer them in pickers.
const regions = shallowRef<Region[]>([])
let loadedFor: string | null = null

function load(): void {
  const user = currentUser.value
  const key = user ? `${user.scopeKind}:${user.scopeCode}` : null
  if (!key || key === loadedFor) return
  loadedFor = key
  regions.value = []
  api.regions({ maxLevel: 'village' }).then(
    (list) => {
      if (loadedFor === key) regions.value = list
    },
    () => {
      // Codes stand in for names; the next screen tries again.
      if (loadedFor === key) loadedFor = null
    },
  )
}

export function useRegions() {
  load()
  const names = computed(() => new Map(regions.value.map((r) => [r.code, r.name])))
  return {
    regions,
    /** The division's name, or its code while the list loads or when it is outside the scope. */
    regionName: (code: string | null | undefined) => (code ? (names.value.get(code) ?? code) : ''),
  }
}
