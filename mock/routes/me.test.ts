import type { User } from '@contract/user'
import { createTestApp, isErrorBody } from '../test-support/test-app'

describe('GET /me', () => {
  it('returns the signed-in user with masked fields and no-store', async () => {
    const t = createTestApp()
    const { token } = await t.signIn('business')
    const res = await t.get<User>('/api/v1/me', { token })
    expect(res.status).toBe(200)
    expect(res.body).toEqual<User>({
      id: 'demo-business',
      nickname: '演示企业经办人',
      role: 'business',
      realName: null,
      phone: '139****2345',
      enterprise: null,
      village: null,
    })
    expect(res.headers.get('cache-control')).toBe('no-store')
  })

  it('shows a verified real name masked (name and ID number)', async () => {
    const t = createTestApp()
    const { token } = await t.signIn('resident')
    const user = t.store.users.get('demo-resident')!
    t.store.users.put({ ...user, realName: { name: '张三丰', idNumber: '350582199001011234' } })
    const res = await t.get<User>('/api/v1/me', { token })
    expect(res.body.realName).toEqual({ name: '张**', idNumber: '3505**********1234' })
    expect(res.text).not.toContain('199001011')
  })

  it('answers 401 with the error body and a Bearer challenge without a token', async () => {
    const t = createTestApp()
    const res = await t.get('/api/v1/me')
    expect(res.status).toBe(401)
    expect(res.body).toEqual({ error: { code: 'UNAUTHORIZED', message: '请先登录' } })
    expect(res.headers.get('www-authenticate')).toMatch(/^Bearer/)
  })

  it.each([
    ['a garbage token', 'Bearer not-a-token'],
    ['a well-formed but unknown token', `Bearer ${'a'.repeat(64)}`],
    ['another scheme', `Basic ${Buffer.from('a:b').toString('base64')}`],
    ['an empty bearer', 'Bearer '],
    ['a token with trailing junk', `Bearer ${'a'.repeat(64)} x`],
  ])('answers 401 登录已失效 for %s', async (_label, authorization) => {
    const t = createTestApp()
    await t.signIn('resident')
    const res = await t.get('/api/v1/me', { headers: { Authorization: authorization } })
    expect(res.status).toBe(401)
    expect(isErrorBody(res.body)).toBe(true)
    expect(res.body).toEqual({ error: { code: 'UNAUTHORIZED', message: '登录已失效，请重新登录' } })
  })

  it('accepts the scheme in any case, as RFC 6750 allows', async () => {
    const t = createTestApp()
    const { token } = await t.signIn('resident')
    const res = await t.get('/api/v1/me', { headers: { Authorization: `bearer ${token}` } })
    expect(res.status).toBe(200)
  })
})
