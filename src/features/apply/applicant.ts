/**
 * Who applies (申请人): whether the signed-in person's verified identity is enough for the kind of
 * application they chose, and how it is shown. Pure: no Taro, no store.
 */
import type { User } from '@contract/user'

export type ApplicantKind = 'personal' | 'legal'

/**
 * Whether `user` may apply as `kind`: 个人 needs a verified real name, 法人 also a verified
 * enterprise. No person, or no kind chosen yet, is not ready.
 */
export function isApplicantReady(user: User | null, kind: ApplicantKind | null): boolean {
  if (!user || !kind || !user.realName) return false
  return kind === 'personal' || user.enterprise !== null
}

export const APPLICANT_KIND_LABEL: Record<ApplicantKind, string> = {
  personal: '以个人身份申请',
  legal: '以企业身份申请',
}
