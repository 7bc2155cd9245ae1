/**
 * The rules of 好差评 in one pure module (SPEC §4): level words, which levels are a bad rating, the
 * fixed reason tags, and the periods (7 calendar days to rate, 10 working days to reply). The app
 * labels ratings with it and the mock backend enforces it.
 */
import type { RatingLevel, RatingTag } from '@contract/rating'

export const RATING_LEVELS: readonly RatingLevel[] = [5, 4, 3, 2, 1]

export const LEVEL_LABELS: Record<RatingLevel, string> = {
  5: '非常满意',
  4: '满意',
  3: '基本满意',
  2: '不满意',
  1: '非常不满意',
}

/** 不满意 and 非常不满意 are a bad rating (差评): they need a reason tag and get a department's reply. */
export function isBadRating(level: RatingLevel): boolean {
  return level <= 2
}

export const RATING_TAGS: readonly RatingTag[] = ['efficiency', 'guide-accuracy', 'convenience', 'usability', 'attitude', 'other']

export const TAG_LABELS: Record<RatingTag, string> = {
  efficiency: '办事效率',
  'guide-accuracy': '办事指南精确度',
  convenience: '办事便捷度',
  usability: '平台操作性',
  attitude: '服务态度',
  other: '其他',
}

/** Calendar days after conclusion to rate before 满意 is recorded by default (Fujian rule). */
export const DEFAULT_RATING_DAYS = 7

/** The level recorded when nobody rated in time. */
export const DEFAULT_LEVEL: RatingLevel = 4

/** Working days the department has to verify and reply to a bad rating. */
export const REPLY_WORKING_DAYS = 10

/** Longest comment a person may write. */
export const COMMENT_MAX = 500

/** What is wrong with a rating before it is sent, or null: a bad rating needs at least one reason. */
export function ratingProblem(level: RatingLevel | null, tags: readonly RatingTag[]): string | null {
  if (level === null) return '请选择满意程度'
  if (isBadRating(level) && tags.length === 0) return '请至少选择一项不满意的原因'
  return null
}
