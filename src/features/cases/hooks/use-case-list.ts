import { useCallback, useEffect, useRef, useState } from 'react'
import type { CaseStatus, CaseSummary } from '@contract/case'
import { listCases } from '@/services/api/cases'
import { toApiError } from '@/services/http'
import type { ApiError } from '@/services/api-error'

export const CASES_PAGE_SIZE = 10

export interface CaseList {
  items: CaseSummary[]
  total: number
  /** Nothing for this filter is on screen yet and the first page is on its way. */
  loading: boolean
  /** The first page failed and nothing for this filter is on screen. */
  error: ApiError | undefined
  /** A reload (pull-down, page show) is running over what is already shown. */
  refreshing: boolean
  loadingMore: boolean
  /** The next page failed; what was loaded stays on screen. */
  loadMoreError: ApiError | undefined
  hasMore: boolean
  /** Loads page 1 again, keeping what is shown until the answer arrives. */
  refresh: () => Promise<void>
  loadMore: () => void
}

interface Loaded {
  key: string
  items: CaseSummary[]
  total: number
  page: number
}

/**
 * The signed-in person's cases (`ownerId`; null when signed out), newest first, page by page. A
 * change of filter or of person starts over; an answer for a filter already left is dropped.
 */
export function useCaseList(statuses: readonly CaseStatus[], ownerId: string | null): CaseList {
  // Signing in as someone else is a different list, as much as another filter is.
  const key = ownerId ? `${ownerId}|${statuses.join(',')}` : ''
  const [loaded, setLoaded] = useState<Loaded | null>(null)
  const [failure, setFailure] = useState<{ key: string; error: ApiError }>()
  const [refreshing, setRefreshing] = useState(false)
  const [loadingMore, setLoadingMore] = useState(false)
  const [loadMoreError, setLoadMoreError] = useState<ApiError>()
  const keyRef = useRef(key)
  keyRef.current = key
  const statusesRef = useRef(statuses)
  statusesRef.current = statuses
  // Each first-page load gets a number; only the latest one may write (page show + pull-down race).
  const run = useRef(0)

  const refresh = useCallback(async () => {
    const forKey = keyRef.current
    if (!forKey) return
    const id = ++run.current
    setRefreshing(true)
    setFailure(undefined)
    setLoadMoreError(undefined)
    try {
      const page = await listCases({ statuses: statusesRef.current, page: 1, pageSize: CASES_PAGE_SIZE })
      if (id === run.current && keyRef.current === forKey) setLoaded({ key: forKey, items: page.items, total: page.total, page: 1 })
    } catch (e) {
      if (id === run.current && keyRef.current === forKey) setFailure({ key: forKey, error: toApiError(e) })
    } finally {
      if (id === run.current) {
        setRefreshing(false)
        setLoadingMore(false)
      }
    }
  }, [])

  useEffect(() => {
    if (key) void refresh()
  }, [key, refresh])

  const current = loaded && loaded.key === key ? loaded : null
  const error = failure && failure.key === key ? failure.error : undefined
  const items = current?.items ?? []
  const hasMore = current !== null && items.length < current.total

  const loadMore = useCallback(() => {
    if (!current || !hasMore || loadingMore || refreshing) return
    const forKey = current.key
    const id = run.current
    setLoadingMore(true)
    setLoadMoreError(undefined)
    listCases({ statuses: statusesRef.current, page: current.page + 1, pageSize: CASES_PAGE_SIZE })
      .then((next) => {
        // A refresh that started meanwhile owns the list now.
        if (id !== run.current || keyRef.current !== forKey) return
        setLoaded((prev) => {
          if (!prev || prev.key !== forKey) return prev
          // A case submitted meanwhile shifts the pages by one; never show a case twice.
          const seen = new Set(prev.items.map((c) => c.caseNo))
          return { key: forKey, items: [...prev.items, ...next.items.filter((c) => !seen.has(c.caseNo))], total: next.total, page: next.page }
        })
      })
      .catch((e: unknown) => {
        if (id === run.current && keyRef.current === forKey) setLoadMoreError(toApiError(e))
      })
      .finally(() => {
        if (id === run.current) setLoadingMore(false)
      })
  }, [current, hasMore, loadingMore, refreshing])

  return {
    items,
    total: current?.total ?? 0,
    loading: Boolean(key) && !current && !error,
    error,
    refreshing: refreshing && current !== null,
    loadingMore,
    loadMoreError,
    hasMore,
    refresh,
    loadMore,
  }
}
