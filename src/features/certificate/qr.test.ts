import { isWebLink, parseVerifyLink, verifyLink } from './qr'

// What the certificate QR carries in a WeChat build: the public H5 verify page when the build set
// TARO_APP_H5_BASE, else the bare number and code that this mini-program's 扫码核验 reads.
describe('verifyLink on WeChat', () => {
  const saved = { env: process.env.TARO_ENV, base: process.env.TARO_APP_H5_BASE }
  beforeEach(() => {
    process.env.TARO_ENV = 'weapp'
  })
  afterEach(() => {
    process.env.TARO_ENV = saved.env
    if (saved.base === undefined) delete process.env.TARO_APP_H5_BASE
    else process.env.TARO_APP_H5_BASE = saved.base
  })

  it('links to the configured public H5 page', () => {
    process.env.TARO_APP_H5_BASE = 'https://zwfw.example.gov.cn/palm/'
    const link = verifyLink('/packages/certificate/verify/index?no=QZ7K2M9X4P&code=AB12CD34')
    expect(link).toBe('https://zwfw.example.gov.cn/palm/#/packages/certificate/verify/index?no=QZ7K2M9X4P&code=AB12CD34')
    expect(isWebLink(link)).toBe(true)
  })

  it('without a public address carries no local address, only what 扫码核验 reads', () => {
    delete process.env.TARO_APP_H5_BASE
    const link = verifyLink('/packages/certificate/verify/index?no=QZ7K2M9X4P&code=AB12CD34')
    expect(link).toBe('no=QZ7K2M9X4P&code=AB12CD34')
    expect(isWebLink(link)).toBe(false)
    expect(parseVerifyLink(link)).toEqual({ no: 'QZ7K2M9X4P', code: 'AB12CD34' })
  })
})
