import { Hono } from 'hono'
import { z } from 'zod'
import { catalogueCache } from '../lib/cache'
import type { AppContext, AppEnv } from '../lib/env'
import { wholeList } from '../lib/paging'
import { parseQuery } from '../lib/validate'

const query = z.strictObject({
  audience: z.enum(['personal', 'legal'], { error: '服务对象须为 personal（个人）或 legal（法人）' }).optional(),
})

export function themeRoutes(ctx: AppContext) {
  const { themes } = ctx.seed
  const app = new Hono<AppEnv>()
  app.use(catalogueCache)

  /** Themes to browse the catalogue by (an addition to SPEC §5), optionally of one audience. */
  app.get('/', (c) => {
    const { audience } = parseQuery(c, query)
    return c.json(wholeList(audience ? themes.filter((t) => t.audience === audience) : themes))
  })

  return app
}
