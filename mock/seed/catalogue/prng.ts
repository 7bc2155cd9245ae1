// Deterministic randomness for the seed: the same input strings give the same catalogue on every
// run and machine (no Math.random, no clock).

/** 32-bit FNV-1a hash of a string. */
export function hash32(text: string): number {
  let h = 0x811c9dc5
  for (let i = 0; i < text.length; i++) {
    h ^= text.charCodeAt(i)
    h = Math.imul(h, 0x01000193)
  }
  return h >>> 0
}

/** A short, URL-safe, stable token derived from a string (base36 of two independent hashes). */
export function token(text: string, length = 8): string {
  const a = hash32(text).toString(36)
  const b = hash32(`${text}\u0001`).toString(36)
  return (a + b).padStart(length, '0').slice(0, length)
}

/** mulberry32: small, fast, good enough for picking realistic attributes. */
export function prng(seed: string): () => number {
  let s = hash32(seed)
  return () => {
    s = (s + 0x6d2b79f5) | 0
    let t = Math.imul(s ^ (s >>> 15), 1 | s)
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296
  }
}

/** A random number in [0, 1) that depends only on the given string (one mulberry32 step). */
export function unit(seed: string): number {
  const s = (hash32(seed) + 0x6d2b79f5) | 0
  let t = Math.imul(s ^ (s >>> 15), 1 | s)
  t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t
  return ((t ^ (t >>> 14)) >>> 0) / 4294967296
}

export function pick<T>(rand: () => number, items: readonly T[]): T {
  return items[Math.floor(rand() * items.length)]
}

/** murmur3's 32-bit finalizer: a cheap, well-mixed integer hash. */
function fmix(h: number): number {
  h ^= h >>> 16
  h = Math.imul(h, 0x85ebca6b)
  h ^= h >>> 13
  h = Math.imul(h, 0xc2b2ae35)
  h ^= h >>> 16
  return h >>> 0
}

/** A number in [0, 1) from three integers (e.g. item, region and purpose hashes), without strings. */
export function mix(a: number, b: number, c: number): number {
  return fmix(fmix(a ^ Math.imul(b, 0x9e3779b1)) ^ Math.imul(c, 0x85ebca6b)) / 4294967296
}

/** An unsigned 32-bit integer from three integers. */
export function mixInt(a: number, b: number, c: number): number {
  return fmix(fmix(a ^ Math.imul(b, 0x9e3779b1)) ^ Math.imul(c, 0x85ebca6b))
}
