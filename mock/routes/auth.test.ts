import type { AuthResult, User } from '@contract/user'
import { createTestApp, isErrorBody } from '../test-support/test-app'

describe('POST /auth/wechat', () => {
  it('signs a well-formed code in as the mock WeChat resident with a fresh 64-hex token', async () => {
    const t = createTestApp()
    const res = await t.post<AuthResult>('/api/v1/auth/wechat', { json: { code: '081aBc-Def_123' } })
    expect(res.status).toBe(200)
    expect(res.body.token).toMatch(/^[0-9a-f]{64}$/)
    expect(res.body.user).toEqual<User>({
      id: 'wx-resident',
      nickname: '微信用户',
      role: 'resident',
      realName: null,
      phone: null,
      enterprise: null,
      village: null,
    })
  })

  it('gives every sign-in its own token, and both work', async () => {
    const t = createTestApp()
    const a = await t.post<AuthResult>('/api/v1/auth/wechat', { json: { code: 'a' } })
    const b = await t.post<AuthResult>('/api/v1/auth/wechat', { json: { code: 'b' } })
    expect(a.body.token).not.toBe(b.body.token)
    expect((await t.get('/api/v1/me', { token: a.body.token })).status).toBe(200)
    expect((await t.get('/api/v1/me', { token: b.body.token })).status).toBe(200)
  })

  it.each([
    ['a missing code', {}, '缺少微信登录凭证 code'],
    ['an empty code', { code: '' }, '微信登录凭证 code 不能为空'],
    ['a code of 129 characters', { code: 'x'.repeat(129) }, '微信登录凭证 code 过长（最多 128 个字符）'],
    ['a code with spaces', { code: 'abc def' }, '微信登录凭证 code 格式不正确'],
    ['a code in Chinese', { code: '登录码' }, '微信登录凭证 code 格式不正确'],
    ['a numeric code', { code: 12345 }, '微信登录凭证 code 应为文本'],
    ['a null code', { code: null }, '微信登录凭证 code 应为文本'],
  ])('refuses %s with 422 and a Chinese message under fields.code', async (_label, json, message) => {
    const t = createTestApp()
    const res = await t.post('/api/v1/auth/wechat', { json })
    expect(res.status).toBe(422)
    expect(isErrorBody(res.body)).toBe(true)
    expect(res.body).toEqual({ error: { code: 'VALIDATION_FAILED', message, fields: { code: message } } })
  })

  it('accepts a code of exactly 128 characters', async () => {
    const t = createTestApp()
    const res = await t.post('/api/v1/auth/wechat', { json: { code: 'x'.repeat(128) } })
    expect(res.status).toBe(200)
  })

  it.each([
    ['broken JSON', '{"code": "abc"', 'application/json', 400, '请求体不是合法的 JSON'],
    ['an array', '["abc"]', 'application/json', 400, '请求体须为 JSON 对象'],
    ['a JSON string', '"abc"', 'application/json', 400, '请求体须为 JSON 对象'],
    ['JSON null', 'null', 'application/json', 400, '请求体须为 JSON 对象'],
    ['an empty body', '', 'application/json', 400, '缺少请求体'],
    ['a form body', 'code=abc', 'application/x-www-form-urlencoded', 415, '请求体须为 JSON（Content-Type: application/json）'],
    ['text/plain JSON', '{"code":"abc"}', 'text/plain', 415, '请求体须为 JSON（Content-Type: application/json）'],
  ])('answers %s with %#', async (_label, body, type, status, message) => {
    const t = createTestApp()
    const res = await t.post('/api/v1/auth/wechat', { body, headers: { 'Content-Type': type } })
    expect(res.status).toBe(status)
    expect(isErrorBody(res.body)).toBe(true)
    expect(res.body).toMatchObject({ error: { message } })
  })

  it('accepts application/json with a charset', async () => {
    const t = createTestApp()
    const res = await t.post('/api/v1/auth/wechat', { body: '{"code":"abc"}', headers: { 'Content-Type': 'application/json; charset=utf-8' } })
    expect(res.status).toBe(200)
  })

  it('refuses a body over 64 KB with 413', async () => {
    const t = createTestApp()
    const res = await t.post('/api/v1/auth/wechat', { json: { code: 'a', pad: 'x'.repeat(70 * 1024) } })
    expect(res.status).toBe(413)
    expect(res.body).toEqual({ error: { code: 'PAYLOAD_TOO_LARGE', message: '提交的内容过大（上限 64 KB）' } })
  })

  it('answers too many sign-ins with 429 and Retry-After', async () => {
    const t = createTestApp({ authRateLimit: { max: 2, windowMs: 60_000 } })
    expect((await t.post('/api/v1/auth/wechat', { json: { code: 'a' } })).status).toBe(200)
    expect((await t.post('/api/v1/auth/demo', { json: { account: 'resident' } })).status).toBe(200)
    const res = await t.post('/api/v1/auth/wechat', { json: { code: 'a' } })
    expect(res.status).toBe(429)
    expect(isErrorBody(res.body)).toBe(true)
    expect(res.body).toMatchObject({ error: { code: 'TOO_MANY_REQUESTS' } })
    expect(Number(res.headers.get('retry-after'))).toBeGreaterThan(0)
  })
})

