import { randomBytes, randomInt } from 'node:crypto'
import type { Case, CaseStatus, CaseStep } from '@contract/case'
import { maskIdNumber, maskName, maskPhone } from '@/domain/mask'
import type { CaseFieldRecord, DeepReadonly, CaseRecord } from './db'
import { maskLicenseNumber } from './licenses'

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

/**
 * The four steps a resident sees (提交 / 受理 / 办理 / 办结) for each detailed status. A supplement
 * asked for at pre-review is still 提交; one asked for during review (after acceptance) is 办理. A
 * case that ends early (not accepted, withdrawn) shows as 办结, its status saying how it ended.
 */
export function stepOf(status: CaseStatus, accepted: boolean): CaseStep {
  switch (status) {
    case 'submitted':
      return 'submitted'
    case 'needs-supplement':
      return accepted ? 'processing' : 'submitted'
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

function maskField(field: DeepReadonly<CaseFieldRecord>): Case['fields'][number] {
  const value = Array.isArray(field.value) ? [...field.value] : (field.value as string | number)
  if (field.kind === 'id-number' && typeof value === 'string') return { key: field.key, label: field.label, value: maskIdNumber(value), display: maskIdNumber(value) }
  if (field.kind === 'phone' && typeof value === 'string') return { key: field.key, label: field.label, value: maskPhone(value), display: maskPhone(value) }
  return { key: field.key, label: field.label, value, display: field.display }
}

/** The one way a case leaves the server: name, ID numbers, phones and license numbers masked. */
export function toCase(record: DeepReadonly<CaseRecord>): Case {
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
    step: stepOf(record.status, record.timeline.some((e) => e.status === 'accepted')),
    submittedAt: record.submittedAt,
    dueBy: record.dueBy,
    dueByProvisional: record.dueByProvisional,
    fields: record.fields.map(maskField),
    materials: record.materials.map((m) => ({
      key: m.key,
      name: m.name,
      files: m.files.map((f) => ({ fileId: f.fileId, name: f.name, size: f.size, mime: f.mime })),
      license: m.license ? { id: m.license.id, type: m.license.type, number: maskLicenseNumber(m.license.number) } : null,
    })),
    commitmentAccepted: record.commitmentAccepted,
    notices: [...record.notices],
    timeline: record.timeline.map((e) => ({ at: e.at, status: e.status, actor: e.actor, title: e.title, note: e.note })),
  }
}
