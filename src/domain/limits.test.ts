/**
 * Every limit that the app and the mock backend both apply, stated once, at its boundary. The
 * numbers live in src/domain (text.ts, names.ts, idempotency-key.ts, materials.ts,
 * china-date.ts, certificate-status.ts); a change to one of them has to change this test too.
 */
import { CERTIFICATE_STATUS_LABELS, EXPIRY_NOTICE_DAYS, REQUEST_STATUS_LABELS, REQUEST_TAB_LABELS, residentRequestLabel } from './certificate-status'
import { CHINA_OFFSET_MINUTES, chinaDateOf, toIsoChina } from './china-date'
import { IDEMPOTENCY_KEY_ALPHABET, INVALID_IDEMPOTENCY_KEY, isIdempotencyKey } from './idempotency-key'
import { isTooLarge, MAX_UPLOAD_BYTES, MAX_UPLOAD_MB, PHOTO_MIME_TYPES, SUPPLEMENT_MAX_FILES, UPLOAD_LIMITS, UPLOAD_MIME_TYPES } from './materials'
import { checkEnterpriseName, checkRealName } from './names'
import {
  ASSIST_NOTE_CHARS,
  ASSIST_TIME_CHARS,
  CERTIFICATE_PURPOSE_CHARS,
  COMPLAINT_CHARS,
  countChars,
  ENTERPRISE_NAME_CHARS,
  REAL_NAME_CHARS,
  REVIEW_REASON_CHARS,
  SEARCH_QUERY_CHARS,
  SUPPLEMENT_NOTE_CHARS,
} from './text'

describe('character counting', () => {
  it('counts code points: a Chinese character or an emoji is one character', () => {
    expect(countChars('')).toBe(0)
    expect(countChars('张三')).toBe(2)
    expect(countChars('a😀b')).toBe(3)
    expect('a😀b'.length).toBe(4)
    // A rare character outside the BMP (CJK extension B) is one too.
    expect(countChars('𠀀𠀁')).toBe(2)
  })
})

describe('text lengths (characters)', () => {
  it.each([
    ['真实姓名', REAL_NAME_CHARS, 2, 20],
    ['企业名称', ENTERPRISE_NAME_CHARS, 2, 60],
    ['证明用途', CERTIFICATE_PURPOSE_CHARS, 2, 100],
    ['退回 / 不予出具 / 撤销的原因', REVIEW_REASON_CHARS, 2, 200],
    ['帮办需求说明', ASSIST_NOTE_CHARS, 1, 200],
    ['方便联系的时间', ASSIST_TIME_CHARS, 0, 20],
    ['反映内容', COMPLAINT_CHARS, 5, 500],
    ['补正说明', SUPPLEMENT_NOTE_CHARS, 0, 200],
    ['搜索词', SEARCH_QUERY_CHARS, 0, 50],
  ])('%s: %p', (_label, limit, min, max) => {
    expect(limit).toEqual({ min, max })
  })
})

describe('真实姓名', () => {
  it('takes 2 to 20 Chinese characters, and refuses 1 or 21', () => {
    expect(checkRealName('陈')).toEqual({ ok: false, message: '姓名应为 2–20 个字，现在是 1 个' })
    expect(checkRealName('陈明')).toEqual({ ok: true, value: '陈明' })
    expect(checkRealName('明'.repeat(20))).toEqual({ ok: true, value: '明'.repeat(20) })
    expect(checkRealName('明'.repeat(21))).toEqual({ ok: false, message: '姓名应为 2–20 个字，现在是 21 个' })
  })

  it('counts a rare character outside the BMP as one', () => {
    expect(checkRealName('𠀀明')).toEqual({ ok: true, value: '𠀀明' })
  })

  it('allows the 间隔号 between parts (look-alike dots become ·), not at the ends or twice', () => {
    expect(checkRealName('艾力 • 买买提')).toEqual({ ok: true, value: '艾力·买买提' })
    expect(checkRealName('艾力·')).toEqual({ ok: false, message: '间隔号「·」不能在姓名首尾或连续出现' })
    expect(checkRealName('艾力··买买提')).toEqual({ ok: false, message: '间隔号「·」不能在姓名首尾或连续出现' })
  })

  it('refuses Latin letters and an empty name', () => {
    expect(checkRealName('Zhang San')).toEqual({ ok: false, message: '姓名只能包含汉字和间隔号「·」，请与身份证上的一致' })
    expect(checkRealName('  ')).toEqual({ ok: false, message: '请填写真实姓名' })
  })
})

