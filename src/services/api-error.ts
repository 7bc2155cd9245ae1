/**
 * The one error type the app sees. Only services/http.ts knows the wire error body; pages switch on
 * `kind` and show `message`, which is always Chinese and fit to show a person.
 */
export type ApiErrorKind =
  | 'network'
  | 'timeout'
  | 'unauthorized'
  | 'forbidden'
  | 'not-found'
  | 'validation'
  | 'conflict'
  | 'rate-limited'
  | 'bad-request'
  | 'server'

export class ApiError extends Error {
  readonly kind: ApiErrorKind
  /** HTTP status, 0 when no response arrived. */
  readonly status: number
  /** The contract's machine code (e.g. VALIDATION_FAILED), or a local one for network failures. */
  readonly code: string
  /** Per-field Chinese messages of a 422, keyed like the request body. */
  readonly fields: Record<string, string>
  /** A 409 on a repeated submission: the case the first one made (to offer opening it), else null. */
  readonly caseNo: string | null

  constructor(init: { kind: ApiErrorKind; status: number; code: string; message: string; fields?: Record<string, string>; caseNo?: string | null }) {
    super(init.message)
    this.name = 'ApiError'
    this.kind = init.kind
    this.status = init.status
    this.code = init.code
    this.fields = init.fields ?? {}
    this.caseNo = init.caseNo ?? null
  }

  /** Whether trying again later may help (the person sees 重试). */
  get retryable(): boolean {
    return this.kind === 'network' || this.kind === 'timeout' || this.kind === 'server' || this.kind === 'rate-limited'
  }
}

export function isApiError(e: unknown): e is ApiError {
  return e instanceof ApiError
}
