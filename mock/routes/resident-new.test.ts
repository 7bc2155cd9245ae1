import type { User } from '@contract/user'
import { createDemoCases } from '../demo/demo-cases'
import { createTestApp } from '../test-support/test-app'

describe('demo account resident-new', () => {
  it('is a resident who is not real-name verified, even after the demo cases verified `resident`', async () => {
    const t = createTestApp()
    await createDemoCases(t.app)
    const resident = await t.signIn('resident')
    expect(resident.user.realName).not.toBeNull()
    const fresh = await t.signIn('resident-new')
    expect(fresh.user).toMatchObject({ role: 'resident', realName: null, nickname: '新用户' })
    // The walk-through of the README then works: 实名认证 with the standard's example number.
    const res = await t.put<User>('/api/v1/me/real-name', { token: fresh.token, json: { name: '张三', idNumber: '11010519491231002X' } })
    expect(res.status).toBe(200)
    expect(res.body.realName).toEqual({ name: '张*', idNumber: '1101**********002X' })
  })
})
