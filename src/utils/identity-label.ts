import type { User } from '@contract/user'
import { maskName } from '@/domain/mask'

/**
 * How a verified identity is shown to its owner (我的, 实名认证, the application's 申请人), one
 * wording wherever it appears.
 */

/** 张*（3505**********1234）; the ID number already arrives masked from the server. */
export function realNameLabel(realName: NonNullable<User['realName']>): string {
  return `${maskName(realName.name)}（${realName.idNumber}）`
}

/** 某某科技有限公司（9135**********123X）; the credit code as the server sent it. */
export function enterpriseLabel(enterprise: NonNullable<User['enterprise']>): string {
  return `${enterprise.name}（${enterprise.creditCode}）`
}
