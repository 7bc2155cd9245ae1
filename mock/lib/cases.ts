import { randomBytes, randomInt } from 'node:crypto'
import type { Case, CaseDeadline, CaseLookupResult, CaseSummary } from '@contract/case'
import { endingOf, nextStatus, possibleActions, remedyOf, stepOf } from '@/domain/case-lifecycle'
import { maskIdNumber, maskName, maskPhone } from '@/domain/mask'
import type { CatalogueItem } from '../seed/types'
import type { CaseFieldRecord, CaseMaterialRecord, DeepReadonly, CaseRecord, UserRecord } from './store/records'
import { maskLicenseNumber } from './licenses'
import { rateByOf } from './ratings'
import { addWorkingDays, chinaDateOf, dueDate, nextWorkingDay, workingDaysBetween } from './working-days'

/** Crockford base32 (no I, L, O, U): easy to read aloud and to type from a receipt. */
const BASE32 = '0123456789ABCDEFGHJKMNPQRSTVWXYZ'

/** 办件编号: `QZ` + China date + 8 random base32 characters (40 bits), 18 characters in all. */
export const CASE_NO = /^QZ\d{8}[0-9A-HJKMNP-TV-Z]{8}$/

/**
 * A new case number. The random part comes from the OS's CSPRNG, so one receipt says nothing about
 * the next case's number; the date part only helps a person read it.
 */
export function newCaseNo(chinaDate: string): string {
  const bytes = randomBytes(8)
  let tail = ''
  for (const b of bytes) tail += BASE32[b & 31]
  return `QZ${chinaDate.replace(/-/g, '')}${tail}`
}

/** The 6-digit 查询码 printed on the receipt (uniform, leading zeros kept). */
export function newQueryCode(): string {
  return String(randomInt(0, 1_000_000)).padStart(6, '0')
}

/** What a checked application brings to a new case (lib/cases.ts decides everything else). */
export interface NewCase {
  caseNo: string
  /** The applicant as stored, real-name verified (and enterprise-verified for a 法人 application). */
  owner: DeepReadonly<UserRecord> & { realName: NonNullable<UserRecord['realName']> }
  item: CatalogueItem
  applicantKind: CaseRecord['applicantKind']
  fields: CaseFieldRecord[]
  materials: CaseMaterialRecord[]
  commitmentAccepted: boolean
  idempotencyKey: string
  submittedAt: string
  /** 为家人办: the confirmed family member applied for; the owner is then the 经办人. Absent or null: oneself. */
  member?: { id: string; name: string; idNumber: string } | null
}

/**
 * A just-submitted case: the item and applicant snapshotted (the catalogue and the profile may
 * change later), a new query code, status submitted with its first timeline entry, nothing decided yet.
 */
export function newCaseRecord(input: NewCase): CaseRecord {
  const { owner, item, submittedAt } = input
  const member = input.member ?? null
  return {
    caseNo: input.caseNo,
    queryCode: newQueryCode(),
    ownerId: owner.id,
    item: {
      id: item.id,
      name: item.name,
      department: { id: item.department.id, name: item.department.name },
      region: { code: item.region.code, name: item.region.name },
      kind: item.kind,
      promisedLimitDays: item.promisedLimitDays,
      fee: { charged: item.fee.charged, description: item.fee.description, basis: item.fee.basis },
    },
    applicantKind: input.applicantKind,
    // For a family member the member applies (申请人) and the owner acts (经办人); the member's phone
    // is not known to the account, so the form's 联系电话 is how the department reaches them.
    applicant: member
      ? { name: member.name, idNumber: member.idNumber, phone: null, enterprise: null }
      : {
          name: owner.realName.name,
          idNumber: owner.realName.idNumber,
          phone: owner.phone,
          enterprise: input.applicantKind === 'legal' && owner.enterprise ? { name: owner.enterprise.name, creditCode: owner.enterprise.creditCode } : null,
        },
    familyMemberId: member?.id ?? null,
    agent: member ? { name: owner.realName.name, idNumber: owner.realName.idNumber, phone: owner.phone } : null,
    status: 'submitted',
    submittedAt,
    fields: input.fields,
    materials: input.materials,
    commitmentAccepted: input.commitmentAccepted,
    notices: [],
    timeline: [{ at: submittedAt, status: 'submitted', actor: member ? '经办人' : '申请人', title: member ? '经办人已代为提交申请' : '已提交申请', note: `等待${item.department.name}预审受理` }],
    idempotencyKey: input.idempotencyKey,
    acceptedAt: null,
    acceptedOn: null,
    pauses: [],
    supplement: null,
    supplements: [],
    result: null,
    concludedAt: null,
  }
}

