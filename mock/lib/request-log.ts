import type { MiddlewareHandler } from 'hono'

/**
 * One line per request: method, path (never the query, which can carry verification codes or
 * ID numbers), status, milliseconds. Headers and bodies are never logged, so neither are tokens.
 */
export function requestLog(write: (line: string) => void): MiddlewareHandler {
  return async (c, next) => {
    const started = performance.now()
    await next()
    const ms = Math.round(performance.now() - started)
    write(`${c.req.method} ${c.req.path} ${c.res.status} ${ms}ms`)
  }
}
