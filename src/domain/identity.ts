/**
 * Checks of the identity numbers a form collects (SPEC §4 Identity): 居民身份证号 per GB 11643,
 * 统一社会信用代码 per GB 32100 and mainland mobile numbers. Pure and free of Taro: the form and the
 * mock backend import this one copy, so a number the form accepts is one the backend accepts.
 * Messages are Chinese and shown under the field as they are.
 */
import { chinaDateOf } from './china-date'

export type CheckResult = { ok: true; value: string } | { ok: false; message: string }

const fail = (message: string): CheckResult => ({ ok: false, message })

/** Province-level codes a 身份证号 can start with (GB/T 2260; 81/82/83: 港澳台居民居住证). */
const PROVINCES = new Set([
  '11', '12', '13', '14', '15', '21', '22', '23', '31', '32', '33', '34', '35', '36', '37',
  '41', '42', '43', '44', '45', '46', '50', '51', '52', '53', '54', '61', '62', '63', '64', '65',
  '71', '81', '82', '83',
])

const ID_WEIGHTS = [7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2]
const ID_CHECK_CHARS = '10X98765432'

/** People type spaces and full-width characters from other apps; neither changes the number. */
function normalise(raw: string): string {
  return raw
    .replace(/[\uff01-\uff5e]/g, (ch) => String.fromCharCode(ch.charCodeAt(0) - 0xfee0))
    .replace(/[\s\u3000]/g, '')
    .toUpperCase()
}

function isRealDate(year: number, month: number, day: number): boolean {
  const date = new Date(Date.UTC(year, month - 1, day))
  return date.getUTCFullYear() === year && date.getUTCMonth() === month - 1 && date.getUTCDate() === day
}

/** The GB 11643 check character of the first 17 digits. */
export function idNumberCheckChar(first17: string): string {
  let sum = 0
  for (let i = 0; i < 17; i += 1) sum += Number(first17[i]) * ID_WEIGHTS[i]
  return ID_CHECK_CHARS[sum % 11]
}

/**
 * 居民身份证号 (GB 11643): 18 characters, a real province, a real birth date not in the future,
 * the right check character (a lower-case x counts as X). First-generation 15-digit numbers are
 * refused: they stopped being valid in 2013.
 */
export function checkIdNumber(raw: string, today: Date = new Date()): CheckResult {
  const id = normalise(raw)
  if (id === '') return fail('请填写身份证号')
  if (/^\d{15}$/.test(id)) return fail('15 位的一代身份证号已停止使用，请填写 18 位身份证号')
  if (id.length !== 18) return fail(`身份证号应为 18 位，现在是 ${id.length} 位`)
  if (!/^\d{17}[\dX]$/.test(id)) return fail('身份证号只能是数字，最后一位可以是 X')
  if (!PROVINCES.has(id.slice(0, 2))) return fail('身份证号开头的地区码不正确，请核对')
  const year = Number(id.slice(6, 10))
  const month = Number(id.slice(10, 12))
  const day = Number(id.slice(12, 14))
  if (year < 1900 || !isRealDate(year, month, day)) return fail('身份证号中的出生日期不正确，请核对')
  if (id.slice(6, 14) > chinaDateOf(today).replace(/-/g, '')) return fail('身份证号中的出生日期晚于今天，请核对')
  if (idNumberCheckChar(id.slice(0, 17)) !== id[17]) return fail('身份证号校验位不正确，请逐位核对')
  return { ok: true, value: id }
}

/** GB 32100's 31 characters: digits and capitals without I, O, S, V, Z; a character's value is its index. */
const CREDIT_CHARS = '0123456789ABCDEFGHJKLMNPQRTUWXY'
const CREDIT_WEIGHTS = [1, 3, 9, 27, 19, 26, 16, 17, 20, 29, 25, 13, 8, 24, 10, 30, 28]
/** 登记管理部门代码: 机构编制 1 … 工商 9, 中央军委改革和编制办公室 A, 农业 N, 其他 Y. */
const REGISTRATION_AUTHORITIES = new Set(['1', '2', '3', '4', '5', '6', '7', '8', '9', 'A', 'N', 'Y'])

/** The GB 32100 check character of the first 17 characters. */
export function creditCodeCheckChar(first17: string): string {
  let sum = 0
  for (let i = 0; i < 17; i += 1) sum += CREDIT_CHARS.indexOf(first17[i]) * CREDIT_WEIGHTS[i]
  return CREDIT_CHARS[(31 - (sum % 31)) % 31]
}

/**
 * 统一社会信用代码 (GB 32100): 18 characters from the 31-character set, a known registration
 * authority, a six-digit region code and the right check character.
 */
export function checkCreditCode(raw: string): CheckResult {
  const code = normalise(raw)
  if (code === '') return fail('请填写统一社会信用代码')
  if (code.length !== 18) return fail(`统一社会信用代码应为 18 位，现在是 ${code.length} 位`)
  const bad = Array.from(code).find((ch) => !CREDIT_CHARS.includes(ch))
  if (bad !== undefined) {
    return fail(/[IOSVZ]/.test(bad) ? `统一社会信用代码不含字母 ${bad}，请核对（I、O、S、V、Z 不会出现）` : '统一社会信用代码只能包含数字和大写字母')
  }
  if (!REGISTRATION_AUTHORITIES.has(code[0])) return fail('统一社会信用代码第 1 位（登记管理部门）不正确，请核对')
  if (!/^\d{6}$/.test(code.slice(2, 8))) return fail('统一社会信用代码第 3–8 位应为行政区划码（数字），请核对')
  if (creditCodeCheckChar(code.slice(0, 17)) !== code[17]) return fail('统一社会信用代码校验位不正确，请逐位核对')
  return { ok: true, value: code }
}

/**
 * Mainland mobile number: 1[3-9] and 9 more digits. Spaces, hyphens and a +86 prefix, as phones
 * copy them from contacts, are dropped.
 */
export function checkPhone(raw: string): CheckResult {
  let phone = normalise(raw).replace(/-/g, '')
  if (phone === '') return fail('请填写手机号码')
  phone = phone.replace(/^(?:\+?86)(?=1\d{10}$)/, '')
  if (!/^\d+$/.test(phone)) return fail('手机号码只能是数字')
  if (phone.length !== 11) return fail(`手机号码应为 11 位，现在是 ${phone.length} 位`)
  if (!/^1[3-9]\d{9}$/.test(phone)) return fail('手机号码应以 13–19 开头，请核对')
  return { ok: true, value: phone }
}
