import type { User } from '@contract/user'
import { isApplicantReady } from './applicant'

const base: User = { id: 'u1', nickname: '演示', role: 'business', realName: null, phone: '139****2345', enterprise: null, village: null }
const verified: User = { ...base, realName: { name: '张三', idNumber: '3505**********1234' } }
const withEnterprise: User = { ...verified, enterprise: { name: '泉州示范科技有限公司', creditCode: '91350582MA2Y3K8P1X' } }

describe('isApplicantReady', () => {
  it('needs a signed-in person and a chosen kind', () => {
    expect(isApplicantReady(null, 'personal')).toBe(false)
    expect(isApplicantReady(withEnterprise, null)).toBe(false)
  })

  it('needs a verified real name to apply as a person', () => {
    expect(isApplicantReady(base, 'personal')).toBe(false)
    expect(isApplicantReady(verified, 'personal')).toBe(true)
  })

  it('needs a verified enterprise as well to apply as a 法人', () => {
    expect(isApplicantReady(verified, 'legal')).toBe(false)
    expect(isApplicantReady({ ...base, enterprise: withEnterprise.enterprise }, 'legal')).toBe(false)
    expect(isApplicantReady(withEnterprise, 'legal')).toBe(true)
  })
})
