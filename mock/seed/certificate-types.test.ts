import { checkFields } from '@/domain/form-rules'
import { BUILTIN_PLACEHOLDERS, committeeOf, fillTemplate, newCertificateNo, newVerificationCode, CERTIFICATE_NO, resolveType, CODE_ALPHABET } from '../lib/certificates'
import { createSeedLookup } from '../lib/lookup'
import { testCatalogue } from '../test-support/test-app'
import { CERTIFICATE_TYPES, REMOVED_CERTIFICATES, removedCertificateIn } from './certificate-types'

describe('the configured village certificate types', () => {
  it('start with the four SPEC §4 types, all active', () => {
    expect(CERTIFICATE_TYPES.map((t) => [t.id, t.name, t.active])).toEqual([
      ['residence', '居(租)住证明', true],
      ['family-hardship', '家庭经济状况证明', true],
      ['property-source', '权属来源证明', true],
      ['other-lawful', '其他依法出具的证明', true],
    ])
    expect(CERTIFICATE_TYPES.map((t) => t.validDays)).toEqual([90, 90, 180, 90])
  })

  it('keep the 20 certificates removed in 2020 (民发〔2020〕20号), and no configured type is one of them', () => {
    expect(REMOVED_CERTIFICATES).toHaveLength(20)
    expect(new Set(REMOVED_CERTIFICATES.map((r) => r.name)).size).toBe(20)
    for (const name of ['亲属关系证明', '婚姻状况证明', '出生证明', '健在证明', '死亡证明', '无犯罪记录证明', '居民身份信息证明', '居民就业状况证明', '居民财产证明', '疾病状况证明', '残疾状况证明']) {
      expect(REMOVED_CERTIFICATES.map((r) => r.name)).toContain(name)
    }
    for (const type of CERTIFICATE_TYPES) {
      expect([type.name, removedCertificateIn(type.name)]).toEqual([type.name, null])
      expect([type.title, removedCertificateIn(type.title)]).toEqual([type.title, null])
    }
  })

  it('recognise a removed certificate in what a person types', () => {
    expect(removedCertificateIn('开具无犯罪记录证明')).toBe('无犯罪记录证明')
    expect(removedCertificateIn('父子亲属关系')).toBe('亲属关系证明')
    expect(removedCertificateIn('村民小组成员身份证明')).toBeNull()
  })

  it.each(CERTIFICATE_TYPES.map((t) => [t.id, t] as const))('%s: its template uses only built-ins and required fields, and its parts are well formed', (_id, type) => {
    const keys = type.fields.map((f) => f.key)
    expect(new Set(keys).size).toBe(keys.length)
    for (const builtin of BUILTIN_PLACEHOLDERS) expect(keys).not.toContain(builtin)
    const allowed = new Set<string>([...BUILTIN_PLACEHOLDERS, ...type.fields.filter((f) => f.required).map((f) => f.key)])
    const used = [...type.template.matchAll(/\{(\w+)\}/g)].map((m) => m[1])
    expect(used.filter((k) => !allowed.has(k))).toEqual([])
    expect(used).toEqual(expect.arrayContaining(['name', 'idNumber', 'purpose']))
    expect(type.materials.map((m) => m.key)).toEqual(type.materials.map((_m, i) => `m${i + 1}`))
    expect(type.materials.every((m) => m.eLicenseType === null && m.maxFiles >= 1)).toBe(true)
    expect(type.materials.some((m) => m.required)).toBe(true)
    for (const [material, rule] of Object.entries(type.requiredWhen ?? {})) {
      expect(type.materials.find((m) => m.key === material)?.required).toBe(false)
      const field = type.fields.find((f) => f.key === rule.field)
      expect(field?.kind).toBe('single')
    }
    // An empty submission is refused field by field with Chinese messages (the shared rules accept the config).
    const { errors } = checkFields(resolveType(type, '2022-03-01').fields, {})
    expect(Object.keys(errors).sort()).toEqual(type.fields.filter((f) => f.required).map((f) => f.key).sort())
  })
})

describe('the village committee as issuer', () => {
  const lookup = createSeedLookup(testCatalogue().seed)

  it.each([
    ['350582101201', '晋江市安海镇西安村民委员会', '晋江市安海镇西安村'],
    ['350582101001', '晋江市安海镇兴胜社区居民委员会', '晋江市安海镇兴胜社区'],
    ['350583119201', '南安市水头镇水头村民委员会', '南安市水头镇水头村'],
  ])('%s → %s', (code, issuer, place) => {
    expect(committeeOf(lookup, code)).toEqual({ issuer, place })
  })

  it('gives every village of the seed a formal committee name', () => {
    const villages = testCatalogue().seed.regions.filter((r) => r.level === 'village')
    expect(villages.length).toBeGreaterThan(2500)
    for (const v of villages) {
      const { issuer } = committeeOf(lookup, v.code)
      expect([v.name, /(村民|居民)委员会$/.test(issuer), /委会|居民会/.test(issuer.replace(/委员会$/, ''))]).toEqual([v.name, true, false])
    }
  })
})

describe('numbers, codes and text', () => {
  it('numbers per village and year with 8 random digits, never a sequence and never one already issued', () => {
    const issued: Record<string, number> = { '350582101201-2022-000001': 1 }
    const numbers = Array.from({ length: 200 }, () => newCertificateNo((no) => no in issued, '350582101201', '2022'))
    for (const no of numbers) {
      expect(no).toMatch(/^350582101201-2022-\d{8}$/)
      expect(CERTIFICATE_NO.test(no)).toBe(true)
    }
    expect(new Set(numbers).size).toBe(200)
    // Consecutive numbers would make neighbours; random ones are spread over the whole range.
    const tails = numbers.map((no) => Number(no.slice(-8))).sort((a, b) => a - b)
    expect(tails[tails.length - 1] - tails[0]).toBeGreaterThan(10_000_000)
    expect(newCertificateNo((no) => no in issued, '350582101201', '2023')).toMatch(/^350582101201-2023-\d{8}$/)
    // Numbers of certificates issued before (six-digit sequence) are still valid numbers.
    expect(CERTIFICATE_NO.test('350582101201-2022-000001')).toBe(true)
  })

  it('draws 8-character codes from an alphabet without 0/O, 1/I/L', () => {
    expect(CODE_ALPHABET).not.toMatch(/[01OIL]/)
    const codes = new Set(Array.from({ length: 200 }, () => newVerificationCode()))
    expect(codes.size).toBe(200)
    for (const code of codes) expect(code).toMatch(/^[A-HJKMNP-Z2-9]{8}$/)
  })

  it('fills placeholders and leaves unknown ones visible', () => {
    expect(fillTemplate('兹证明{name}于{since}起居住，{nope}', { name: '陈小明', since: '2015年6月1日' })).toBe('兹证明陈小明于2015年6月1日起居住，{nope}')
  })
})