/** Whether the department ever accepted the case (the lifecycle's context). */
export function wasAccepted(record: DeepReadonly<CaseRecord>): boolean {
  return record.acceptedOn !== null
}

/**
 * Deadline facts at `today` (China date), computed from the stored facts so that moving the
 * settable clock moves them:
 * - Before acceptance: an estimate — acceptance on the next working day after the submission (or
 *   after the last supplied supplement; while one is outstanding, after today, so the remaining days
 *   stand still), plus the promised limit (instant items: that acceptance day).
 * - From acceptance: `dueDate(acceptedOn, limit, pauses, today)` — working days after acceptance,
 *   the clock stopped while a supplement is outstanding; instant items are due the acceptance day.
 * - Overdue once today is after dueBy; remaining is then minus the working days since, at least -1.
 * - Ended: a concluded case keeps the deadline it had when it concluded; a refused or withdrawn one
 *   has none. Nothing is counting any more: remaining null, never overdue.
 */
export function deadlineOf(record: DeepReadonly<CaseRecord>, today: string): CaseDeadline {
  const limit = record.item.promisedLimitDays
  const pauses = record.pauses.map((p) => ({ from: p.from, to: p.to }))
  const paused = record.supplement !== null
  if (record.status === 'not-accepted' || record.status === 'withdrawn') {
    return { dueBy: null, dueByProvisional: false, remainingWorkingDays: null, overdue: false, paused: false }
  }
  if (record.status === 'concluded' || record.status === 'denied') {
    // 不予许可 is a decision: nothing is counting down to 办结 any more (SPEC §7, honest final states).
    const decidedAt = record.status === 'denied' ? [...record.timeline].reverse().find((e) => e.status === 'denied')?.at : record.concludedAt
    const concludedOn = decidedAt ? chinaDateOf(new Date(decidedAt)) : today
    const due = record.acceptedOn ? dueDate(record.acceptedOn, limit, pauses, concludedOn) : null
    return { dueBy: due?.date ?? null, dueByProvisional: due?.provisional ?? false, remainingWorkingDays: null, overdue: false, paused: false }
  }
  let due: { date: string; provisional: boolean }
  if (record.acceptedOn !== null) {
    due = dueDate(record.acceptedOn, limit, pauses, today)
  } else {
    let basis = chinaDateOf(new Date(record.submittedAt))
    for (const p of pauses) {
      const end = p.to ?? today
      if (end > basis) basis = end
    }
    due = addWorkingDays(nextWorkingDay(basis), limit)
  }
  // Overdue from the day after dueBy; a weekend or holiday right after it still reads as 1 day
  // overdue (never "overdue by 0"), and each working day after that adds one.
  const remaining = today <= due.date ? workingDaysBetween(today, due.date) : -Math.max(1, workingDaysBetween(due.date, today))
  return { dueBy: due.date, dueByProvisional: due.provisional, remainingWorkingDays: remaining, overdue: today > due.date, paused }
}

function maskField(field: DeepReadonly<CaseFieldRecord>): Case['fields'][number] {
  const value = Array.isArray(field.value) ? [...field.value] : (field.value as string | number)
  if (field.kind === 'id-number' && typeof value === 'string') return { key: field.key, label: field.label, value: maskIdNumber(value), display: maskIdNumber(value) }
  if (field.kind === 'phone' && typeof value === 'string') return { key: field.key, label: field.label, value: maskPhone(value), display: maskPhone(value) }
  return { key: field.key, label: field.label, value, display: field.display }
}

/** How the case ended short, if it did (withdrawn, 不予受理, 不予许可 — also once delivered). */
function endingOfRecord(record: DeepReadonly<CaseRecord>): Case['ending'] {
  return endingOf(record.status, record.timeline.map((e) => e.status))
}

function timelineOf(record: DeepReadonly<CaseRecord>): Case['timeline'] {
  return record.timeline.map((e) => ({ at: e.at, status: e.status, actor: e.actor, title: e.title, note: e.note }))
}

