import { readFileSync } from 'node:fs'
import { join } from 'node:path'
import { Hono } from 'hono'
import type { AppEnv } from '../lib/env'
import { ApiError } from '../lib/errors'

/** The contract itself, served next to the API it describes. */
export function docsRoutes(specFile: string = join(__dirname, '..', 'openapi.yaml')) {
  const app = new Hono<AppEnv>()
  let spec: string | null = null

  app.get('/openapi.yaml', (c) => {
    if (spec === null) {
      try {
        spec = readFileSync(specFile, 'utf8')
      } catch {
        throw new ApiError('NOT_FOUND', '接口文档不存在')
      }
    }
    c.header('Content-Type', 'application/yaml; charset=utf-8')
    c.header('Cache-Control', 'no-cache')
    return c.body(spec)
  })

  app.get('/health', (c) => {
    c.header('Cache-Control', 'no-store')
    return c.json({ status: 'ok' })
  })

  return app
}
