import type { Context } from 'hono'
import { INVALID_IDEMPOTENCY_KEY, isIdempotencyKey } from '@/domain/idempotency-key'
import { ApiError } from './errors'

export { INVALID_IDEMPOTENCY_KEY }

/** What the server says when a submission that must carry a key has none. */
export const MISSING_IDEMPOTENCY_KEY = '提交缺少防重复标识（Idempotency-Key），请返回重新提交'

/**
 * The request's `Idempotency-Key`, checked against the domain's shape (a malformed key is a 400).
 * `POST /applications` requires one (absent or blank is a 400 too); `POST /certificate-requests`
 * takes one optionally, and then gets null without it.
 */
export function readIdempotencyKey(c: Context, options: { required: true }): string
export function readIdempotencyKey(c: Context, options: { required: false }): string | null
export function readIdempotencyKey(c: Context, { required }: { required: boolean }): string | null {
  const key = c.req.header('idempotency-key')
  if (key === undefined || (required && key.trim() === '')) {
    if (required) throw new ApiError('BAD_REQUEST', MISSING_IDEMPOTENCY_KEY)
    return null
  }
  if (!isIdempotencyKey(key)) throw new ApiError('BAD_REQUEST', INVALID_IDEMPOTENCY_KEY)
  return key
}
