/**
 * 好差评 (国办发〔2019〕51号, GB/T 39734-2020, 福建省政务服务"好差评"管理办法) and 投诉建议.
 * Levels: 5 非常满意 · 4 满意 · 3 基本满意 · 2 不满意 · 1 非常不满意; 1–2 are a bad rating (差评).
 */
export type RatingLevel = 1 | 2 | 3 | 4 | 5

/** Reason tags a bad rating must carry at least one of (ids; labels in src/domain/rating-rules.ts). */
export type RatingTag = 'efficiency' | 'guide-accuracy' | 'convenience' | 'usability' | 'attitude' | 'other'

/** Body of `POST /cases/{caseNo}/rating`. */
export interface RatingInput {
  level: RatingLevel
  /** Required (≥ 1) for a bad rating; may be empty otherwise. */
  tags: RatingTag[]
  comment: string
}

/** Body of `POST /ratings/{id}/follow-up`: one rating of the department's reply (回访). */
export interface FollowUpInput {
  level: RatingLevel
  comment: string
}

/** The department's verification and rectification of a bad rating (`POST /admin/ratings/{id}/reply`). */
export interface RatingReply {
  text: string
  /** 整改措施. */
  rectification: string
  repliedAt: string
}

/** One rating as its rater sees it (`GET /ratings/mine`) and the back office sees it. */
export interface Rating {
  id: string
  caseNo: string
  item: { id: string; name: string }
  department: { id: string; name: string }
  region: { code: string; name: string }
  level: RatingLevel
  tags: RatingTag[]
  comment: string
  /** 'default': nobody rated within 7 calendar days of conclusion, so 满意 was recorded (Fujian rule). */
  source: 'person' | 'default'
  ratedAt: string
  /** Bad ratings only: the reply is due 10 working days after the rating. */
  replyDueBy: string | null
  replyOverdue: boolean
  reply: RatingReply | null
  followUp: { level: RatingLevel; comment: string; at: string } | null
  /** Whether the rater may still give the one follow-up rating (a reply exists, no follow-up yet). */
  canFollowUp: boolean
}

/** A concluded case still waiting for its rating (`GET /ratings/pending`, the 待评价 list). */
export interface PendingRating {
  caseNo: string
  item: { id: string; name: string }
  department: { id: string; name: string }
  concludedAt: string
  /** After this instant the default 满意 is recorded. */
  rateBy: string
}

/** Public figures of one department or region over a period (`GET /ratings/stats`). Nothing identifies a rater. */
export interface RatingStatsGroup {
  /** Department id or region code. */
  key: string
  name: string
  total: number
  /** Count of each level. */
  counts: Record<RatingLevel, number>
  /** Share of each level in [0, 1]. */
  shares: Record<RatingLevel, number>
  badCount: number
  badShare: number
  /** Bad ratings with a reply. */
  rectifiedCount: number
  /** rectifiedCount / badCount, or null when there is no bad rating. */
  rectificationRate: number | null
}

export interface RatingStats {
  from: string
  to: string
  by: 'department' | 'region'
  overall: RatingStatsGroup
  groups: RatingStatsGroup[]
}

/** 办不成事反映 / 投诉建议. */
export type ComplaintKind = 'cannot-do' | 'complaint' | 'suggestion'

export interface ComplaintInput {
  kind: ComplaintKind
  content: string
  /** The case it concerns, optional. */
  caseNo: string | null
}

export interface Complaint {
  /** e.g. TS2022030100001234. */
  id: string
  kind: ComplaintKind
  content: string
  caseNo: string | null
  status: 'pending' | 'replied'
  reply: { text: string; repliedAt: string } | null
  createdAt: string
}
