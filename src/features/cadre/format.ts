/**
 * Words, dates and checks of the cadre's workbench (村务工作台). Dates are Beijing dates.
 */
import dayjs from 'dayjs'
import type { CertificateRequest, CertificateRequestStatus } from '@contract/certificate'
import { BEIJING_OFFSET_MINUTES, formatDate, formatDateTime, inChinaTime } from '@/utils/datetime'

export { formatDate, formatDateTime }

/** The queue's tabs, in the order a cadre works: what waits first. */
export const QUEUE_TABS: readonly { status: CertificateRequestStatus; label: string }[] = [
  { status: 'pending', label: '待审核' },
  { status: 'returned', label: '已退回' },
  { status: 'rejected', label: '已拒绝' },
  { status: 'issued', label: '已出具' },
]

/** When the request (last) reached the committee: its latest submission or resubmission. */
export function waitingSince(request: Pick<CertificateRequest, 'history' | 'createdAt'>): string {
  const submissions = request.history.filter((e) => e.action === 'submitted' || e.action === 'resubmitted')
  return submissions.length ? submissions[submissions.length - 1].at : request.createdAt
}

/** 今天提交 / 已等待 3 天 (Beijing calendar days). */
export function waitingText(since: string, now: Date = new Date()): string {
  const from = inChinaTime(since)
  if (!from) return ''
  const days = dayjs(now).utcOffset(BEIJING_OFFSET_MINUTES).startOf('day').diff(from.startOf('day'), 'day')
  return days <= 0 ? '今天提交' : `已等待 ${days} 天`
}

export const REASON_MIN = 2
export const REASON_MAX = 200

/** Why a reason (退回 / 不予出具 / 撤销) cannot be sent yet, or null. */
export function checkReason(text: string): string | null {
  const length = Array.from(text.trim()).length
  if (length === 0) return '请填写原因'
  if (length < REASON_MIN) return `原因至少 ${REASON_MIN} 个字`
  if (length > REASON_MAX) return `原因最多 ${REASON_MAX} 个字，现在是 ${length} 个`
  return null
}
