/**
 * Masking for display (SPEC §4 Identity): everywhere but the owner's own edit form, ID numbers and
 * phones travel masked. Pure and free of Taro: the app and the mock backend import this one copy.
 */
import type { User } from '@contract/user'

/** 350582199001011234 → 3505**********1234. */
export function maskIdNumber(id: string): string {
  if (id.length <= 8) return '*'.repeat(id.length)
  return `${id.slice(0, 4)}${'*'.repeat(id.length - 8)}${id.slice(-4)}`
}

/** 13812345678 → 138****5678. */
export function maskPhone(phone: string): string {
  if (phone.length < 7) return '*'.repeat(phone.length)
  return `${phone.slice(0, 3)}${'*'.repeat(phone.length - 7)}${phone.slice(-4)}`
}

/** 张三 → 张*, 欧阳娜娜 → 欧***: only the first character stays, as on Chinese government receipts. */
export function maskName(name: string): string {
  const chars = Array.from(name)
  if (chars.length <= 1) return name
  return `${chars[0]}${'*'.repeat(chars.length - 1)}`
}

// How a verified identity is shown to its owner (我的, 实名认证, the application's 申请人), one
// wording wherever it appears.

/** 张*（3505**********1234）; the ID number already arrives masked from the server. */
export function realNameLabel(realName: NonNullable<User['realName']>): string {
  return `${maskName(realName.name)}（${realName.idNumber}）`
}

/** 某某科技有限公司（9135**********123X）; the credit code as the server sent it. */
export function enterpriseLabel(enterprise: NonNullable<User['enterprise']>): string {
  return `${enterprise.name}（${enterprise.creditCode}）`
}