describe('企业名称', () => {
  const name = (length: number) => `泉州${'材'.repeat(length - 2)}`

  it('takes 2 to 60 characters, and refuses 1 or 61', () => {
    expect(checkEnterpriseName('泉')).toEqual({ ok: false, message: '企业名称应为 2–60 个字，现在是 1 个' })
    expect(checkEnterpriseName(name(2))).toEqual({ ok: true, value: name(2) })
    expect(checkEnterpriseName(name(60))).toEqual({ ok: true, value: name(60) })
    expect(checkEnterpriseName(name(61))).toEqual({ ok: false, message: '企业名称应为 2–60 个字，现在是 61 个' })
  })

  it('makes brackets full-width, and wants at least one Chinese character and no control characters', () => {
    expect(checkEnterpriseName('泉州晋江(安海)有限公司')).toEqual({ ok: true, value: '泉州晋江（安海）有限公司' })
    expect(checkEnterpriseName('Test Co')).toEqual({ ok: false, message: '企业名称应包含汉字，请与营业执照上的一致' })
    expect(checkEnterpriseName('泉州\u0007公司')).toEqual({ ok: false, message: '企业名称只能包含汉字、字母、数字和括号，请与营业执照上的一致' })
    expect(checkEnterpriseName(' ')).toEqual({ ok: false, message: '请填写企业名称' })
  })
})

describe('Idempotency-Key', () => {
  it('is 8 to 64 of [A-Za-z0-9_-]: 7 and 65 are refused', () => {
    expect(isIdempotencyKey('k'.repeat(7))).toBe(false)
    expect(isIdempotencyKey('k'.repeat(8))).toBe(true)
    expect(isIdempotencyKey('k'.repeat(64))).toBe(true)
    expect(isIdempotencyKey('k'.repeat(65))).toBe(false)
    expect(isIdempotencyKey('0f8fad5b-d9cb-469f-a165-70867728950e')).toBe(true)
    expect(isIdempotencyKey('key with spaces!')).toBe(false)
    expect(isIdempotencyKey(null)).toBe(false)
    expect(IDEMPOTENCY_KEY_ALPHABET).toHaveLength(64)
    expect(isIdempotencyKey(IDEMPOTENCY_KEY_ALPHABET)).toBe(true)
    expect(INVALID_IDEMPOTENCY_KEY).toBe('防重复标识（Idempotency-Key）格式不正确：须为 8–64 位字母、数字、下划线或连字符')
  })
})

describe('uploaded materials', () => {
  it('takes files up to exactly 5 MB, not one byte more', () => {
    expect(MAX_UPLOAD_BYTES).toBe(5 * 1024 * 1024)
    expect(MAX_UPLOAD_MB).toBe(5)
    expect(isTooLarge(5 * 1024 * 1024)).toBe(false)
    expect(isTooLarge(5 * 1024 * 1024 + 1)).toBe(true)
  })

  it('takes JPEG, PNG and PDF; certificate photos only JPEG and PNG', () => {
    expect(UPLOAD_MIME_TYPES).toEqual(['image/jpeg', 'image/png', 'application/pdf'])
    expect(PHOTO_MIME_TYPES).toEqual(['image/jpeg', 'image/png'])
    expect(UPLOAD_LIMITS).toEqual({ maxBytes: 5 * 1024 * 1024, mimeTypes: ['image/jpeg', 'image/png', 'application/pdf'] })
  })

  it('takes up to 9 files per supplemented material', () => {
    expect(SUPPLEMENT_MAX_FILES).toBe(9)
  })
})

describe('the China date', () => {
  it('is UTC+8: 15:59:59 UTC is still that day in Beijing, 16:00 UTC the next', () => {
    expect(CHINA_OFFSET_MINUTES).toBe(480)
    expect(chinaDateOf(new Date('2022-03-01T15:59:59.999Z'))).toBe('2022-03-01')
    expect(chinaDateOf(new Date('2022-03-01T16:00:00.000Z'))).toBe('2022-03-02')
    expect(toIsoChina(new Date('2022-01-05T01:30:00.000Z'))).toBe('2022-01-05T09:30:00.000+08:00')
  })
})

describe('certificate request states', () => {
  it('has the formal words, the queue tabs’ short words and the applicant’s words', () => {
    // withdrawn (撤回) and expired (已过期) came with issue 15; the four earlier words are unchanged.
    expect(REQUEST_STATUS_LABELS).toEqual({ pending: '待审核', returned: '已退回补正', rejected: '不予出具', issued: '已出具', withdrawn: '已撤回' })
    expect(REQUEST_TAB_LABELS).toEqual({ pending: '待审核', returned: '已退回', rejected: '已拒绝', issued: '已出具', withdrawn: '已撤回' })
    expect(CERTIFICATE_STATUS_LABELS).toEqual({ valid: '有效', expired: '已过期', revoked: '已撤销' })
    expect(residentRequestLabel('issued', { status: 'expired' })).toBe('已过期')
    expect(EXPIRY_NOTICE_DAYS).toBe(7)
    expect(residentRequestLabel('rejected', null)).toBe('未通过')
    expect(residentRequestLabel('returned', null)).toBe('已退回补正')
    expect(residentRequestLabel('issued', { status: 'valid' })).toBe('已出具')
    expect(residentRequestLabel('issued', { status: 'revoked' })).toBe('已撤销')
  })
})
