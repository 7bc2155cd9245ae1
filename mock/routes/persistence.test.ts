import { mkdtempSync, readdirSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import type { User } from '@contract/user'
import { createDb } from '../lib/db'
import { createTestApp } from '../test-support/test-app'

describe('data survives a restart', () => {
  let dir: string
  let file: string
  const quiet = () => undefined

  beforeEach(() => {
    dir = mkdtempSync(join(tmpdir(), 'mock-persist-'))
    file = join(dir, 'db.json')
  })
  afterEach(() => rmSync(dir, { recursive: true, force: true }))

  it('keeps a sign-in: the token still works on a new app over the same file', async () => {
    const before = createTestApp({ db: createDb({ file, log: quiet }) })
    const { token } = await before.signIn('cadre')
    const after = createTestApp({ db: createDb({ file, log: quiet }) })
    const res = await after.get<User>('/api/v1/me', { token })
    expect(res.status).toBe(200)
    expect(res.body.village?.path).toBe('晋江市 / 安海镇 / 西安村委会')
  })

  it('keeps a logout: a revoked token stays revoked after a restart', async () => {
    const before = createTestApp({ db: createDb({ file, log: quiet }) })
    const { token } = await before.signIn('resident')
    await before.post('/api/v1/auth/logout', { token })
    const after = createTestApp({ db: createDb({ file, log: quiet }) })
    expect((await after.get('/api/v1/me', { token })).status).toBe(401)
  })

  it('keeps the last acknowledged state when a crash left a partial temp file', async () => {
    const before = createTestApp({ db: createDb({ file, log: quiet }) })
    const { token } = await before.signIn('business')
    writeFileSync(join(dir, 'db.json.tmp-999-1'), '{"version":1,"users":{},"sess')
    const after = createTestApp({ db: createDb({ file, log: quiet }) })
    expect((await after.get('/api/v1/me', { token })).status).toBe(200)
    expect(readdirSync(dir)).toEqual(['db.json'])
  })

  it('starts from the seed, without crashing, when db.json is corrupt', async () => {
    const before = createTestApp({ db: createDb({ file, log: quiet }) })
    const { token } = await before.signIn('admin')
    writeFileSync(file, '\u0000\u0000garbage')
    const after = createTestApp({ db: createDb({ file, log: quiet }) })
    expect((await after.get('/api/v1/me', { token })).status).toBe(401)
    const again = await after.signIn('admin')
    expect(again.user.role).toBe('admin')
    expect(readdirSync(dir).some((name) => name.startsWith('db.json.corrupt-'))).toBe(true)
  })

  it('forgets everything on a fresh start', async () => {
    const before = createTestApp({ db: createDb({ file, log: quiet }) })
    const { token } = await before.signIn('resident')
    const after = createTestApp({ db: createDb({ file, fresh: true, log: quiet }) })
    expect((await after.get('/api/v1/me', { token })).status).toBe(401)
  })
})
