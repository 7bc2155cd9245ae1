/** Error body of every failed response (SPEC §5). `message` is Chinese and shown to the user as is. */
export interface ApiErrorBody {
  error: {
    code: string
    message: string
    fields?: Record<string, string>
    /** A 409 on a reused Idempotency-Key of `POST /applications`: the case the first submission made. */
    caseNo?: string
  }
}

/** One page of a list (SPEC §5). */
export interface Page<T> {
  items: T[]
  total: number
  page: number
  pageSize: number
}
