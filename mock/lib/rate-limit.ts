import type { Context, MiddlewareHandler } from 'hono'
import { ApiError } from './errors'

export interface RateLimitOptions {
  /** Requests allowed per window. */
  max: number
  windowMs: number
}

/**
 * A fixed-window limit for one group of routes (sign-in). The mock listens on 127.0.0.1 only, so
 * every caller is the same machine and one shared window is enough; it exists so the app's
 * 429 handling has a real counterpart. Uses wall time, not the settable Clock, on purpose: moving
 * the demo clock should not open or close the window.
 */
export function rateLimit({ max, windowMs }: RateLimitOptions, now: () => number = Date.now): MiddlewareHandler {
  let windowStart = 0
  let count = 0
  return async (_c, next) => {
    const t = now()
    if (t - windowStart >= windowMs) {
      windowStart = t
      count = 0
    }
    count += 1
    if (count > max) {
      const retryAfter = Math.max(1, Math.ceil((windowStart + windowMs - t) / 1000))
      throw new ApiError('TOO_MANY_REQUESTS', `操作太频繁，请 ${retryAfter} 秒后再试`, { headers: { 'Retry-After': String(retryAfter) } })
    }
    await next()
  }
}

/**
 * A sliding window per user (uploads: so many an hour each). `hit` is called only for what counts
 * (a stored upload), `check` before the work starts, so refused attempts do not use up the allowance.
 * Wall time, like rateLimit above.
 */
export function createUserRateLimit({ max, windowMs }: RateLimitOptions, now: () => number = Date.now) {
  const hits = new Map<string, number[]>()
  const recent = (userId: string, t: number): number[] => {
    const list = (hits.get(userId) ?? []).filter((at) => t - at < windowMs)
    if (list.length > 0) hits.set(userId, list)
    else hits.delete(userId)
    return list
  }
  return {
    /** Throws a 429 with Retry-After when the user has used up the window. */
    check(userId: string, message: (retryAfterSeconds: number) => string): void {
      const t = now()
      const list = recent(userId, t)
      if (list.length < max) return
      const retryAfter = Math.max(1, Math.ceil((list[0] + windowMs - t) / 1000))
      throw new ApiError('TOO_MANY_REQUESTS', message(retryAfter), { headers: { 'Retry-After': String(retryAfter) } })
    },
    hit(userId: string): void {
      const t = now()
      hits.set(userId, [...recent(userId, t), t])
    },
  }
}

/**
 * The calling client, for limits on guessing (case lookup, certificate verification): the first
 * x-forwarded-for address (the H5 dev server proxies), else the socket's address under the node
 * server, else one shared bucket (in-process requests).
 */
export function clientOf(c: Context): string {
  const forwarded = c.req.header('x-forwarded-for')?.split(',')[0]?.trim()
  if (forwarded) return forwarded.slice(0, 64)
  const env = c.env as { incoming?: { socket?: { remoteAddress?: string } } } | undefined
  return env?.incoming?.socket?.remoteAddress ?? 'shared'
}
