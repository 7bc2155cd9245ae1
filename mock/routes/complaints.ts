import { Hono } from 'hono'
import { z } from 'zod'
import type { ComplaintKind } from '@contract/rating'
import { COMPLAINT_CHARS } from '@/domain/text'
import { noStore } from '../lib/cache'
import { CASE_NO } from '../lib/cases'
import { toIsoChina } from '../lib/clock'
import type { AppContext, AppEnv } from '../lib/env'
import { ApiError } from '../lib/errors'
import { assertSameRequest, readIdempotencyKey, requestHashOf } from '../lib/idempotency'
import { listQuery } from '../lib/paging'
import { mapPage } from '../lib/store'
import type { ComplaintRecord } from '../lib/rating-records'
import { newComplaintId, toComplaint } from '../lib/ratings'
import { officeText } from '../lib/text'
import { parseJson, parseQuery } from '../lib/validate'
import { chinaDateOf } from '../lib/working-days'

export const COMPLAINT_KINDS: readonly ComplaintKind[] = ['cannot-do', 'complaint', 'suggestion']
export const NOT_MY_CASE = '办件不存在，请选择本人的办件'

const complaintBody = z.strictObject({
  kind: z.enum(COMPLAINT_KINDS as [ComplaintKind, ...ComplaintKind[]], {
    error: (iss) => (iss.input === undefined ? '请选择反映类型' : '反映类型须为 cannot-do（办不成事）、complaint（投诉）或 suggestion（建议）之一'),
  }),
  content: officeText('反映内容', COMPLAINT_CHARS.min, COMPLAINT_CHARS.max),
  caseNo: z
    .string({ error: '办件编号应为文本' })
    .trim()
    .toUpperCase()
    .transform((v) => (v === '' ? null : v))
    .nullable()
    .default(null),
})

/**
 * 办不成事反映 / 投诉建议 (SPEC §4): a signed-in person reports what could not be done, complains or
 * suggests, optionally about one of their own cases; it gets a number and the back office's reply
 * (routes/admin.ts).
 */
export function complaintRoutes(ctx: AppContext) {
  const { requireAuth } = ctx.auth
  const app = new Hono<AppEnv>()
  app.use(noStore)

  /**
   * An optional Idempotency-Key makes a retry after a lost response, or a double tap, give the
   * complaint it created (200) instead of a second one; the key with another body is a 409. The key
   * is looked up again inside the write's transaction, so parallel repeats make one record.
   */
  app.post('/', requireAuth, async (c) => {
    const user = c.get('user')
    const key = readIdempotencyKey(c, { required: false })
    const input = await parseJson(c, complaintBody)
    const requestHash = requestHashOf(input)
    const byKey = () => (key === null ? undefined : ctx.store.complaints.findByIdempotencyKey(user.id, key))
    const seen = byKey()
    if (seen) {
      assertSameRequest(seen, requestHash)
      return c.json(toComplaint(seen), 200)
    }
    if (input.caseNo !== null) {
      const record = CASE_NO.test(input.caseNo) ? ctx.store.cases.get(input.caseNo) : undefined
      // Someone else's case is "not there", as everywhere.
      if (!record || record.ownerId !== user.id) throw new ApiError('VALIDATION_FAILED', NOT_MY_CASE, { fields: { caseNo: NOT_MY_CASE } })
    }
    const now = ctx.clock.now()
    const outcome = ctx.store.transaction(() => {
      const again = byKey()
      if (again) return { record: again, created: false }
      const id = newComplaintId(chinaDateOf(now), (taken) => ctx.store.complaints.has(taken))
      const record: ComplaintRecord = {
        id,
        ownerId: user.id,
        kind: input.kind,
        content: input.content,
        caseNo: input.caseNo,
        status: 'pending',
        reply: null,
        createdAt: toIsoChina(now),
        idempotencyKey: key,
        requestHash,
      }
      ctx.store.complaints.put(record)
      return { record, created: true }
    })
    if (!outcome.created) assertSameRequest(outcome.record, requestHash)
    return c.json(toComplaint(outcome.record), outcome.created ? 201 : 200)
  })

  app.get('/', requireAuth, (c) => {
    const { page = 1, pageSize = 20 } = parseQuery(c, listQuery)
    const userId = c.get('user').id
    return c.json(mapPage(ctx.store.complaints.listByOwner(userId, { page, pageSize }), toComplaint))
  })

  return app
}
