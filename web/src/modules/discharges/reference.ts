// Reference lists the M7 screens share, each loaded once per signed-in scope: the institutions
// that can have inpatients, the DRG table sets, and the quality-control rule catalogue.
import { computed, shallowRef, type ShallowRef } from 'vue'
import { api } from '@/api/client'
import type { DrgTableSet, Institution, QcRule } from '@/api/types'
import { fetchAllInstitutions } from '@/modules/registry/queries'
import { currentUser } from '@/modules/shell/session'

function scopeKey(): string | null {
  const user = currentUser.value
  return user ? `${user.userName}:${user.scopeKind}:${user.scopeCode}` : null
}

/** A list loaded once per scope; a failed load is tried again by the next screen. */
function cached<T>(load: () => Promise<T[]>) {
  const items: ShallowRef<T[]> = shallowRef([])
  const loaded = shallowRef(false)
  let loadedFor: string | null = null
  function ensure(force = false): void {
    const key = scopeKey()
    if (!key || (key === loadedFor && !force)) return
    loadedFor = key
    if (!force) {
      items.value = []
      loaded.value = false
    }
    load().then(
      (list) => {
        if (loadedFor === key) {
          items.value = list
          loaded.value = true
        }
      },
      () => {
        if (loadedFor === key) loadedFor = null
      },
    )
  }
  return { items, loaded, ensure }
}

/** Institutions with beds (those that discharge patients), hospitals by name. */
const institutions = cached<Institution>(async () =>
  (await fetchAllInstitutions({ active: true }))
    .filter((i) => i.openBeds > 0)
    .sort((a, b) => b.openBeds - a.openBeds || a.code.localeCompare(b.code)),
)

export function useInstitutions() {
  institutions.ensure()
  const names = computed(() => new Map(institutions.items.value.map((i) => [i.code, i.name])))
  return {
    institutions: institutions.items,
    institutionName: (code: string | null | undefined) => (code ? (names.value.get(code) ?? code) : ''),
  }
}

const tableSets = cached<DrgTableSet>(() => api.drgTableSets())

export function useTableSets() {
  tableSets.ensure()
  return {
    tableSets: tableSets.items,
    loaded: tableSets.loaded,
    defaultTableSet: computed(() => tableSets.items.value.find((s) => s.isDefault)?.name ?? tableSets.items.value[0]?.name),
    /** After a new set is loaded. */
    refresh: () => tableSets.ensure(true),
  }
}

const qcRules = cached<QcRule>(() => api.qcRules())

export function useQcRules() {
  qcRules.ensure()
  return { catalogue: computed(() => new Map(qcRules.items.value.map((r) => [r.rule, r]))) }
}
