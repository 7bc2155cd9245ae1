import { timingSafeEqual } from 'node:crypto'
import { Hono, type Context } from 'hono'
import { z } from 'zod'
import type { NoticeEvent } from '@contract/case'
import { SUPPLEMENT_MAX_FILES } from '@/domain/materials'
import { SUPPLEMENT_NOTE_CHARS } from '@/domain/text'
import { noStore } from '../lib/cache'
import { CASE_STATUSES, caseListQuery, matchesFilter } from '../lib/case-query'
import { isBundleCase, partsOf, supplementTarget, syncBundle, toBundleCase, toBundleLookup, toBundleSummary, toPartCase, withdrawableParts } from '../lib/bundle-cases'
import { CASE_NO, toCase, toCaseSummary, toLookupResult } from '../lib/cases'
import type { CaseRecord, DeepReadonly, SupplementRecord, UserRecord } from '../lib/store/records'
import type { AppContext, AppEnv } from '../lib/env'
import { ApiError } from '../lib/errors'
import { linksNaming as familyLinksNaming } from '../lib/family'
import { FILE_ID } from '../lib/files'
import { applyTransition, assertAllowed } from '../lib/lifecycle'
import { CASE_NOT_FOUND } from '../lib/not-found'
import { mapPage } from '../lib/store'
import { clientOf, createGuessLimit, type RateLimitOptions } from '../lib/rate-limit'
import { typedText } from '../lib/text'
import { parseJson, parseQuery } from '../lib/validate'
import { chinaDateOf } from '../lib/working-days'

/** One answer for an unknown case number and a wrong query code alike. */
export const LOOKUP_NOT_FOUND = '办件编号或查询码不正确，请核对回执'

const NOTICE_EVENTS: readonly NoticeEvent[] = ['accepted', 'needs-supplement', 'concluded']

const noticesBody = z.object({
  events: z
    .array(z.enum(NOTICE_EVENTS as [NoticeEvent, ...NoticeEvent[]], { error: `提醒类型须为 ${NOTICE_EVENTS.join('、')} 之一` }), {
      error: (iss) => (iss.input === undefined ? '缺少提醒类型 events' : '提醒类型 events 应为数组'),
    })
    .max(NOTICE_EVENTS.length * 2, '提醒类型过多'),
})

const withdrawBody = z.strictObject({ reason: typedText('撤回原因', 200).optional() })


const supplementBody = z.strictObject({
  materials: z
    .array(
      z.strictObject({
        name: z.string({ error: '缺少材料名称 name' }).trim().min(1, '材料名称不能为空').max(50, '材料名称过长'),
        fileIds: z
          .array(z.string({ error: '文件编号应为文本' }).regex(FILE_ID, '文件不存在或已失效，请重新上传'), { error: '文件列表 fileIds 应为数组' })
          .max(SUPPLEMENT_MAX_FILES, `每项材料最多上传 ${SUPPLEMENT_MAX_FILES} 个文件`),
      }),
      { error: (iss) => (iss.input === undefined ? '请上传补正材料' : '补正材料 materials 应为数组') },
    )
    .max(10, '补正材料过多'),
  note: typedText('补正说明', SUPPLEMENT_NOTE_CHARS.max).optional(),
  // 一件事: which part case the answer is for, when the bundle's parts ask for more than one 补正.
  partCaseNo: z.string({ error: '部分办件编号 partCaseNo 应为文本' }).regex(CASE_NO, '部分办件编号格式不正确').optional(),
})

const lookupBody = z.strictObject({
  caseNo: z
    .string({ error: (iss) => (iss.input === undefined ? '请输入办件编号' : '办件编号应为文本') })
    .trim()
    .toUpperCase()
    .refine((v) => v !== '', '请输入办件编号')
    .refine((v) => v === '' || CASE_NO.test(v), '办件编号格式不正确，请核对回执（QZ 开头，共 18 位）'),
  queryCode: z
    .string({ error: (iss) => (iss.input === undefined ? '请输入查询码' : '查询码应为文本') })
    .trim()
    .regex(/^\d{6}$/, '查询码为 6 位数字'),
})

export interface LookupLimits {
  /** Wrong guesses allowed per guesser and case number and window (default 5 in 15 minutes). */
  perCase?: RateLimitOptions
  /** Wrong guesses allowed per guesser (client; account when signed in) and window (default 20 in 15 minutes). */
  perClient?: RateLimitOptions
  /** Wall time in ms (tests move it); the settable clock is not used, so a demo cannot open the window. */
  now?: () => number
}

const LOOKUP_WINDOW_MS = 15 * 60_000

function lookupLimitMessage(seconds: number): string {
  return seconds >= 60 ? `查询错误次数过多，请 ${Math.ceil(seconds / 60)} 分钟后再试` : `查询错误次数过多，请 ${seconds} 秒后再试`
}

/** Compared against when the case number is unknown, so both failures do the same work. */
const NO_CODE = Buffer.from('------')

