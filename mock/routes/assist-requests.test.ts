import type { AssistRequest } from '@contract/application'
import type { Page } from '@contract/common'
import { createFixedClock } from '../lib/clock'
import { cityItem } from '../test-support/fixtures'
import { createTestApp, isErrorBody } from '../test-support/test-app'

describe('POST /assist-requests', () => {
  it('records a request for any item (here one not on the phone) and answers it with a number, phone masked', async () => {
    const t = createTestApp()
    const { token } = await t.signIn('resident')
    const item = cityItem(t.seed, '居民身份证首次申领')
    const res = await t.post<AssistRequest>('/api/v1/assist-requests', {
      token,
      json: { itemId: item.id, phone: '139 0595 0000', note: '  老人行动不便，想请工作人员上门采集  ', preferredTime: '工作日上午' },
    })
    expect(res.status).toBe(201)
    expect(res.body).toEqual({
      id: expect.stringMatching(/^BB20220301\d{6}$/),
      item: { id: item.id, name: '居民身份证首次申领' },
      phone: '139****0000',
      note: '老人行动不便，想请工作人员上门采集',
      preferredTime: '工作日上午',
      status: 'pending',
      createdAt: '2022-03-01T09:00:00.000+08:00',
    })
    expect(res.text).not.toContain('13905950000')
    expect(t.store.dump().assistRequests[res.body.id].phone).toBe('13905950000')
  })

  it.each([
    ['an unknown item', { itemId: 'it-000000-nothing' }, { itemId: '事项不存在或已下线' }],
    ['a wrong phone', { phone: '1390595' }, { phone: '手机号码应为 11 位，现在是 7 位' }],
    ['an empty note', { note: '   ' }, { note: '请说明需要帮办的事项' }],
    ['a note over 200 characters', { note: '帮'.repeat(201) }, { note: '需求说明最多 200 个字，现在是 201 个' }],
    ['a preferred time over 20 characters', { preferredTime: '上'.repeat(21) }, { preferredTime: '方便联系的时间最多 20 个字，现在是 21 个' }],
    ['control characters in the note', { note: 'a\u0007b' }, { note: '需求说明包含无法识别的字符' }],
  ])('answers 422 under the field: %s', async (_label, change, fields) => {
    const t = createTestApp()
    const { token } = await t.signIn('resident')
    const json = { itemId: cityItem(t.seed, '居民身份证换领').id, phone: '13905950000', note: '需要帮办', preferredTime: '', ...change }
    const res = await t.post('/api/v1/assist-requests', { token, json })
    expect(res.status).toBe(422)
    expect(res.body).toEqual({ error: { code: 'VALIDATION_FAILED', message: Object.values(fields)[0], fields } })
    expect(t.store.dump().assistRequests).toEqual({})
  })

  it('needs a sign-in (401)', async () => {
    const t = createTestApp()
    const res = await t.post('/api/v1/assist-requests', { json: {} })
    expect(res.status).toBe(401)
  })
})

describe('GET /assist-requests and the back office', () => {
  async function setup() {
    const clock = createFixedClock('2022-03-01T09:00:00+08:00')
    const t = createTestApp({ clock })
    const resident = await t.signIn('resident')
    const business = await t.signIn('business')
    const itemId = cityItem(t.seed, '居民身份证换领').id
    const ask = (token: string, note: string) => t.post<AssistRequest>('/api/v1/assist-requests', { token, json: { itemId, phone: '13905950000', note, preferredTime: '下午' } })
    await ask(resident.token, '第一次')
    clock.set('2022-03-02T10:00:00+08:00')
    await ask(business.token, '企业的')
    await ask(resident.token, '第二次')
    return { t, resident, business }
  }

  it('lists my own requests, newest first', async () => {
    const { t, resident } = await setup()
    const res = await t.get<Page<AssistRequest>>('/api/v1/assist-requests', { token: resident.token })
    expect(res.status).toBe(200)
    expect(res.body.items.map((r) => r.note)).toEqual(['第二次', '第一次'])
    expect(res.body).toEqual(expect.objectContaining({ total: 2, page: 1, pageSize: 20 }))
    expect(res.body.items[0].phone).toBe('139****0000')
  })

  it('shows the back office every request, newest first, phones masked', async () => {
    const { t } = await setup()
    const admin = await t.signIn('admin')
    const res = await t.get<Page<AssistRequest>>('/api/v1/admin/assist-requests', { token: admin.token })
    expect(res.status).toBe(200)
    expect(res.body.items.map((r) => r.note)).toEqual(['第二次', '企业的', '第一次'])
    expect(res.body.items.every((r) => r.phone === '139****0000')).toBe(true)
    const paged = await t.get<Page<AssistRequest>>('/api/v1/admin/assist-requests?page=2&pageSize=2&status=pending', { token: admin.token })
    expect(paged.body).toEqual(expect.objectContaining({ total: 3, page: 2, pageSize: 2 }))
    expect(paged.body.items.map((r) => r.note)).toEqual(['第一次'])
  })

  it('keeps the back-office list from anyone else (403) and from no one signed in (401)', async () => {
    const { t, resident } = await setup()
    const res = await t.get('/api/v1/admin/assist-requests', { token: resident.token })
    expect(res.status).toBe(403)
    expect(res.body).toEqual({ error: { code: 'FORBIDDEN', message: '当前账号没有权限进行此操作' } })
    expect((await t.get('/api/v1/admin/assist-requests')).status).toBe(401)
  })

  it('refuses bad list parameters (400)', async () => {
    const { t, resident } = await setup()
    const admin = await t.signIn('admin')
    expect((await t.get('/api/v1/assist-requests?pageSize=0', { token: resident.token })).status).toBe(400)
    const res = await t.get('/api/v1/admin/assist-requests?status=done', { token: admin.token })
    expect(res.status).toBe(400)
    expect(isErrorBody(res.body)).toBe(true)
  })
})
