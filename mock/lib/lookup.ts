import type { Department } from '@contract/department'
import type { Region } from '@contract/region'
import type { Theme } from '@contract/service-item'
import type { CatalogueItem, Seed } from '../seed/types'

/** Indexes over the seed's regions, departments and themes, built once per app. */
export interface SeedLookup {
  city: Region
  region(code: string): Region | undefined
  /** Children in seed order (the 13 service regions come in SPEC §2's order). */
  children(code: string): Region[]
  /** From the city down to the parent of `code`. */
  ancestors(code: string): Region[]
  department(id: string): Department | undefined
  departmentsOf(regionCode: string): Department[]
  theme(id: string): Theme | undefined
  /** A catalogue item by id, without building the search index. */
  item(id: string): CatalogueItem | undefined
}

export function createSeedLookup(seed: Seed): SeedLookup {
  const byCode = new Map<string, Region>()
  const children = new Map<string, Region[]>()
  for (const region of seed.regions) {
    byCode.set(region.code, region)
    if (region.parent !== null) {
      const list = children.get(region.parent) ?? []
      list.push(region)
      children.set(region.parent, list)
    }
  }
  const city = seed.regions.find((r) => r.level === 'city')
  if (!city) throw new Error('seed has no city-level region')

  const departments = new Map(seed.departments.map((d) => [d.id, d]))
  const departmentsByRegion = new Map<string, Department[]>()
  for (const d of seed.departments) {
    const list = departmentsByRegion.get(d.region) ?? []
    list.push(d)
    departmentsByRegion.set(d.region, list)
  }
  const themes = new Map(seed.themes.map((t) => [t.id, t]))
  let items: Map<string, CatalogueItem> | null = null

  return {
    city,
    region: (code) => byCode.get(code),
    children: (code) => children.get(code) ?? [],
    ancestors(code) {
      const chain: Region[] = []
      let parent = byCode.get(code)?.parent ?? null
      while (parent !== null) {
        const region = byCode.get(parent)
        if (!region) break
        chain.unshift(region)
        parent = region.parent
      }
      return chain
    },
    department: (id) => departments.get(id),
    departmentsOf: (regionCode) => departmentsByRegion.get(regionCode) ?? [],
    theme: (id) => themes.get(id),
    item(id) {
      items ??= new Map(seed.items.map((i) => [i.id, i]))
      return items.get(id)
    },
  }
}

/** The 12-digit 统计用区划代码 every region code of the contract uses. */
export const REGION_CODE = /^\d{12}$/

/** Item ids are opaque but short and URL-safe; anything else cannot name an item. */
export const ITEM_ID = /^[A-Za-z0-9_-]{1,64}$/
