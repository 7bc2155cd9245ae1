/**
 * The key that makes a submission happen once (`Idempotency-Key`): created at the first submit
 * attempt, kept in the form's state or draft, and sent again by every retry until one succeeds. Its
 * shape is the domain's (src/domain/idempotency-key.ts), which the server checks too. Shared by every
 * form that creates something a double tap or a retry could repeat (applications, certificate
 * requests, complaints, assist requests).
 */
import { IDEMPOTENCY_KEY_ALPHABET, isIdempotencyKey } from '@/domain/idempotency-key'

export { isIdempotencyKey }

/** 32 characters of a 64-symbol alphabet: 192 bits, well inside the domain's 8–64. */
const LENGTH = 32

type RandomSource = (bytes: Uint8Array) => void

/** The platform's CSPRNG where there is one (H5; newer WeChat base libraries), else null. */
function cryptoSource(): RandomSource | null {
  const c = (globalThis as { crypto?: { getRandomValues?: (a: Uint8Array) => Uint8Array } }).crypto
  if (c && typeof c.getRandomValues === 'function') return (bytes) => void c.getRandomValues!(bytes)
  return null
}

/**
 * Older WeChat base libraries have no `crypto`. The key only has to be unique per submission (it
 * is not a secret: the server binds it to the signed-in person), so time + a counter + Math.random
 * is enough to keep two attempts on two phones from ever colliding.
 */
let counter = 0
function fallbackSource(): RandomSource {
  return (bytes) => {
    counter = (counter + 1) % 0x10000
    const seed = Date.now() ^ (counter << 16)
    for (let i = 0; i < bytes.length; i += 1) bytes[i] = (Math.floor(Math.random() * 256) ^ (seed >>> ((i % 4) * 8))) & 0xff
  }
}

/** A fresh random key: 32 characters of [A-Za-z0-9_-] (192 bits from a CSPRNG when available). */
export function createIdempotencyKey(random: RandomSource | null = cryptoSource()): string {
  const bytes = new Uint8Array(LENGTH)
  ;(random ?? fallbackSource())(bytes)
  let key = ''
  // 64 symbols: each byte's low six bits pick one, so every symbol is equally likely.
  for (const byte of bytes) key += IDEMPOTENCY_KEY_ALPHABET[byte & 63]
  return key
}
