import { randomInt } from 'node:crypto'
import { Hono } from 'hono'
import { z } from 'zod'
import { checkPhone } from '@/domain/identity'
import { ASSIST_NOTE_CHARS, ASSIST_TIME_CHARS } from '@/domain/text'
import { toAssistRequest } from '../lib/assist-requests'
import { noStore } from '../lib/cache'
import { toIsoChina } from '../lib/clock'
import type { AssistRequestRecord } from '../lib/store/records'
import type { AppContext, AppEnv } from '../lib/env'
import { assertSameRequest, readIdempotencyKey, requestHashOf } from '../lib/idempotency'
import { ITEM_ID } from '../lib/lookup'
import { ITEM_NOT_FOUND } from '../lib/not-found'
import { listQuery } from '../lib/paging'
import { mapPage } from '../lib/store'
import { freeText } from '../lib/text'
import { parseJson, parseQuery } from '../lib/validate'
import { chinaDateOf } from '../lib/working-days'

/** 帮办代办 requests of the signed-in person; the back office's side is in routes/admin.ts. */
export function assistRequestRoutes(ctx: AppContext) {
  const { lookup } = ctx
  const { requireAuth } = ctx.auth
  const app = new Hono<AppEnv>()
  app.use(noStore)

  const input = z.object({
    itemId: z
      .string({ error: (iss) => (iss.input === undefined ? '请选择需要帮办的事项' : '事项编号应为文本') })
      .refine((id) => ITEM_ID.test(id) && lookup.item(id) !== undefined, ITEM_NOT_FOUND),
    phone: z.string({ error: (iss) => (iss.input === undefined ? '请填写联系电话' : '联系电话应为文本') }).transform((raw, zctx) => {
      const result = raw.length > 40 ? ({ ok: false, message: '手机号码格式不正确' } as const) : checkPhone(raw)
      if (!result.ok) {
        zctx.addIssue({ code: 'custom', message: result.message })
        return z.NEVER
      }
      return result.value
    }),
    note: freeText('需求说明', ASSIST_NOTE_CHARS.min, ASSIST_NOTE_CHARS.max, '请说明需要帮办的事项'),
    preferredTime: freeText('方便联系的时间', ASSIST_TIME_CHARS.min, ASSIST_TIME_CHARS.max, '请填写方便联系的时间').optional().default(''),
  })

  /**
   * 帮办代办: any existing item, palm or not; the service center calls back. An optional
   * Idempotency-Key makes a retry or a double tap give the request it created (200); the key with
   * another body is a 409. Looked up again inside the write's transaction, so parallel repeats make one.
   */
  app.post('/', requireAuth, async (c) => {
    const user = c.get('user')
    const key = readIdempotencyKey(c, { required: false })
    const body = await parseJson(c, input)
    const { itemId, phone, note, preferredTime } = body
    const requestHash = requestHashOf(body)
    const byKey = () => (key === null ? undefined : ctx.store.assistRequests.findByIdempotencyKey(user.id, key))
    const seen = byKey()
    if (seen) {
      assertSameRequest(seen, requestHash)
      return c.json(toAssistRequest(seen), 200)
    }
    const item = lookup.item(itemId)!
    const now = ctx.clock.now()
    const date = chinaDateOf(now).replace(/-/g, '')
    const outcome = ctx.store.transaction(() => {
      const again = byKey()
      if (again) return { record: again, created: false }
      let id = `BB${date}${String(randomInt(0, 1_000_000)).padStart(6, '0')}`
      while (ctx.store.assistRequests.has(id)) id = `BB${date}${String(randomInt(0, 1_000_000)).padStart(6, '0')}`
      const created: AssistRequestRecord = {
        id,
        ownerId: user.id,
        item: { id: item.id, name: item.name },
        phone,
        note,
        preferredTime,
        status: 'pending',
        createdAt: toIsoChina(now),
        idempotencyKey: key,
        requestHash,
      }
      ctx.store.assistRequests.put(created)
      return { record: created, created: true }
    })
    if (!outcome.created) assertSameRequest(outcome.record, requestHash)
    return c.json(toAssistRequest(outcome.record), outcome.created ? 201 : 200)
  })

  /** My requests, newest first. */
  app.get('/', requireAuth, (c) => {
    const { page = 1, pageSize = 20 } = parseQuery(c, listQuery)
    const userId = c.get('user').id
    return c.json(mapPage(ctx.store.assistRequests.listByOwner(userId, { page, pageSize }), toAssistRequest))
  })

  return app
}
