import { z } from 'zod'
import type { Complaint, Rating, RatingLevel } from '@contract/rating'

/**
 * 好差评 and 投诉建议 as stored (lib/store, one table each). Kept apart from store/records.ts so that
 * file only gains the collections. A rating keeps a snapshot of its case's item, department and region (the catalogue
 * may change with the next seed) and the rater's user id, which never leaves the server.
 */
export interface RatingRecord extends Omit<Rating, 'replyDueBy' | 'replyOverdue' | 'canFollowUp'> {
  /** `PJ` + China date + 8 random base32 characters. */
  id: string
  /** The case's applicant; never sent to anyone (SPEC §4: the rater's identity is never shown). */
  ownerId: string
}

export interface ComplaintRecord extends Complaint {
  /** `TS` + China date + 6 random digits. */
  id: string
  ownerId: string
  /** The optional Idempotency-Key of the submission (a retry returns this complaint); absent on older records. */
  idempotencyKey?: string | null
  /** Fingerprint of the submitted body (lib/idempotency.ts), so the same key with another body is a 409. */
  requestHash?: string | null
}

/** What a case carries about its rating (the detail shows it or invites one). */
export interface CaseRatingRecord {
  id: string
  level: RatingLevel
  source: 'person' | 'default'
}

const level = z.union([z.literal(1), z.literal(2), z.literal(3), z.literal(4), z.literal(5)])
const tag = z.enum(['efficiency', 'guide-accuracy', 'convenience', 'usability', 'attitude', 'other'])

export const caseRatingSchema = z.object({ id: z.string(), level, source: z.enum(['person', 'default']) })

export const ratingSchema = z.object({
  id: z.string(),
  caseNo: z.string(),
  ownerId: z.string(),
  item: z.object({ id: z.string(), name: z.string() }),
  department: z.object({ id: z.string(), name: z.string() }),
  region: z.object({ code: z.string(), name: z.string() }),
  level,
  tags: z.array(tag),
  comment: z.string(),
  source: z.enum(['person', 'default']),
  ratedAt: z.string(),
  reply: z.object({ text: z.string(), rectification: z.string(), repliedAt: z.string() }).nullable(),
  followUp: z.object({ level, comment: z.string(), at: z.string() }).nullable(),
})

export const complaintSchema = z.object({
  id: z.string(),
  ownerId: z.string(),
  kind: z.enum(['cannot-do', 'complaint', 'suggestion']),
  content: z.string(),
  caseNo: z.string().nullable(),
  status: z.enum(['pending', 'replied']),
  reply: z.object({ text: z.string(), repliedAt: z.string() }).nullable(),
  createdAt: z.string(),
  idempotencyKey: z.string().nullable().optional(),
  requestHash: z.string().nullable().optional(),
})
