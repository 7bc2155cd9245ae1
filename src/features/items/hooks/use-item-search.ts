import type { ItemSummary } from '@contract/service-item'
import { usePagedList, type PagedList } from '@/hooks/use-paged-list'
import { listItems } from '@/services/api/items'
import { useResidenceStore } from '@/stores/residence-store'
import { toItemQuery, type SearchFilters } from '../search-params'

export const SEARCH_PAGE_SIZE = 20

/**
 * At most this many results stay on screen. WeChat slows down past ~1,000 nodes a page and a card
 * is ~12 nodes; nobody reads 80 results on a phone — past that, narrowing the search helps more.
 */
export const MAX_LOADED_RESULTS = 80

/** The results of one search, page by page (see usePagedList). */
export type ItemSearch = PagedList<ItemSummary>

/**
 * Runs a search and pages through its results. `enabled` false means "nothing to search yet".
 * An answer for words or filters the person has already changed is dropped.
 */
export function useItemSearch(q: string, filters: SearchFilters, enabled: boolean): ItemSearch {
  // 所在地 answers each service with that region's implementation (not a filter: nothing is hidden).
  const home = useResidenceStore((s) => s.region?.code)
  return usePagedList({
    key: enabled ? JSON.stringify([q.trim(), filters, home ?? null]) : '',
    fetchPage: (page) => listItems({ ...toItemQuery(q, filters, page, SEARCH_PAGE_SIZE), home }),
    idOf: (item) => item.id,
    maxItems: MAX_LOADED_RESULTS,
  })
}
