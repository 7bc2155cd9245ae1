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
import type { CaseAction, CaseEnding, CaseRemedy, CaseStatus, CaseStep, NoticeEvent } from '@contract/case'

export type { CaseEnding, CaseRemedy }

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

// ---- honest final states (SPEC §7) ----------------------------------------------------------------

/**
 * The ending of a case from its status and the statuses it passed through (its timeline): a
 * 不予许可 case stays denied after the decision is delivered (concluded). Null for any other case.
 */
export function endingOf(status: CaseStatus, history: readonly CaseStatus[]): CaseEnding | null {
  if (status === 'withdrawn' || status === 'not-accepted' || status === 'denied') return status
  if (status === 'concluded' && history.includes('denied')) return 'denied'
  return null
}

/** done / in progress / not started, or `stopped`: where an ending case stopped (its words say how). */
export type StepState = 'done' | 'current' | 'todo' | 'stopped'

export interface StepView {
  step: CaseStep
  state: StepState
  /** What a person reads beside the step: 已完成, 进行中, 未开始, 已撤回, 不予受理, 不予许可, 未办理. */
  text: string
}

const ENDING_WORDS: Record<CaseEnding, string> = { withdrawn: '已撤回', 'not-accepted': '不予受理', denied: '不予许可' }

/**
 * The four steps as a resident sees them. A case that ended short stops at the step where it
 * stopped (withdrawn and 不予受理 at 受理, 不予许可 at 办理); the steps after it read 未办理, never
 * 已完成 — except 办结 of a 不予许可 case whose decision has been delivered (concluded).
 */
export function stepViews(status: CaseStatus, step: CaseStep, ending: CaseEnding | null): StepView[] {
  if (ending) {
    const stoppedAt = ending === 'denied' ? CASE_STEPS.indexOf('processing') : CASE_STEPS.indexOf('accepted')
    return CASE_STEPS.map((s, i) => {
      if (i < stoppedAt) return { step: s, state: 'done', text: '已完成' }
      if (i === stoppedAt) return { step: s, state: 'stopped', text: ENDING_WORDS[ending] }
      if (ending === 'denied' && s === 'concluded') return status === 'concluded' ? { step: s, state: 'done', text: '已送达决定' } : { step: s, state: 'todo', text: '未开始' }
      return { step: s, state: 'todo', text: '未办理' }
    })
  }
  const at = CASE_STEPS.indexOf(step)
  const ended = step === 'concluded'
  return CASE_STEPS.map((s, i) => {
    const state: StepState = i < at || (ended && i === at) ? 'done' : i === at ? 'current' : 'todo'
    return { step: s, state, text: state === 'done' ? '已完成' : state === 'current' ? '进行中' : '未开始' }
  })
}

/**
 * The 行政复议 body for a department's decision (《行政复议法》2023 年修订 第二十四条、第二十七条): the
 * people's government at the department's level, except a tax authority (垂直管理), reviewed by the
 * tax authority one level up.
 */
export function reviewBodyOf(department: { name: string }, region: { name: string }): string {
  if (/税务/.test(department.name)) return `${department.name}的上一级税务机关`
  return `${region.name}人民政府`
}

/**
 * The remedy of an ending (SPEC §7): 不予许可 and 不予受理 may be reviewed (行政复议 within 60 days,
 * 《行政复议法》第二十条) or taken to court (行政诉讼 within 6 months, 《行政诉讼法》第四十六条); a
 * 不予受理 case may also be applied for again once what was missing is put right; a withdrawn one
 * may simply be applied for again.
 */
export function remedyOf(ending: CaseEnding | null, item: { department: { name: string }; region: { name: string } }): CaseRemedy | null {
  if (!ending) return null
  if (ending === 'withdrawn') return { title: '申请已撤回', text: '本次申请已撤回，不再办理。如仍需办理，可以重新申报。', reviewBody: null }
  const body = reviewBodyOf(item.department, item.region)
  const appeal = `可以自知道该决定之日起 60 日内向${body}申请行政复议，也可以自知道该决定之日起 6 个月内依法向人民法院提起行政诉讼。`
  if (ending === 'not-accepted') {
    return { title: '不予受理后怎么办', text: `可以按不予受理的理由补齐或更正后重新申报。如对不予受理决定不服，${appeal}`, reviewBody: body }
  }
  return { title: '如对不予许可决定不服', text: `${appeal}`, reviewBody: body }
}

/**
 * Whether a case offers 办不成事反映 (SPEC §7): concluded, refused, denied, overdue, or stuck
 * waiting for a supplement — wherever a person may need a way out.
 */
export function offersComplaint(c: { status: CaseStatus; overdue: boolean; ending: CaseEnding | null }): boolean {
  return c.status === 'concluded' || c.status === 'needs-supplement' || c.overdue || c.ending === 'not-accepted' || c.ending === 'denied'
}
