import { buildCatalogue } from './catalogue/generate'
import { buildDepartments } from './departments'
import { loadRegions } from './regions'
import { themes } from './themes'
import type { Seed } from './types'

export type { CatalogueItem, Seed } from './types'
export { COMMON_ITEM_NAMES } from './catalogue/common'

let cached: Seed | null = null

/**
 * Everything the mock backend starts from: regions, departments, themes and the ~22k-item
 * catalogue. Built on first call (well under a second) and memoized; the same on every run.
 * Callers must not mutate what they get.
 */
export function loadSeed(): Seed {
  if (cached) return cached
  const regions = loadRegions()
  const departments = buildDepartments(regions)
  const items = buildCatalogue(regions, departments, themes)
  cached = { regions, departments, themes, items }
  return cached
}
