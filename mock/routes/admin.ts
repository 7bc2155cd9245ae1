import { Hono } from 'hono'
import { z } from 'zod'
import type { AssistRequestStatus } from '@contract/application'
import { createAuth } from '../lib/auth'
import type { AppContext, AppEnv } from '../lib/env'
import { parseQuery } from '../lib/validate'
import { ASSIST_STATUSES, listQuery, newestFirst, pageOf, toAssistRequest } from './assist-requests'

/** The simulated back office (admin account only). Case transitions and the clock come with later issues. */
export function adminRoutes(ctx: AppContext) {
  const { requireRole } = createAuth(ctx.db)
  const app = new Hono<AppEnv>()
  app.use(requireRole('admin'))

  const assistQuery = listQuery.extend({
    status: z.enum(ASSIST_STATUSES as [AssistRequestStatus, ...AssistRequestStatus[]], { error: `状态须为 ${ASSIST_STATUSES.join('、')} 之一` }).optional(),
  })

  /** Every 帮办代办 request, newest first, so the service center can call people back. */
  app.get('/assist-requests', (c) => {
    const { page = 1, pageSize = 20, status } = parseQuery(c, assistQuery)
    const all = newestFirst(Object.values(ctx.db.read().assistRequests).filter((r) => status === undefined || r.status === status))
    c.header('Cache-Control', 'no-store')
    return c.json(pageOf(all.map(toAssistRequest), page, pageSize))
  })

  return app
}
