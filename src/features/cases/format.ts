/**
 * Words and dates of a case (办件) as a person reads them. Times are shown in Beijing time whatever
 * the phone's time zone, as the service center's working days and deadlines are.
 */
import type { CaseDeadline, CaseStatus } from '@contract/case'
import { FINAL_STATUSES } from '@/domain/case-lifecycle'
import { formatDate, formatDateTime } from '@/utils/datetime'

export { formatDate, formatDateTime }

export type DeadlineTone = 'normal' | 'overdue' | 'paused'

/**
 * The working days left, in the list's words: 剩余 N 个工作日, 已超期 N 个工作日 (shown in red, but
 * the words alone say it), 暂停计时（待补正）; null once the case has ended.
 */
export function remainingText(c: CaseDeadline): { text: string; tone: DeadlineTone } | null {
  if (c.paused) return { text: '暂停计时（待补正）', tone: 'paused' }
  const days = c.remainingWorkingDays
  if (days === null) return null
  if (c.overdue || days < 0) return { text: `已超期 ${Math.max(1, Math.abs(days))} 个工作日`, tone: 'overdue' }
  if (days === 0) return { text: '剩余 0 个工作日，今天到期', tone: 'normal' }
  return { text: `剩余 ${days} 个工作日`, tone: 'normal' }
}

export interface DeadlineLine {
  /** 办结期限 2022年3月8日, or 预计 2022年3月8日前办结 before acceptance. */
  text: string
  remaining: { text: string; tone: DeadlineTone } | null
  /** Said when the date rests on a year whose holiday calendar is not published yet. */
  caution: string | null
}

/** The deadline block of the detail and lookup pages; null when no deadline applies. */
export function deadlineLine(c: CaseDeadline & { status: CaseStatus; acceptedAt?: string | null }): DeadlineLine | null {
  // 不予许可 is a decision already taken: no date to wait for (SPEC §7, honest final states).
  if (!c.dueBy || FINAL_STATUSES.includes(c.status) || c.status === 'denied') return null
  const due = formatDate(c.dueBy)
  const accepted = c.acceptedAt !== undefined ? c.acceptedAt !== null : c.status !== 'submitted'
  const before = !accepted && (c.status === 'submitted' || c.status === 'needs-supplement')
  return {
    text: before ? `预计 ${due}前办结（受理后开始计时）` : `办结期限 ${due}`,
    remaining: before ? (c.paused ? remainingText(c) : null) : remainingText(c),
    caution: c.dueByProvisional
      ? `${c.dueBy.slice(0, 4)}年的法定节假日安排尚未公布，这个日期按周末和固定节日估算，可能会调整`
      : null,
  }
}

/** The look of a state chip; every tone is dark text on a light ground (contrast ≥ 4.5:1). */
export type StatusTone = 'active' | 'warning' | 'success' | 'danger' | 'muted'

const STATUS_TONE: Record<CaseStatus, StatusTone> = {
  submitted: 'active',
  accepted: 'active',
  'in-review': 'active',
  approved: 'success',
  denied: 'danger',
  'needs-supplement': 'warning',
  concluded: 'success',
  'not-accepted': 'danger',
  withdrawn: 'muted',
}

export function statusTone(status: CaseStatus): StatusTone {
  return STATUS_TONE[status]
}

/** Filter chips of the 办件 tab: groups of states a person thinks in. */
export interface CaseFilter {
  key: string
  label: string
  statuses: readonly CaseStatus[]
}

export const CASE_FILTERS: readonly CaseFilter[] = [
  { key: 'all', label: '全部', statuses: [] },
  { key: 'active', label: '办理中', statuses: ['submitted', 'accepted', 'in-review', 'approved', 'denied'] },
  { key: 'supplement', label: '待补正', statuses: ['needs-supplement'] },
  { key: 'concluded', label: '已办结', statuses: ['concluded'] },
  { key: 'closed', label: '未受理/已撤回', statuses: ['not-accepted', 'withdrawn'] },
]

/** 办件编号 as printed on receipts: QZ, the 8-digit date, 8 letters or digits (checked before asking the server). */
export const CASE_NO_PATTERN = /^QZ\d{8}[0-9A-Z]{8}$/

/** What a person typed as a case number, as the server spells it: no spaces, capitals. */
export function normalizeCaseNo(text: string): string {
  return text.replace(/\s+/g, '').toUpperCase()
}

/** 查询码: six digits. */
export const QUERY_CODE_PATTERN = /^\d{6}$/
