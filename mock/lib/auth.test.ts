import { Hono } from 'hono'
import { createAuth, signIn } from './auth'
import { createFixedClock } from './clock'
import type { AppEnv } from './env'
import { handleError } from './errors'
import { openStore } from './store'

function setup() {
  const store = openStore()
  const { requireAuth, requireRole } = createAuth(store)
  const app = new Hono<AppEnv>()
  app.onError((err, c) => handleError(err, c, () => undefined))
  app.get('/any', requireAuth, (c) => c.json({ id: c.get('user').id }))
  app.get('/cadre', requireRole('cadre'), (c) => c.json({ id: c.get('user').id }))
  app.get('/staff', requireRole('cadre', 'admin'), (c) => c.json({ id: c.get('user').id }))
  const clock = createFixedClock('2022-03-01T09:00:00+08:00')
  const tokenFor = (id: string, role: 'resident' | 'cadre' | 'admin') =>
    signIn(store, clock, { id, nickname: id, role, realName: null, phone: null, enterprise: null, village: null, demoAccount: null }, (u) => u)
  return { app, tokenFor }
}

const get = (app: Hono<AppEnv>, path: string, token: string) => app.request(path, { headers: { Authorization: `Bearer ${token}` } })

describe('the auth guard', () => {
  it('lets any signed-in user through requireAuth and tells the handler who it is', async () => {
    const { app, tokenFor } = setup()
    const res = await get(app, '/any', tokenFor('u1', 'resident'))
    expect(res.status).toBe(200)
    expect(await res.json()).toEqual({ id: 'u1' })
  })

  it('answers 403 with the error body when the role does not fit', async () => {
    const { app, tokenFor } = setup()
    const res = await get(app, '/cadre', tokenFor('u1', 'resident'))
    expect(res.status).toBe(403)
    expect(await res.json()).toEqual({ error: { code: 'FORBIDDEN', message: '当前账号没有权限进行此操作' } })
  })

  it('lets any of the listed roles through', async () => {
    const { app, tokenFor } = setup()
    expect((await get(app, '/staff', tokenFor('c', 'cadre'))).status).toBe(200)
    expect((await get(app, '/staff', tokenFor('a', 'admin'))).status).toBe(200)
    expect((await get(app, '/cadre', tokenFor('a2', 'admin'))).status).toBe(403)
  })

  it('checks the session before the role: an unknown token is 401, not 403', async () => {
    const { app } = setup()
    const res = await get(app, '/cadre', 'b'.repeat(64))
    expect(res.status).toBe(401)
  })
})
