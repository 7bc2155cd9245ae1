import { readFileSync } from 'node:fs'
import { join } from 'node:path'
import { Hono } from 'hono'
import { noStore } from '../lib/cache'
import type { AppEnv } from '../lib/env'
import { ApiError } from '../lib/errors'

/** `/openapi.yaml`: the contract itself, served next to the API it describes. */
export function docsRoutes(specFile: string = join(__dirname, '..', 'openapi.yaml')) {
  const app = new Hono<AppEnv>()
  let spec: string | null = null

  app.get('/', (c) => {
    if (spec === null) {
      try {
        spec = readFileSync(specFile, 'utf8')
      } catch {
        throw new ApiError('NOT_FOUND', '接口文档不存在')
      }
    }
    c.header('Content-Type', 'application/yaml; charset=utf-8')
    // Revalidated every time: the file changes with the mock, and a stale contract misleads.
    c.header('Cache-Control', 'no-cache')
    return c.body(spec)
  })

  return app
}

/** `/health`: whether the mock is up, for anything that waits for it to start. */
export function healthRoutes() {
  const app = new Hono<AppEnv>()
  app.use(noStore)
  app.get('/', (c) => c.json({ status: 'ok' }))
  return app
}
