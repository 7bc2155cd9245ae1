import type { Department } from '@contract/department'
import type { Theme } from '@contract/service-item'
import { listThemes } from '@/services/api/items'
import { clearRegionCache, listDepartments } from '@/services/api/regions'

/**
 * Departments and themes change a few times a year; asking again every time a filter panel or a
 * tab opens would cost a weak connection for nothing. Kept for the app's lifetime, forgotten on
 * failure so the next try asks again. Regions have their one cache in services/api/regions.ts,
 * shared with the form's region cascader.
 */
const cache = new Map<string, Promise<unknown>>()

function remember<T>(key: string, load: () => Promise<T>): Promise<T> {
  const hit = cache.get(key) as Promise<T> | undefined
  if (hit) return hit
  const pending = load()
  cache.set(key, pending)
  pending.catch(() => cache.delete(key))
  return pending
}

/** Departments of a region (city level when omitted). */
export function loadDepartments(region?: string): Promise<Department[]> {
  return remember(`departments:${region ?? ''}`, () => listDepartments(region))
}

/** The themes to browse by. */
export function loadThemes(): Promise<Theme[]> {
  return remember('themes', () => listThemes())
}

/** Forgets everything (tests start from an empty cache). */
export function clearCatalogueCache(): void {
  cache.clear()
  clearRegionCache()
}
