import { randomBytes, randomInt } from 'node:crypto'
import type { MiddlewareHandler } from 'hono'
import type { Complaint, PendingRating, Rating, RatingLevel, RatingStats, RatingStatsGroup } from '@contract/rating'
import { DEFAULT_LEVEL, DEFAULT_RATING_DAYS, RATING_LEVELS, REPLY_WORKING_DAYS, isBadRating } from '@/domain/rating-rules'
import { toIsoChina, type Clock } from './clock'
import type { Store } from './store'
import type { CaseRecord, DeepReadonly } from './store/records'
import type { ComplaintRecord, RatingRecord } from './rating-records'
import { addWorkingDays, chinaDateOf } from './working-days'

/**
 * 好差评 rules that need the stored data or the clock (SPEC §4); the pure rules (levels, tags, periods)
 * are src/domain/rating-rules.ts, shared with the app.
 */

const BASE32 = '0123456789ABCDEFGHJKMNPQRSTVWXYZ'
const DAY_MS = 24 * 60 * 60 * 1000

/** `PJ` + China date + 8 random base32 characters: not guessable in sequence, like a case number. */
export const RATING_ID = /^PJ\d{8}[0-9A-HJKMNP-TV-Z]{8}$/

export function newRatingId(chinaDate: string): string {
  let tail = ''
  for (const b of randomBytes(8)) tail += BASE32[b & 31]
  return `PJ${chinaDate.replace(/-/g, '')}${tail}`
}

/** `TS` + China date + 6 random digits (contract example TS2022030100001234 has 8: both read the same way). */
export const COMPLAINT_ID = /^TS\d{14}$/

export function newComplaintId(chinaDate: string, taken: (id: string) => boolean): string {
  const make = () => `TS${chinaDate.replace(/-/g, '')}${String(randomInt(0, 1_000_000)).padStart(6, '0')}`
  let id = make()
  while (taken(id)) id = make()
  return id
}

/** 一件事: why a part case is not rated on its own (409), naming the bundle case that is. */
export function partRatingRefusal(bundleCaseNo: string): string {
  return `这是一件事办件的一部分，请在一件事办件 ${bundleCaseNo} 中统一评价（一事一评）`
}

/** The instant the rating period of a case concluded at `concludedAt` ends: 7 × 24 h later (calendar days, not working days). */
export function rateByOf(concludedAt: string): string {
  return toIsoChina(new Date(new Date(concludedAt).getTime() + DEFAULT_RATING_DAYS * DAY_MS))
}

/** The instant before which a concluded case's rating period has ended at `now`. */
function defaultDueBefore(now: Date): string {
  return new Date(now.getTime() - DEFAULT_RATING_DAYS * DAY_MS).toISOString()
}

/**
 * Fujian's rule: a concluded case not rated within 7 calendar days gets 满意 (source 'default'),
 * rated at the moment its period ended (not when someone happened to look). Call inside
 * store.transaction; returns how many were recorded. Records are written, not computed on the fly,
 * so every reader (the case, 我的评价, the back office, the public figures) sees the same rating.
 */
export function settleDefaultRatings(store: Store, now: Date): number {
  let recorded = 0
  for (const record of store.cases.listRatingDue(defaultDueBefore(now))) {
    if (store.ratings.has(record.caseNo) || !record.concludedAt) continue
    const ratedAt = rateByOf(record.concludedAt)
    let id = newRatingId(chinaDateOf(new Date(ratedAt)))
    while (store.ratings.hasId(id)) id = newRatingId(chinaDateOf(new Date(ratedAt)))
    store.ratings.put({
      id,
      caseNo: record.caseNo,
      ownerId: record.ownerId,
      item: { id: record.item.id, name: record.item.name },
      department: { ...record.item.department },
      region: { ...record.item.region },
      level: DEFAULT_LEVEL,
      tags: [],
      comment: '',
      source: 'default',
      ratedAt,
      reply: null,
      followUp: null,
    })
    record.rating = { id, level: DEFAULT_LEVEL, source: 'default' }
    store.cases.put(record)
    recorded += 1
  }
  return recorded
}

/** Records the due default ratings, writing only when there is one (an indexed check: reads stay reads otherwise). */
export function settleDefaults(store: Store, now: Date): void {
  if (store.cases.hasRatingDue(defaultDueBefore(now))) store.transaction(() => settleDefaultRatings(store, now))
}

/**
 * Records the 7-day default ratings that fell due before the request is answered; app.ts mounts it
 * in front of the case routes so a case's detail shows the same rating as 我的评价 and the figures.
 */
export function defaultRatingSettler(store: Store, clock: Clock): MiddlewareHandler {
  return async (_c, next) => {
    settleDefaults(store, clock.now())
    await next()
  }
}

/** The rating with public id `id` (ratings are keyed by case number), or undefined. */
export function ratingById(store: Store, id: string): RatingRecord | undefined {
  if (!RATING_ID.test(id)) return undefined
  return store.ratings.getById(id)
}

/** China date by which the department must reply to a bad rating: 10 working days after the rating day. */
export function replyDueByOf(record: DeepReadonly<RatingRecord>): string | null {
  if (!isBadRating(record.level)) return null
  return addWorkingDays(chinaDateOf(new Date(record.ratedAt)), REPLY_WORKING_DAYS).date
}

