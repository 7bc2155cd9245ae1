/**
 * 为家人办 rules both sides share: the relations a resident may name, in the words people use, and
 * how many family members one account may hold. Pure: no Taro, no React.
 */
import type { FamilyMemberStatus, FamilyRelation } from '@contract/family'

/** The relations in the order the form offers them. */
export const FAMILY_RELATIONS: readonly FamilyRelation[] = ['parent', 'spouse', 'child', 'grandparent', 'maternal-grandparent', 'other']

/** What the member is to the resident: 父母, 配偶 … */
export const FAMILY_RELATION_LABELS: Readonly<Record<FamilyRelation, string>> = {
  parent: '父母',
  spouse: '配偶',
  child: '子女',
  grandparent: '祖父母',
  'maternal-grandparent': '外祖父母',
  other: '其他',
}

export const FAMILY_STATUS_LABELS: Readonly<Record<FamilyMemberStatus, string>> = {
  pending: '待家人确认',
  confirmed: '已确认，可为其办理',
  revoked: '授权已撤销',
}

/** At most this many family members not revoked per account: a household, not a client list. */
export const MAX_FAMILY_MEMBERS = 10

/** Wrong confirmation codes before the code is replaced by a new one the member sees. */
export const FAMILY_CODE_ATTEMPTS = 5

/** The confirmation code's shape: 6 digits. */
export const FAMILY_CODE = /^\d{6}$/