/** The one way a case leaves the server: name, ID numbers, phones and license numbers masked; deadlines as of `today`. */
export function toCase(record: DeepReadonly<CaseRecord>, today: string): Case {
  const { applicant } = record
  return {
    caseNo: record.caseNo,
    queryCode: record.queryCode,
    item: {
      id: record.item.id,
      name: record.item.name,
      department: { ...record.item.department },
      region: { ...record.item.region },
      kind: record.item.kind,
      promisedLimitDays: record.item.promisedLimitDays,
      fee: record.item.fee ? { ...record.item.fee } : null,
    },
    applicantKind: record.applicantKind,
    applicant: {
      name: maskName(applicant.name),
      idNumber: maskIdNumber(applicant.idNumber),
      phone: applicant.phone ? maskPhone(applicant.phone) : null,
      // A 统一社会信用代码 is public registry data, as in toUser().
      enterprise: applicant.enterprise ? { name: applicant.enterprise.name, creditCode: applicant.enterprise.creditCode } : null,
    },
    status: record.status,
    step: stepOf(record.status, { accepted: wasAccepted(record) }),
    ending: endingOfRecord(record),
    remedy: remedyOf(endingOfRecord(record), record.item),
    submittedAt: record.submittedAt,
    ...deadlineOf(record, today),
    fields: record.fields.map(maskField),
    materials: record.materials.map((m) => ({
      key: m.key,
      name: m.name,
      files: m.files.map((f) => ({ fileId: f.fileId, name: f.name, size: f.size, mime: f.mime })),
      license: m.license ? { id: m.license.id, type: m.license.type, number: maskLicenseNumber(m.license.number) } : null,
    })),
    commitmentAccepted: record.commitmentAccepted,
    notices: [...record.notices],
    timeline: timelineOf(record),
    acceptedAt: record.acceptedAt,
    concludedAt: record.concludedAt,
    supplement: record.supplement ? { requestedAt: record.supplement.requestedAt, note: record.supplement.note, items: [...record.supplement.items] } : null,
    result: record.result ? { text: record.result.text, delivery: [...record.result.delivery] } : null,
    canWithdraw: nextStatus(record.status, 'withdraw', { accepted: wasAccepted(record) }) !== null,
    rating: record.rating ? { id: record.rating.id, level: record.rating.level, source: record.rating.source } : null,
    rateBy: record.status === 'concluded' && record.concludedAt && !record.rating ? rateByOf(record.concludedAt) : null,
    agent: record.agent ? { name: maskName(record.agent.name), idNumber: maskIdNumber(record.agent.idNumber), phone: record.agent.phone ? maskPhone(record.agent.phone) : null } : null,
  }
}

/**
 * The case as the member a family member filed it for (申请人) sees it: everything, masked as ever;
 * 撤回, 补正 and 评价 stay with the 经办人 who filed it, so none is offered.
 */
export function toCaseForApplicant(record: DeepReadonly<CaseRecord>, today: string): Case {
  return { ...toCase(record, today), canWithdraw: false, rateBy: null, viewerIsApplicant: true }
}

/** One row of a case list (`GET /cases`, `GET /admin/cases`). */
export function toCaseSummary(record: DeepReadonly<CaseRecord>, today: string): CaseSummary {
  return {
    caseNo: record.caseNo,
    item: { id: record.item.id, name: record.item.name, department: { ...record.item.department } },
    status: record.status,
    step: stepOf(record.status, { accepted: wasAccepted(record) }),
    submittedAt: record.submittedAt,
    ...deadlineOf(record, today),
    ...(record.agent ? { proxy: { applicantName: maskName(record.applicant.name), agentName: maskName(record.agent.name) } } : {}),
  }
}

/** The back office's row: the summary plus the query code and the actions possible now. */
export interface AdminCaseSummary extends CaseSummary {
  queryCode: string
  actions: ReturnType<typeof possibleActions>
}

export function toAdminCaseSummary(record: DeepReadonly<CaseRecord>, today: string): AdminCaseSummary {
  return { ...toCaseSummary(record, today), queryCode: record.queryCode, actions: possibleActions(record.status) }
}

/** `POST /cases/lookup`: progress and the masked name, nothing else personal. */
export function toLookupResult(record: DeepReadonly<CaseRecord>, today: string): CaseLookupResult {
  // Progress only: who filed it for whom is not for whoever holds the receipt.
  const { proxy: _proxy, ...summary } = toCaseSummary(record, today)
  return { ...summary, applicantName: maskName(record.applicant.name), timeline: timelineOf(record) }
}

/** Newest first; cases of the same instant in reverse order of arrival. */
export function newestCasesFirst<T extends DeepReadonly<CaseRecord>>(records: readonly T[]): T[] {
  return records
    .map((record, order) => ({ record, order }))
    .sort((a, b) => b.record.submittedAt.localeCompare(a.record.submittedAt) || b.order - a.order)
    .map(({ record }) => record)
}
