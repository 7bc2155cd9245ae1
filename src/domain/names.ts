/**
 * The names a person verifies: 真实姓名 as on the ID card and 企业名称 as on the business licence.
 * Pure and free of Taro: the verification forms check a name as the person leaves the field and
 * `PUT /me/real-name` / `PUT /me/enterprise` re-check it with this same code, so both say the same
 * thing about the same name. Messages are Chinese and shown under the field as they are.
 */
import type { CheckResult } from './identity'
import { countChars, ENTERPRISE_NAME_CHARS, REAL_NAME_CHARS } from './text'

/** Middle dots people type for 间隔号 (ethnic-minority and transliterated names) all become U+00B7. */
const DOTS = /[•・‧∙．.]/g
/** CJK ideographs (basic, extension A and the supplementary planes' extensions) and the 间隔号. */
const CHINESE_NAME = /^[\u3400-\u4dbf\u4e00-\u9fff\u{20000}-\u{3134f}·]+$/u
const HAS_HAN = /[\u3400-\u4dbf\u4e00-\u9fff]/
/** What a registered enterprise name may contain; anything else (controls, lone surrogates …) is refused. */
const ENTERPRISE_NAME = /^[\u3400-\u4dbf\u4e00-\u9fffA-Za-z0-9（）·&、\-. ]+$/

/**
 * 真实姓名 as on the ID card: 2–20 Chinese characters, optionally with 间隔号 between parts (艾力·买买提).
 * Spaces are dropped and look-alike dots become the 间隔号, so the normalised name is what is stored.
 */
export function checkRealName(raw: string): CheckResult {
  const name = raw.replace(/[\s\u3000]/g, '').replace(DOTS, '·')
  if (name === '') return { ok: false, message: '请填写真实姓名' }
  if (!CHINESE_NAME.test(name)) return { ok: false, message: '姓名只能包含汉字和间隔号「·」，请与身份证上的一致' }
  const length = countChars(name)
  if (length < REAL_NAME_CHARS.min || length > REAL_NAME_CHARS.max) {
    return { ok: false, message: `姓名应为 ${REAL_NAME_CHARS.min}–${REAL_NAME_CHARS.max} 个字，现在是 ${length} 个` }
  }
  if (/^·|·$|··/.test(name)) return { ok: false, message: '间隔号「·」不能在姓名首尾或连续出现' }
  return { ok: true, value: name }
}

/** 企业名称 as registered: Chinese (at least one character), letters, digits and brackets; 2–60 characters. */
export function checkEnterpriseName(raw: string): CheckResult {
  // Half-width brackets become the full-width ones registrations use.
  const name = raw.trim().replace(/\(/g, '（').replace(/\)/g, '）')
  if (name === '') return { ok: false, message: '请填写企业名称' }
  if (!ENTERPRISE_NAME.test(name)) return { ok: false, message: '企业名称只能包含汉字、字母、数字和括号，请与营业执照上的一致' }
  if (!HAS_HAN.test(name)) return { ok: false, message: '企业名称应包含汉字，请与营业执照上的一致' }
  const length = countChars(name)
  if (length < ENTERPRISE_NAME_CHARS.min || length > ENTERPRISE_NAME_CHARS.max) {
    return { ok: false, message: `企业名称应为 ${ENTERPRISE_NAME_CHARS.min}–${ENTERPRISE_NAME_CHARS.max} 个字，现在是 ${length} 个` }
  }
  return { ok: true, value: name }
}
