import { startTransition, useCallback, useEffect, useRef, useState } from 'react'
import { toApiError } from '@/services/http'
import type { ApiError } from '@/services/api-error'

export interface RequestState<T> {
  data: T | undefined
  error: ApiError | undefined
  loading: boolean
  /** Loads again (重试, pull-down, page show); keeps the old data on screen meanwhile. */
  reload: () => Promise<void>
}

/**
 * Loads server data for a page. `deps` re-run it; a late answer to an older run is dropped so a
 * fast typist never sees results of what they typed before.
 */
export function useRequest<T>(load: () => Promise<T>, deps: readonly unknown[], options: { enabled?: boolean } = {}): RequestState<T> {
  const enabled = options.enabled ?? true
  const [data, setData] = useState<T>()
  const [error, setError] = useState<ApiError>()
  const [loading, setLoading] = useState(enabled)
  const runId = useRef(0)
  const loadRef = useRef(load)
  loadRef.current = load

  const run = useCallback(async () => {
    const id = ++runId.current
    setLoading(true)
    setError(undefined)
    try {
      const result = await loadRef.current()
      if (id !== runId.current) return
      // What arrived is drawn in a transition, which React renders in short slices: a long list on a
      // slow phone no longer holds the main thread for one long task (Lighthouse TBT, issue 16), and a
      // tap meanwhile is answered first. The data and the end of loading land in the same render.
      startTransition(() => {
        setData(result)
        setLoading(false)
      })
    } catch (e) {
      if (id !== runId.current) return
      setError(toApiError(e))
      setLoading(false)
    }
  }, [])

  useEffect(() => {
    if (enabled) void run()
    else setLoading(false)
    // eslint-disable-next-line react-hooks/exhaustive-deps -- the caller's `deps` decide when to load again (a spread the rule cannot check); `run` never changes
  }, [enabled, ...deps])

  return { data, error, loading, reload: run }
}
