import { findRemovedCertificate, REMOVED_CERTIFICATES, removedCertificateIn, removedCertificateRefusal, STANDARD_REFUSALS } from './removed-certificates'
import { REVIEW_REASON_CHARS, countChars } from './text'

describe('the 20 certificates removed in 2020, by meaning', () => {
  it('lists 20, each with wordings and where to go instead', () => {
    expect(REMOVED_CERTIFICATES).toHaveLength(20)
    for (const r of REMOVED_CERTIFICATES) {
      expect(r.wordings.length).toBeGreaterThan(0)
      expect(r.instead.length).toBeGreaterThan(10)
    }
  })

  it.each([
    ['我与张三的父子关系', '亲属关系证明'],
    ['我 和 女儿 的 母女关系', '亲属关系证明'],
    ['夫妻关系证明', '亲属关系证明'],
    ['无业证明', '居民就业状况证明'],
    ['待业在家证明', '居民就业状况证明'],
    ['身份证丢失', '证件遗失证明'],
    ['户口本遗失', '证件遗失证明'],
    ['独生子女证明', '婚育状况证明'],
    ['收入证明', '居民财产证明'],
    ['存款证明', '居民财产证明'],
    ['单身证明', '婚姻状况证明'],
    ['离婚证明', '婚姻状况证明'],
    ['出生证明', '出生证明'],
    ['老人健在证明', '健在证明'],
    ['母亲已去世', '死亡证明'],
    ['无犯罪记录证明', '无犯罪记录证明'],
    ['身份信息证明', '居民身份信息证明'],
    ['同一人证明', '居民身份信息证明'],
    ['患病证明', '疾病状况证明'],
    ['残疾证明', '残疾状况证明'],
    ['养犬证明', '居民养犬证明'],
    ['遗产继承证明', '遗产继承权证明'],
    ['个体户经营场所证明', '市场主体住所证明'],
  ])('“%s” asks for %s', (text, name) => {
    expect(removedCertificateIn(text)).toBe(name)
  })

  it.each(['村民小组成员身份证明', '居住证明', '居(租)住证明', '家庭经济状况证明', '权属来源证明', '宅基地使用证明', '子女入学', '办理社保', '集体经济组织成员证明', ''])(
    'lets “%s” through',
    (text) => {
      expect(findRemovedCertificate(text)).toBeNull()
    },
  )

  it('gives refusals a cadre can send as they are (within the reason’s length)', () => {
    for (const reason of [...STANDARD_REFUSALS, ...REMOVED_CERTIFICATES.map(removedCertificateRefusal)]) {
      expect(countChars(reason)).toBeGreaterThanOrEqual(REVIEW_REASON_CHARS.min)
      expect(countChars(reason)).toBeLessThanOrEqual(REVIEW_REASON_CHARS.max)
    }
  })
})
