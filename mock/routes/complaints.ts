import { Hono } from 'hono'
import { z } from 'zod'
import type { ComplaintKind } from '@contract/rating'
import { COMPLAINT_CHARS } from '@/domain/text'
import { createAuth } from '../lib/auth'
import { CASE_NO } from '../lib/cases'
import { toIsoChina } from '../lib/clock'
import type { DeepReadonly } from '../lib/db'
import type { AppContext, AppEnv } from '../lib/env'
import { ApiError } from '../lib/errors'
import type { ComplaintRecord } from '../lib/rating-records'
import { COMPLAINT_ID, newComplaintId, toComplaint } from '../lib/ratings'
import { parseJson, parseQuery } from '../lib/validate'
import { chinaDateOf } from '../lib/working-days'
import { listQuery, pageOf } from './assist-requests'
import { officeText } from './ratings'

export const COMPLAINT_KINDS: readonly ComplaintKind[] = ['cannot-do', 'complaint', 'suggestion']
export const COMPLAINT_NOT_FOUND = '反映记录不存在'
export const COMPLAINT_ALREADY_REPLIED = '该反映已答复，不能重复答复'
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

const replyBody = z.strictObject({ text: officeText('答复内容', 2, 500) })

const adminQuery = listQuery.extend({
  status: z.enum(['pending', 'replied'], { error: '状态须为 pending（待答复）或 replied（已答复）' }).optional(),
})

function newestFirst(records: readonly DeepReadonly<ComplaintRecord>[]): DeepReadonly<ComplaintRecord>[] {
  return records
    .map((record, order) => ({ record, order }))
    .sort((a, b) => new Date(b.record.createdAt).getTime() - new Date(a.record.createdAt).getTime() || b.order - a.order)
    .map(({ record }) => record)
}

/**
 * 办不成事反映 / 投诉建议 (SPEC §4): a signed-in person reports what could not be done, complains or
 * suggests, optionally about one of their own cases; it gets a number and the back office's reply.
 * Mounted at the API root.
 */
export function complaintRoutes(ctx: AppContext) {
  const { requireAuth, requireRole } = createAuth(ctx.db)
  const admin = requireRole('admin')
  const app = new Hono<AppEnv>()

  app.post('/complaints', requireAuth, async (c) => {
    const user = c.get('user')
    const input = await parseJson(c, complaintBody)
    if (input.caseNo !== null) {
      const record = CASE_NO.test(input.caseNo) ? ctx.db.read().cases[input.caseNo] : undefined
      // Someone else's case is "not there", as everywhere.
      if (!record || record.ownerId !== user.id) throw new ApiError('VALIDATION_FAILED', NOT_MY_CASE, { fields: { caseNo: NOT_MY_CASE } })
    }
    const now = ctx.clock.now()
    const created = ctx.db.mutate((draft) => {
      const id = newComplaintId(chinaDateOf(now), (taken) => taken in draft.complaints)
      const record: ComplaintRecord = { id, ownerId: user.id, kind: input.kind, content: input.content, caseNo: input.caseNo, status: 'pending', reply: null, createdAt: toIsoChina(now) }
      draft.complaints[id] = record
      return record
    })
    c.header('Cache-Control', 'no-store')
    return c.json(toComplaint(created), 201)
  })

  app.get('/complaints', requireAuth, (c) => {
    const { page = 1, pageSize = 20 } = parseQuery(c, listQuery)
    const userId = c.get('user').id
    const mine = newestFirst(Object.values(ctx.db.read().complaints).filter((r) => r.ownerId === userId))
    c.header('Cache-Control', 'no-store')
    return c.json(pageOf(mine.map(toComplaint), page, pageSize))
  })

  app.get('/admin/complaints', admin, (c) => {
    const { page = 1, pageSize = 20, status } = parseQuery(c, adminQuery)
    const all = newestFirst(Object.values(ctx.db.read().complaints).filter((r) => status === undefined || r.status === status))
    c.header('Cache-Control', 'no-store')
    return c.json(pageOf(all.map(toComplaint), page, pageSize))
  })

  app.post('/admin/complaints/:id/reply', admin, async (c) => {
    const id = c.req.param('id')
    if (!COMPLAINT_ID.test(id) || !ctx.db.read().complaints[id]) throw new ApiError('NOT_FOUND', COMPLAINT_NOT_FOUND)
    const { text } = await parseJson(c, replyBody)
    const now = ctx.clock.now()
    const updated = ctx.db.mutate((draft) => {
      const record = draft.complaints[id]
      if (record.reply !== null) throw new ApiError('CONFLICT', COMPLAINT_ALREADY_REPLIED)
      record.reply = { text, repliedAt: toIsoChina(now) }
      record.status = 'replied'
      return record
    })
    c.header('Cache-Control', 'no-store')
    return c.json(toComplaint(updated))
  })

  return app
}