/**
 * Cases (办件) of the signed-in applicant. Someone else's case answers exactly like a case that does
 * not exist (404), so case numbers cannot be probed. `POST /cases/lookup` needs no sign-in: the case
 * number and the receipt's query code.
 */
export function caseRoutes(ctx: AppContext, limits: LookupLimits = {}) {
  const { requireAuth } = ctx.auth
  const app = new Hono<AppEnv>()
  app.use(noStore)
  const wallNow = limits.now ?? Date.now
  const guesses = createGuessLimit(
    { perTarget: limits.perCase ?? { max: 5, windowMs: LOOKUP_WINDOW_MS }, perGuesser: limits.perClient ?? { max: 20, windowMs: LOOKUP_WINDOW_MS } },
    wallNow,
  )
  const today = () => chinaDateOf(ctx.clock.now())

  function ownCase(caseNo: string, userId: string): DeepReadonly<CaseRecord> {
    const record = CASE_NO.test(caseNo) ? ctx.store.cases.get(caseNo) : undefined
    if (!record || record.ownerId !== userId) throw new ApiError('NOT_FOUND', CASE_NOT_FOUND)
    return record
  }

  /** 为家人办: the family links naming the signed-in person as the member; cases filed under them are theirs to see. */
  const linksNaming = (user: DeepReadonly<UserRecord>): string[] => familyLinksNaming(ctx.store, user)

  /** 一件事: a bundle case with its parts, a part case naming its bundle, else the ordinary case. */
  const wireCase = (record: DeepReadonly<CaseRecord>, day: string) =>
    isBundleCase(record) ? toBundleCase(record, partsOf(ctx.store, record), day) : record.bundleCaseNo ? toPartCase(record, day) : toCase(record, day)

  const sendCase = (c: Context, caseNo: string) => {
    const record = ctx.store.cases.get(caseNo)
    if (!record) throw new ApiError('NOT_FOUND', CASE_NOT_FOUND)
    return c.json(wireCase(record, today()))
  }

  /** The applicant's cases, newest first, optionally of some statuses or one group. */
  app.get('/', requireAuth, (c) => {
    const { page = 1, pageSize = 20, ...filter } = parseQuery(c, caseListQuery)
    const user = c.get('user')
    const statuses = CASE_STATUSES.filter((s) => matchesFilter(s, filter))
    const day = today()
    // 一件事: a bundle is one row (with per-part progress); its part cases are not listed apart.
    const rows = ctx.store.cases.listVisibleTo(user.id, linksNaming(user), { statuses, withoutParts: true }, { page, pageSize })
    return c.json(mapPage(rows, (r) => (isBundleCase(r) ? toBundleSummary(r, partsOf(ctx.store, r), day) : toCaseSummary(r, day))))
  })

  /**
   * Lookup with the receipt. An unknown number and a wrong code get the same 404 after the same
   * work. Wrong guesses are counted per guesser — the client, and the account when signed in — per
   * case number (known or not) and in all; over the limit even the right code is refused to that
   * guesser until the window passes. Nobody else is slowed: guessing never locks the owner out.
   */
  app.post('/lookup', async (c) => {
    const { caseNo, queryCode } = await parseJson(c, lookupBody)
    const signedIn = ctx.auth.optionalUser(c)
    const guessers = [`client:${clientOf(c)}`, ...(signedIn ? [`user:${signedIn.id}`] : [])]
    guesses.check(guessers, caseNo, lookupLimitMessage)
    const record: DeepReadonly<CaseRecord> | undefined = ctx.store.cases.get(caseNo)
    const expected = record ? Buffer.from(record.queryCode) : NO_CODE
    const right = timingSafeEqual(expected, Buffer.from(queryCode)) && record !== undefined
    if (!right || !record) {
      guesses.miss(guessers, caseNo)
      throw new ApiError('NOT_FOUND', LOOKUP_NOT_FOUND)
    }
    return c.json(isBundleCase(record) ? toBundleLookup(record, partsOf(ctx.store, record), today()) : toLookupResult(record, today()))
  })

  /** The owner's case; or, read-only, a case a family member filed for the signed-in person (为家人办). */
  app.get('/:caseNo', requireAuth, (c) => {
    const caseNo = c.req.param('caseNo')
    const user = c.get('user')
    const record = CASE_NO.test(caseNo) ? ctx.store.cases.get(caseNo) : undefined
    if (record && record.ownerId !== user.id && record.familyMemberId && linksNaming(user).includes(record.familyMemberId)) {
      const day = today()
      // As toCaseForApplicant: 撤回, 补正 and 评价 stay with the 经办人 (a bundle's too).
      return c.json({ ...wireCase(record, day), canWithdraw: false, rateBy: null, viewerIsApplicant: true })
    }
    return sendCase(c, ownCase(caseNo, user.id).caseNo)
  })

  /** Which progress notices (WeChat subscribe messages) the applicant chose to receive; replaces the choice. */
  app.put('/:caseNo/notices', requireAuth, async (c) => {
    const { caseNo } = ownCase(c.req.param('caseNo'), c.get('user').id)
    const { events } = await parseJson(c, noticesBody)
    const chosen = NOTICE_EVENTS.filter((e) => events.includes(e))
    ctx.store.transaction(() => {
      const record = ctx.store.cases.get(caseNo)
      if (!record) throw new ApiError('NOT_FOUND', CASE_NOT_FOUND)
      record.notices = chosen
      ctx.store.cases.put(record)
      // 一件事: the person subscribes once, for every part (each part's events are what they wait for).
      if (isBundleCase(record)) {
        for (const part of partsOf(ctx.store, record)) {
          part.notices = chosen
          ctx.store.cases.put(part)
        }
      }
    })
    return c.json({ events: chosen })
  })

  /** Withdrawal by the applicant: only while the state machine allows it (never accepted). */
  app.post('/:caseNo/withdraw', requireAuth, async (c) => {
    const { caseNo } = ownCase(c.req.param('caseNo'), c.get('user').id)
    const { reason } = await parseJson(c, withdrawBody)
    const now = ctx.clock.now()
    ctx.store.transaction(() => {
      const record = ctx.store.cases.get(caseNo)
      if (record && isBundleCase(record)) {
        // 一件事: withdrawing the bundle withdraws the parts not yet accepted; accepted ones go on.
        const open = withdrawableParts(partsOf(ctx.store, record))
        if (open.length === 0) throw new ApiError('CONFLICT', '各项均已受理，不能撤回')
        for (const part of open) applyTransition(ctx.store, part.caseNo, 'withdraw', { note: reason ?? '' }, now)
      } else applyTransition(ctx.store, caseNo, 'withdraw', { note: reason ?? '' }, now)
      syncBundle(ctx.store, caseNo, now)
    })
    return sendCase(c, caseNo)
  })

  /**
   * The applicant's 补正: one or more of their own uploads for every item the department asked for.
   * Ends the clock's pause and returns the case to pre-review or review (the state machine decides).
   */
  app.post('/:caseNo/supplements', requireAuth, async (c) => {
    const user = c.get('user')
    const own = ownCase(c.req.param('caseNo'), user.id)
    const input = await parseJson(c, supplementBody)
    // 一件事: the bundle answers the 补正 of the part asking (or the one `partCaseNo` names).
    let record = own
    if (isBundleCase(own)) {
      const { target, problem } = supplementTarget(partsOf(ctx.store, own), input.partCaseNo)
      if (problem) throw new ApiError('VALIDATION_FAILED', problem, { fields: { partCaseNo: problem } })
      if (!target) throw new ApiError('CONFLICT', '各项办件均无需补正材料')
      record = target
    } else if (input.partCaseNo !== undefined && input.partCaseNo !== own.caseNo) {
      const message = '这不是一件事办件，无需指明部分办件'
      throw new ApiError('VALIDATION_FAILED', message, { fields: { partCaseNo: message } })
    }
    const request = record.supplement
    assertAllowed(record, 'supply')
    const asked = request?.items ?? []
    const errors: Record<string, string> = {}
    for (const [i, m] of input.materials.entries()) {
      if (!asked.includes(m.name)) errors[`materials.${i}`] = `「${m.name}」不在补正清单中`
      else if (input.materials.findIndex((o) => o.name === m.name) !== i) errors[`materials.${i}`] = `「${m.name}」提交了两次`
    }
    const supplied: SupplementRecord['materials'] = []
    for (const [i, name] of asked.entries()) {
      const sent = input.materials.find((m) => m.name === name)
      const fileIds = [...new Set(sent?.fileIds ?? [])]
      const key = `items.${i}`
      if (fileIds.length === 0) {
        errors[key] = `请上传「${name}」`
        continue
      }
      const files: SupplementRecord['materials'][number]['files'] = []
      for (const fileId of fileIds) {
        const upload = ctx.store.uploads.get(fileId)
        // Someone else's file is "not there" as far as this applicant can tell.
        if (!upload || upload.ownerId !== user.id) errors[key] ??= `「${name}」的文件不存在或已失效，请重新上传`
        else files.push({ fileId: upload.id, name: upload.name, size: upload.size, mime: upload.mime })
      }
      supplied.push({ name, files })
    }
    const messages = Object.values(errors)
    if (messages.length > 0) throw new ApiError('VALIDATION_FAILED', messages.length === 1 ? messages[0] : '补正材料不完整，请检查后再提交', { fields: errors })
    const now = ctx.clock.now()
    ctx.store.transaction(() => {
      applyTransition(ctx.store, record.caseNo, 'supply', { note: input.note ?? '', supplied }, now)
      syncBundle(ctx.store, record.caseNo, now)
    })
    return sendCase(c, own.caseNo)
  })

  return app
}
