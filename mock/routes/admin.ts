import { Hono, type Context } from 'hono'
import { z } from 'zod'
import type { AssistRequestStatus } from '@contract/application'
import type { CaseAction } from '@contract/case'
import { ACTION_LABELS, NOTE_REQUIRED, possibleActions } from '@/domain/case-lifecycle'
import { isBadRating, RATING_LEVELS } from '@/domain/rating-rules'
import { maskName } from '@/domain/mask'
import { ASSIST_STATUSES, toAssistRequest } from '../lib/assist-requests'
import { noStore } from '../lib/cache'
import { CASE_STATUSES, caseListQuery, matchesFilter } from '../lib/case-query'
import { isBundleCase, partsOf, syncBundle, toBundleCase, toBundleSummary, toPartCase } from '../lib/bundle-cases'
import { CASE_NO, toAdminCaseSummary, toCase } from '../lib/cases'
import { toIsoChina } from '../lib/clock'
import type { AppContext, AppEnv } from '../lib/env'
import { ApiError } from '../lib/errors'
import { toFamilyMember } from '../lib/family'
import { applyTransition } from '../lib/lifecycle'
import { sendComplaintReplyMessage, sendRatingReplyMessage } from '../lib/messages'
import { CASE_NOT_FOUND, COMPLAINT_NOT_FOUND, RATING_NOT_FOUND } from '../lib/not-found'
import { listQuery, pageOf } from '../lib/paging'
import { COMPLAINT_ID, ratingById, replyDueByOf, settleDefaults, toComplaint, toRating } from '../lib/ratings'
import { mapPage } from '../lib/store'
import { officeText, typedText } from '../lib/text'
import { parseJson, parseQuery } from '../lib/validate'
import { chinaDateOf } from '../lib/working-days'

export const CASE_ACTIONS = Object.keys(ACTION_LABELS) as CaseAction[]

/** Why a note is needed, in the words of the action. */
const NOTE_MISSING: Partial<Record<CaseAction, string>> = {
  refuse: '请填写不予受理的理由',
  'request-supplement': '请说明需要补正的原因',
  deny: '请填写不予许可的理由',
}

const transitionBody = z
  .strictObject({
    action: z.enum(CASE_ACTIONS as [CaseAction, ...CaseAction[]], { error: `操作须为 ${CASE_ACTIONS.join('、')} 之一` }),
    note: typedText('备注', 200).optional(),
    supplementItems: z
      .array(typedText('补正材料名称', 50).refine((v) => v !== '', '补正材料名称不能为空'), { error: '补正材料 supplementItems 应为数组' })
      .min(1, '请列出需要补正的材料（1–10 项）')
      .max(10, '请列出需要补正的材料（1–10 项）')
      .optional(),
    result: typedText('办理结果', 200).optional(),
  })
  .superRefine((input, ctx) => {
    const note = input.note ?? ''
    if (NOTE_REQUIRED.includes(input.action) && note === '') ctx.addIssue({ code: 'custom', path: ['note'], message: NOTE_MISSING[input.action] ?? '请填写备注' })
    if (input.action === 'request-supplement' && input.supplementItems === undefined) {
      ctx.addIssue({ code: 'custom', path: ['supplementItems'], message: '请列出需要补正的材料（1–10 项）' })
    }
    if (input.action !== 'request-supplement' && input.supplementItems !== undefined) {
      ctx.addIssue({ code: 'custom', path: ['supplementItems'], message: '只有要求补正时才能列出补正材料' })
    }
    if (input.result !== undefined && !['approve', 'deny', 'conclude'].includes(input.action)) {
      ctx.addIssue({ code: 'custom', path: ['result'], message: '只有审批通过、不予许可或办结时才能填写办理结果' })
    }
  })

/** ISO 8601 with an explicit offset (Z or ±hh:mm), to the minute at least. */
const ISO_WITH_OFFSET = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}(?::\d{2}(?:\.\d{1,3})?)?(?:Z|[+-]\d{2}:\d{2})$/
const CLOCK_MESSAGE = '时间须为带时区的 ISO 8601 格式，例如 2026-02-13T09:30:00+08:00'

const clockBody = z.strictObject({
  now: z
    .string({ error: (iss) => (iss.input === undefined ? '缺少时间 now' : CLOCK_MESSAGE) })
    .regex(ISO_WITH_OFFSET, CLOCK_MESSAGE)
    .transform((text, ctx) => {
      const at = new Date(text)
      if (Number.isNaN(at.getTime()) || !sameCalendarDate(text, at)) {
        ctx.addIssue({ code: 'custom', message: '这个日期不存在' })
        return z.NEVER
      }
      const year = Number(chinaDateOf(at).slice(0, 4))
      if (year < 2000 || year > 2099) {
        ctx.addIssue({ code: 'custom', message: '时间须在 2000 年至 2099 年之间' })
        return z.NEVER
      }
      return at
    }),
})

