import type { MiddlewareHandler } from 'hono'

/**
 * The catalogue (regions, departments, themes, items) changes only when the mock restarts with a
 * new seed, so successful reads may be cached for five minutes; errors say no-store themselves.
 */
export const catalogueCache: MiddlewareHandler = async (c, next) => {
  await next()
  if (c.res.status === 200) c.header('Cache-Control', 'public, max-age=300')
}
