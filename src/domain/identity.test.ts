import { checkCreditCode, checkIdNumber, checkPhone, creditCodeCheckChar, idNumberCheckChar } from './identity'

const TODAY = new Date('2026-11-28T10:00:00+08:00')

/** A valid number for a birth date and sequence, with its computed check character. */
function idNumber(first17: string): string {
  return `${first17}${idNumberCheckChar(first17)}`
}

describe('居民身份证号 (GB 11643)', () => {
  it('accepts the example number printed in GB 11643 itself', () => {
    expect(checkIdNumber('11010519491231002X', TODAY)).toEqual({ ok: true, value: '11010519491231002X' })
  })

  it('accepts a lower-case x as the check character and returns it upper-case', () => {
    expect(checkIdNumber('11010519491231002x', TODAY)).toEqual({ ok: true, value: '11010519491231002X' })
  })

  it('ignores spaces and full-width digits copied from other apps', () => {
    const id = idNumber('35058219900101123')
    const spaced = `${id.slice(0, 6)} ${id.slice(6, 14)} ${id.slice(14)}`
    const fullWidth = id.replace(/\d/g, (d) => String.fromCharCode(d.charCodeAt(0) + 0xfee0))
    expect(checkIdNumber(spaced, TODAY)).toEqual({ ok: true, value: id })
    expect(checkIdNumber(fullWidth, TODAY)).toEqual({ ok: true, value: id })
  })

  it('refuses a first-generation 15-digit number with a message that says why', () => {
    expect(checkIdNumber('350582900101123', TODAY)).toEqual({ ok: false, message: '15 位的一代身份证号已停止使用，请填写 18 位身份证号' })
  })

  it('refuses an empty value, a wrong length and characters other than digits and a final X', () => {
    expect(checkIdNumber('  ', TODAY)).toEqual({ ok: false, message: '请填写身份证号' })
    expect(checkIdNumber('3505821990010112', TODAY)).toEqual({ ok: false, message: '身份证号应为 18 位，现在是 16 位' })
    expect(checkIdNumber('35058219900101X234', TODAY)).toEqual({ ok: false, message: '身份证号只能是数字，最后一位可以是 X' })
    expect(checkIdNumber('3505821990010112A4', TODAY)).toEqual({ ok: false, message: '身份证号只能是数字，最后一位可以是 X' })
  })

  it('refuses a number whose province code does not exist', () => {
    expect(checkIdNumber(idNumber('99058219900101123'), TODAY)).toEqual({ ok: false, message: '身份证号开头的地区码不正确，请核对' })
  })

  it('refuses birth dates that never existed, lie before 1900 or after today', () => {
    const bad = { ok: false, message: '身份证号中的出生日期不正确，请核对' }
    expect(checkIdNumber(idNumber('35058219900230123'), TODAY)).toEqual(bad) // 30 February
    expect(checkIdNumber(idNumber('35058219901301123'), TODAY)).toEqual(bad) // month 13
    expect(checkIdNumber(idNumber('35058220230229123'), TODAY)).toEqual(bad) // 2023 is not a leap year
    expect(checkIdNumber(idNumber('35058218991231123'), TODAY)).toEqual(bad)
    expect(checkIdNumber(idNumber('35058220261129123'), TODAY)).toEqual({ ok: false, message: '身份证号中的出生日期晚于今天，请核对' })
    expect(checkIdNumber(idNumber('35058220240229123'), TODAY).ok).toBe(true) // 2024 is a leap year
    expect(checkIdNumber(idNumber('35058220261128123'), TODAY).ok).toBe(true) // born today
  })

  it('judges "today" by the Beijing calendar, not UTC', () => {
    // 2026-11-28 00:30 in Beijing is still 27 November in UTC.
    const justAfterMidnight = new Date('2026-11-28T00:30:00+08:00')
    expect(checkIdNumber(idNumber('35058220261128123'), justAfterMidnight).ok).toBe(true)
  })

  it('refuses a number with a wrong check character, e.g. one mistyped digit', () => {
    const id = idNumber('35058219900101123')
    const typo = `${id.slice(0, 10)}${id[10] === '0' ? '1' : '0'}${id.slice(11)}`
    expect(checkIdNumber(typo, TODAY)).toEqual({ ok: false, message: '身份证号校验位不正确，请逐位核对' })
    const wrongCheck = `${id.slice(0, 17)}${id[17] === '1' ? '2' : '1'}`
    expect(checkIdNumber(wrongCheck, TODAY)).toEqual({ ok: false, message: '身份证号校验位不正确，请逐位核对' })
  })

  it('computes the check character X where the weighted sum leaves remainder 2', () => {
    expect(idNumberCheckChar('11010519491231002')).toBe('X')
  })
})

