/**
 * Words and dates of the receipt (回执). Times are shown in Beijing time whatever the phone's time
 * zone, as the service center's working days and deadlines are.
 */
import type { Case, CaseStatus, NoticeEvent } from '@contract/case'
import { STATUS_LABELS } from '@/domain/case-lifecycle'
import { NOTICE_LABELS } from './notice-templates'
import { formatDate, formatDateTime, inChinaTime } from '@/utils/datetime'

export { formatDate, formatDateTime }

/** 预计 2022年3月8日前办结, with a word of caution when that year's holiday calendar is not out yet. */
export function dueByText(c: Pick<Case, 'dueBy' | 'dueByProvisional'>): { text: string; caution: string | null } | null {
  if (!c.dueBy) return null
  const at = inChinaTime(c.dueBy)
  if (!at) return null
  return {
    text: `预计 ${at.format('YYYY年M月D日')}前办结`,
    caution: c.dueByProvisional ? `${at.year()}年的法定节假日安排尚未公布，这个日期按周末和固定节日估算，可能会调整` : null,
  }
}

/** The case's state in the words of every other case screen (STATUS_LABELS, one copy). */
export function statusText(status: CaseStatus): string {
  return `当前状态：${STATUS_LABELS[status]}`
}

/** What happens next (受理 → 办理 → 办结), in words a person can act on. */
export function nextSteps(c: Pick<Case, 'item'>): { title: string; text: string }[] {
  const instant = c.item.kind === 'instant' || c.item.promisedLimitDays === 0
  return [
    { title: '受理', text: '工作人员预审你提交的信息和材料，符合条件即受理；需要补正时会告诉你要补什么。' },
    {
      title: '办理',
      text: instant ? '本事项是即办件，受理后当天办结。' : `受理后 ${c.item.promisedLimitDays} 个工作日内办理完成（承诺时限）。`,
    },
    { title: '办结', text: '办理完成后通知你结果，并按办事指南所列方式送达。' },
  ]
}

/** 受理、办结 — or 不接收 when none. */
export function noticeList(events: readonly NoticeEvent[]): string {
  return events.length ? events.map((e) => NOTICE_LABELS[e]).join('、') : '不接收'
}
