import { join, resolve } from 'node:path'
import { serve } from '@hono/node-server'
import { createMockBackend, API_BASE } from './app'
import { createDemoCases } from './demo/demo-cases'
import { answerClientErrors } from './lib/errors'
import { SWEEP_INTERVAL_MS } from './lib/upload-sweep'
import { openStore, STORE_FILE, StoreOpenError, storeOpenMessage, type Store } from './lib/store'
import { writePidFile } from './lib/store/lock'
import { createCatalogueIndex } from './search'
import { loadSeed } from './seed'

/**
 * `npm run mock` — the mock backend on 127.0.0.1:PORT (default 3100).
 * Data: ${MOCK_DATA_DIR:-mock/.data}/store.sqlite (SQLite, mock/lib/store), kept across restarts; uploaded
 * files' bytes in uploads/ beside it. A db.json left there by an older mock is imported once (then kept as
 * db.json.imported). A damaged database stops the start with a message and is kept as it is.
 * Fresh start from the seed: `npm run mock -- --fresh` or MOCK_FRESH=1 (the old file is kept as store.sqlite.bak).
 * Back up / restore: `npm run data -- backup <file>` / `restore <file>` (mock/data-cli.ts).
 * MOCK_LOG=1 prints one line per request.
 * MOCK_READS_FIRST=0: writes are not held back for reads (lib/reads-first.ts; only to compare in npm run bench:store).
 * Abuse rules (README 防滥用规则): MOCK_TRUSTED_PROXIES (addresses whose X-Forwarded-For counts),
 * MOCK_ALLOWED_HOSTS (Host names besides the local ones for /auth/demo and /admin/*). Uploads that
 * no case or request uses are removed after 24 h (swept at start and hourly).
 * Demo cases: on start, if the demo `resident` account has no cases yet, cases in every state of the
 * lifecycle are created for it through the API (mock/demo/demo-cases.ts); skip with `--no-demo` or
 * MOCK_DEMO=0. Move them with `npm run case -- list` / `advance <caseNo>`.
 */
async function main(): Promise<void> {
  const portText = process.env.PORT ?? '3100'
  const port = Number(portText)
  if (!/^\d{1,5}$/.test(portText) || port < 1 || port > 65535) {
    process.stderr.write(`[mock] PORT must be a port number (1-65535), got "${portText}"\n`)
    process.exit(1)
  }
  const args = process.argv.slice(2)
  const fresh = args.includes('--fresh') || process.env.MOCK_FRESH === '1'
  const demo = !args.includes('--no-demo') && process.env.MOCK_DEMO !== '0'
  const dataDir = resolve(process.env.MOCK_DATA_DIR ?? join('mock', '.data'))

  // The store is opened and checked first: a damaged file (or a db.json that fails its check) stops the
  // start, untouched. An old db.json is imported once into a store without data.
  let store: Store
  try {
    store = openStore({ file: join(dataDir, STORE_FILE), fresh, importJson: join(dataDir, 'db.json') })
  } catch (e) {
    if (!(e instanceof StoreOpenError)) throw e
    process.stderr.write(`${storeOpenMessage(e)}\n`)
    process.exit(1)
  }
  const releasePid = writePidFile(dataDir)
  process.on('exit', () => {
    releasePid()
    store.close()
  })

  const seed = loadSeed()
  const index = createCatalogueIndex(seed.items)
  // Reads go before queued writes (lib/reads-first.ts); MOCK_READS_FIRST=0 turns that off, to compare in the bench.
  const backend = createMockBackend({ store, seed, index, readsFirst: process.env.MOCK_READS_FIRST !== '0' })
  const { app } = backend
  const sweep = () => {
    try {
      const removed = backend.sweepUploads()
      if (removed > 0) process.stdout.write(`[mock] removed ${removed} unused upload(s) older than 24 h\n`)
    } catch (e) {
      process.stderr.write(`[mock] upload clean-up failed: ${e instanceof Error ? e.message : String(e)}\n`)
    }
  }
  sweep()
  setInterval(sweep, SWEEP_INTERVAL_MS).unref()
  if (demo) {
    try {
      await createDemoCases(app, (line) => process.stdout.write(`${line}\n`))
    } catch (e) {
      // The API itself works; a demo that cannot be built should not keep it from starting.
      process.stderr.write(`[mock] demo cases not created: ${e instanceof Error ? e.message : String(e)}\n`)
    }
  }

  const server = serve({ fetch: app.fetch, hostname: '127.0.0.1', port }, (info) => {
    const note = fresh ? ' (fresh from seed)' : ''
    process.stdout.write(`[mock] 泉服务·掌上办 mock API on http://127.0.0.1:${info.port}${API_BASE}${note}, data in ${store.file}\n`)
  })

  // Node answers a malformed request or oversize headers itself, with no body; answer with the contract's.
  answerClientErrors(server)

  server.on('error', (err: NodeJS.ErrnoException) => {
    const why = err.code === 'EADDRINUSE' ? `port ${port} is already in use (set PORT to another one)` : err.message
    process.stderr.write(`[mock] cannot start: ${why}\n`)
    process.exit(1)
  })

  let stopping = false
  const stop = () => {
    if (stopping) return
    stopping = true
    // Every write is synchronous and finished before its response, so closing loses nothing.
    server.close(() => process.exit(0))
    // Keep-alive connections can hold close() open; do not hang a Ctrl-C on them.
    setTimeout(() => process.exit(0), 2000).unref()
  }
  process.on('SIGINT', stop)
  process.on('SIGTERM', stop)
}

void main()
