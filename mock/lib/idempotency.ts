import { createHash } from 'node:crypto'
import type { Context } from 'hono'
import { INVALID_IDEMPOTENCY_KEY, isIdempotencyKey } from '@/domain/idempotency-key'
import { ApiError } from './errors'

export { INVALID_IDEMPOTENCY_KEY }

/** What the server says when a submission that must carry a key has none. */
export const MISSING_IDEMPOTENCY_KEY = '提交缺少防重复标识（Idempotency-Key），请返回重新提交'

/**
 * The request's `Idempotency-Key`, checked against the domain's shape (a malformed key is a 400).
 * `POST /applications` requires one (absent or blank is a 400 too); certificate requests, complaints
 * and assist requests take one optionally (the app always sends one), and then get null without it.
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

/** What a key reused with another body gets (409): the first submission with it may well have gone through. */
export const IDEMPOTENCY_KEY_REUSED = '这个防重复标识已用于内容不同的另一次提交，请刷新查看是否已提交成功，或返回重新填写'

/**
 * What a changed application sent again under a used key gets (409, with `caseNo` in the error body):
 * the first one already made that case, and the change was not applied.
 */
export function applicationAlreadySubmitted(caseNo: string): string {
  return `这份申请已经提交过（办件编号 ${caseNo}），如需修改请撤回后重新申报`
}

/** JSON with object keys sorted, so the same content always gives the same text. */
function canonical(value: unknown): string {
  if (Array.isArray(value)) return `[${value.map(canonical).join(',')}]`
  if (value !== null && typeof value === 'object') {
    const entries = Object.entries(value as Record<string, unknown>).filter(([, v]) => v !== undefined)
    entries.sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0))
    return `{${entries.map(([k, v]) => `${JSON.stringify(k)}:${canonical(v)}`).join(',')}}`
  }
  return JSON.stringify(value) ?? 'null'
}

/** Fingerprint of a submission's checked body, stored with the record its key created. */
export function requestHashOf(input: unknown): string {
  return createHash('sha256').update(canonical(input)).digest('hex')
}

/**
 * A create repeated with a key already used: the same body gets the record it created (the caller
 * answers 200 with it); another body is a 409. A record stored before fingerprints existed is
 * taken as the same request.
 */
export function assertSameRequest(stored: { readonly requestHash?: string | null }, requestHash: string): void {
  if (stored.requestHash && stored.requestHash !== requestHash) throw new ApiError('CONFLICT', IDEMPOTENCY_KEY_REUSED)
}
