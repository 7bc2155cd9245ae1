import { Hono } from 'hono'
import { z } from 'zod'
import type { NoticeEvent } from '@contract/case'
import { CASE_NO, toCase } from '../lib/cases'
import { createAuth } from '../lib/auth'
import type { AppContext, AppEnv } from '../lib/env'
import { ApiError } from '../lib/errors'
import { parseJson } from '../lib/validate'

export const CASE_NOT_FOUND = '办件不存在'

const NOTICE_EVENTS: readonly NoticeEvent[] = ['accepted', 'needs-supplement', 'concluded']

const noticesBody = z.object({
  events: z
    .array(z.enum(NOTICE_EVENTS as [NoticeEvent, ...NoticeEvent[]], { error: `提醒类型须为 ${NOTICE_EVENTS.join('、')} 之一` }), {
      error: (iss) => (iss.input === undefined ? '缺少提醒类型 events' : '提醒类型 events 应为数组'),
    })
    .max(NOTICE_EVENTS.length * 2, '提醒类型过多'),
})

/**
 * Cases (办件) of the signed-in applicant. Someone else's case answers exactly like a case that does
 * not exist (404), so case numbers cannot be probed. The list, lookup by query code, withdrawal and
 * the back office's transitions come with the case lifecycle.
 */
export function caseRoutes(ctx: AppContext) {
  const { requireAuth } = createAuth(ctx.db)
  const app = new Hono<AppEnv>()

  function ownCase(caseNo: string, userId: string) {
    const record = CASE_NO.test(caseNo) ? ctx.db.read().cases[caseNo] : undefined
    if (!record || record.ownerId !== userId) throw new ApiError('NOT_FOUND', CASE_NOT_FOUND)
    return record
  }

  app.get('/:caseNo', requireAuth, (c) => {
    const record = ownCase(c.req.param('caseNo'), c.get('user').id)
    c.header('Cache-Control', 'no-store')
    return c.json(toCase(record))
  })

  /** Which progress notices (WeChat subscribe messages) the applicant chose to receive; replaces the choice. */
  app.put('/:caseNo/notices', requireAuth, async (c) => {
    const { caseNo } = ownCase(c.req.param('caseNo'), c.get('user').id)
    const { events } = await parseJson(c, noticesBody)
    const chosen = NOTICE_EVENTS.filter((e) => events.includes(e))
    ctx.db.mutate((draft) => {
      draft.cases[caseNo].notices = chosen
    })
    c.header('Cache-Control', 'no-store')
    return c.json({ events: chosen })
  })

  return app
}
