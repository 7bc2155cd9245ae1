import type { User } from '@contract/user'
import { enterpriseLabel, realNameLabel } from './mask'

const verified: NonNullable<User['realName']> = { name: '张三', idNumber: '3505**********1234' }
const enterprise: NonNullable<User['enterprise']> = { name: '泉州示范科技有限公司', creditCode: '91350582MA2Y3K8P1X' }

describe('identity labels', () => {
  it('shows a verified person masked: the family name and the masked ID number', () => {
    expect(realNameLabel(verified)).toBe('张*（3505**********1234）')
  })

  it('shows an enterprise with its credit code', () => {
    expect(enterpriseLabel(enterprise)).toBe('泉州示范科技有限公司（91350582MA2Y3K8P1X）')
  })
})