describe('POST /auth/demo', () => {
  it.each([
    ['resident', 'resident'],
    ['business', 'business'],
    ['admin', 'admin'],
  ] as const)('signs in as the %s demo account with role %s and nothing verified yet', async (account, role) => {
    const t = createTestApp()
    const res = await t.post<AuthResult>('/api/v1/auth/demo', { json: { account } })
    expect(res.status).toBe(200)
    expect(res.body.token).toMatch(/^[0-9a-f]{64}$/)
    expect(res.body.user).toMatchObject({ id: `demo-${account}`, role, realName: null, enterprise: null, village: null })
  })

  it('shows the demo resident phone masked, never in full', async () => {
    const t = createTestApp()
    const { user } = await t.signIn('resident')
    expect(user.phone).toBe('138****1234')
  })

  it('binds the cadre to a real village of 晋江市 with its path', async () => {
    const t = createTestApp()
    const { user } = await t.signIn('cadre')
    expect(user.role).toBe('cadre')
    expect(user.village).not.toBeNull()
    const village = t.seed.regions.find((r) => r.code === user.village?.code)
    expect(village).toMatchObject({ level: 'village', name: user.village?.name })
    expect(user.village?.code.startsWith('350582')).toBe(true)
    expect(user.village?.path).toBe(`晋江市 / 安海镇 / ${village?.name}`)
  })

  it('binds cadre-other to a real village of another county', async () => {
    const t = createTestApp()
    const cadre = (await t.signIn('cadre')).user
    const other = (await t.signIn('cadre-other')).user
    expect(other.role).toBe('cadre')
    const village = t.seed.regions.find((r) => r.code === other.village?.code)
    expect(village?.level).toBe('village')
    expect(other.village?.code.slice(0, 6)).not.toBe(cadre.village?.code.slice(0, 6))
    expect(other.village?.path.split(' / ')).toHaveLength(3)
  })

  it('signs the same demo account in as the same user every time', async () => {
    const t = createTestApp()
    const a = await t.signIn('cadre')
    const b = await t.signIn('cadre')
    expect(a.user.id).toBe(b.user.id)
    expect(a.token).not.toBe(b.token)
    expect(Object.keys(t.store.dump().users)).toEqual(['demo-cadre'])
  })

  it.each([
    [{ account: 'mayor' }, '未知的演示账号，可选：resident、resident-new、business、cadre、cadre-other、admin'],
    [{ account: 'RESIDENT' }, '未知的演示账号，可选：resident、resident-new、business、cadre、cadre-other、admin'],
    [{ account: 1 }, '未知的演示账号，可选：resident、resident-new、business、cadre、cadre-other、admin'],
    [{}, '缺少演示账号 account'],
  ])('refuses %j with 422 and fields.account', async (json, message) => {
    const t = createTestApp()
    const res = await t.post('/api/v1/auth/demo', { json })
    expect(res.status).toBe(422)
    expect(res.body).toEqual({ error: { code: 'VALIDATION_FAILED', message, fields: { account: message } } })
  })
})

describe('POST /auth/logout', () => {
  it('revokes the token it was called with, and only that one', async () => {
    const t = createTestApp()
    const first = await t.signIn('resident')
    const second = await t.signIn('resident')
    const res = await t.post('/api/v1/auth/logout', { token: first.token })
    expect(res.status).toBe(204)
    expect((await t.get('/api/v1/me', { token: first.token })).status).toBe(401)
    expect((await t.get('/api/v1/me', { token: second.token })).status).toBe(200)
  })

  it('needs a token', async () => {
    const t = createTestApp()
    const res = await t.post('/api/v1/auth/logout')
    expect(res.status).toBe(401)
    expect(res.body).toEqual({ error: { code: 'UNAUTHORIZED', message: '请先登录' } })
  })
})

describe('sessions', () => {
  it('stores only a hash of the token, so the data file cannot be used to sign in', async () => {
    const t = createTestApp()
    const { token } = await t.signIn('admin')
    const stored = JSON.stringify(t.store.dump())
    expect(stored).not.toContain(token)
    expect(Object.keys(t.store.dump().sessions)).toHaveLength(1)
  })

  it('keeps at most 10 sessions per user, revoking the oldest', async () => {
    const t = createTestApp()
    const tokens: string[] = []
    for (let i = 0; i < 11; i += 1) tokens.push((await t.signIn('resident')).token)
    expect((await t.get('/api/v1/me', { token: tokens[0] })).status).toBe(401)
    expect((await t.get('/api/v1/me', { token: tokens[1] })).status).toBe(200)
    expect((await t.get('/api/v1/me', { token: tokens[10] })).status).toBe(200)
  })
})