/** Date.parse rolls 2026-02-30 over to March; a clock set to a day that does not exist is a mistake. */
function sameCalendarDate(text: string, at: Date): boolean {
  const offset = /(?:Z|([+-])(\d{2}):(\d{2}))$/.exec(text)
  const minutes = offset && offset[1] ? (offset[1] === '-' ? -1 : 1) * (Number(offset[2]) * 60 + Number(offset[3])) : 0
  return new Date(at.getTime() + minutes * 60_000).toISOString().slice(0, 10) === text.slice(0, 10)
}

const noticeQuery = listQuery.extend({
  caseNo: z.string().regex(CASE_NO, '办件编号格式不正确').optional(),
})

const assistQuery = listQuery.extend({
  status: z.enum(ASSIST_STATUSES as [AssistRequestStatus, ...AssistRequestStatus[]], { error: `状态须为 ${ASSIST_STATUSES.join('、')} 之一` }).optional(),
})

export const NOT_BAD = '只有差评（不满意、非常不满意）需要答复整改'
export const ALREADY_REPLIED = '该差评已答复，不能重复答复'
export const COMPLAINT_ALREADY_REPLIED = '该反映已答复，不能重复答复'

const flag = (name: string) => z.enum(['true', 'false'], { error: `${name}须为 true 或 false` }).transform((v) => v === 'true').optional()
const ratingQuery = listQuery.extend({ bad: flag('bad'), overdue: flag('overdue') })
const ratingReplyBody = z.strictObject({ text: officeText('答复内容', 2, 500), rectification: officeText('整改措施', 2, 500) })

const complaintQuery = listQuery.extend({
  status: z.enum(['pending', 'replied'], { error: '状态须为 pending（待答复）或 replied（已答复）' }).optional(),
})
const complaintReplyBody = z.strictObject({ text: officeText('答复内容', 2, 500) })

/**
 * The simulated back office, every `/admin/*` endpoint (admin account only): cases and their
 * transitions, notices, the clock, assist requests, bad ratings and their reply, complaints and
 * their reply. Nothing here is cached.
 */
