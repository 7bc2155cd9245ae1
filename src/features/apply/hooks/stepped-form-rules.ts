/**
 * Pure rules shared by the stepped application forms (a single item's and a 一件事 bundle's): how
 * the messages of a group of fields change as one of them changes, and what the 申请人 and 告知承诺
 * steps say. No Taro, no React.
 */
import type { FormField } from '@contract/application'
import type { User } from '@contract/user'
import { checkFieldAmong } from '@/domain/form-rules'
import { isApplicantReady, type ApplicantKind } from '../applicant'
import type { FieldDraftValue, MaterialDraft } from '../draft-types'

/**
 * The messages of a group of fields after `key` took its value (already in `values`), or null when
 * nothing is to change (a field the group does not have, or typing in a field with no message).
 * While typing (`always` false) a message only goes away once fixed; a new one appears when the
 * person leaves the field or picks a value. A field that depends on this one (邮寄地址 on 领取方式)
 * loses a message that no longer holds.
 */
export function recheckedErrors(
  fields: readonly FormField[],
  key: string,
  values: Record<string, FieldDraftValue>,
  current: Record<string, string>,
  always: boolean,
): Record<string, string> | null {
  const field = fields.find((f) => f.key === key)
  if (!field) return null
  if (!always && !current[key]) return null
  const result = checkFieldAmong(fields, field, values)
  const next = { ...current }
  if (result.ok) delete next[key]
  else if (always) next[key] = result.message
  for (const other of fields) {
    if (!next[other.key] || (other.shownWhen?.field !== key && other.requiredWhen?.field !== key)) continue
    const check = checkFieldAmong(fields, other, values)
    if (check.ok) delete next[other.key]
    else next[other.key] = check.message
  }
  return next
}

/** What stops the 申请人 step, or null when the person may apply as the kind chosen. */
export function applicantError(user: User, kind: ApplicantKind | null): string | null {
  if (!kind) return '请选择以个人还是法人身份申请'
  if (isApplicantReady(user, kind)) return null
  return kind === 'legal' && user.realName ? '请先完成企业认证' : '请先完成实名认证'
}

/** What stops the 告知承诺: consent not given where the form asks for it. */
export function commitmentError(asked: boolean, accepted: boolean): string | null {
  return asked && !accepted ? '请先阅读并勾选承诺内容' : null
}

/** The materials once the applicant is a family member: the account's own e-licenses no longer stand in. */
export function withoutLicensePicks(materials: Record<string, MaterialDraft>): Record<string, MaterialDraft> {
  return Object.fromEntries(Object.entries(materials).map(([k, m]) => [k, m.licenseId ? { files: [], licenseId: null } : m]))
}
