import { api } from '@/api/client'
import type { Institution, InstitutionQuery } from '@/api/types'

const pageSize = 500

/** Every institution matching the query, page after page (the map shows them all). */
export async function fetchAllInstitutions(query: InstitutionQuery = {}): Promise<Institution[]> {
  const all: Institution[] = []
  for (let page = 1; ; page++) {
    const result = await api.institutions({ ...query, page, pageSize })
    all.push(...result.items)
    if (result.items.length === 0 || all.length >= result.total) return all
  }
}
