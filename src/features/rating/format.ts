/**
 * Words, dates and figures of 好差评 and 投诉建议 as a person reads them. Times are shown in Beijing
 * time whatever the phone's time zone; percentages keep one decimal (83.3%, 100%).
 */
import dayjs from 'dayjs'
import type { ComplaintKind, Complaint, RatingLevel, RatingStatsGroup } from '@contract/rating'
import { LEVEL_LABELS, RATING_LEVELS } from '@/domain/rating-rules'
import { COMPLAINT_CHARS, countChars } from '@/domain/text'
import { chinaDay, formatDate, formatDateTime } from '@/utils/datetime'

export { chinaDay, formatDate, formatDateTime }

export function levelWords(level: RatingLevel): string {
  return LEVEL_LABELS[level]
}

/** 83.3%, 100%, 0%: one decimal, without a trailing .0. */
export function percent(share: number): string {
  const text = (Math.round(share * 1000) / 10).toFixed(1)
  return `${text.endsWith('.0') ? text.slice(0, -2) : text}%`
}

export const COMPLAINT_KINDS: readonly ComplaintKind[] = ['cannot-do', 'complaint', 'suggestion']

export const COMPLAINT_KIND_LABELS: Record<ComplaintKind, string> = {
  'cannot-do': '办不成事反映',
  complaint: '投诉',
  suggestion: '建议',
}

/** What each kind is for, under the choice. */
export const COMPLAINT_KIND_HINTS: Record<ComplaintKind, string> = {
  'cannot-do': '按规定应该办、却没有办成的事',
  complaint: '服务态度、办事效率等方面的问题',
  suggestion: '对政务服务的意见和改进建议',
}

export const COMPLAINT_STATUS_LABELS: Record<Complaint['status'], string> = {
  pending: '待处理',
  replied: '已答复',
}

export function checkComplaintContent(text: string): string | null {
  const length = countChars(text.trim())
  if (length === 0) return '请填写反映的内容'
  if (length < COMPLAINT_CHARS.min) return `内容至少 ${COMPLAINT_CHARS.min} 个字，请说清楚发生了什么`
  if (length > COMPLAINT_CHARS.max) return `内容最多 ${COMPLAINT_CHARS.max} 个字，现在是 ${length} 个`
  return null
}

export type PeriodKey = '30' | '90' | 'year'

export const PERIODS: readonly { key: PeriodKey; label: string }[] = [
  { key: '30', label: '近 30 天' },
  { key: '90', label: '近 90 天' },
  { key: 'year', label: '今年' },
]

/** The first and last China day of a period ending on `today` (YYYY-MM-DD), both included. */
export function periodRange(key: PeriodKey, today: string): { from: string; to: string } {
  const end = dayjs(today)
  const from = key === 'year' ? end.startOf('year') : end.subtract(Number(key) - 1, 'day')
  return { from: from.format('YYYY-MM-DD'), to: end.format('YYYY-MM-DD') }
}

/** 整改率 in words: a percentage, or that there was no bad rating to rectify. */
export function rectificationText(group: RatingStatsGroup): string {
  return group.rectificationRate === null ? '无差评' : percent(group.rectificationRate)
}

/**
 * The text a screen reader gives for one bar of the chart, with every figure the bar draws:
 * 「泉州市公安局：共 12 条，非常满意 83.3%，…，差评率 8.3%，整改率 100%」.
 */
export function groupSummary(group: RatingStatsGroup): string {
  const levels = RATING_LEVELS.map((level) => `${LEVEL_LABELS[level]} ${percent(group.shares[level])}`).join('，')
  return `${group.name}：共 ${group.total} 条，${levels}，差评率 ${percent(group.badShare)}，整改率 ${rectificationText(group)}`
}
