import { createIdempotencyKey, isIdempotencyKey } from './idempotency-key'

describe('the submission key (Idempotency-Key)', () => {
  it('is 32 characters the server accepts, different every time', () => {
    const keys = new Set(Array.from({ length: 500 }, () => createIdempotencyKey()))
    expect(keys.size).toBe(500)
    for (const key of keys) {
      expect(key).toMatch(/^[A-Za-z0-9_-]{32}$/)
      expect(isIdempotencyKey(key)).toBe(true)
    }
  })

  it('still comes out unique and well-formed on a WeChat base library without crypto', () => {
    const keys = new Set(Array.from({ length: 500 }, () => createIdempotencyKey(null)))
    expect(keys.size).toBe(500)
    for (const key of keys) expect(key).toMatch(/^[A-Za-z0-9_-]{32}$/)
  })

  it('uses every symbol of its alphabet with a real random source', () => {
    const seen = new Set(Array.from({ length: 200 }, () => createIdempotencyKey()).join(''))
    expect(seen.size).toBe(64)
  })

  it('refuses a stored value that is not a key', () => {
    expect(isIdempotencyKey(null)).toBe(false)
    expect(isIdempotencyKey('short')).toBe(false)
    expect(isIdempotencyKey('has spaces in it, not allowed')).toBe(false)
  })
})
