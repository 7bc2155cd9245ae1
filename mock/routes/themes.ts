import { Hono } from 'hono'
import { z } from 'zod'
import type { Seed } from '../seed/types'
import { catalogueCache } from '../lib/cache'
import type { AppEnv } from '../lib/env'
import { parseQuery } from '../lib/validate'
import { wholeList } from './regions'

const query = z.strictObject({
  audience: z.enum(['personal', 'legal'], { error: '服务对象须为 personal（个人）或 legal（法人）' }).optional(),
})

export function themeRoutes(seed: Seed) {
  const app = new Hono<AppEnv>()
  app.use(catalogueCache)

  /** Themes to browse the catalogue by (an addition to SPEC §5), optionally of one audience. */
  app.get('/', (c) => {
    const { audience } = parseQuery(c, query)
    return c.json(wholeList(audience ? seed.themes.filter((t) => t.audience === audience) : seed.themes))
  })

  return app
}