/** The wire shape (rater and back office alike): no user id, no name. `today` is the China date by the clock. */
export function toRating(record: DeepReadonly<RatingRecord>, today: string): Rating {
  const replyDueBy = replyDueByOf(record)
  return {
    id: record.id,
    caseNo: record.caseNo,
    item: { id: record.item.id, name: record.item.name },
    department: { id: record.department.id, name: record.department.name },
    region: { code: record.region.code, name: record.region.name },
    level: record.level,
    tags: [...record.tags],
    comment: record.comment,
    source: record.source,
    ratedAt: record.ratedAt,
    replyDueBy,
    replyOverdue: replyDueBy !== null && record.reply === null && today > replyDueBy,
    reply: record.reply ? { text: record.reply.text, rectification: record.reply.rectification, repliedAt: record.reply.repliedAt } : null,
    followUp: record.followUp ? { level: record.followUp.level, comment: record.followUp.comment, at: record.followUp.at } : null,
    canFollowUp: record.reply !== null && record.followUp === null,
  }
}

/** A concluded, unrated case as the 待评价 list shows it. */
export function toPendingRating(record: DeepReadonly<CaseRecord>): PendingRating | null {
  // 一件事: a part is rated with its bundle (一事一评), so only the bundle case waits for a rating.
  if (record.bundleCaseNo) return null
  if (record.status !== 'concluded' || !record.concludedAt || record.rating) return null
  return {
    caseNo: record.caseNo,
    item: { id: record.item.id, name: record.item.name },
    department: { id: record.item.department.id, name: record.item.department.name },
    concludedAt: record.concludedAt,
    rateBy: rateByOf(record.concludedAt),
  }
}

/** Newest first by ratedAt; the same instant in reverse order of arrival. */
export function newestRatingsFirst<T extends DeepReadonly<RatingRecord>>(records: readonly T[]): T[] {
  return records
    .map((record, order) => ({ record, order }))
    .sort((a, b) => new Date(b.record.ratedAt).getTime() - new Date(a.record.ratedAt).getTime() || b.order - a.order)
    .map(({ record }) => record)
}

export function toComplaint(record: DeepReadonly<ComplaintRecord>): Complaint {
  return {
    id: record.id,
    kind: record.kind,
    content: record.content,
    caseNo: record.caseNo,
    status: record.status,
    reply: record.reply ? { text: record.reply.text, repliedAt: record.reply.repliedAt } : null,
    createdAt: record.createdAt,
  }
}

// ---- public figures ----

/** Shares and rates are rounded to 4 decimals (0.2857 = 28.57 %), so the level shares may sum to 0.9999–1.0001. */
export function round4(x: number): number {
  return Math.round(x * 10_000) / 10_000
}

function emptyCounts(): Record<RatingLevel, number> {
  return { 5: 0, 4: 0, 3: 0, 2: 0, 1: 0 }
}

function groupOf(key: string, name: string, ratings: readonly DeepReadonly<RatingRecord>[]): RatingStatsGroup {
  const counts = emptyCounts()
  let badCount = 0
  let rectifiedCount = 0
  for (const r of ratings) {
    counts[r.level] += 1
    if (isBadRating(r.level)) {
      badCount += 1
      if (r.reply !== null) rectifiedCount += 1
    }
  }
  const total = ratings.length
  const shares = emptyCounts()
  for (const level of RATING_LEVELS) shares[level] = total === 0 ? 0 : round4(counts[level] / total)
  return {
    key,
    name,
    total,
    counts,
    shares,
    badCount,
    badShare: total === 0 ? 0 : round4(badCount / total),
    rectifiedCount,
    rectificationRate: badCount === 0 ? null : round4(rectifiedCount / badCount),
  }
}

/**
 * `GET /ratings/stats`: ratings whose China date of `ratedAt` lies in [from, to], per department or
 * per region of the item, and overall. Only counts leave here: no rater, case number, comment or tag.
 * Groups with no rating in the period are left out; the largest first (ties by key).
 */
export function ratingStats(ratings: readonly DeepReadonly<RatingRecord>[], from: string, to: string, by: 'department' | 'region'): RatingStats {
  const inPeriod = ratings.filter((r) => {
    const day = chinaDateOf(new Date(r.ratedAt))
    return day >= from && day <= to
  })
  const groups = new Map<string, { name: string; ratings: DeepReadonly<RatingRecord>[] }>()
  for (const r of inPeriod) {
    const key = by === 'department' ? r.department.id : r.region.code
    const name = by === 'department' ? r.department.name : r.region.name
    const group = groups.get(key) ?? { name, ratings: [] }
    group.ratings.push(r)
    groups.set(key, group)
  }
  return {
    from,
    to,
    by,
    overall: groupOf('all', '全部', inPeriod),
    groups: [...groups.entries()]
      .map(([key, g]) => groupOf(key, g.name, g.ratings))
      .sort((a, b) => b.total - a.total || (a.key < b.key ? -1 : a.key > b.key ? 1 : 0)),
  }
}
