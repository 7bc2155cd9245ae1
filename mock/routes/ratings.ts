import { Hono } from 'hono'
import { z } from 'zod'
import type { RatingLevel, RatingTag } from '@contract/rating'
import { COMMENT_MAX, RATING_TAGS, TAG_LABELS, ratingProblem } from '@/domain/rating-rules'
import { noStore } from '../lib/cache'
import { CASE_NO } from '../lib/cases'
import { toIsoChina } from '../lib/clock'
import type { AppContext, AppEnv } from '../lib/env'
import { ApiError } from '../lib/errors'
import { CASE_NOT_FOUND, RATING_NOT_FOUND } from '../lib/not-found'
import { listQuery, pageOf } from '../lib/paging'
import type { RatingRecord } from '../lib/rating-records'
import { newRatingId, partRatingRefusal, ratingById, ratingStats, settleDefaultRatings, settleDefaults, toPendingRating, toRating } from '../lib/ratings'
import { mapPage } from '../lib/store'
import { typedText } from '../lib/text'
import { parseJson, parseQuery } from '../lib/validate'
import { chinaDateOf } from '../lib/working-days'

export const NOT_CONCLUDED = '办件办结后才能评价'
export const ALREADY_RATED = '该办件已评价，每件只能评价一次'
export const DEFAULT_RECORDED = '已超过评价期限，系统已默认记为「满意」'
export const NO_REPLY_YET = '部门尚未答复，答复后才能回访评价'
export const ALREADY_FOLLOWED_UP = '已回访评价，每条评价只能回访一次'

/** Longest period the public figures cover: a leap year. */
export const MAX_STATS_DAYS = 366
/** Without `from`, the figures cover the 30 days up to and including `to`. */
export const DEFAULT_STATS_DAYS = 30

const LEVEL_MESSAGE = '满意程度须为 1 到 5 的整数（5 非常满意 … 1 非常不满意）'
const TAG_MESSAGE = `请从列出的原因中选择：${RATING_TAGS.map((t) => TAG_LABELS[t]).join('、')}`

const levelSchema = z
  .number({ error: (iss) => (iss.input === undefined ? '请选择满意程度' : LEVEL_MESSAGE) })
  .int(LEVEL_MESSAGE)
  .min(1, LEVEL_MESSAGE)
  .max(5, LEVEL_MESSAGE)
  .transform((n) => n as RatingLevel)

const commentSchema = typedText('补充说明', COMMENT_MAX).default('')

const ratingBody = z.strictObject({
  level: levelSchema,
  tags: z
    .array(z.enum(RATING_TAGS as [RatingTag, ...RatingTag[]], { error: TAG_MESSAGE }), { error: '原因 tags 应为数组' })
    .max(RATING_TAGS.length * 2, '选择的原因过多')
    // Kept in the fixed list's order, without repeats.
    .transform((tags) => RATING_TAGS.filter((t) => tags.includes(t)))
    .default([]),
  comment: commentSchema,
})

const followUpBody = z.strictObject({ level: levelSchema, comment: commentSchema })

const DAY_MS = 24 * 60 * 60 * 1000

/** Day number of a real YYYY-MM-DD date, or null (2022-02-30 is not a date). */
function dayNumber(date: string): number | null {
  if (!/^\d{4}-\d{2}-\d{2}$/.test(date)) return null
  const [y, m, d] = date.split('-').map(Number)
  const ms = Date.UTC(y, m - 1, d)
  return new Date(ms).toISOString().slice(0, 10) === date ? ms / DAY_MS : null
}

function dateOfDay(day: number): string {
  return new Date(day * DAY_MS).toISOString().slice(0, 10)
}

const dateParam = (label: string) =>
  z
    .string()
    // abort: a malformed value gets only the format message.
    .regex(/^\d{4}-\d{2}-\d{2}$/, { message: `${label}须为 YYYY-MM-DD 格式，例如 2022-03-01`, abort: true })
    .refine((v) => dayNumber(v) !== null && v >= '2000-01-01' && v <= '2099-12-31', `${label}不存在`)
    .optional()

const statsQuery = z.strictObject({
  from: dateParam('开始日期'),
  to: dateParam('结束日期'),
  by: z.enum(['department', 'region'], { error: '分组须为 department（部门）或 region（地区）' }).optional(),
})

/**
 * 好差评 (SPEC §4), the rater's side: rating a concluded case once (`POST /cases/{caseNo}/rating`,
 * mounted at that path), the 待评价 and 我的评价 lists, the one follow-up after the department's
 * reply, and the public figures (no login, nothing that identifies a rater). The back office's
 * list and reply are in routes/admin.ts.
 */

/** Records the due default ratings and returns "now", so a handler reads what every other reader sees. */
function settled(ctx: AppContext): Date {
  const now = ctx.clock.now()
  settleDefaults(ctx.store, now)
  return now
}

