import { useCallback, useEffect, useRef, useState } from 'react'
import type { ItemSummary } from '@contract/service-item'
import { listItems } from '@/services/api/items'
import { toApiError } from '@/services/http'
import type { ApiError } from '@/services/api-error'
import { toItemQuery, type SearchFilters } from '../search-params'

export const SEARCH_PAGE_SIZE = 20

/**
 * At most this many results stay on screen. WeChat slows down past ~1,000 nodes a page and a card
 * is ~12 nodes; nobody reads 80 results on a phone — past that, narrowing the search helps more.
 */
export const MAX_LOADED_RESULTS = 80

export interface ItemSearch {
  items: ItemSummary[]
  total: number
  /** The first page is loading (nothing to show for this search yet). */
  loading: boolean
  /** The first page failed; `items` is empty for this search. */
  error: ApiError | undefined
  /** The next page is loading. */
  loadingMore: boolean
  /** The next page failed; the results so far stay on screen. */
  loadMoreError: ApiError | undefined
  /** More results exist and may be loaded here. */
  hasMore: boolean
  /** More results exist than this page will show (MAX_LOADED_RESULTS). */
  capped: boolean
  /** Loads the next page (scrolled to the bottom, or 加载更多). */
  loadMore: () => void
  /** Tries again whatever failed: the first page or the next one. */
  retry: () => void
}

interface Loaded {
  key: string
  items: ItemSummary[]
  total: number
  page: number
}

/**
 * Runs a search and pages through its results. `enabled` false means "nothing to search yet".
 * An answer for words or filters the person has already changed is dropped.
 */
export function useItemSearch(q: string, filters: SearchFilters, enabled: boolean): ItemSearch {
  const key = enabled ? JSON.stringify([q.trim(), filters]) : ''
  const [loaded, setLoaded] = useState<Loaded | null>(null)
  const [loading, setLoading] = useState(false)
  // Kept with the search it belongs to, so a new search never flashes the previous one's error.
  const [failure, setFailure] = useState<{ key: string; error: ApiError }>()
  const [loadingMore, setLoadingMore] = useState(false)
  const [loadMoreError, setLoadMoreError] = useState<ApiError>()
  const keyRef = useRef(key)
  keyRef.current = key
  const argsRef = useRef({ q, filters })
  argsRef.current = { q, filters }
  const busyRef = useRef(false)

  const fetchPage = useCallback(async (forKey: string, page: number): Promise<Loaded | null> => {
    const { q: words, filters: current } = argsRef.current
    const result = await listItems(toItemQuery(words, current, page, SEARCH_PAGE_SIZE))
    if (keyRef.current !== forKey) return null
    return { key: forKey, items: result.items, total: result.total, page }
  }, [])

  const loadFirst = useCallback(async (forKey: string) => {
    busyRef.current = true
    setLoading(true)
    setFailure(undefined)
    setLoadMoreError(undefined)
    setLoadingMore(false)
    try {
      const first = await fetchPage(forKey, 1)
      if (first) setLoaded(first)
    } catch (e) {
      if (keyRef.current === forKey) setFailure({ key: forKey, error: toApiError(e) })
    } finally {
      if (keyRef.current === forKey) {
        setLoading(false)
        busyRef.current = false
      }
    }
  }, [fetchPage])

  useEffect(() => {
    if (!key) {
      busyRef.current = false
      setLoading(false)
      setFailure(undefined)
      return
    }
    void loadFirst(key)
  }, [key, loadFirst])

  const current = loaded && loaded.key === key ? loaded : null
  const error = failure && failure.key === key ? failure.error : undefined
  const items = current?.items ?? []
  const total = current?.total ?? 0
  const moreExist = current !== null && items.length < total
  const capped = moreExist && items.length >= MAX_LOADED_RESULTS
  const hasMore = moreExist && !capped

  const loadMore = useCallback(() => {
    if (!current || busyRef.current || !hasMore) return
    const forKey = current.key
    busyRef.current = true
    setLoadingMore(true)
    setLoadMoreError(undefined)
    fetchPage(forKey, current.page + 1)
      .then((next) => {
        if (!next) return
        setLoaded((prev) => {
          if (!prev || prev.key !== forKey) return prev
          // Items can shift between pages if the catalogue changed meanwhile; never show one twice.
          const seen = new Set(prev.items.map((item) => item.id))
          return { ...next, items: [...prev.items, ...next.items.filter((item) => !seen.has(item.id))] }
        })
      })
      .catch((e: unknown) => {
        if (keyRef.current === forKey) setLoadMoreError(toApiError(e))
      })
      .finally(() => {
        if (keyRef.current === forKey) {
          setLoadingMore(false)
          busyRef.current = false
        }
      })
  }, [current, hasMore, fetchPage])

  const retry = useCallback(() => {
    if (!key) return
    if (current && loadMoreError) loadMore()
    else void loadFirst(key)
  }, [key, current, loadMoreError, loadMore, loadFirst])

  return {
    items,
    total,
    loading: Boolean(key) && (loading || (!current && !error)),
    error,
    loadingMore,
    loadMoreError,
    hasMore,
    capped,
    loadMore,
    retry,
  }
}
