import { randomBytes } from 'node:crypto'
import type { Message, MessageKind } from '@contract/message'
import type { CertificateNoticeEvent } from '@contract/certificate'
import type { CaseStatus } from '@contract/case'
import { endingOf, type LifecycleAction } from '@/domain/case-lifecycle'
import { maskName } from '@/domain/mask'
import { messageLink, type MessageTarget } from '@/domain/message-links'
import { toIsoChina } from './clock'
import type { Store } from './store'
import type { MessageRecord } from './store/records'

/**
 * 消息 (SPEC §7 "Notices"): every event a person waits for becomes a message for them, whether or
 * not they subscribed to its WeChat subscribe message (that stays a separate record, lib/lifecycle.ts
 * and lib/certificate-notices.ts). Each is written inside the transaction of the event itself, so a
 * refused event leaves no message.
 */

/** A note quoted in a message body, cut so the list stays one short paragraph. */
const NOTE_MAX = 60

function quote(note: string | null | undefined): string {
  const text = (note ?? '').trim().replace(/\s+/g, ' ')
  if (text === '') return ''
  return [...text].length > NOTE_MAX ? `${[...text].slice(0, NOTE_MAX - 1).join('')}…` : text
}

function withNote(text: string, label: string, note: string | null | undefined): string {
  const quoted = quote(note)
  return quoted === '' ? text : `${text}${label}：${quoted}`
}

/** What a message id looks like (`m` + 24 hex digits), checked before any look-up. */
export const MESSAGE_ID = /^m[0-9a-f]{24}$/

export const MESSAGE_NOT_FOUND = '消息不存在或已删除'

/** Stores one message for `ownerId` (inside the caller's store.transaction). */
export function sendMessage(store: Store, ownerId: string, message: { kind: MessageKind; title: string; body: string; target: MessageTarget }, now: Date): MessageRecord {
  return store.messages.put({
    id: `m${randomBytes(12).toString('hex')}`,
    ownerId,
    kind: message.kind,
    title: message.title,
    body: message.body,
    link: messageLink(message.target),
    createdAt: toIsoChina(now),
    readAt: null,
  })
}

/** The wire shape: the owner stays on the server. */
export function toMessage(record: MessageRecord): Message {
  return { id: record.id, kind: record.kind, title: record.title, body: record.body, link: record.link, createdAt: record.createdAt, readAt: record.readAt }
}

/** The back office's case actions the applicant waits for, and what each message says. */
const CASE_MESSAGES: Partial<Record<LifecycleAction, { title: string; text: (item: string) => string; label: string }>> = {
  accept: { title: '办件已受理', text: (item) => `「${item}」已受理，请留意办理进度。`, label: '说明' },
  'request-supplement': { title: '请补正材料', text: (item) => `「${item}」需要补正材料，补正后继续办理。`, label: '需补正' },
  refuse: { title: '办件不予受理', text: (item) => `「${item}」不予受理。`, label: '理由' },
  approve: { title: '审批已通过', text: (item) => `「${item}」审批通过，请按所选方式领取办理结果。`, label: '说明' },
  deny: { title: '办件不予许可', text: (item) => `「${item}」不予许可，可查看救济途径。`, label: '理由' },
  conclude: { title: '办件已办结', text: (item) => `「${item}」已办结，请查看办理结果并评价。`, label: '说明' },
}

/** A case as the message needs it; `status`, `timeline` and `bundleCaseNo` matter for a bundle's part (一件事). */
interface MessageCase {
  ownerId: string
  caseNo: string
  item: { name: string }
  status?: CaseStatus
  timeline?: readonly { status: CaseStatus }[]
  bundleCaseNo?: string | null
}

/**
 * 一件事: an event of a part case reaches the person in its bundle case (the bundle page, where the
 * 补正 is answered); a part's conclusion is 'bundle part concluded' with the count so far. The
 * message to the bundle as a whole when every part has ended is sent by lib/bundle-cases.ts.
 */
function sendBundlePartMessage(store: Store, record: MessageCase, bundleCaseNo: string, action: LifecycleAction, note: string, now: Date): boolean {
  const bundle = store.cases.get(bundleCaseNo)
  if (!bundle?.bundle) return false
  const message = CASE_MESSAGES[action]
  if (!message) return true
  const target: MessageTarget =
    action === 'request-supplement' ? { page: 'supplement', caseNo: bundleCaseNo, part: record.caseNo } : { page: 'case', caseNo: bundleCaseNo, part: record.caseNo }
  const inBundle = `「${bundle.item.name}」中的`
  if (action === 'conclude') {
    // The part being moved is not stored yet: count it as it is now.
    const parts = store.cases.listParts(bundleCaseNo).map((p) => (p.caseNo === record.caseNo ? { status: record.status ?? p.status, timeline: record.timeline ?? p.timeline } : p))
    const done = parts.filter((p) => p.status === 'concluded' && endingOf(p.status, p.timeline.map((e) => e.status)) === null).length
    const body = withNote(`${inBundle}${message.text(record.item.name)}已办结 ${done}/${parts.length} 项。一件事办件编号 ${bundleCaseNo}。`, message.label, note)
    sendMessage(store, record.ownerId, { kind: 'case', title: '一件事部分办结', body, target }, now)
    return true
  }
  sendMessage(store, record.ownerId, { kind: 'case', title: message.title, body: withNote(`${inBundle}${message.text(record.item.name)}一件事办件编号 ${bundleCaseNo}。`, message.label, note), target }, now)
  return true
}

