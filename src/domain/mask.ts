/**
 * Masking for display (SPEC §4 Identity): everywhere but the owner's own edit form, ID numbers and
 * phones travel masked. Pure and free of Taro: the app and the mock backend import this one copy.
 */

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
