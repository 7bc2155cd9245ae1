// node:timers, not the global: a test's fake timers replace the global one, and the mock keeps its own time.
import { setImmediate } from 'node:timers'
import type { MiddlewareHandler } from 'hono'

/** Methods that only read (SPEC §8: reads are not held up behind writes). Everything else waits for a write turn. */
const READ_METHODS = new Set(['GET', 'HEAD', 'OPTIONS'])

/** Bodies the routes parse as JSON (lib/validate.ts parseJson); read before the turn, so the turn is CPU only. */
const JSON_TYPE = /^application\/(?:[\w.+-]+\+)?json\s*(?:;|$)/i

export interface ReadsFirstOptions {
  /** Paths whose body is not read ahead (POST /uploads: multipart with its own limits, read by the route). */
  streamedPaths?: readonly string[]
}

/**
 * Lets reads go before queued writes (SPEC §8; lib/store/README.md, "Reads under writes").
 *
 * The mock answers on one event loop and better-sqlite3 is synchronous, so a writing request holds
 * the loop from its parsed body to its response (~1.5–2 ms for POST /applications). Without this, the
 * requests that arrived together are handled in arrival order: a GET that came in behind four writers'
 * POSTs waited for all four. Here a writing request first reads its body (a JSON body is read ahead;
 * its bytes are usually there already), then waits for a turn: one write per turn of the event loop,
 * each turn granted by setImmediate, which runs after the loop has polled the sockets. Reads that
 * arrived meanwhile are handled in that poll, so a read waits for at most the one write in progress.
 * Writes keep their order among themselves, and every route answers exactly as before; a write that
 * awaits real I/O inside its turn (an upload's file) does not hold the next write's turn. The one
 * difference a client can see: a JSON body is read before the route looks at the request, so a client
 * that stops sending mid-body (without hanging up) waits for Node's request timeout instead of, say, an
 * early 401; one that hangs up ends at once, as before (routes/transport.test.ts).
 */
export function readsFirst(options: ReadsFirstOptions = {}): MiddlewareHandler {
  const streamed = new Set(options.streamedPaths ?? [])
  const waiting: (() => void)[] = []
  let scheduled = false
  const grant = () => {
    const next = waiting.shift()
    // The next grant is set up from inside this check phase, so it runs on the loop's next turn, after its poll.
    scheduled = waiting.length > 0
    if (scheduled) setImmediate(grant)
    next?.()
  }
  const turn = () =>
    new Promise<void>((resolve) => {
      waiting.push(resolve)
      if (!scheduled) {
        scheduled = true
        setImmediate(grant)
      }
    })
  return async (c, next) => {
    if (READ_METHODS.has(c.req.method)) return next()
    // Cached by Hono: parseJson's c.req.text() gets the same text. A client that hangs up mid-body makes
    // this throw as the route's read would have (app.ts onError: a client abort, no 500).
    if (c.req.raw.body && !streamed.has(c.req.path) && JSON_TYPE.test(c.req.header('content-type') ?? '')) await c.req.text()
    await turn()
    await next()
  }
}