/** The message a case action sends its applicant's account, if the action is one they wait for. */
export function sendCaseMessage(store: Store, record: MessageCase, action: LifecycleAction, note: string, now: Date): void {
  if (record.bundleCaseNo && sendBundlePartMessage(store, record, record.bundleCaseNo, action, note, now)) return
  const message = CASE_MESSAGES[action]
  if (!message) return
  const target: MessageTarget = action === 'request-supplement' ? { page: 'supplement', caseNo: record.caseNo } : { page: 'case', caseNo: record.caseNo }
  sendMessage(store, record.ownerId, { kind: 'case', title: message.title, body: withNote(`${message.text(record.item.name)}办件编号 ${record.caseNo}。`, message.label, note), target }, now)
}

const CERTIFICATE_MESSAGES: Record<CertificateNoticeEvent, { title: string; text: (type: string) => string; label: string }> = {
  'certificate-returned': { title: '证明申请被退回', text: (type) => `「${type}」申请已退回，请修改后重新提交。`, label: '退回原因' },
  'certificate-issued': { title: '证明已出具', text: (type) => `「${type}」已出具，可查看和出示。`, label: '说明' },
  'certificate-rejected': { title: '证明申请不予出具', text: (type) => `「${type}」申请不予出具。`, label: '理由' },
  'certificate-revoked': { title: '证明已被撤销', text: (type) => `「${type}」已被撤销。`, label: '原因' },
  'certificate-expiring': { title: '证明即将到期', text: (type) => `「${type}」即将到期，如需继续使用请重新申请。`, label: '说明' },
}

/** The message of a village certificate event to its holder: the certificate when there is one, else the request. */
export function sendCertificateMessage(
  store: Store,
  request: { id: string; ownerId: string; type: { name: string } },
  event: CertificateNoticeEvent,
  note: string | null,
  now: Date,
  certificateNo?: string,
): void {
  const message = CERTIFICATE_MESSAGES[event]
  const target: MessageTarget = certificateNo ? { page: 'certificate', no: certificateNo } : { page: 'certificate-request', requestId: request.id }
  sendMessage(store, request.ownerId, { kind: 'certificate', title: message.title, body: withNote(message.text(request.type.name), message.label, note), target }, now)
}

/** The message of the back office's reply to a complaint. */
export function sendComplaintReplyMessage(store: Store, complaint: { ownerId: string; caseNo: string | null }, reply: string, now: Date): void {
  const about = complaint.caseNo ? `关于办件 ${complaint.caseNo} 的反映` : '您的反映'
  sendMessage(store, complaint.ownerId, { kind: 'complaint', title: '反映已答复', body: withNote(`${about}已答复。`, '答复', reply), target: { page: 'complaint', caseNo: complaint.caseNo } }, now)
}

/** The message of the department's reply (核实整改) to a rating. */
export function sendRatingReplyMessage(store: Store, rating: { ownerId: string; item: { name: string } }, reply: string, now: Date): void {
  sendMessage(store, rating.ownerId, { kind: 'rating', title: '评价已回复', body: withNote(`您对「${rating.item.name}」的评价已收到部门回复。`, '回复', reply), target: { page: 'my-ratings' } }, now)
}

/**
 * 为家人办: the person a resident added as a family member hears of it in their own account, so they
 * know to look at the request and give the code only if they agree. `accountId` is their account:
 * every account verified with the member's ID number when the link is made, or the account that
 * is verified with it later while the link still waits.
 */
export function sendFamilyRequestMessage(store: Store, member: { ownerId: string }, accountId: string, now: Date): void {
  if (accountId === member.ownerId) return
  const owner = store.users.get(member.ownerId)
  const ownerName = owner?.realName ? maskName(owner.realName.name) : '一位居民'
  sendMessage(
    store,
    accountId,
    {
      kind: 'family',
      title: '家人申请为您代办',
      body: `${ownerName}把您添加为家人，想为您代办政务服务。同意的请在「家人」页把确认码告诉对方；不认识或不同意的不要告诉任何人。`,
      target: { page: 'family' },
    },
    now,
  )
}
