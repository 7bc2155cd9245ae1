import { isIP } from 'node:net'
import type { Context, MiddlewareHandler } from 'hono'
import type { AppEnv } from './env'
import { ApiError } from './errors'

export interface RateLimitOptions {
  /** Requests allowed per window. */
  max: number
  windowMs: number
}

/** Keys kept before expired windows are swept, so a flood of made-up keys cannot grow memory for ever. */
const PRUNE_AT = 10_000

/**
 * A sliding window per key (a client, a user, a client and a number). Wall time, not the settable
 * Clock, on purpose: moving the demo clock should not open or close a window.
 */
export function createUserRateLimit({ max, windowMs }: RateLimitOptions, now: () => number = Date.now) {
  const hits = new Map<string, number[]>()
  const recent = (key: string, t: number): number[] => {
    const list = (hits.get(key) ?? []).filter((at) => t - at < windowMs)
    if (list.length > 0) hits.set(key, list)
    else hits.delete(key)
    return list
  }
  const prune = (t: number) => {
    if (hits.size < PRUNE_AT) return
    for (const key of [...hits.keys()]) recent(key, t)
  }
  /** Seconds until the key has room again; 0 when it has room now. */
  const waitFor = (key: string, t: number): number => {
    const list = recent(key, t)
    return list.length < max ? 0 : Math.max(1, Math.ceil((list[0] + windowMs - t) / 1000))
  }
  const refuse = (seconds: number, message: (retryAfterSeconds: number) => string): never => {
    throw new ApiError('TOO_MANY_REQUESTS', message(seconds), { headers: { 'Retry-After': String(seconds) } })
  }
  return {
    /** Throws a 429 with Retry-After when the key has used up the window. */
    check(key: string, message: (retryAfterSeconds: number) => string): void {
      const seconds = waitFor(key, now())
      if (seconds > 0) refuse(seconds, message)
    },
    /** Seconds until the key has room again (0: it has room now). */
    waitFor: (key: string): number => waitFor(key, now()),
    hit(key: string): void {
      const t = now()
      prune(t)
      hits.set(key, [...recent(key, t), t])
    },
    /**
     * Checks and counts in one synchronous step, before any await, so parallel requests cannot all
     * pass the check before any of them is counted. The returned function gives the place back (for
     * an attempt that turned out not to count, e.g. a refused upload).
     */
    reserve(key: string, message: (retryAfterSeconds: number) => string): () => void {
      const t = now()
      const seconds = waitFor(key, t)
      if (seconds > 0) refuse(seconds, message)
      prune(t)
      hits.set(key, [...recent(key, t), t])
      let released = false
      return () => {
        if (released) return
        released = true
        const list = hits.get(key)
        const at = list?.lastIndexOf(t) ?? -1
        if (list && at >= 0) list.splice(at, 1)
      }
    },
  }
}

/**
 * A sliding window per client for one group of routes (sign-in): one client using up its
 * allowance never blocks another. The client is its connection address (see clientAddress).
 */
export function rateLimit(options: RateLimitOptions, now: () => number = Date.now): MiddlewareHandler {
  const perClient = createUserRateLimit(options, now)
  return async (c, next) => {
    perClient.reserve(clientOf(c), (seconds) => `操作太频繁，请 ${seconds} 秒后再试`)
    await next()
  }
}

export interface GuessLimits {
  /** Wrong guesses allowed per guesser and target (a case number, a certificate number). */
  perTarget: RateLimitOptions
  /** Wrong guesses allowed per guesser across all targets. */
  perGuesser: RateLimitOptions
}

/**
 * Limits on guessing a code (case lookup, certificate verification) that slow the guesser and
 * never the owner: every count is per guesser — the client, and the account when signed in — so
 * wrong codes from one client never block the right code from another.
 */
export function createGuessLimit({ perTarget, perGuesser }: GuessLimits, now: () => number = Date.now) {
  const byTarget = createUserRateLimit(perTarget, now)
  const byGuesser = createUserRateLimit(perGuesser, now)
  return {
    /** A 429 (the same whether the target exists or not) when any of the guesser's windows is used up. */
    check(guessers: readonly string[], target: string, message: (retryAfterSeconds: number) => string): void {
      let seconds = 0
      for (const g of guessers) seconds = Math.max(seconds, byTarget.waitFor(`${g} ${target}`), byGuesser.waitFor(g))
      if (seconds > 0) throw new ApiError('TOO_MANY_REQUESTS', message(seconds), { headers: { 'Retry-After': String(seconds) } })
    },
    /** Counts one wrong guess. */
    miss(guessers: readonly string[], target: string): void {
      for (const g of guessers) {
        byTarget.hit(`${g} ${target}`)
        byGuesser.hit(g)
      }
    },
  }
}

/** Where a request comes from when there is no socket (in-process requests: tests, the demo builder). */
export const IN_PROCESS_CLIENT = 'in-process'

/** One spelling per address: IPv4-mapped IPv6 (::ffff:127.0.0.1) is the IPv4 address. */
export function normalizeAddress(address: string): string {
  const a = address.trim().toLowerCase()
  const mapped = /^::ffff:(\d{1,3}(?:\.\d{1,3}){3})$/.exec(a)
  return mapped ? mapped[1] : a
}

/** `MOCK_TRUSTED_PROXIES`: comma-separated addresses whose X-Forwarded-For is believed (default none). */
export function parseAddressList(text: string | undefined): string[] {
  return (text ?? '')
    .split(',')
    .map((s) => s.trim())
    .filter((s) => s !== '')
    .map(normalizeAddress)
}

function socketAddress(c: Context): string | null {
  const env = c.env as { incoming?: { socket?: { remoteAddress?: string } } } | undefined
  const address = env?.incoming?.socket?.remoteAddress
  return address ? normalizeAddress(address) : null
}

/**
 * The client of a request: its connection address. `X-Forwarded-For` counts only when the
 * connection comes from a trusted proxy; then the nearest address in it that is not itself a
 * trusted proxy is the client. Anyone else's header is ignored, so rotating it changes nothing.
 */
export function addressOf(c: Context, trusted: ReadonlySet<string>): string {
  const remote = socketAddress(c)
  if (remote === null) return IN_PROCESS_CLIENT
  let client = remote
  if (!trusted.has(remote)) return client
  const hops = (c.req.header('x-forwarded-for') ?? '').split(',').map(normalizeAddress).reverse()
  for (const hop of hops) {
    if (isIP(hop) === 0) break
    client = hop
    if (!trusted.has(hop)) break
  }
  return client
}

/** Middleware: works out the client once per request (`c.get('client')`). */
export function clientAddress(trustedProxies: readonly string[]): MiddlewareHandler<AppEnv> {
  const trusted = new Set(trustedProxies.map(normalizeAddress))
  return async (c, next) => {
    c.set('client', addressOf(c, trusted))
    await next()
  }
}

const NO_PROXIES: ReadonlySet<string> = new Set()

/** The calling client (see addressOf); without the middleware in front, no proxy is trusted. */
export function clientOf(c: Context): string {
  const known = (c as Context<AppEnv>).get('client') as string | undefined
  return known ?? addressOf(c, NO_PROXIES)
}
