/**
 * Words, dates and checks of the cadre's workbench (村务工作台). Dates are Beijing dates.
 */
import dayjs from 'dayjs'
import type { CadreQueueCounts, CertificateRequest } from '@contract/certificate'
import { REQUEST_TAB_LABELS } from '@/domain/certificate-status'
import { CHINA_OFFSET_MINUTES } from '@/domain/china-date'
import { countChars, REVIEW_REASON_CHARS } from '@/domain/text'
import { formatDate, formatDateTime, inChinaTime } from '@/utils/datetime'

export { formatDate, formatDateTime }

/** The states of the cadre's queue (a withdrawn request left it). */
export type QueueStatus = keyof CadreQueueCounts

/** The queue's tabs, in the order a cadre works: what waits first. */
export const QUEUE_TABS: readonly { status: QueueStatus; label: string }[] = (['pending', 'returned', 'rejected', 'issued'] as const).map(
  (status) => ({ status, label: REQUEST_TAB_LABELS[status] }),
)

/** When the request (last) reached the committee: its latest submission or resubmission. */
export function waitingSince(request: Pick<CertificateRequest, 'history' | 'createdAt'>): string {
  const submissions = request.history.filter((e) => e.action === 'submitted' || e.action === 'resubmitted')
  return submissions.length ? submissions[submissions.length - 1].at : request.createdAt
}

/** 今天提交 / 已等待 3 天 (Beijing calendar days). */
export function waitingText(since: string, now: Date = new Date()): string {
  const from = inChinaTime(since)
  if (!from) return ''
  const days = dayjs(now).utcOffset(CHINA_OFFSET_MINUTES).startOf('day').diff(from.startOf('day'), 'day')
  return days <= 0 ? '今天提交' : `已等待 ${days} 天`
}

/** Why a reason (退回 / 不予出具 / 撤销) cannot be sent yet, or null. */
export function checkReason(text: string): string | null {
  const length = countChars(text.trim())
  if (length === 0) return '请填写原因'
  if (length < REVIEW_REASON_CHARS.min) return `原因至少 ${REVIEW_REASON_CHARS.min} 个字`
  if (length > REVIEW_REASON_CHARS.max) return `原因最多 ${REVIEW_REASON_CHARS.max} 个字，现在是 ${length} 个`
  return null
}
