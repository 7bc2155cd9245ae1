import type { ItemQuery, ItemTag } from '@contract/service-item'
import { isItemTag } from './item-tags'

export type AudienceFilter = 'personal' | 'legal'

/** What narrows a search besides the words typed; every field travels in the search page's URL. */
export interface SearchFilters {
  region?: string
  department?: string
  audience?: AudienceFilter
  theme?: string
  tags: ItemTag[]
}

export const NO_FILTERS: SearchFilters = { tags: [] }

/** The search page's URL parameters, read into typed values. */
export interface SearchPageParams {
  q: string
  filters: SearchFilters
  /** What the page was opened for (a theme or department name), shown as its title. */
  title?: string
}

/** The parameters another page passes to open the search page. */
export interface SearchLink extends Partial<Omit<SearchFilters, 'tags'>> {
  q?: string
  tags?: ItemTag[]
  title?: string
}

// Taro hands over query values still percent-encoded on some platforms and decoded on others;
// decoding twice must not throw on a literal "%" nor mangle an already-decoded value.
export function safeDecode(value: string | undefined): string {
  if (!value) return ''
  try {
    return decodeURIComponent(value)
  } catch {
    return value
  }
}

/** Reads the search page's URL parameters; unknown or malformed values are ignored, never fatal. */
export function parseSearchParams(params: Readonly<Record<string, string | undefined>> | undefined): SearchPageParams {
  const read = (key: string): string => safeDecode(params?.[key]).trim()
  const audience = read('audience')
  const tags = read('tags')
    .split(',')
    .map((tag) => tag.trim())
    .filter(isItemTag)
  const filters: SearchFilters = {
    region: read('region') || undefined,
    department: read('department') || undefined,
    audience: audience === 'personal' || audience === 'legal' ? audience : undefined,
    theme: read('theme') || undefined,
    tags: Array.from(new Set(tags)),
  }
  return { q: read('q'), filters, title: read('title') || undefined }
}

/** The query string (without "?") for a search link; empty values are left out. */
export function searchQueryString(link: SearchLink): string {
  const pairs: [string, string | undefined][] = [
    ['q', link.q?.trim()],
    ['region', link.region],
    ['department', link.department],
    ['audience', link.audience],
    ['theme', link.theme],
    ['tags', link.tags?.length ? link.tags.join(',') : undefined],
    ['title', link.title],
  ]
  return pairs
    .filter((pair): pair is [string, string] => typeof pair[1] === 'string' && pair[1] !== '')
    .map(([key, value]) => `${key}=${encodeURIComponent(value)}`)
    .join('&')
}

/** How many filters are on (a theme counts: it narrows the list too). */
export function activeFilterCount(filters: SearchFilters): number {
  return (filters.region ? 1 : 0) + (filters.department ? 1 : 0) + (filters.audience ? 1 : 0) + (filters.theme ? 1 : 0) + filters.tags.length
}

export function hasActiveFilters(filters: SearchFilters): boolean {
  return activeFilterCount(filters) > 0
}

/** The `GET /items` query for one page of a search. */
export function toItemQuery(q: string, filters: SearchFilters, page: number, pageSize: number): ItemQuery {
  return {
    q: q.trim() || undefined,
    region: filters.region,
    department: filters.department,
    audience: filters.audience,
    theme: filters.theme,
    tags: filters.tags.length ? filters.tags : undefined,
    page,
    pageSize,
  }
}
