import type { User } from '@contract/user'
import { createTestApp } from '../test-support/test-app'

describe('the settable clock (/admin/clock)', () => {
  it('reads the base clock, pins a time with PUT, and goes back with DELETE', async () => {
    const t = createTestApp()
    const { token } = await t.signIn('admin')
    expect((await t.get('/api/v1/admin/clock', { token })).body).toEqual({ now: '2022-03-01T09:00:00.000+08:00', fixed: false })
    const set = await t.put('/api/v1/admin/clock', { token, json: { now: '2026-02-13T01:30:00Z' } })
    expect(set.status).toBe(200)
    expect(set.headers.get('cache-control')).toBe('no-store')
    expect(set.body).toEqual({ now: '2026-02-13T09:30:00.000+08:00', fixed: true })
    expect((await t.get('/api/v1/admin/clock', { token })).body).toEqual({ now: '2026-02-13T09:30:00.000+08:00', fixed: true })
    const reset = await t.request('DELETE', '/api/v1/admin/clock', { token })
    expect(reset.body).toEqual({ now: '2022-03-01T09:00:00.000+08:00', fixed: false })
  })

  it('moves everything that reads the clock, e.g. when a session was opened', async () => {
    const t = createTestApp()
    const { token } = await t.signIn('admin')
    await t.put('/api/v1/admin/clock', { token, json: { now: '2026-10-10T08:00:00+08:00' } })
    const resident = await t.signIn('resident')
    const me = await t.get<User>('/api/v1/me', { token: resident.token })
    expect(me.status).toBe(200)
    expect(t.store.dump().users['demo-resident'].createdAt).toBe('2026-10-10T08:00:00.000+08:00')
  })

  it.each([
    [{ now: '2026-02-13T09:30:00' }, '时间须为带时区的 ISO 8601 格式，例如 2026-02-13T09:30:00+08:00'],
    [{ now: '2026-02-13' }, '时间须为带时区的 ISO 8601 格式，例如 2026-02-13T09:30:00+08:00'],
    [{ now: 1767225600000 }, '时间须为带时区的 ISO 8601 格式，例如 2026-02-13T09:30:00+08:00'],
    [{ now: '2026-02-30T09:00:00+08:00' }, '这个日期不存在'],
    [{ now: '2026-02-13T25:00:00+08:00' }, '这个日期不存在'],
    [{ now: '2100-01-01T00:00:00+08:00' }, '时间须在 2000 年至 2099 年之间'],
    [{}, '缺少时间 now'],
  ])('refuses %j with 422 and keeps the time', async (json, message) => {
    const t = createTestApp()
    const { token } = await t.signIn('admin')
    const res = await t.put('/api/v1/admin/clock', { token, json })
    expect(res.status).toBe(422)
    expect(res.body).toEqual({ error: { code: 'VALIDATION_FAILED', message, fields: { now: message } } })
    expect((await t.get('/api/v1/admin/clock', { token })).body).toEqual({ now: '2022-03-01T09:00:00.000+08:00', fixed: false })
  })

  it('is for the admin account only', async () => {
    const t = createTestApp()
    const { token } = await t.signIn('resident')
    for (const [method, json] of [['GET', undefined], ['PUT', { now: '2026-01-01T00:00:00+08:00' }], ['DELETE', undefined]] as const) {
      const res = await t.request(method, '/api/v1/admin/clock', { token, json })
      expect(res.status).toBe(403)
      expect((await t.request(method, '/api/v1/admin/clock', { json })).status).toBe(401)
    }
  })
})
