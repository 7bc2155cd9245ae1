import { randomInt } from 'node:crypto'
import { Hono } from 'hono'
import { z } from 'zod'
import type { AssistRequest, AssistRequestStatus } from '@contract/application'
import type { Page } from '@contract/common'
import { checkPhone } from '@/domain/identity'
import { ASSIST_NOTE_CHARS, ASSIST_TIME_CHARS } from '@/domain/text'
import { maskPhone } from '@/domain/mask'
import { createAuth } from '../lib/auth'
import { toIsoChina } from '../lib/clock'
import type { AssistRequestRecord, DeepReadonly } from '../lib/db'
import type { AppContext, AppEnv } from '../lib/env'
import type { SeedLookup } from '../lib/lookup'
import { charLength, hasGarbage, intParam, parseJson, parseQuery } from '../lib/validate'
import { chinaDateOf } from '../lib/working-days'
import { ITEM_ID } from './items'

/** The wire shape: the call-back number masked, as everywhere. */
export function toAssistRequest(record: DeepReadonly<AssistRequestRecord>): AssistRequest {
  return {
    id: record.id,
    item: { id: record.item.id, name: record.item.name },
    phone: maskPhone(record.phone),
    note: record.note,
    preferredTime: record.preferredTime,
    status: record.status,
    createdAt: record.createdAt,
  }
}

/** Newest first; requests of the same instant in reverse order of arrival. */
export function newestFirst(records: readonly DeepReadonly<AssistRequestRecord>[]): DeepReadonly<AssistRequestRecord>[] {
  return records
    .map((record, order) => ({ record, order }))
    .sort((a, b) => b.record.createdAt.localeCompare(a.record.createdAt) || b.order - a.order)
    .map(({ record }) => record)
}

export const listQuery = z.strictObject({
  page: intParam('页码须为 1 到 1000 之间的整数', 1, 1000),
  pageSize: intParam('每页条数须为 1 到 50 之间的整数', 1, 50),
})

export function pageOf<T>(all: readonly T[], page: number, pageSize: number): Page<T> {
  return { items: all.slice((page - 1) * pageSize, page * pageSize), total: all.length, page, pageSize }
}

/** Free text a person types: trimmed, no control characters, a length in characters. */
function freeText(label: string, min: number, max: number, missing: string) {
  return z.string({ error: (iss) => (iss.input === undefined ? missing : `${label}应为文本`) }).transform((raw, ctx) => {
    const text = raw.trim()
    if (hasGarbage(text)) ctx.addIssue({ code: 'custom', message: `${label}包含无法识别的字符` })
    else if (charLength(text) < min) ctx.addIssue({ code: 'custom', message: missing })
    else if (charLength(text) > max) ctx.addIssue({ code: 'custom', message: `${label}最多 ${max} 个字，现在是 ${charLength(text)} 个` })
    return text
  })
}

export function assistRequestRoutes(ctx: AppContext, lookup: SeedLookup) {
  const { requireAuth } = createAuth(ctx.db)
  const app = new Hono<AppEnv>()

  const input = z.object({
    itemId: z
      .string({ error: (iss) => (iss.input === undefined ? '请选择需要帮办的事项' : '事项编号应为文本') })
      .refine((id) => ITEM_ID.test(id) && lookup.item(id) !== undefined, '事项不存在或已下线'),
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

  /** 帮办代办: any existing item, palm or not; the service center calls back. */
  app.post('/', requireAuth, async (c) => {
    const user = c.get('user')
    const { itemId, phone, note, preferredTime } = await parseJson(c, input)
    const item = lookup.item(itemId)!
    const now = ctx.clock.now()
    const date = chinaDateOf(now).replace(/-/g, '')
    const record = ctx.db.mutate((draft) => {
      let id = `BB${date}${String(randomInt(0, 1_000_000)).padStart(6, '0')}`
      while (draft.assistRequests[id]) id = `BB${date}${String(randomInt(0, 1_000_000)).padStart(6, '0')}`
      const created: AssistRequestRecord = {
        id,
        ownerId: user.id,
        item: { id: item.id, name: item.name },
        phone,
        note,
        preferredTime,
        status: 'pending',
        createdAt: toIsoChina(now),
      }
      draft.assistRequests[id] = created
      return created
    })
    c.header('Cache-Control', 'no-store')
    return c.json(toAssistRequest(record), 201)
  })

  /** My requests, newest first. */
  app.get('/', requireAuth, (c) => {
    const { page = 1, pageSize = 20 } = parseQuery(c, listQuery)
    const userId = c.get('user').id
    const mine = newestFirst(Object.values(ctx.db.read().assistRequests).filter((r) => r.ownerId === userId))
    c.header('Cache-Control', 'no-store')
    return c.json(pageOf(mine.map(toAssistRequest), page, pageSize))
  })

  return app
}

export const ASSIST_STATUSES: readonly AssistRequestStatus[] = ['pending', 'contacted', 'closed']
