import { existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import Database from 'better-sqlite3'
import { ApiError } from '../errors'
import { caseRecord, legacyData, userRecord } from './fixtures'
import { openStore, SCHEMA_VERSION, StoreOpenError, StoreRecordError, type Store } from './index'
import { migrations } from './migrations'

const quiet = () => undefined

describe.each([
  ['in memory', () => openStore()],
  ['on a file', () => openStore({ file: join(mkdtempSync(join(tmpdir(), 'mock-store-')), 'store.sqlite'), log: quiet })],
])('the store %s', (_name, open) => {
  let store: Store
  beforeEach(() => {
    store = open()
  })
  afterEach(() => {
    store.close()
    if (store.file) rmSync(join(store.file, '..'), { recursive: true, force: true })
  })

  it('gets, puts, replaces and deletes by key', () => {
    expect(store.cases.get('SL2022030100000001')).toBeUndefined()
    store.cases.put(caseRecord(1))
    expect(store.cases.get('SL2022030100000001')).toEqual(caseRecord(1))
    store.cases.put(caseRecord(1, { status: 'accepted' }))
    expect(store.cases.get('SL2022030100000001')?.status).toBe('accepted')
    expect(store.cases.count()).toBe(1)
    expect(store.cases.delete('SL2022030100000001')).toBe(true)
    expect(store.cases.delete('SL2022030100000001')).toBe(false)
    expect(store.cases.has('SL2022030100000001')).toBe(false)
  })

  it('put() returns the record exactly as get() reads it back (defaults filled), as a copy of its own', () => {
    // A case written before the lifecycle fields existed: the schema fills them in on the way in.
    const { acceptedAt: _a, acceptedOn: _o, pauses: _p, supplement: _s, supplements: _ss, result: _r, concludedAt: _c, rating: _rt, ...old } = caseRecord(1)
    const written = store.cases.put(old as Parameters<Store['cases']['put']>[0])
    expect(written).toEqual(store.cases.get(old.caseNo))
    expect(written.pauses).toEqual([])
    written.status = 'accepted'
    expect(store.cases.get(old.caseNo)?.status).toBe('submitted')
    const session = { userId: 'u1', createdAt: '2022-03-01T09:00:00.000+08:00' }
    expect(store.sessions.put('h'.repeat(64), session)).toEqual(store.sessions.get('h'.repeat(64)))
    for (const [name, records] of Object.entries(legacyData(2)) as [string, unknown][]) {
      if (name === 'version' || name === 'sessions') continue
      const repository = store[name as 'users'] as unknown as { put(r: unknown): unknown; get(k: string): unknown }
      for (const [key, record] of Object.entries(records as Record<string, unknown>)) expect(repository.put(record)).toEqual(repository.get(key))
    }
  })

  it('hands out copies: changing a record changes nothing until it is put back', () => {
    store.users.put(userRecord('u1'))
    const record = store.users.get('u1')!
    record.nickname = '改了'
    expect(store.users.get('u1')?.nickname).toBe('演示居民')
  })

  it('commits a transaction as a whole, and rolls all of it back when it throws (a 409 included)', () => {
    store.users.put(userRecord('u1'))
    store.transaction(() => {
      store.cases.put(caseRecord(1))
      store.cases.put(caseRecord(2))
    })
    expect(store.cases.count()).toBe(2)
    expect(() =>
      store.transaction(() => {
        store.cases.put(caseRecord(3))
        const user = store.users.get('u1')!
        store.users.put({ ...user, nickname: '改了一半' })
        store.sessions.delete('x')
        throw new ApiError('CONFLICT', '冲突')
      }),
    ).toThrow(ApiError)
    expect(store.cases.has(caseRecord(3).caseNo)).toBe(false)
    expect(store.users.get('u1')?.nickname).toBe('演示居民')
    expect(store.transaction(() => 42)).toBe(42)
  })

  it('refuses to write a record that does not match its schema, and writes nothing of it', () => {
    const bad = { ...caseRecord(1), status: 'lost' } as unknown as Parameters<Store['cases']['put']>[0]
    expect(() => store.cases.put(bad)).toThrow(StoreRecordError)
    expect(store.cases.count()).toBe(0)
  })

  it('lists an owner’s cases newest first, filtered by status, one page at a time, with the total', () => {
    for (let n = 1; n <= 30; n += 1) store.cases.put(caseRecord(n, { ownerId: n % 3 === 0 ? 'other' : 'me', status: n % 2 === 0 ? 'accepted' : 'submitted' }))
    const page = store.cases.listByOwner('me', {}, { page: 1, pageSize: 5 })
    expect(page.total).toBe(20)
    expect(page.items.map((r) => r.caseNo)).toEqual([29, 28, 26, 25, 23].map((n) => caseRecord(n).caseNo))
    expect(store.cases.listByOwner('me', { statuses: ['accepted'] }).items.every((r) => r.status === 'accepted' && r.ownerId === 'me')).toBe(true)
    expect(store.cases.listByOwner('me', { statuses: [] }).total).toBe(0)
    expect(store.cases.list({ statuses: ['submitted', 'accepted'] }, { page: 7, pageSize: 5 })).toEqual({ items: [], total: 30, page: 7, pageSize: 5 })
  })

  it('orders records of the same instant in reverse order of arrival, also after an update', () => {
    const at = '2022-03-01T09:00:00.000+08:00'
    for (const n of [5, 1, 3]) store.cases.put(caseRecord(n, { submittedAt: at }))
    store.cases.put(caseRecord(5, { submittedAt: at, status: 'accepted' }))
    expect(store.cases.list().items.map((r) => r.caseNo)).toEqual([3, 1, 5].map((n) => caseRecord(n).caseNo))
  })

  it('finds the cases whose default rating is due', () => {
    store.cases.put(caseRecord(1, { status: 'concluded', concludedAt: '2022-03-01T10:00:00+08:00' }))
    store.cases.put(caseRecord(2, { status: 'concluded', concludedAt: '2022-03-05T10:00:00+08:00' }))
    store.cases.put(caseRecord(3, { status: 'concluded', concludedAt: '2022-03-01T10:00:00+08:00', rating: { id: 'PJ1', level: 5, source: 'person' } }))
    expect(store.cases.listRatingDue('2022-03-02T00:00:00+08:00').map((r) => r.caseNo)).toEqual([caseRecord(1).caseNo])
    expect(store.cases.hasRatingDue('2022-03-01T09:00:00+08:00')).toBe(false)
  })

  it('keeps sessions per user, oldest first', () => {
    store.sessions.put('b'.repeat(64), { userId: 'u1', createdAt: '2022-03-02T09:00:00+08:00' })
    store.sessions.put('a'.repeat(64), { userId: 'u1', createdAt: '2022-03-01T09:00:00+08:00' })
    store.sessions.put('c'.repeat(64), { userId: 'u2', createdAt: '2022-03-01T09:00:00+08:00' })
    expect(store.sessions.listByUser('u1').map((s) => s.tokenHash)).toEqual(['a'.repeat(64), 'b'.repeat(64)])
    expect(store.sessions.deleteCreatedBefore('2022-03-02T00:00:00+08:00')).toBe(2)
    expect(store.sessions.get('b'.repeat(64))).toEqual({ userId: 'u1', createdAt: '2022-03-02T09:00:00+08:00' })
  })

  it('answers the certificate lookups: by key, the village queue with counts, the highest number, files', () => {
    const request = (id: string, status: 'pending' | 'issued', updatedAt: string, fileId = 'f1') => ({
      id,
      ownerId: 'me',
      type: { id: 't', name: '居住证明' },
      village: { code: '350582100201', name: '西安村委会', path: '晋江市 / 安海镇 / 西安村委会' },
      purpose: '入学',
      applicant: { name: '陈小明', idNumber: '350582199001011234', phone: null },
      fields: [],
      materials: [{ key: 'm', name: '户口簿', files: [{ fileId, name: 'a.jpg', size: 1, mime: 'image/jpeg' }] }],
      status,
      reason: null,
      history: [],
      certificateNo: null,
      idempotencyKey: `k-${id}`,
      createdAt: updatedAt,
      updatedAt,
    })
    store.certificateRequests.put(request('CR2', 'pending', '2022-03-02T09:00:00+08:00'))
    store.certificateRequests.put(request('CR1', 'pending', '2022-03-01T09:00:00+08:00', 'f2'))
    store.certificateRequests.put(request('CR3', 'issued', '2022-03-03T09:00:00+08:00'))
    expect(store.certificateRequests.listByVillage('350582100201', 'pending').items.map((r) => r.id)).toEqual(['CR1', 'CR2'])
    expect(store.certificateRequests.countByStatus('350582100201')).toEqual({ pending: 2, returned: 0, rejected: 0, issued: 1 })
    expect(store.certificateRequests.findByIdempotencyKey('me', 'k-CR2')?.id).toBe('CR2')
    expect(store.certificateRequests.findByIdempotencyKey('someone', 'k-CR2')).toBeUndefined()
    expect(store.certificateRequests.villageHasFile('350582100201', 'f2')).toBe(true)
    expect(store.certificateRequests.villageHasFile('350582100202', 'f2')).toBe(false)
    expect(store.certificateRequests.listByOwner('me').items.map((r) => r.id)).toEqual(['CR3', 'CR2', 'CR1'])
    const certificate = (no: string) => ({
      no,
      verificationCode: 'ABCDEFGH',
      requestId: 'CR3',
      ownerId: 'me',
      villageCode: '350582100201',
      type: { id: 't', name: '居住证明' },
      title: '居住证明',
      body: '兹证明',
      holder: { name: '陈小明', idNumber: '350582199001011234' },
      issuer: '西安村委会',
      issuedAt: '2022-03-03T09:00:00+08:00',
      validUntil: null,
      status: 'valid' as const,
      revokedAt: null,
      revokeReason: null,
    })
    store.certificates.put(certificate('350582100201-2022-000002'))
    store.certificates.put(certificate('350582100201-2022-000010'))
    store.certificates.put(certificate('350582100201-2023-000099'))
    expect(store.certificates.highestNoWithPrefix('350582100201-2022-')).toBe('350582100201-2022-000010')
    expect(store.certificates.highestNoWithPrefix('350582100202-2022-')).toBeNull()
    expect(store.certificates.listByVillage('350582100201', { status: 'valid' }, { page: 1, pageSize: 2 }).total).toBe(3)
  })

  it('finds ratings by id and by China day', () => {
    const rating = (caseNo: string, id: string, ratedAt: string, level: 1 | 5) => ({
      id,
      caseNo,
      ownerId: 'me',
      item: { id: 'i', name: '事项' },
      department: { id: 'd', name: '部门' },
      region: { code: '350500', name: '泉州市' },
      level,
      tags: [],
      comment: '',
      source: 'person' as const,
      ratedAt,
      reply: null,
      followUp: null,
    })
    // 23:30 UTC on 1 March is 07:30 on 2 March in China.
    store.ratings.put(rating('C1', 'PJ1', '2022-03-01T23:30:00.000Z', 1))
    store.ratings.put(rating('C2', 'PJ2', '2022-03-01T10:00:00+08:00', 5))
    expect(store.ratings.getById('PJ1')?.caseNo).toBe('C1')
    expect(store.ratings.hasId('PJ3')).toBe(false)
    expect(store.ratings.listRatedBetween('2022-03-02', '2022-03-02').map((r) => r.id)).toEqual(['PJ1'])
    expect(store.ratings.list({ levels: [1, 2] }).items.map((r) => r.id)).toEqual(['PJ1'])
    expect(store.ratings.listByOwner('me').items.map((r) => r.id)).toEqual(['PJ1', 'PJ2'])
  })

  it('reads a record back through its schema, defaults of older records included', () => {
    const { acceptedAt: _a, pauses: _p, rating: _r, ...old } = caseRecord(1)
    store.connection.prepare('INSERT INTO cases (case_no, owner_id, status, submitted_ms, concluded_ms, rated, record) VALUES (?, ?, ?, 0, NULL, 0, ?)').run(old.caseNo, old.ownerId, old.status, JSON.stringify(old))
    expect(store.cases.get(old.caseNo)).toEqual(caseRecord(1))
  })

  it('throws a typed error, never a default, for a stored record that fails its schema', () => {
    store.connection.prepare("INSERT INTO users (id, record) VALUES ('u1', '{\"id\":3}')").run()
    expect(() => store.users.get('u1')).toThrow(StoreRecordError)
  })
})

describe('opening a store file', () => {
  let dir: string
  let file: string
  beforeEach(() => {
    dir = mkdtempSync(join(tmpdir(), 'mock-store-open-'))
    file = join(dir, 'data', 'store.sqlite')
  })
  afterEach(() => rmSync(dir, { recursive: true, force: true }))

  it('creates the directory and a migrated database in WAL mode, synchronous NORMAL unless FULL is asked for', () => {
    const store = openStore({ file, log: quiet })
    expect(store.connection.pragma('user_version', { simple: true })).toBe(SCHEMA_VERSION)
    expect(store.connection.pragma('journal_mode', { simple: true })).toBe('wal')
    // NORMAL (1) survives kill -9 (durability.test.ts); FULL (2) also survives power loss.
    expect(store.connection.pragma('synchronous', { simple: true })).toBe(1)
    store.close()
    const full = openStore({ file, durability: 'full', log: quiet })
    expect(full.connection.pragma('synchronous', { simple: true })).toBe(2)
    full.close()
  })

  it('checkpoints the WAL on a connection of its own, so no commit on the event loop has to', async () => {
    const walFrames = (store: Store) => (store.connection.pragma('wal_checkpoint(NOOP)', { simple: false }) as { log: number }[])[0].log
    const background = openStore({ file, log: quiet })
    expect(background.connection.pragma('wal_autocheckpoint', { simple: true })).toBe(10_000)
    for (let n = 1; n <= 200; n += 1) background.transaction(() => background.cases.put(caseRecord(n)))
    // Nobody on this connection checkpoints below 10,000 pages, yet the WAL is copied back and restarted.
    await new Promise((done) => setTimeout(done, 1_000))
    background.transaction(() => background.cases.put(caseRecord(201)))
    expect(walFrames(background)).toBeLessThan(20)
    background.close()
    expect(existsSync(`${file}-wal`)).toBe(false)

    const inline = openStore({ file, checkpoints: 'inline', log: quiet })
    expect(inline.connection.pragma('wal_autocheckpoint', { simple: true })).toBe(1_000)
    for (let n = 202; n <= 300; n += 1) inline.transaction(() => inline.cases.put(caseRecord(n)))
    expect(walFrames(inline)).toBeGreaterThan(99)
    inline.close()
  })

  it('refuses an SQLite file without the mock schema (user_version 0) instead of taking it over', () => {
    const db = new Database(join(dir, 'plain.sqlite'))
    db.exec('CREATE TABLE t (x)')
    db.close()
    expect(() => openStore({ file: join(dir, 'plain.sqlite'), log: quiet })).toThrow(StoreOpenError)
  })

  it('migrates an older schema version step by step in code', () => {
    const store = openStore({ file, log: quiet })
    store.cases.put(caseRecord(1))
    store.close()
    // Reopening at the current version runs no migration and keeps the data.
    const again = openStore({ file, log: quiet })
    expect(again.cases.get(caseRecord(1).caseNo)).toEqual(caseRecord(1))
    again.close()
  })

  it('migration 2 backfills idle times and idempotency keys of version-1 rows, for the abuse rules', () => {
    mkdirSync(join(file, '..'), { recursive: true })
    const v1 = new Database(file)
    v1.pragma('journal_mode = WAL')
    migrations[0](v1)
    v1.pragma('user_version = 1')
    const session = (lastSeenAt?: string) => JSON.stringify({ userId: 'u1', createdAt: '2022-03-01T09:00:00.000+08:00', ...(lastSeenAt ? { lastSeenAt } : {}) })
    const insertSession = v1.prepare('INSERT INTO sessions (token_hash, user_id, created_ms, record) VALUES (?, ?, ?, ?)')
    insertSession.run('a'.repeat(64), 'u1', Date.parse('2022-03-01T09:00:00+08:00'), session('2022-03-20T01:00:00.000Z'))
    insertSession.run('b'.repeat(64), 'u1', Date.parse('2022-03-01T09:00:00+08:00'), session())
    const complaint = { id: 'TS20220301000001', ownerId: 'u1', kind: 'complaint', content: '排队太久', caseNo: null, status: 'pending', reply: null, createdAt: '2022-03-01T09:00:00+08:00', idempotencyKey: 'k-1', requestHash: 'h' }
    v1.prepare('INSERT INTO complaints (id, owner_id, status, created_ms, record) VALUES (?, ?, ?, ?, ?)').run(complaint.id, 'u1', 'pending', Date.parse(complaint.createdAt), JSON.stringify(complaint))
    v1.close()

    const store = openStore({ file, log: quiet })
    expect(store.connection.pragma('user_version', { simple: true })).toBe(SCHEMA_VERSION)
    expect(store.complaints.findByIdempotencyKey('u1', 'k-1')?.id).toBe(complaint.id)
    expect(store.complaints.findByIdempotencyKey('u2', 'k-1')).toBeUndefined()
    // Idle since 2022-03-20 vs. never touched (counts from its creation, 2022-03-01).
    expect(store.sessions.deleteIdleBefore('2022-03-10T00:00:00Z')).toBe(1)
    expect(store.sessions.has('a'.repeat(64))).toBe(true)
    expect(store.sessions.deleteIdleBefore('2022-03-21T00:00:00Z')).toBe(1)
    store.close()
  })

  it('keeps data across a restart', () => {
    const store = openStore({ file, log: quiet })
    store.transaction(() => store.cases.put(caseRecord(1)))
    store.close()
    const again = openStore({ file, log: quiet })
    expect(again.dump().cases).toEqual({ [caseRecord(1).caseNo]: caseRecord(1) })
    again.close()
  })

  it.each([
    ['an empty file', () => writeFileSync(file, '')],
    ['garbage bytes', () => writeFileSync(file, Buffer.from('\u0000\u0000garbage, not a database at all'.repeat(200)))],
    ['a truncated database', () => writeFileSync(file, readFileSync(file).subarray(0, 3 * 4096 + 100))],
    ['a page overwritten with garbage', () => {
      const bytes = readFileSync(file)
      bytes.fill(0x5a, 4096 * 3, 4096 * 4)
      writeFileSync(file, bytes)
    }],
  ])('refuses %s with a typed error and leaves the file byte for byte', (_name, damage) => {
    const store = openStore({ file, log: quiet })
    store.transaction(() => {
      for (let n = 1; n <= 300; n += 1) store.cases.put(caseRecord(n))
    })
    store.close()
    damage()
    const before = readFileSync(file)
    expect(() => openStore({ file, log: quiet })).toThrow(StoreOpenError)
    expect(readFileSync(file).equals(before)).toBe(true)
  })

  it('refuses a record that fails its schema, naming it', () => {
    const store = openStore({ file, log: quiet })
    store.cases.put(caseRecord(1))
    store.connection.prepare("UPDATE cases SET record = json_set(record, '$.status', 'lost')").run()
    store.close()
    let error: unknown
    try {
      openStore({ file, log: quiet })
    } catch (e) {
      error = e
    }
    expect(error).toBeInstanceOf(StoreOpenError)
    expect((error as StoreOpenError).problem).toBe('bad-record')
    expect((error as StoreOpenError).reason).toContain(caseRecord(1).caseNo)
  })

  it('refuses a file from a newer version of the mock', () => {
    openStore({ file, log: quiet }).close()
    const db = new Database(file)
    db.pragma(`user_version = ${SCHEMA_VERSION + 1}`)
    db.close()
    expect(() => openStore({ file, log: quiet })).toThrow(expect.objectContaining({ problem: 'too-new' }))
  })

  it('starts over on purpose with fresh, keeping the previous file (even a damaged one) as .bak', () => {
    const store = openStore({ file, log: quiet })
    store.cases.put(caseRecord(1))
    store.close()
    writeFileSync(file, 'garbage')
    const fresh = openStore({ file, fresh: true, log: quiet })
    expect(fresh.cases.count()).toBe(0)
    fresh.close()
    expect(readFileSync(`${file}.bak`, 'utf8')).toBe('garbage')
  })
})

describe('importing an old db.json', () => {
  let dir: string
  let file: string
  let json: string
  beforeEach(() => {
    dir = mkdtempSync(join(tmpdir(), 'mock-store-import-'))
    file = join(dir, 'store.sqlite')
    json = join(dir, 'db.json')
  })
  afterEach(() => rmSync(dir, { recursive: true, force: true }))

  it('imports it once on the first start, checked, and keeps it as db.json.imported', () => {
    const data = legacyData(25)
    writeFileSync(json, JSON.stringify(data))
    const lines: string[] = []
    const store = openStore({ file, importJson: json, log: (line) => lines.push(line) })
    expect(store.dump()).toEqual(data)
    expect(store.cases.listByOwner('demo-resident', {}, { page: 1, pageSize: 1 }).items[0].caseNo).toBe(caseRecord(25).caseNo)
    expect(existsSync(json)).toBe(false)
    expect(JSON.parse(readFileSync(`${json}.imported`, 'utf8'))).toEqual(data)
    expect(lines).toEqual([expect.stringContaining('imported db.json (25 cases, 1 users)')])
    store.cases.delete(caseRecord(1).caseNo)
    store.close()
    // A second start imports nothing, even with a db.json back in place.
    writeFileSync(json, JSON.stringify(data))
    const again = openStore({ file, importJson: json, log: quiet })
    expect(again.cases.count()).toBe(24)
    again.close()
  })

  it('imports a db.json written before a collection or a case field existed, with the defaults', () => {
    const data = legacyData(1)
    const old = JSON.parse(JSON.stringify(data)) as Record<string, unknown> & { cases: Record<string, Record<string, unknown>> }
    delete old.notices
    delete old.ratings
    delete old.cases[caseRecord(1).caseNo].pauses
    writeFileSync(json, JSON.stringify(old))
    const store = openStore({ file, importJson: json, log: quiet })
    expect(store.cases.get(caseRecord(1).caseNo)).toEqual(caseRecord(1))
    store.close()
  })

  it('refuses a db.json that fails its check, and imports nothing and renames nothing', () => {
    writeFileSync(json, '{"version":1,"users":{"demo-resident":')
    expect(() => openStore({ file, importJson: json, log: quiet })).toThrow(expect.objectContaining({ problem: 'bad-import', file: json }))
    expect(readFileSync(json, 'utf8')).toBe('{"version":1,"users":{"demo-resident":')
    // The store itself was created empty; the next start tries the import again.
    writeFileSync(json, JSON.stringify(legacyData(2)))
    const store = openStore({ file, importJson: json, log: quiet })
    expect(store.cases.count()).toBe(2)
    store.close()
  })

  it('does not import on a fresh start, and keeps the JSON as db.json.bak', () => {
    writeFileSync(json, JSON.stringify(legacyData(2)))
    const store = openStore({ file, importJson: json, fresh: true, log: quiet })
    expect(store.cases.count()).toBe(0)
    store.close()
    expect(existsSync(`${json}.bak`)).toBe(true)
  })
})
