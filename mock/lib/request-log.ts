import type { Context, MiddlewareHandler } from 'hono'

/**
 * Whether `err` only says the client went away (closed the tab, lost the signal) while its request
 * was being read: the node server aborts the request's signal, and reading the body then fails.
 * That is not a fault of the mock, so it is neither a 500 nor a stack in the log.
 */
export function isClientAbort(err: unknown, c: Context): boolean {
  if (c.req.raw.signal?.aborted) return true
  if (!(err instanceof Error)) return false
  const code = (err as { code?: unknown }).code
  return err.name === 'AbortError' || code === 'ECONNRESET' || code === 'ERR_STREAM_PREMATURE_CLOSE' || code === 'ABORT_ERR'
}

/**
 * One line per request: method, path (never the query, which can carry verification codes or
 * ID numbers), status, milliseconds. Headers and bodies are never logged, so neither are tokens.
 * A request whose client went away says so instead of a status.
 */
export function requestLog(write: (line: string) => void): MiddlewareHandler {
  return async (c, next) => {
    const started = performance.now()
    await next()
    const ms = Math.round(performance.now() - started)
    const status = c.req.raw.signal?.aborted ? 'aborted' : String(c.res.status)
    write(`${c.req.method} ${c.req.path} ${status} ${ms}ms`)
  }
}
