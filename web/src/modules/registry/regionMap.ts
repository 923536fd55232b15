import { onMounted, ref } from 'vue'
import { registerMap } from 'echarts/core'
import { api } from '@/api/client'
import { countyMap, regionMapName, type MapCounty } from './charts'

let loaded: Promise<MapCounty[]> | null = null

/** Fetches the map pack once per page load and registers its counties with ECharts. */
function loadRegionMap(): Promise<MapCounty[]> {
  loaded ??= api.regionMap().then((geo) => {
    const counties = countyMap(geo)
    registerMap(regionMapName, counties as unknown as Parameters<typeof registerMap>[1])
    return counties.features.map((f) => ({ code: f.properties.code, name: f.properties.name }))
  })
  loaded.catch(() => (loaded = null))
  return loaded
}

/** The counties of the registered map, or `failed` when the map pack could not be loaded. */
export function useRegionMap() {
  const counties = ref<MapCounty[] | null>(null)
  const failed = ref(false)
  onMounted(async () => {
    try {
      counties.value = await loadRegionMap()
    } catch {
      failed.value = true
    }
  })
  return { counties, failed }
}
