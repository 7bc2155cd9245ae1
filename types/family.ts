/**
 * 为家人办 (SPEC §7 "Acting for family"): a verified resident adds a family member, the member
 * confirms once, and the resident may then apply for them; the case shows the member as 申请人 and
 * the resident as 经办人. The member may revoke the authorization at any time.
 */

/** What the member is to the resident who adds them (父母 / 配偶 / 子女 / 祖父母 / 外祖父母 / 其他). */
export type FamilyRelation = 'parent' | 'spouse' | 'child' | 'grandparent' | 'maternal-grandparent' | 'other'

/** pending: waiting for the member's confirmation code; confirmed: may be applied for; revoked: no longer (by either side). */
export type FamilyMemberStatus = 'pending' | 'confirmed' | 'revoked'

/** Body of `POST /me/family` (header `Idempotency-Key` required). */
export interface FamilyMemberInput {
  name: string
  /** 18-digit 居民身份证号 (GB 11643). */
  idNumber: string
  relation: FamilyRelation
}

/** One family member as the resident who added them sees them (`GET /me/family`); name and ID masked. */
export interface FamilyMember {
  id: string
  name: string
  idNumber: string
  relation: FamilyRelation
  status: FamilyMemberStatus
  createdAt: string
  confirmedAt: string | null
  revokedAt: string | null
  /** Who ended the authorization: the member (撤销授权) or the resident (解除); null while not revoked. */
  revokedBy: 'member' | 'resident' | null
}

/** Body of `POST /me/family/{id}/confirm`: the 6-digit code the member sees in their own account. */
export interface FamilyConfirmInput {
  code: string
}

/**
 * Someone who asked to act for the signed-in person (`GET /me/family/requests`): found by the
 * person's verified ID number. While pending it carries the confirmation code, which the person
 * gives to the requester only if they agree.
 */
export interface FamilyAuthorization {
  id: string
  /** The resident who asked, masked. */
  requester: { name: string; idNumber: string }
  /** What the signed-in person is to the requester (as the requester said). */
  relation: FamilyRelation
  /** The name the requester typed for the signed-in person (masked), to spot a mistake. */
  memberName: string
  status: FamilyMemberStatus
  /** The 6-digit confirmation code, only while pending. */
  code: string | null
  createdAt: string
  confirmedAt: string | null
  revokedAt: string | null
}

/** `GET /me/contact`: the owner's own unmasked contact, only to prefill their own form fields (never shown elsewhere). */
export interface OwnContact {
  phone: string | null
}
