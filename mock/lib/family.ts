import { randomBytes, randomInt } from 'node:crypto'
import type { FamilyAuthorization, FamilyMember } from '@contract/family'
import { maskIdNumber, maskName } from '@/domain/mask'
import { ApiError } from './errors'
import type { Store } from './store'
import type { DeepReadonly, FamilyMemberRecord, UserRecord } from './store/records'

/** 家人 ids: `JR` + 12 random base32 characters, not guessable in sequence. */
export const FAMILY_ID = /^JR[0-9A-HJKMNP-TV-Z]{12}$/
const BASE32 = '0123456789ABCDEFGHJKMNPQRSTVWXYZ'

export function newFamilyId(taken: (id: string) => boolean): string {
  for (;;) {
    let tail = ''
    for (const b of randomBytes(12)) tail += BASE32[b & 31]
    const id = `JR${tail}`
    if (!taken(id)) return id
  }
}

/** The 6-digit confirmation code (uniform, leading zeros kept), from the OS's CSPRNG. */
export function newFamilyCode(): string {
  return String(randomInt(0, 1_000_000)).padStart(6, '0')
}

/** The same answer for a missing link and someone else's, so ids cannot be probed. */
export const FAMILY_NOT_FOUND = '家人记录不存在'

/** What an application for a member gets when the link is not (or no longer) usable. */
export const FAMILY_NOT_CONFIRMED = '这位家人还没有确认授权：请家人在其账号「我的 → 家人」中查看确认码并告诉您，输入确认码后即可为其办理'
export const FAMILY_REVOKED = '这位家人已撤销授权，不能再为其申请新的事项；已提交的办件仍可查看。如需继续代办，请重新添加并由家人确认'
export const FAMILY_UNKNOWN = '所选家人不存在，请重新选择为谁办理'

/**
 * 为家人办: the family link an application or a certificate request names (`onBehalfOf`), usable only
 * when it is `ownerId`'s own and the member confirmed it. Unknown or someone else's is a 422 on the
 * field; a link the member revoked is a 403 (they said no); one still waiting is a 409.
 */
export function confirmedMember(store: Store, id: string, ownerId: string): DeepReadonly<FamilyMemberRecord> {
  const link = store.familyMembers.get(id)
  if (!link || link.ownerId !== ownerId) throw new ApiError('VALIDATION_FAILED', FAMILY_UNKNOWN, { fields: { onBehalfOf: FAMILY_UNKNOWN } })
  if (link.status === 'revoked') throw new ApiError('FORBIDDEN', FAMILY_REVOKED)
  if (link.status !== 'confirmed') throw new ApiError('CONFLICT', FAMILY_NOT_CONFIRMED)
  return link
}

/** The family links naming the signed-in person as the member (by verified ID number): what was filed under them is theirs to see. */
export function linksNaming(store: Store, user: DeepReadonly<UserRecord>): string[] {
  return user.realName ? store.familyMembers.listByMemberIdNumber(user.realName.idNumber).map((l) => l.id) : []
}

/** The resident's view of one member: name and ID masked, the code never. */
export function toFamilyMember(record: DeepReadonly<FamilyMemberRecord>): FamilyMember {
  return {
    id: record.id,
    name: maskName(record.name),
    idNumber: maskIdNumber(record.idNumber),
    relation: record.relation,
    status: record.status,
    createdAt: record.createdAt,
    confirmedAt: record.confirmedAt,
    revokedAt: record.revokedAt,
    revokedBy: record.revokedBy,
  }
}

/** The member's view of one request to act for them: the code only while it waits for them. */
export function toFamilyAuthorization(record: DeepReadonly<FamilyMemberRecord>, requester: DeepReadonly<UserRecord> | undefined): FamilyAuthorization {
  const realName = requester?.realName
  return {
    id: record.id,
    requester: { name: realName ? maskName(realName.name) : '（账号已注销）', idNumber: realName ? maskIdNumber(realName.idNumber) : '' },
    relation: record.relation,
    memberName: maskName(record.name),
    status: record.status,
    code: record.status === 'pending' ? record.code : null,
    createdAt: record.createdAt,
    confirmedAt: record.confirmedAt,
    revokedAt: record.revokedAt,
  }
}

