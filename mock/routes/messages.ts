import { Hono } from 'hono'
import { z } from 'zod'
import { noStore } from '../lib/cache'
import { toIsoChina } from '../lib/clock'
import type { AppContext, AppEnv } from '../lib/env'
import { ApiError } from '../lib/errors'
import { MESSAGE_ID, MESSAGE_NOT_FOUND, toMessage } from '../lib/messages'
import { listQuery } from '../lib/paging'
import { mapPage } from '../lib/store'
import { parseQuery } from '../lib/validate'

/**
 * 消息 (SPEC §7 "Notices"): `/me/messages`, the signed-in person's messages (case, certificate,
 * complaint-reply and rating-reply events), newest first, with the unread count 我的 and the tab
 * badge show. Another person's message answers 404 like a missing one.
 */
export function messageRoutes(ctx: AppContext) {
  const { requireAuth } = ctx.auth
  const app = new Hono<AppEnv>()
  app.use(noStore)

  app.get('/', requireAuth, (c) => {
    const { page = 1, pageSize = 20 } = parseQuery(c, listQuery)
    return c.json(mapPage(ctx.store.messages.listByOwner(c.get('user').id, { page, pageSize }), toMessage))
  })

  app.get('/unread-count', requireAuth, (c) => {
    parseQuery(c, z.strictObject({}))
    return c.json({ count: ctx.store.messages.countUnread(c.get('user').id) })
  })

  /** Marks one message read (opening it); reading it again keeps the first time. */
  app.post('/:id/read', requireAuth, (c) => {
    const id = c.req.param('id')
    const userId = c.get('user').id
    const at = toIsoChina(ctx.clock.now())
    const updated = ctx.store.transaction(() => {
      const record = MESSAGE_ID.test(id) ? ctx.store.messages.get(id) : undefined
      if (!record || record.ownerId !== userId) throw new ApiError('NOT_FOUND', MESSAGE_NOT_FOUND)
      if (record.readAt !== null) return record
      record.readAt = at
      return ctx.store.messages.put(record)
    })
    return c.json(toMessage(updated))
  })

  /** 全部已读: marks every unread message of the person read; answers the new unread count (0). */
  app.post('/read-all', requireAuth, (c) => {
    const userId = c.get('user').id
    const at = toIsoChina(ctx.clock.now())
    ctx.store.transaction(() => {
      for (const record of ctx.store.messages.listUnread(userId)) ctx.store.messages.put({ ...record, readAt: at })
    })
    return c.json({ count: ctx.store.messages.countUnread(userId) })
  })

  return app
}