/** `POST /cases/{caseNo}/rating`: only the applicant, only a concluded case, once (一事一评). */
export function caseRatingRoutes(ctx: AppContext) {
  const { requireAuth } = ctx.auth
  const app = new Hono<AppEnv>()
  app.use(noStore)

  /** Check and insert in one transaction, so a double tap makes one rating. */
  app.post('/', requireAuth, async (c) => {
    const user = c.get('user')
    const caseNo = c.req.param('caseNo') ?? ''
    const known = CASE_NO.test(caseNo) ? ctx.store.cases.get(caseNo) : undefined
    if (!known || known.ownerId !== user.id) throw new ApiError('NOT_FOUND', CASE_NOT_FOUND)
    if (known.bundleCaseNo) throw new ApiError('CONFLICT', partRatingRefusal(known.bundleCaseNo))
    const input = await parseJson(c, ratingBody)
    const now = settled(ctx)
    const created = ctx.store.transaction(() => {
      settleDefaultRatings(ctx.store, now)
      const record = ctx.store.cases.get(caseNo)
      if (!record) throw new ApiError('NOT_FOUND', CASE_NOT_FOUND)
      if (record.status !== 'concluded' || !record.concludedAt) throw new ApiError('CONFLICT', NOT_CONCLUDED)
      const existing = ctx.store.ratings.get(caseNo)
      if (existing || record.rating) throw new ApiError('CONFLICT', existing?.source === 'default' ? DEFAULT_RECORDED : ALREADY_RATED)
      const problem = ratingProblem(input.level, input.tags)
      if (problem) throw new ApiError('VALIDATION_FAILED', problem, { fields: { tags: problem } })
      const ratedAt = toIsoChina(now)
      let id = newRatingId(chinaDateOf(now))
      while (ctx.store.ratings.hasId(id)) id = newRatingId(chinaDateOf(now))
      const rating: RatingRecord = {
        id,
        caseNo,
        ownerId: record.ownerId,
        item: { id: record.item.id, name: record.item.name },
        department: { ...record.item.department },
        region: { ...record.item.region },
        level: input.level,
        tags: input.tags,
        comment: input.comment,
        source: 'person',
        ratedAt,
        reply: null,
        followUp: null,
      }
      ctx.store.ratings.put(rating)
      record.rating = { id, level: input.level, source: 'person' }
      ctx.store.cases.put(record)
      return rating
    })
    return c.json(toRating(created, chinaDateOf(now)), 201)
  })

  return app
}

/** `/ratings`: 待评价, 我的评价, the public figures and the follow-up. */
export function ratingRoutes(ctx: AppContext) {
  const { requireAuth } = ctx.auth
  const app = new Hono<AppEnv>()
  app.use(noStore)

  /** 待评价: my concluded cases without a rating, the one whose period ends first on top. */
  app.get('/pending', requireAuth, (c) => {
    const { page = 1, pageSize = 20 } = parseQuery(c, listQuery)
    settled(ctx)
    const userId = c.get('user').id
    // Only concluded cases can be pending a rating; the owner index narrows to them.
    const pending = ctx.store.cases
      .listByOwner(userId, { statuses: ['concluded'] })
      .items.map(toPendingRating)
      .filter((p) => p !== null)
      .sort((a, b) => new Date(a.rateBy).getTime() - new Date(b.rateBy).getTime() || (a.caseNo < b.caseNo ? -1 : 1))
    return c.json(pageOf(pending, page, pageSize))
  })

  /** 我的评价, newest first, with the department's reply and the follow-up. */
  app.get('/mine', requireAuth, (c) => {
    const { page = 1, pageSize = 20 } = parseQuery(c, listQuery)
    const today = chinaDateOf(settled(ctx))
    const userId = c.get('user').id
    return c.json(mapPage(ctx.store.ratings.listByOwner(userId, { page, pageSize }), (r) => toRating(r, today)))
  })

  /** Public figures (no login). Counts only: see lib/ratings.ts ratingStats. */
  app.get('/stats', (c) => {
    const query = parseQuery(c, statsQuery)
    const today = chinaDateOf(settled(ctx))
    const to = query.to ?? today
    const toDay = dayNumber(to) as number
    const from = query.from ?? dateOfDay(toDay - (DEFAULT_STATS_DAYS - 1))
    const fromDay = dayNumber(from) as number
    if (fromDay > toDay) throw new ApiError('BAD_REQUEST', '开始日期不能晚于结束日期', { fields: { from: '开始日期不能晚于结束日期' } })
    if (toDay - fromDay + 1 > MAX_STATS_DAYS) {
      throw new ApiError('BAD_REQUEST', `统计区间最长 ${MAX_STATS_DAYS} 天`, { fields: { from: `统计区间最长 ${MAX_STATS_DAYS} 天` } })
    }
    const stats = ratingStats(ctx.store.ratings.listRatedBetween(from, to), from, to, query.by ?? 'department')
    // Aggregates only, the same for everyone, but a rating or a reply changes them at once and a
    // person who just rated expects to see it: revalidate every time rather than cache for a minute.
    c.header('Cache-Control', 'no-cache')
    return c.json(stats)
  })

  /** 回访: one rating of the department's reply, by the rater, once a reply exists. */
  app.post('/:id/follow-up', requireAuth, async (c) => {
    const user = c.get('user')
    const now = settled(ctx)
    const found = ratingById(ctx.store, c.req.param('id'))
    if (!found || found.ownerId !== user.id) throw new ApiError('NOT_FOUND', RATING_NOT_FOUND)
    const input = await parseJson(c, followUpBody)
    const updated = ctx.store.transaction(() => {
      const rating = ctx.store.ratings.get(found.caseNo)
      if (!rating) throw new ApiError('NOT_FOUND', RATING_NOT_FOUND)
      if (rating.reply === null) throw new ApiError('CONFLICT', NO_REPLY_YET)
      if (rating.followUp !== null) throw new ApiError('CONFLICT', ALREADY_FOLLOWED_UP)
      rating.followUp = { level: input.level, comment: input.comment, at: toIsoChina(now) }
      ctx.store.ratings.put(rating)
      return rating
    })
    return c.json(toRating(updated, chinaDateOf(now)))
  })

  return app
}