export function adminRoutes(ctx: AppContext) {
  const { clock } = ctx
  const app = new Hono<AppEnv>()
  app.use(ctx.auth.requireRole('admin'), noStore)
  const today = () => chinaDateOf(ctx.clock.now())

  /** Every 帮办代办 request, newest first, so the service center can call people back. */
  app.get('/assist-requests', (c) => {
    const { page = 1, pageSize = 20, status } = parseQuery(c, assistQuery)
    return c.json(mapPage(ctx.store.assistRequests.list({ status }, { page, pageSize }), toAssistRequest))
  })

  function anyCase(caseNo: string) {
    const record = CASE_NO.test(caseNo) ? ctx.store.cases.get(caseNo) : undefined
    if (!record) throw new ApiError('NOT_FOUND', CASE_NOT_FOUND)
    return record
  }

  const sendCase = (c: Context, caseNo: string) => {
    const record = anyCase(caseNo)
    // 一件事: the bundle case only shows its parts' progress; the back office moves the parts.
    if (isBundleCase(record)) return c.json({ ...toBundleCase(record, partsOf(ctx.store, record), today()), actions: [] })
    const wire = record.bundleCaseNo ? toPartCase(record, today()) : toCase(record, today())
    return c.json({ ...wire, actions: possibleActions(record.status) })
  }

  /** Every case, newest first, with the actions possible now (same filters as `GET /cases`). */
  app.get('/cases', (c) => {
    const { page = 1, pageSize = 20, ...filter } = parseQuery(c, caseListQuery)
    const statuses = CASE_STATUSES.filter((s) => matchesFilter(s, filter))
    const day = today()
    // 一件事: a part case names its bundle (bundleCaseNo); a bundle case has no actions of its own.
    return c.json(
      mapPage(ctx.store.cases.list({ statuses }, { page, pageSize }), (r) =>
        isBundleCase(r)
          ? { ...toAdminCaseSummary(r, day), ...toBundleSummary(r, partsOf(ctx.store, r), day), actions: [] }
          : { ...toAdminCaseSummary(r, day), ...(r.bundleCaseNo ? { bundleCaseNo: r.bundleCaseNo } : {}) },
      ),
    )
  })

  app.get('/cases/:caseNo', (c) => sendCase(c, anyCase(c.req.param('caseNo')).caseNo))

  /** Moves a case: the shared state machine decides (409 otherwise); see lib/lifecycle.ts for what each action records. */
  app.post('/cases/:caseNo/transition', async (c) => {
    const found = anyCase(c.req.param('caseNo'))
    const { caseNo, item } = found
    const input = await parseJson(c, transitionBody)
    if (isBundleCase(found)) {
      const parts = found.bundle.parts.map((p) => `${p.caseNo}（${p.name}）`).join('、')
      throw new ApiError('CONFLICT', `这是一件事办件，其状态由各部分办件决定，请对部分办件操作：${parts}`)
    }
    const delivery = ctx.lookup.item(item.id)?.result.delivery ?? []
    const now = ctx.clock.now()
    ctx.store.transaction(() => {
      applyTransition(ctx.store, caseNo, input.action, { note: input.note ?? '', supplementItems: input.supplementItems, result: input.result, delivery }, now)
      // 一件事: the bundle's derived status, license and final message follow its part.
      syncBundle(ctx.store, caseNo, now)
    })
    return sendCase(c, caseNo)
  })

  /** The progress notices the mock would have sent, newest first. */
  app.get('/notices', (c) => {
    const { page = 1, pageSize = 20, caseNo } = parseQuery(c, noticeQuery)
    return c.json(ctx.store.notices.list({ caseNo }, { page, pageSize }))
  })

  const sendClock = (c: Context) => c.json({ now: toIsoChina(clock.now()), fixed: clock.isFixed() })

  app.get('/clock', (c) => {
    parseQuery(c, z.strictObject({}))
    return sendClock(c)
  })

  /** Pins "now" (deadlines, sessions and everything else that reads the clock) until DELETE. */
  app.put('/clock', async (c) => {
    const { now } = await parseJson(c, clockBody)
    clock.set(now)
    return sendClock(c)
  })

  app.delete('/clock', (c) => {
    clock.reset()
    return sendClock(c)
  })

  /** 好差评 for the back office: bad ones, overdue ones (no reply after 10 working days), newest first. */
  app.get('/ratings', (c) => {
    const { page = 1, pageSize = 20, bad, overdue } = parseQuery(c, ratingQuery)
    const now = ctx.clock.now()
    settleDefaults(ctx.store, now)
    const day = chinaDateOf(now)
    // Overdue depends on today, so that filter and the paging stay in JS; the level filter is indexed.
    const levels = bad === undefined ? undefined : RATING_LEVELS.filter((level) => isBadRating(level) === bad)
    const rows = ctx.store.ratings
      .list({ levels })
      .items.map((r) => toRating(r, day))
      .filter((r) => (bad === undefined || isBadRating(r.level) === bad) && (overdue === undefined || r.replyOverdue === overdue))
    return c.json(pageOf(rows, page, pageSize))
  })

  /** 核实整改: the department's reply and rectification of a bad rating, once. */
  app.post('/ratings/:id/reply', async (c) => {
    const now = ctx.clock.now()
    settleDefaults(ctx.store, now)
    const found = ratingById(ctx.store, c.req.param('id'))
    if (!found) throw new ApiError('NOT_FOUND', RATING_NOT_FOUND)
    const input = await parseJson(c, ratingReplyBody)
    const updated = ctx.store.transaction(() => {
      const rating = ctx.store.ratings.get(found.caseNo)
      if (!rating) throw new ApiError('NOT_FOUND', RATING_NOT_FOUND)
      if (replyDueByOf(rating) === null) throw new ApiError('CONFLICT', NOT_BAD)
      if (rating.reply !== null) throw new ApiError('CONFLICT', ALREADY_REPLIED)
      rating.reply = { text: input.text, rectification: input.rectification, repliedAt: toIsoChina(now) }
      ctx.store.ratings.put(rating)
      sendRatingReplyMessage(ctx.store, rating, input.text, now)
      return rating
    })
    return c.json(toRating(updated, chinaDateOf(now)))
  })

  /** 办不成事反映 / 投诉建议, newest first, optionally pending or replied only. */
  app.get('/complaints', (c) => {
    const { page = 1, pageSize = 20, status } = parseQuery(c, complaintQuery)
    return c.json(mapPage(ctx.store.complaints.list({ status }, { page, pageSize }), toComplaint))
  })

  /** The reply to a complaint, once. */
  app.post('/complaints/:id/reply', async (c) => {
    const id = c.req.param('id')
    if (!COMPLAINT_ID.test(id) || !ctx.store.complaints.has(id)) throw new ApiError('NOT_FOUND', COMPLAINT_NOT_FOUND)
    const { text } = await parseJson(c, complaintReplyBody)
    const now = ctx.clock.now()
    const updated = ctx.store.transaction(() => {
      const record = ctx.store.complaints.get(id)
      if (!record) throw new ApiError('NOT_FOUND', COMPLAINT_NOT_FOUND)
      if (record.reply !== null) throw new ApiError('CONFLICT', COMPLAINT_ALREADY_REPLIED)
      record.reply = { text, repliedAt: toIsoChina(now) }
      record.status = 'replied'
      ctx.store.complaints.put(record)
      sendComplaintReplyMessage(ctx.store, record, text, now)
      return record
    })
    return c.json(toComplaint(updated))
  })

  /**
   * 为家人办: the family members waiting for confirmation, with their code, so the back office can
   * give it to a member who has no account of their own (after checking them in person or by phone).
   */
  app.get('/family-members', (c) => {
    const { page = 1, pageSize = 20 } = parseQuery(c, listQuery)
    return c.json(
      mapPage(ctx.store.familyMembers.listPending({ page, pageSize }), (record) => ({
        ...toFamilyMember(record),
        requester: maskName(ctx.store.users.get(record.ownerId)?.realName?.name ?? ''),
        code: record.code,
      })),
    )
  })

  return app
}
