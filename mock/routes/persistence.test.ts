import { mkdtempSync, readFileSync, readdirSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import type { UploadedFile } from '@contract/application'
import type { Case } from '@contract/case'
import type { User } from '@contract/user'
import { createApp } from '../app'
import { createFixedClock } from '../lib/clock'
import { openStore, STORE_FILE, StoreOpenError, type Store } from '../lib/store'
import { cityItem, JPEG, schemaOf, testIdNumber, validApplication } from '../test-support/fixtures'
import { createTestApp, testCatalogue } from '../test-support/test-app'

describe('data survives a restart', () => {
  let dir: string
  let file: string
  const quiet = () => undefined
  /** The stores a test opened; a restart closes the previous one first, as a stopped process would. */
  let opened: Store[] = []
  const open = (options: { fresh?: boolean; importJson?: string; log?: (line: string) => void } = {}): Store => {
    for (const store of opened) if (store.connection.open) store.close()
    const store = openStore({ file, log: quiet, ...options })
    opened = [store]
    return store
  }

  beforeEach(() => {
    dir = mkdtempSync(join(tmpdir(), 'mock-persist-'))
    file = join(dir, STORE_FILE)
  })
  afterEach(() => {
    for (const store of opened) if (store.connection.open) store.close()
    opened = []
    rmSync(dir, { recursive: true, force: true })
  })

  it('keeps a sign-in: the token still works on a new app over the same file', async () => {
    const before = createTestApp({ store: open() })
    const { token } = await before.signIn('cadre')
    const after = createTestApp({ store: open() })
    const res = await after.get<User>('/api/v1/me', { token })
    expect(res.status).toBe(200)
    expect(res.body.village?.path).toBe('晋江市 / 安海镇 / 西安村委会')
  })

  it('keeps a logout: a revoked token stays revoked after a restart', async () => {
    const before = createTestApp({ store: open() })
    const { token } = await before.signIn('resident')
    await before.post('/api/v1/auth/logout', { token })
    const after = createTestApp({ store: open() })
    expect((await after.get('/api/v1/me', { token })).status).toBe(401)
  })

  it('keeps the last acknowledged state when a crash left a half-built database file', async () => {
    const before = createTestApp({ store: open() })
    const { token } = await before.signIn('business')
    writeFileSync(join(dir, `${STORE_FILE}.tmp-999-1`), 'SQLite format 3\u0000 half written')
    const after = createTestApp({ store: open() })
    expect((await after.get('/api/v1/me', { token })).status).toBe(200)
    expect(readdirSync(dir).filter((name) => !name.endsWith('-wal') && !name.endsWith('-shm'))).toEqual([STORE_FILE])
  })

  it('refuses to start on a damaged database, keeping the file, instead of starting empty (SPEC §8)', async () => {
    const before = createTestApp({ store: open() })
    await before.signIn('admin')
    opened[0].close()
    writeFileSync(file, '\u0000\u0000garbage')
    expect(() => open()).toThrow(StoreOpenError)
    expect(readFileSync(file, 'utf8')).toBe('\u0000\u0000garbage')
  })

  it('forgets everything on a fresh start', async () => {
    const before = createTestApp({ store: open() })
    const { token } = await before.signIn('resident')
    const after = createTestApp({ store: open({ fresh: true }) })
    expect((await after.get('/api/v1/me', { token })).status).toBe(401)
  })

  it('keeps uploaded files (bytes beside the database) and cases across a restart', async () => {
    const { seed, index } = testCatalogue()
    // The app as `npm run mock` builds it: no file store given, so bytes go next to the database.
    const start = () => createApp({ store: open(), seed, index, clock: createFixedClock('2022-03-01T09:00:00+08:00'), logRequests: false })
    const call = async <T>(app: ReturnType<typeof createApp>, method: string, path: string, init: { token?: string; json?: unknown; form?: FormData; key?: string } = {}) => {
      const headers: Record<string, string> = {}
      if (init.token) headers.Authorization = `Bearer ${init.token}`
      if (init.json !== undefined) headers['Content-Type'] = 'application/json'
      if (init.key) headers['Idempotency-Key'] = init.key
      const res = await app.request(`/api/v1${path}`, { method, headers, body: init.form ?? (init.json === undefined ? undefined : JSON.stringify(init.json)) })
      return { status: res.status, res, body: (res.headers.get('content-type') ?? '').includes('json') ? ((await res.json()) as T) : (undefined as T) }
    }
    const before = start()
    const { token } = (await call<{ token: string }>(before, 'POST', '/auth/demo', { json: { account: 'resident' } })).body
    await call(before, 'PUT', '/me/real-name', { token, json: { name: '陈小明', idNumber: testIdNumber() } })
    const form = new FormData()
    form.append('file', new Blob([JPEG], { type: 'image/jpeg' }), 'photo.jpg')
    const uploaded = (await call<UploadedFile>(before, 'POST', '/uploads', { token, form })).body
    expect(readdirSync(join(dir, 'uploads'))).toEqual([uploaded.fileId])
    const created = await call<Case>(before, 'POST', '/applications', { token, json: validApplication(schemaOf(cityItem(seed, '居民身份证换领')), uploaded.fileId), key: 'persist-key-1' })
    expect(created.status).toBe(201)

    const after = start()
    const download = await call(after, 'GET', `/uploads/${uploaded.fileId}`, { token })
    expect(download.status).toBe(200)
    expect(new Uint8Array(await download.res.arrayBuffer())).toEqual(JPEG)
    expect((await call<Case>(after, 'GET', `/cases/${created.body.caseNo}`, { token })).body).toEqual(created.body)
    // The key survives too: a retry after the restart still gets the same case.
    const retry = await call<Case>(after, 'POST', '/applications', { token, json: validApplication(schemaOf(cityItem(seed, '居民身份证换领')), uploaded.fileId), key: 'persist-key-1' })
    expect(retry.status).toBe(200)
    expect(retry.body.caseNo).toBe(created.body.caseNo)
  })

  it('imports a case stored in db.json before the lifecycle existed (issue 3), with its new facts defaulted, and moves it', async () => {
    const before = createTestApp()
    const { token } = await before.signIn('resident')
    await before.verifyRealName(token)
    const file1 = await before.upload(token)
    const created = await before.submit<Case>(token, validApplication(schemaOf(cityItem(before.seed, '居民身份证换领')), file1.fileId))
    // A db.json as issue 3 wrote it: the stored estimate, none of the lifecycle's fields, no notices collection.
    const json = JSON.parse(JSON.stringify(before.store.dump())) as { cases: Record<string, Record<string, unknown>>; notices?: unknown }
    const old = json.cases[created.body.caseNo]
    for (const key of ['acceptedAt', 'acceptedOn', 'pauses', 'supplement', 'supplements', 'result', 'concludedAt']) delete old[key]
    Object.assign(old, { estimatedAcceptOn: '2022-03-02', dueBy: '2022-03-16', dueByProvisional: false })
    delete json.notices
    const oldJson = join(dir, 'db.json')
    writeFileSync(oldJson, JSON.stringify(json))

    const lines: string[] = []
    const after = createTestApp({ store: open({ importJson: oldJson, log: (line) => lines.push(line) }) })
    expect(lines).toEqual([expect.stringContaining('imported db.json')])
    const read = await after.get<Case>(`/api/v1/cases/${created.body.caseNo}`, { token })
    expect(read.status).toBe(200)
    expect(read.body).toEqual(created.body)
    expect(read.body).toEqual(expect.objectContaining({ dueBy: '2022-03-16', acceptedAt: null, supplement: null, result: null, canWithdraw: true }))
    expect(after.store.dump().notices).toEqual({})
    const admin = await after.signIn('admin')
    const moved = await after.post<Case>(`/api/v1/admin/cases/${created.body.caseNo}/transition`, { token: admin.token, json: { action: 'accept', note: '' } })
    expect(moved.body.status).toBe('accepted')
    expect(moved.body.dueBy).toBe('2022-03-15')
  })
})
