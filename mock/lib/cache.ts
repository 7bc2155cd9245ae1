import type { MiddlewareHandler } from 'hono'

/**
 * The catalogue (regions, departments, themes, items, certificate types) changes only when the mock
 * restarts with a new seed, so successful reads may be cached for five minutes; errors say no-store
 * themselves.
 */
export const catalogueCache: MiddlewareHandler = async (c, next) => {
  await next()
  if (c.res.status === 200) c.header('Cache-Control', 'public, max-age=300')
}

/**
 * Personal or changing answers (profile, cases, requests, ratings, the back office): never stored by
 * a browser or proxy. A handler that chose its own Cache-Control (the public figures' no-cache, a
 * file's private, no-store) keeps it.
 */
export const noStore: MiddlewareHandler = async (c, next) => {
  await next()
  if (!c.res.headers.has('Cache-Control')) c.header('Cache-Control', 'no-store')
}
