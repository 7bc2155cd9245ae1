import { existsSync } from 'node:fs'
import type { AddressInfo } from 'node:net'
import { join } from 'node:path'
import { serve } from '@hono/node-server'
import { serveStatic } from '@hono/node-server/serve-static'
import { Hono } from 'hono'
import { createTestApp, type TestApp } from '../../mock/test-support/test-app'

export interface E2EServer {
  /** e.g. http://127.0.0.1:41234 — the H5 app and its API share this origin. */
  origin: string
  /** The mock API currently answering; a test may inspect its db. */
  readonly api: TestApp
  /** Replaces the API with a fresh in-memory one from the seed, so tests never see each other's data. */
  resetApi(): TestApp
  close(): Promise<void>
}

/**
 * Serves the built H5 app and the mock API from ONE origin on 127.0.0.1 and a free port, so the
 * app's relative `/api/v1` calls reach the mock exactly as they would behind a real gateway (no
 * CORS, no dev-server proxy).
 */
export async function startServer(distDir: string): Promise<E2EServer> {
  if (!existsSync(join(distDir, 'index.html'))) {
    throw new Error(`${distDir}/index.html is missing: run \`npm run build:h5:demo\` before the browser tests`)
  }
  let api = createTestApp()

  const root = new Hono()
  // Delegating per request (rather than mounting once) is what lets resetApi swap the backend
  // between tests while the server keeps its port.
  root.all('/api/*', (c) => api.app.fetch(c.req.raw))
  root.use('/*', serveStatic({ root: distDir }))
  // Hash routing means every page lives at `/`; any other unknown path also gets the app shell.
  root.get('*', serveStatic({ root: distDir, path: 'index.html' }))

  const server = serve({ fetch: root.fetch, hostname: '127.0.0.1', port: 0 })
  await new Promise<void>((resolve, reject) => {
    server.once('listening', () => resolve())
    server.once('error', reject)
  })
  const { port } = server.address() as AddressInfo

  return {
    origin: `http://127.0.0.1:${port}`,
    get api() {
      return api
    },
    resetApi() {
      api = createTestApp()
      return api
    },
    close: () =>
      new Promise<void>((resolve) => {
        // Chromium may hold keep-alive sockets open; drop them so close() returns at once.
        const closable = server as typeof server & { closeAllConnections?: () => void }
        server.close(() => resolve())
        closable.closeAllConnections?.()
      }),
  }
}
