import { maskAddress } from './bundle-format'

describe('a mail address on the bundle case', () => {
  it('keeps the administrative divisions and hides the street and number', () => {
    expect(maskAddress('福建省泉州市丰泽区东海街道滨海路12号3栋501')).toBe('福建省泉州市丰泽区东海街道****')
    expect(maskAddress('泉州市鲤城区中山路100号')).toBe('泉州市鲤城区****')
  })

  it('hides all but the first characters of an address without divisions', () => {
    expect(maskAddress('中山路一百号三栋五零一室')).toBe('中山路一百号****')
  })
})
