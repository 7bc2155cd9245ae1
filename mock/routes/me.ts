import { Hono } from 'hono'
import { createAuth } from '../lib/auth'
import type { AppContext, AppEnv } from '../lib/env'
import { toUser } from '../lib/users'

export function meRoutes(ctx: AppContext) {
  const { requireAuth } = createAuth(ctx.db)
  const app = new Hono<AppEnv>()

  app.get('/', requireAuth, (c) => {
    c.header('Cache-Control', 'no-store')
    return c.json(toUser(c.get('user')))
  })

  return app
}
