/**
 * The case lifecycle (SPEC §4) as one state machine: which status each action leads to, who may
 * take it, and the words a person reads for each status and step. Pure and free of Taro: the mock
 * backend enforces transitions with it (409 for anything else) and the app labels cases with it.
 *
 *   submitted ─accept→ accepted ─start-review→ in-review ─approve→ approved ─conclude→ concluded
 *       │  └─refuse→ not-accepted        │  └─approve/deny (straight from acceptance)   └deny→ denied ─conclude→ concluded
 *       └─request-supplement→ needs-supplement ─supply→ submitted (before acceptance) | in-review (after)
 *   accepted / in-review ─request-supplement→ needs-supplement (the deadline clock stops)
 *   submitted / needs-supplement (never accepted) ─withdraw→ withdrawn
 */
import type { CaseAction, CaseStatus, CaseStep, NoticeEvent } from '@contract/case'

/** Actions of the applicant, beside the back office's CaseAction. */
export type ApplicantAction = 'supply' | 'withdraw'

export type LifecycleAction = CaseAction | ApplicantAction

/** What a transition needs to know beyond the status: whether the case was ever accepted. */
export interface LifecycleContext {
  accepted: boolean
}

const BACK_OFFICE: Record<CaseAction, { from: readonly CaseStatus[]; to: CaseStatus }> = {
  accept: { from: ['submitted'], to: 'accepted' },
  refuse: { from: ['submitted'], to: 'not-accepted' },
  'request-supplement': { from: ['submitted', 'accepted', 'in-review'], to: 'needs-supplement' },
  'start-review': { from: ['accepted'], to: 'in-review' },
  approve: { from: ['accepted', 'in-review'], to: 'approved' },
  deny: { from: ['accepted', 'in-review'], to: 'denied' },
  conclude: { from: ['approved', 'denied'], to: 'concluded' },
}

/** Statuses after which nothing more happens to a case. */
export const FINAL_STATUSES: readonly CaseStatus[] = ['concluded', 'not-accepted', 'withdrawn']

/**
 * The status `action` leads to from `status`, or null when the action is not allowed there.
 * A supplied supplement returns the case to where it was asked for: pre-review before acceptance,
 * review after it. Withdrawal is only possible while the case has never been accepted.
 */
export function nextStatus(status: CaseStatus, action: LifecycleAction, context: LifecycleContext): CaseStatus | null {
  switch (action) {
    case 'supply':
      return status === 'needs-supplement' ? (context.accepted ? 'in-review' : 'submitted') : null
    case 'withdraw':
      return (status === 'submitted' || status === 'needs-supplement') && !context.accepted ? 'withdrawn' : null
    default: {
      const rule = BACK_OFFICE[action]
      return rule.from.includes(status) ? rule.to : null
    }
  }
}

/** The back-office actions possible from a status (for the back office's buttons and demos). */
export function possibleActions(status: CaseStatus): CaseAction[] {
  return (Object.keys(BACK_OFFICE) as CaseAction[]).filter((action) => BACK_OFFICE[action].from.includes(status))
}

/** Actions whose note is the reason the applicant reads, so it may not be empty. */
export const NOTE_REQUIRED: readonly CaseAction[] = ['refuse', 'request-supplement', 'deny']

/**
 * The four steps a resident sees (提交 / 受理 / 办理 / 办结); a case that ended early shows as 办结.
 * A supplement asked for during review (after acceptance) is 办理, one asked for at pre-review 提交;
 * without `context` a supplement reads as 提交.
 */
export function stepOf(status: CaseStatus, context?: LifecycleContext): CaseStep {
  switch (status) {
    case 'submitted':
      return 'submitted'
    case 'needs-supplement':
      return context?.accepted ? 'processing' : 'submitted'
    case 'accepted':
      return 'accepted'
    case 'in-review':
    case 'approved':
    case 'denied':
      return 'processing'
    case 'concluded':
    case 'not-accepted':
    case 'withdrawn':
      return 'concluded'
  }
}

export const STEP_LABELS: Record<CaseStep, string> = {
  submitted: '提交',
  accepted: '受理',
  processing: '办理',
  concluded: '办结',
}

export const CASE_STEPS: readonly CaseStep[] = ['submitted', 'accepted', 'processing', 'concluded']

/** A status in the words of a state chip (short) and of the timeline (what happened). */
export const STATUS_LABELS: Record<CaseStatus, string> = {
  submitted: '待受理',
  accepted: '已受理',
  'not-accepted': '不予受理',
  'needs-supplement': '待补正',
  'in-review': '审查中',
  approved: '审批通过',
  denied: '不予许可',
  concluded: '已办结',
  withdrawn: '已撤回',
}

/** Timeline titles: what the action did. */
export const ACTION_TITLES: Record<LifecycleAction, string> = {
  accept: '已受理',
  refuse: '不予受理',
  'request-supplement': '需要补正材料',
  'start-review': '进入审查',
  approve: '审批通过',
  deny: '不予许可',
  conclude: '已办结',
  supply: '已提交补正材料',
  withdraw: '申请人已撤回申请',
}

export const ACTION_LABELS: Record<CaseAction, string> = {
  accept: '受理',
  refuse: '不予受理',
  'request-supplement': '要求补正',
  'start-review': '开始审查',
  approve: '审批通过',
  deny: '不予许可',
  conclude: '办结',
}

/** The progress notice an action triggers, if the applicant subscribed to it. */
export function noticeEventOf(action: LifecycleAction): NoticeEvent | null {
  switch (action) {
    case 'accept':
      return 'accepted'
    case 'request-supplement':
      return 'needs-supplement'
    case 'conclude':
    case 'refuse':
      return 'concluded'
    default:
      return null
  }
}

export const NOTICE_EVENT_LABELS: Record<NoticeEvent, string> = {
  accepted: '受理通知',
  'needs-supplement': '补正通知',
  concluded: '办结通知',
}
