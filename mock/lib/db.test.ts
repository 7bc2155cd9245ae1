import { existsSync, mkdtempSync, readFileSync, readdirSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { createDb, type UserRecord } from './db'

const user: UserRecord = {
  id: 'demo-resident',
  nickname: '演示居民',
  role: 'resident',
  realName: null,
  phone: '13805951234',
  enterprise: null,
  village: null,
  demoAccount: 'resident',
  createdAt: '2022-03-01T09:00:00.000+08:00',
}

function addUser(db: ReturnType<typeof createDb>, record: UserRecord = user): void {
  db.mutate((d) => {
    d.users[record.id] = record
    d.sessions['f'.repeat(64)] = { userId: record.id, createdAt: record.createdAt }
  })
}

describe('createDb', () => {
  let dir: string
  let file: string
  const quiet = () => undefined

  beforeEach(() => {
    dir = mkdtempSync(join(tmpdir(), 'mock-db-'))
    file = join(dir, 'data', 'db.json')
  })
  afterEach(() => rmSync(dir, { recursive: true, force: true }))

  it('keeps data in memory only without a file', () => {
    const db = createDb()
    addUser(db)
    expect(db.file).toBeNull()
    expect(db.read().users['demo-resident'].nickname).toBe('演示居民')
    expect(createDb().read().users).toEqual({})
  })

  it('creates the directory and the file at start', () => {
    createDb({ file, log: quiet })
    expect(JSON.parse(readFileSync(file, 'utf8'))).toEqual({ version: 1, users: {}, sessions: {}, uploads: {}, cases: {}, idempotency: {}, assistRequests: {}, notices: {}, certificateRequests: {}, certificates: {}, ratings: {}, complaints: {} })
  })

  it('keeps a sign-in across a restart on the same file', () => {
    addUser(createDb({ file, log: quiet }))
    const again = createDb({ file, log: quiet })
    expect(again.read().users['demo-resident']).toEqual(user)
    expect(again.read().sessions['f'.repeat(64)]).toEqual({ userId: 'demo-resident', createdAt: user.createdAt })
  })

  it('has written the file by the time mutate returns', () => {
    const db = createDb({ file, log: quiet })
    addUser(db)
    expect(JSON.parse(readFileSync(file, 'utf8')).users['demo-resident'].id).toBe('demo-resident')
  })

  it('changes nothing when the change throws', () => {
    const db = createDb({ file, log: quiet })
    addUser(db)
    expect(() =>
      db.mutate((d) => {
        d.users['demo-resident'].nickname = '改了一半'
        throw new Error('conflict')
      }),
    ).toThrow('conflict')
    expect(db.read().users['demo-resident'].nickname).toBe('演示居民')
    expect(createDb({ file, log: quiet }).read().users['demo-resident'].nickname).toBe('演示居民')
  })

  it('leaves no temp files behind after writes', () => {
    const db = createDb({ file, log: quiet })
    for (let i = 0; i < 5; i += 1) addUser(db, { ...user, id: `u${i}` })
    expect(readdirSync(join(dir, 'data'))).toEqual(['db.json'])
  })

  it('ignores and removes a partial temp file left by a crash mid-write, keeping the last good state', () => {
    addUser(createDb({ file, log: quiet }))
    const partial = join(dir, 'data', 'db.json.tmp-4242-7')
    writeFileSync(partial, '{"version":1,"users":{"demo-res')
    const db = createDb({ file, log: quiet })
    expect(db.read().users['demo-resident']).toEqual(user)
    expect(existsSync(partial)).toBe(false)
  })

  it('sets a corrupt db.json aside, logs one line and starts from the seed', () => {
    createDb({ file, log: quiet })
    writeFileSync(file, '{"version":1,"users":{"demo-resident":')
    const lines: string[] = []
    const db = createDb({ file, log: (line) => lines.push(line) })
    expect(db.read().users).toEqual({})
    const aside = readdirSync(join(dir, 'data')).filter((n) => n.startsWith('db.json.corrupt-'))
    expect(aside).toHaveLength(1)
    expect(readFileSync(join(dir, 'data', aside[0]), 'utf8')).toBe('{"version":1,"users":{"demo-resident":')
    expect(lines).toHaveLength(1)
    expect(lines[0]).toContain('not valid JSON')
    // The new file is valid again, and later writes persist as usual.
    addUser(db)
    expect(createDb({ file, log: quiet }).read().users['demo-resident']).toEqual(user)
  })

  it('sets aside a file of valid JSON but the wrong shape', () => {
    createDb({ file, log: quiet })
    writeFileSync(file, JSON.stringify({ version: 1, users: { a: { id: 3 } } }))
    const lines: string[] = []
    const db = createDb({ file, log: (line) => lines.push(line) })
    expect(db.read().users).toEqual({})
    expect(lines[0]).toContain('unexpected shape')
  })

  it('loads a file written before a collection existed, with that collection empty', () => {
    createDb({ file, log: quiet })
    writeFileSync(file, JSON.stringify({ version: 1, users: { 'demo-resident': user } }))
    const db = createDb({ file, log: quiet })
    expect(db.read().users['demo-resident']).toEqual(user)
    expect(db.read().sessions).toEqual({})
    expect(db.read().uploads).toEqual({})
    expect(db.read().cases).toEqual({})
    expect(db.read().idempotency).toEqual({})
    expect(db.read().assistRequests).toEqual({})
    expect(db.read().notices).toEqual({})
  })

  it('starts fresh when asked, keeping the previous file as db.json.bak', () => {
    addUser(createDb({ file, log: quiet }))
    const db = createDb({ file, fresh: true, log: quiet })
    expect(db.read().users).toEqual({})
    expect(JSON.parse(readFileSync(`${file}.bak`, 'utf8')).users['demo-resident'].id).toBe('demo-resident')
    expect(createDb({ file, log: quiet }).read().users).toEqual({})
  })

  it('reset empties the data and the file', () => {
    const db = createDb({ file, log: quiet })
    addUser(db)
    db.reset()
    expect(db.read().users).toEqual({})
    expect(createDb({ file, log: quiet }).read().users).toEqual({})
  })
})
