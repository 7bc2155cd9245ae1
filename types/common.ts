/** Error body of every failed response (SPEC §5). `message` is Chinese and shown to the user as is. */
export interface ApiErrorBody {
  error: {
    code: string
    message: string
    fields?: Record<string, string>
  }
}

/** One page of a list (SPEC §5). */
export interface Page<T> {
  items: T[]
  total: number
  page: number
  pageSize: number
}
