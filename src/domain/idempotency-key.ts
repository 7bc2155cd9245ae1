/**
 * The shape of an `Idempotency-Key` (the key that makes a submission happen once). Pure and free
 * of Taro: the app checks a key kept in a draft with it and the mock backend refuses any other
 * key with it, so a key the app keeps is one the server accepts. A UUID fits.
 */

/** Characters a key may have: URL- and header-safe, no padding. */
export const IDEMPOTENCY_KEY_ALPHABET = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789_-'

/** Shortest and longest key. */
export const IDEMPOTENCY_KEY_LENGTH = { min: 8, max: 64 } as const

const KEY = new RegExp(`^[A-Za-z0-9_-]{${IDEMPOTENCY_KEY_LENGTH.min},${IDEMPOTENCY_KEY_LENGTH.max}}$`)

/** Whether `value` is a well-formed key: 8–64 of [A-Za-z0-9_-]. */
export function isIdempotencyKey(value: unknown): value is string {
  return typeof value === 'string' && KEY.test(value)
}

/** What the server says about a malformed key. */
export const INVALID_IDEMPOTENCY_KEY = `防重复标识（Idempotency-Key）格式不正确：须为 ${IDEMPOTENCY_KEY_LENGTH.min}–${IDEMPOTENCY_KEY_LENGTH.max} 位字母、数字、下划线或连字符`
