import { intentOfName, readIntent } from './intent'

describe('intent words', () => {
  it.each([
    [['身份证丢了'], 'reissue', ['身份证']],
    [['补身份证'], 'reissue', ['身份证']],
    [['驾照到期'], 'renew', ['驾照']],
    [['换身份证'], 'renew', ['身份证']],
    [['注销营业执照'], 'cancel', ['营业执照']],
    [['营业执照', '不干了'], 'cancel', ['营业执照']],
    [['新办营业执照'], 'new', ['营业执照']],
    [['开饭店'], 'new', ['饭店']],
  ])('%j → %s, searching %j', (terms, intent, rest) => {
    expect(readIntent(terms)).toEqual({ intent, terms: rest })
  })

  it('leaves names alone: a lone verb or a word inside a name is no intent', () => {
    expect(readIntent(['身份证'])).toBeNull()
    expect(readIntent(['注销'])).toBeNull()
    expect(readIntent(['换领'])).toBeNull()
    expect(readIntent(['居民身份证换领'])).toBeNull()
  })

  it('knows which variant a name is', () => {
    expect(intentOfName('居民身份证补领')).toBe('reissue')
    expect(intentOfName('社会保障卡挂失')).toBe('reissue')
    expect(intentOfName('居民身份证换领')).toBe('renew')
    expect(intentOfName('个体工商户注销登记')).toBe('cancel')
    expect(intentOfName('个体工商户设立登记')).toBe('new')
    expect(intentOfName('不动产登记资料查询')).toBeNull()
  })
})
