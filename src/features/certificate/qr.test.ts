import { isWebLink, parseVerifyLink, verifyLink } from './qr'

// What the certificate QR carries in a WeChat build: the public H5 verify page when the build set
// TARO_APP_H5_BASE, else the bare number and code that this mini-program's 扫码核验 reads.
describe('verifyLink on WeChat', () => {
  // The test transformer reads TARO_ENV_JEST before TARO_ENV at run time (as other weapp-path tests do).
  const env = process.env as Record<string, string | undefined>
  const saved = { env: env.TARO_ENV_JEST, base: env.TARO_APP_H5_BASE }
  const restore = (key: string, value: string | undefined) => {
    if (value === undefined) delete env[key]
    else env[key] = value
  }
  beforeEach(() => {
    env.TARO_ENV_JEST = 'weapp'
  })
  afterEach(() => {
    restore('TARO_ENV_JEST', saved.env)
    restore('TARO_APP_H5_BASE', saved.base)
  })

  it('links to the configured public H5 page', () => {
    env.TARO_APP_H5_BASE = 'https://zwfw.example.gov.cn/palm/'
    const link = verifyLink('/packages/certificate/verify/index?no=QZ7K2M9X4P&code=AB12CD34')
    expect(link).toBe('https://zwfw.example.gov.cn/palm/#/packages/certificate/verify/index?no=QZ7K2M9X4P&code=AB12CD34')
    expect(isWebLink(link)).toBe(true)
  })

  it('without a public address carries no local address, only what 扫码核验 reads', () => {
    delete env.TARO_APP_H5_BASE
    const link = verifyLink('/packages/certificate/verify/index?no=QZ7K2M9X4P&code=AB12CD34')
    expect(link).toBe('no=QZ7K2M9X4P&code=AB12CD34')
    expect(isWebLink(link)).toBe(false)
    expect(parseVerifyLink(link)).toEqual({ no: 'QZ7K2M9X4P', code: 'AB12CD34' })
  })
})
