import { Hono, type Context } from 'hono'
import { z } from 'zod'
import type { AssistRequestStatus } from '@contract/application'
import type { CaseAction } from '@contract/case'
import { ACTION_LABELS, NOTE_REQUIRED, possibleActions } from '@/domain/case-lifecycle'
import { createAuth } from '../lib/auth'
import { CASE_NO, newestCasesFirst, toAdminCaseSummary, toCase } from '../lib/cases'
import { toIsoChina, type SettableClock } from '../lib/clock'
import type { AppContext, AppEnv } from '../lib/env'
import { ApiError } from '../lib/errors'
import { applyTransition } from '../lib/lifecycle'
import type { SeedLookup } from '../lib/lookup'
import { parseJson, parseQuery } from '../lib/validate'
import { chinaDateOf } from '../lib/working-days'
import { ASSIST_STATUSES, listQuery, newestFirst, pageOf, toAssistRequest } from './assist-requests'
import { CASE_NOT_FOUND, caseListQuery, matchesFilter, typedText } from './cases'

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

/** The simulated back office (admin account only): cases and their transitions, notices, the clock, assist requests. */
export function adminRoutes(ctx: AppContext, clock: SettableClock, lookup: SeedLookup) {
  const { requireRole } = createAuth(ctx.db)
  const app = new Hono<AppEnv>()
  app.use(requireRole('admin'))
  const today = () => chinaDateOf(ctx.clock.now())

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

  function anyCase(caseNo: string) {
    const record = CASE_NO.test(caseNo) ? ctx.db.read().cases[caseNo] : undefined
    if (!record) throw new ApiError('NOT_FOUND', CASE_NOT_FOUND)
    return record
  }

  const sendCase = (c: Context, caseNo: string) => {
    const record = ctx.db.read().cases[caseNo]
    c.header('Cache-Control', 'no-store')
    return c.json({ ...toCase(record, today()), actions: possibleActions(record.status) })
  }

  /** Every case, newest first, with the actions possible now (same filters as `GET /cases`). */
  app.get('/cases', (c) => {
    const { page = 1, pageSize = 20, ...filter } = parseQuery(c, caseListQuery)
    const all = newestCasesFirst(Object.values(ctx.db.read().cases).filter((r) => matchesFilter(r.status, filter)))
    const day = today()
    c.header('Cache-Control', 'no-store')
    return c.json(pageOf(all.map((r) => toAdminCaseSummary(r, day)), page, pageSize))
  })

  app.get('/cases/:caseNo', (c) => sendCase(c, anyCase(c.req.param('caseNo')).caseNo))

  /** Moves a case: the shared state machine decides (409 otherwise); see lib/lifecycle.ts for what each action records. */
  app.post('/cases/:caseNo/transition', async (c) => {
    const { caseNo, item } = anyCase(c.req.param('caseNo'))
    const input = await parseJson(c, transitionBody)
    const delivery = lookup.item(item.id)?.result.delivery ?? []
    ctx.db.mutate((draft) =>
      applyTransition(draft, caseNo, input.action, { note: input.note ?? '', supplementItems: input.supplementItems, result: input.result, delivery }, ctx.clock.now()),
    )
    return sendCase(c, caseNo)
  })

  /** The progress notices the mock would have sent, newest first. */
  app.get('/notices', (c) => {
    const { page = 1, pageSize = 20, caseNo } = parseQuery(c, noticeQuery)
    const all = Object.values(ctx.db.read().notices)
      .filter((n) => caseNo === undefined || n.caseNo === caseNo)
      .map((notice, order) => ({ notice, order }))
      .sort((a, b) => b.notice.createdAt.localeCompare(a.notice.createdAt) || b.order - a.order)
      .map(({ notice }) => notice)
    c.header('Cache-Control', 'no-store')
    return c.json(pageOf(all, page, pageSize))
  })

  const sendClock = (c: Context) => {
    c.header('Cache-Control', 'no-store')
    return c.json({ now: toIsoChina(clock.now()), fixed: clock.isFixed() })
  }

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

  return app
}
