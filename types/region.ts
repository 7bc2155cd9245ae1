/**
 * Administrative regions: 泉州市 → 13 service regions (county level) → townships/streets → villages/communities.
 * Codes are the 12-digit 统计用区划代码 (the city and county levels also match GB/T 2260 where one exists).
 */
export type RegionLevel = 'city' | 'county' | 'township' | 'village'

export interface Region {
  code: string
  name: string
  level: RegionLevel
  /** Code of the parent region, null for the city. */
  parent: string | null
  /** Whether `GET /regions?parent=<code>` returns anything. */
  hasChildren: boolean
}

/** `GET /regions/{code}`: the region with its ancestors, city first (for breadcrumbs and cascaders). */
export interface RegionDetail extends Region {
  ancestors: Region[]
}