describe('统一社会信用代码 (GB 32100)', () => {
  // Codes published on the national enterprise credit system for well-known companies.
  it.each(['91440300708461136T', '914403001922038216', '91330100799655058B'])('accepts the published code %s', (code) => {
    expect(checkCreditCode(code)).toEqual({ ok: true, value: code })
  })

  it('accepts lower case and spaces and returns the code upper-case', () => {
    expect(checkCreditCode('91440300 708461136t')).toEqual({ ok: true, value: '91440300708461136T' })
  })

  it('refuses an empty value and a wrong length', () => {
    expect(checkCreditCode('')).toEqual({ ok: false, message: '请填写统一社会信用代码' })
    expect(checkCreditCode('9144030070846113')).toEqual({ ok: false, message: '统一社会信用代码应为 18 位，现在是 16 位' })
  })

  it('refuses the letters I, O, S, V and Z, which the standard leaves out, and names the letter', () => {
    expect(checkCreditCode('91440300708461136O')).toEqual({ ok: false, message: '统一社会信用代码不含字母 O，请核对（I、O、S、V、Z 不会出现）' })
    expect(checkCreditCode('9144030070846113IT')).toEqual({ ok: false, message: '统一社会信用代码不含字母 I，请核对（I、O、S、V、Z 不会出现）' })
  })

  it('refuses punctuation and other characters outside the code set', () => {
    expect(checkCreditCode('91440300-708461136')).toEqual({ ok: false, message: '统一社会信用代码只能包含数字和大写字母' })
  })

  it('refuses an unknown registration authority (first character)', () => {
    const first17 = 'B1440300708461136'
    expect(checkCreditCode(`${first17}${creditCodeCheckChar(first17)}`)).toEqual({
      ok: false,
      message: '统一社会信用代码第 1 位（登记管理部门）不正确，请核对',
    })
  })

  it('refuses letters where the six-digit region code belongs', () => {
    const first17 = '9144A300708461136'
    expect(checkCreditCode(`${first17}${creditCodeCheckChar(first17)}`)).toEqual({
      ok: false,
      message: '统一社会信用代码第 3–8 位应为行政区划码（数字），请核对',
    })
  })

  it('refuses a wrong check character and a swapped pair of characters', () => {
    expect(checkCreditCode('91440300708461136U')).toEqual({ ok: false, message: '统一社会信用代码校验位不正确，请逐位核对' })
    expect(checkCreditCode('91440300780461136T')).toEqual({ ok: false, message: '统一社会信用代码校验位不正确，请逐位核对' })
  })
})

describe('手机号码', () => {
  it('accepts a mainland mobile number, also with spaces, hyphens or +86', () => {
    expect(checkPhone('13805951234')).toEqual({ ok: true, value: '13805951234' })
    expect(checkPhone('138 0595 1234')).toEqual({ ok: true, value: '13805951234' })
    expect(checkPhone('138-0595-1234')).toEqual({ ok: true, value: '13805951234' })
    expect(checkPhone('+86 13805951234')).toEqual({ ok: true, value: '13805951234' })
  })

  it('refuses empty, non-digit, wrong-length and wrong-prefix numbers with a reason', () => {
    expect(checkPhone('')).toEqual({ ok: false, message: '请填写手机号码' })
    expect(checkPhone('1380595123a')).toEqual({ ok: false, message: '手机号码只能是数字' })
    expect(checkPhone('1380595123')).toEqual({ ok: false, message: '手机号码应为 11 位，现在是 10 位' })
    expect(checkPhone('12805951234')).toEqual({ ok: false, message: '手机号码应以 13–19 开头，请核对' })
    expect(checkPhone('05952345678')).toEqual({ ok: false, message: '手机号码应以 13–19 开头，请核对' })
  })
})
