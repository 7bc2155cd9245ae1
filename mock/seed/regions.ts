import type { Region, RegionLevel } from '../../types/region'
import data from './regions/quanzhou.json'

/** A row of regions/quanzhou.json: [code, name, parent code or null, level]. */
type RegionRow = [string, string, string | null, RegionLevel]

const LEVELS: readonly RegionLevel[] = ['city', 'county', 'township', 'village']

function isRow(row: unknown): row is RegionRow {
  return (
    Array.isArray(row) &&
    row.length === 4 &&
    typeof row[0] === 'string' &&
    typeof row[1] === 'string' &&
    (row[2] === null || typeof row[2] === 'string') &&
    LEVELS.includes(row[3] as RegionLevel)
  )
}

/** Code of the city (泉州市). */
export const CITY_CODE = '350500000000'

/**
 * The regions of 泉州市 (see regions/SOURCE.md): the city first, then the 13 service regions in
 * the order of SPEC §2, then townships and villages grouped under them in that order.
 */
export function loadRegions(): Region[] {
  // The JSON is typed loosely by the compiler (mixed arrays); check each row once here instead.
  const rows: RegionRow[] = (data.rows as unknown[]).map((row, i) => {
    if (!isRow(row)) throw new Error(`regions/quanzhou.json: bad row ${i}`)
    return row
  })
  const parents = new Set<string>()
  for (const [, , parent] of rows) if (parent) parents.add(parent)
  return rows.map(([code, name, parent, level]) => ({ code, name, level, parent, hasChildren: parents.has(code) }))
}
