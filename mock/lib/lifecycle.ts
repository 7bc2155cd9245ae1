import { randomBytes } from 'node:crypto'
import type { CaseNotice, CaseStatus, NoticeEvent } from '@contract/case'
import { ACTION_LABELS, ACTION_TITLES, nextStatus, noticeEventOf, STATUS_LABELS, type LifecycleAction } from '@/domain/case-lifecycle'
import { toIsoChina } from './clock'
import type { Store } from './store'
import type { CaseRecord, DeepReadonly, SupplementRecord } from './store/records'
import { ApiError } from './errors'
import { sendCaseMessage } from './messages'
import { characterStringValue, phraseValue, thingValue, timeValue } from './wechat-template'
import { chinaDateOf } from './working-days'

/**
 * Moves a stored case through the lifecycle. The only judge of what is allowed is `nextStatus`
 * from the shared state machine (src/domain/case-lifecycle.ts); this module only records what a
 * transition means: the timeline, acceptance and conclusion times, the clock's pauses, the result
 * and the progress notices.
 */

/** How an action reads in "不能「…」" (the back office's button labels, the applicant's verbs). */
const ACTION_VERBS: Record<LifecycleAction, string> = { ...ACTION_LABELS, supply: '提交补正材料', withdraw: '撤回' }

export const APPLICANT_ACTOR = '申请人'

/** The 409 for an action the state machine does not allow from the case's status. */
export function illegalTransition(status: CaseStatus, action: LifecycleAction, accepted: boolean): ApiError {
  if (action === 'withdraw' && accepted) return new ApiError('CONFLICT', '办件已受理，不能撤回')
  if (action === 'supply') return new ApiError('CONFLICT', `办件当前为「${STATUS_LABELS[status]}」，无需补正材料`)
  return new ApiError('CONFLICT', `办件当前为「${STATUS_LABELS[status]}」，不能「${ACTION_VERBS[action]}」`)
}

/** The status `action` leads to from the case's, or the 409 the state machine's refusal means. */
export function assertAllowed(record: DeepReadonly<CaseRecord>, action: LifecycleAction): CaseStatus {
  const accepted = record.acceptedOn !== null
  const next = nextStatus(record.status, action, { accepted })
  if (next === null) throw illegalTransition(record.status, action, accepted)
  return next
}

/** What a transition carries besides the action. */
export interface TransitionDetails {
  note: string
  /** request-supplement. */
  supplementItems?: string[]
  /** approve / deny / conclude; defaults come from the note or the guide. */
  result?: string
  /** The guide's ways to receive the result (受理点领取, 免费邮寄送达 …). */
  delivery?: readonly string[]
  /** supply. */
  supplied?: SupplementRecord['materials']
}

/** Phrase (≤ 5 Chinese characters) of the status a notice announces. */
const NOTICE_PHRASES: Partial<Record<LifecycleAction, string>> = {
  accept: '已受理',
  'request-supplement': '需补正',
  conclude: '已办结',
  refuse: '不予受理',
}

const NOTICE_FALLBACK: Record<NoticeEvent, string> = {
  accepted: '您的申请已受理，请留意办理进度',
  'needs-supplement': '请按要求补正材料',
  concluded: '办件已办结，请查看办理结果',
}

/** The subscribe message the mock would have sent, every value within WeChat's limits. */
export function noticeFor(record: CaseRecord, action: LifecycleAction, event: NoticeEvent, note: string, now: Date): CaseNotice {
  return {
    id: `n${randomBytes(12).toString('hex')}`,
    caseNo: record.caseNo,
    event,
    data: {
      thing1: thingValue(record.item.name, '办事申请'),
      character_string2: characterStringValue(record.caseNo),
      phrase3: phraseValue(NOTICE_PHRASES[action] ?? '有更新'),
      time4: timeValue(now),
      thing5: thingValue(note, NOTICE_FALLBACK[event]),
    },
    createdAt: toIsoChina(now),
  }
}

/**
 * Applies `action` to the stored case `caseNo` (inside the request's store.transaction): 409 when the
 * state machine refuses, else the new status, its timeline entry and what the action records, and
 * the notice it sends. Returns the new status.
 */
export function applyTransition(store: Store, caseNo: string, action: LifecycleAction, details: TransitionDetails, now: Date): CaseStatus {
  const record = store.cases.get(caseNo)
  if (!record) throw new Error(`applyTransition: no case ${caseNo}`)
  const next = assertAllowed(record, action)

  const at = toIsoChina(now)
  const today = chinaDateOf(now)
  const note = details.note.trim()
  let timelineNote: string | null = note === '' ? null : note
  const applicant = action === 'supply' || action === 'withdraw'

  switch (action) {
    case 'accept':
      record.acceptedAt = at
      record.acceptedOn = today
      break
    case 'refuse':
      record.concludedAt = at
      break
    case 'request-supplement': {
      const items = details.supplementItems ?? []
      record.supplement = { requestedAt: at, note, items: [...items] }
      record.pauses.push({ from: today, to: null })
      timelineNote = `${note}（需补正：${items.map((i) => `「${i}」`).join('')}）`
      break
    }
    case 'supply': {
      const request = record.supplement
      if (request) record.supplements.push({ request, suppliedAt: at, note, materials: details.supplied ?? [] })
      record.supplement = null
      for (const pause of record.pauses) if (pause.to === null) pause.to = today
      break
    }
    case 'approve':
    case 'deny': {
      const text = details.result?.trim() || (action === 'deny' ? note : '') || `审批通过，请按所选方式领取办理结果`
      record.result = { text, delivery: [...(details.delivery ?? [])] }
      break
    }
    case 'conclude': {
      record.concludedAt = at
      const text = details.result?.trim()
      if (text) record.result = { text, delivery: [...(record.result?.delivery ?? details.delivery ?? [])] }
      else if (!record.result) record.result = { text: '已办结', delivery: [...(details.delivery ?? [])] }
      break
    }
    case 'start-review':
    case 'withdraw':
      break
  }

  record.status = next
  record.timeline.push({ at, status: next, actor: applicant ? APPLICANT_ACTOR : record.item.department.name, title: ACTION_TITLES[action], note: timelineNote })

  const event = noticeEventOf(action)
  if (event !== null && record.notices.includes(event)) {
    const notice = noticeFor(record, action, event, note, now)
    store.notices.put(notice)
  }
  // The message centre keeps every event the applicant waits for, subscribed or not.
  sendCaseMessage(store, record, action, note, now)
  store.cases.put(record)
  return next
}
