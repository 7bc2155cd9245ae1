import { startTransition, useCallback, useEffect, useRef, useState } from 'react'
import { toApiError } from '@/services/http'
import type { ApiError } from '@/services/api-error'

/** One page as the list needs it (the contract's `Page<T>` fits). */
export interface ListPage<T> {
  items: T[]
  total: number
}

export interface PagedListOptions<T> {
  /**
   * What the list is (words and filters, the person signed in …): a change starts over, and an
   * answer for a key already left is dropped. '' means there is nothing to load yet.
   */
  key: string
  /** Loads one page (from 1) of the list `key` names; the latest function given is used. */
  fetchPage: (page: number) => Promise<ListPage<T>>
  /** Identifies an item: rows shift between pages when the server's data changes meanwhile. */
  idOf: (item: T) => string
  /** At most this many items stay loaded (a page with too many nodes grows slow). */
  maxItems?: number
}

export interface PagedList<T> {
  items: T[]
  total: number
  /** Nothing for this key is on screen yet and the first page is on its way. */
  loading: boolean
  /** The first page failed (on screen alone when nothing was loaded, else beside the items). */
  error: ApiError | undefined
  /** A reload (pull-down, page show) is running over what is already shown. */
  refreshing: boolean
  /** The next page is loading. */
  loadingMore: boolean
  /** The next page failed; what was loaded stays on screen. */
  loadMoreError: ApiError | undefined
  /** More items exist and may be loaded here. */
  hasMore: boolean
  /** More items exist than this list will hold (`maxItems`). */
  capped: boolean
  /** Loads page 1 again, keeping what is shown until the answer arrives. */
  refresh: () => Promise<void>
  /** Loads the next page (scrolled to the bottom, or 加载更多). */
  loadMore: () => void
  /** Tries again whatever failed: the next page, or else the first one. */
  retry: () => void
}

interface Loaded<T> {
  key: string
  items: T[]
  total: number
  page: number
}

/**
 * A server list loaded page by page, for the search results and 我的办件 alike: the first page
 * when `key` changes, the next one on demand, duplicates dropped, and late answers ignored.
 */
export function usePagedList<T>({ key, fetchPage, idOf, maxItems }: PagedListOptions<T>): PagedList<T> {
  const [loaded, setLoaded] = useState<Loaded<T> | null>(null)
  // Kept with the key it belongs to, so a new list never flashes the previous one's error.
  const [failure, setFailure] = useState<{ key: string; error: ApiError }>()
  const [refreshing, setRefreshing] = useState(false)
  const [loadingMore, setLoadingMore] = useState(false)
  const [loadMoreError, setLoadMoreError] = useState<ApiError>()
  const keyRef = useRef(key)
  keyRef.current = key
  const fetchRef = useRef(fetchPage)
  fetchRef.current = fetchPage
  const idRef = useRef(idOf)
  idRef.current = idOf
  // Each first-page load gets a number; only the latest one may write (page show + pull-down race),
  // and a next page that arrives after a reload started belongs to a list no longer shown.
  const run = useRef(0)
  // Two taps (or a tap and the bottom event) before the next render must not fetch a page twice.
  const fetchingMore = useRef(false)

  const refresh = useCallback(async () => {
    const forKey = keyRef.current
    if (!forKey) return
    const id = ++run.current
    // Only bookkeeping to draw (the list shows its skeleton until the first page anyway): as a
    // transition it does not re-render the whole screen in one piece right after it mounts.
    startTransition(() => {
      setRefreshing(true)
      setFailure(undefined)
      setLoadMoreError(undefined)
    })
    try {
      const first = await fetchRef.current(1)
      if (id !== run.current) return
      // A page of results is drawn as a transition, which React renders in short slices: twenty
      // cards on a slow phone are no longer one long task (issue 16, TBT), and a tap meanwhile is
      // answered first. The list and the end of loading land in the same render.
      startTransition(() => {
        if (keyRef.current === forKey) setLoaded({ key: forKey, items: first.items, total: first.total, page: 1 })
        setRefreshing(false)
        setLoadingMore(false)
      })
    } catch (e) {
      if (id !== run.current) return
      if (keyRef.current === forKey) setFailure({ key: forKey, error: toApiError(e) })
      setRefreshing(false)
      setLoadingMore(false)
    }
  }, [])

  useEffect(() => {
    if (key) void refresh()
  }, [key, refresh])

  const current = loaded && loaded.key === key ? loaded : null
  const error = failure && failure.key === key ? failure.error : undefined
  const items = current?.items ?? []
  const total = current?.total ?? 0
  const moreExist = current !== null && items.length < total
  const capped = moreExist && maxItems !== undefined && items.length >= maxItems
  const hasMore = moreExist && !capped

  const loadMore = useCallback(() => {
    if (!current || !hasMore || loadingMore || refreshing || fetchingMore.current) return
    const forKey = current.key
    const id = run.current
    fetchingMore.current = true
    setLoadingMore(true)
    setLoadMoreError(undefined)
    fetchRef.current(current.page + 1)
      .then((next) => {
        fetchingMore.current = false
        // A reload that started meanwhile owns the list now.
        if (id !== run.current) return
        // Drawn as a transition, as the first page is.
        startTransition(() => {
          if (keyRef.current === forKey) {
            setLoaded((prev) => {
              if (!prev || prev.key !== forKey) return prev
              const seen = new Set(prev.items.map((item) => idRef.current(item)))
              const fresh = next.items.filter((item) => !seen.has(idRef.current(item)))
              return { key: forKey, items: [...prev.items, ...fresh], total: next.total, page: prev.page + 1 }
            })
          }
          setLoadingMore(false)
        })
      })
      .catch((e: unknown) => {
        fetchingMore.current = false
        if (id !== run.current) return
        if (keyRef.current === forKey) setLoadMoreError(toApiError(e))
        setLoadingMore(false)
      })
  }, [current, hasMore, loadingMore, refreshing])

  const retry = useCallback(() => {
    if (current && loadMoreError) loadMore()
    else void refresh()
  }, [current, loadMoreError, loadMore, refresh])

  return {
    items,
    total,
    loading: Boolean(key) && !current && !error,
    error,
    refreshing: refreshing && current !== null,
    loadingMore,
    loadMoreError,
    hasMore,
    capped,
    refresh,
    loadMore,
    retry,
  }
}
