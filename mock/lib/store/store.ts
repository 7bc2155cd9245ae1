import { closeSync, existsSync, fsyncSync, mkdirSync, openSync, readFileSync, readSync, readdirSync, renameSync, rmSync, statSync } from 'node:fs'
import { basename, dirname, join, resolve } from 'node:path'
import { Worker } from 'node:worker_threads'
import Database from 'better-sqlite3'
import { emptyData, parseDbData, type DbData } from './records'
import { StoreOpenError, StoreRecordError } from './errors'
import { migrate, SCHEMA_VERSION } from './migrations'
import { createRepositories, type Repositories } from './repositories'

/** The database's file name in the data directory (beside the uploads/ folder and an old db.json). */
export const STORE_FILE = 'store.sqlite'

export interface OpenStoreOptions {
  /** The database file; absent or ':memory:' keeps everything in memory (tests), with the same behaviour otherwise. */
  file?: string
  /** Start empty on purpose: an existing file (damaged or not) is kept as `<file>.bak`, and no db.json is imported. */
  fresh?: boolean
  /**
   * An old JSON document (mock/.data/db.json) to import once when the store holds no data yet; after
   * the import it is renamed to `<name>.imported`. A db.json that fails its check stops the open.
   */
  importJson?: string | null
  /**
   * 'normal' (default): WAL without an fsync per commit. A commit is in the WAL file (the kernel's
   * page cache) before it returns, so it survives kill -9 and a crash of the mock; only an OS crash or
   * power loss can lose the last commits (never corrupt the file). That is what SPEC §8 asks of a
   * demo backend ("survives a restart and kill -9"; durability.test.ts kills a writer to prove it).
   * 'full': every commit is also fsynced before it returns (survives power loss), at about 4 ms per
   * commit on this kind of disk, during which the one event loop serves nobody else.
   */
  durability?: 'full' | 'normal'
  /** Check every record against its schema when opening an existing file (default true). */
  checkRecords?: boolean
  /**
   * 'background' (default for a file): WAL checkpoints run on a second connection in a worker thread,
   * so no request waits for one. 'inline': SQLite's own, in the commit that fills 1,000 pages.
   */
  checkpoints?: 'background' | 'inline'
  /** One-line notices (the import); default stderr. */
  log?: (line: string) => void
}

export interface Store extends Repositories {
  /** The file (absolute), or null in memory. */
  readonly file: string | null
  /**
   * Runs `fn` as one transaction (BEGIN IMMEDIATE): one per writing request. When `fn` throws (an
   * ApiError such as a 409, or anything else) every write in it is rolled back and the error
   * rethrown; otherwise it commits before returning. `fn` must be synchronous (no await inside).
   * Nested calls become savepoints of the outer one.
   */
  transaction<T>(fn: () => T): T
  /** Every collection as one DbData (tests, comparisons); in order of arrival. Costly on big stores. */
  dump(): DbData
  /** Removes everything (tests; the schema stays). */
  clear(): void
  close(): void
  /** The connection itself, for the backup commands and tests only; routes never touch it. */
  readonly connection: Database.Database
}

const COLLECTIONS = Object.keys(emptyData()).filter((k) => k !== 'version') as (keyof Omit<DbData, 'version'>)[]

const TABLE_OF: Record<(typeof COLLECTIONS)[number], string> = {
  users: 'users',
  sessions: 'sessions',
  uploads: 'uploads',
  cases: 'cases',
  idempotency: 'idempotency',
  assistRequests: 'assist_requests',
  notices: 'notices',
  certificateRequests: 'certificate_requests',
  certificates: 'certificates',
  ratings: 'ratings',
  complaints: 'complaints',
  familyMembers: 'family_members',
  messages: 'messages',
}

const SQLITE_HEADER = Buffer.from('SQLite format 3\0', 'latin1')

export function openStore(options: OpenStoreOptions = {}): Store {
  const log = options.log ?? ((line: string) => process.stderr.write(`${line}\n`))
  if (!options.file || options.file === ':memory:') {
    const db = new Database(':memory:')
    migrate(db)
    return storeOver(db, null)
  }
  const file = resolve(options.file)
  mkdirSync(dirname(file), { recursive: true })
  removeLeftoverTemps(file)
  if (options.fresh) setAside(file, `${file}.bak`)
  if (existsSync(file)) verifyStoreFile(file, { records: options.checkRecords !== false })
  else createStoreFile(file)

  const db = new Database(file, { fileMustExist: true })
  db.pragma('journal_mode = WAL')
  // better-sqlite3 is synchronous on the mock's one event loop: an fsync per commit (FULL) held every
  // other request, reads included, for its whole duration. WAL + NORMAL syncs only at checkpoints.
  db.pragma(`synchronous = ${options.durability === 'full' ? 'FULL' : 'NORMAL'}`)
  // Another process (npm run data -- backup) may read at the same time; wait for it rather than fail.
  db.pragma('busy_timeout = 5000')
  migrate(db)
  const checkpointer = options.checkpoints === 'inline' ? null : startCheckpointer(db, file)
  const store = storeOver(db, file, checkpointer)
  if (options.importJson) {
    const json = resolve(options.importJson)
    // Starting over on purpose: the old JSON is kept as .bak, like the store, and not imported later.
    if (options.fresh) {
      if (existsSync(json)) renameSync(json, `${json}.bak`)
    } else importJsonOnce(store, json, log)
  }
  return store
}

/** How often the background connection checkpoints the WAL. */
const CHECKPOINT_INTERVAL_MS = 200
/** The main connection still checkpoints itself past this many WAL pages (40 MB): only if the worker is gone or cannot keep up. */
const INLINE_CHECKPOINT_PAGES = 10_000

/**
 * The worker's script (plain JS). A PASSIVE checkpoint copies committed WAL pages into the database
 * and, with synchronous=NORMAL, fsyncs both files: milliseconds, tens of them with a cold disk, every
 * 1,000 pages (~125 applications). On the main connection SQLite runs it inside the commit that
 * crosses the limit, on the mock's one event loop, so every request queued behind waited for it.
 * PASSIVE never blocks the writer or readers; the next write after a complete one restarts the WAL.
 */
const CHECKPOINTER_SCRIPT = `
const { parentPort, workerData } = require('node:worker_threads')
const Database = require(workerData.module)
const db = new Database(workerData.file, { fileMustExist: true })
db.pragma('synchronous = NORMAL')
const closed = new Int32Array(workerData.closed)
const timer = setInterval(() => {
  try {
    db.pragma('wal_checkpoint(PASSIVE)')
  } catch {
    // Busy or closing: the next tick tries again, and the main connection checkpoints past its limit.
  }
}, workerData.intervalMs)
parentPort.on('message', (message) => {
  if (message !== 'close') return
  clearInterval(timer)
  db.close()
  Atomics.store(closed, 0, 1)
  Atomics.notify(closed, 0)
  parentPort.close()
})
`

interface Checkpointer {
  /** Closes the worker's connection (waiting for it, so the main connection's close is the last one and removes the WAL). */
  stop(): void
}

function startCheckpointer(db: Database.Database, file: string): Checkpointer {
  db.pragma(`wal_autocheckpoint = ${INLINE_CHECKPOINT_PAGES}`)
  const closed = new SharedArrayBuffer(4)
  const worker = new Worker(CHECKPOINTER_SCRIPT, {
    eval: true,
    workerData: { file, module: require.resolve('better-sqlite3'), intervalMs: CHECKPOINT_INTERVAL_MS, closed },
  })
  // Never what keeps the process alive; if the worker fails, the main connection's own checkpoints remain.
  worker.unref()
  let alive = true
  worker.on('error', () => {
    alive = false
    if (db.open) db.pragma('wal_autocheckpoint = 1000')
  })
  worker.on('exit', () => (alive = false))
  return {
    stop() {
      if (!alive) return
      worker.postMessage('close')
      // Synchronous like the rest of close(); bounded, and a worker that does not answer is terminated.
      Atomics.wait(new Int32Array(closed), 0, 0, 2_000)
      void worker.terminate()
    },
  }
}

function storeOver(db: Database.Database, file: string | null, checkpointer: Checkpointer | null = null): Store {
  const repositories = createRepositories(db)
  const run = db.transaction((fn: () => unknown) => fn())
  return {
    ...repositories,
    file,
    connection: db,
    transaction: <T>(fn: () => T): T => (db.inTransaction ? (run(fn) as T) : (run.immediate(fn) as T)),
    dump() {
      const data = emptyData()
      for (const name of COLLECTIONS) {
        const target = data[name] as Record<string, unknown>
        for (const [key, record] of repositories[name].entries()) target[key] = record
      }
      return data
    },
    clear() {
      run.immediate(() => {
        for (const name of COLLECTIONS) db.prepare(`DELETE FROM ${TABLE_OF[name]}`).run()
      })
    },
    close: () => {
      checkpointer?.stop()
      db.close()
    },
  }
}

function tempPrefix(file: string): string {
  return `${basename(file)}.tmp-`
}

/** A store being created or restored that never got renamed into place was never in use: drop it. */
function removeLeftoverTemps(file: string): void {
  const dir = dirname(file)
  for (const name of readdirSync(dir)) {
    if (name.startsWith(tempPrefix(file))) rmSync(join(dir, name), { force: true })
  }
}

let tempCounter = 0

/** A fresh path beside `file` for a database being built; removeLeftoverTemps() drops it after a crash. */
export function tempPathFor(file: string): string {
  tempCounter += 1
  return join(dirname(file), `${tempPrefix(file)}${process.pid}-${tempCounter}`)
}

/** Moves the database and its WAL/shm companions to `target` (replacing an older one there). */
export function setAside(file: string, target: string): void {
  for (const suffix of ['', '-wal', '-shm']) rmSync(`${target}${suffix}`, { force: true })
  // The WAL must move with its database: SQLite finds it as `<database>-wal`.
  for (const suffix of ['', '-wal', '-shm']) if (existsSync(`${file}${suffix}`)) renameSync(`${file}${suffix}`, `${target}${suffix}`)
  fsyncDirectory(dirname(file))
}

/**
 * Builds an empty, migrated database under a temp name and renames it into place, so a crash
 * during creation never leaves a half-made file that the next start would call damaged.
 */
function createStoreFile(file: string): void {
  const temp = tempPathFor(file)
  const db = new Database(temp)
  try {
    db.pragma('journal_mode = WAL')
    migrate(db)
  } finally {
    // Closing the only connection checkpoints the WAL into the file and removes it.
    db.close()
  }
  installFile(temp, file)
}

/** fsync, rename over `file`, fsync the directory: the rename is the moment it exists. */
export function installFile(temp: string, file: string): void {
  const fd = openSync(temp, 'r+')
  try {
    fsyncSync(fd)
  } finally {
    closeSync(fd)
  }
  // Only closed or read-only connections have touched `temp`, so its -wal/-shm (if any) hold no frames.
  for (const suffix of ['-wal', '-shm']) rmSync(`${temp}${suffix}`, { force: true })
  renameSync(temp, file)
  fsyncDirectory(dirname(file))
}

function fsyncDirectory(dir: string): void {
  let fd: number | undefined
  try {
    fd = openSync(dir, 'r')
    fsyncSync(fd)
  } catch (e) {
    // Some platforms (Windows) cannot fsync a directory; the rename is still atomic there.
    const code = e instanceof Error && 'code' in e ? e.code : undefined
    if (code !== 'EISDIR' && code !== 'EPERM' && code !== 'EINVAL' && code !== 'EBADF') throw e
  } finally {
    if (fd !== undefined) closeSync(fd)
  }
}

export interface VerifyOptions {
  /** Check every record against its schema (default true). */
  records?: boolean
  /** `integrity_check` (every index entry too) instead of `quick_check` (default false). */
  full?: boolean
}

/**
 * Throws StoreOpenError unless `file` is a sound mock store: the SQLite header, `quick_check`
 * (or `integrity_check`), a schema version we know, and every record valid. Reads through a
 * read-only connection, which never checkpoints or writes the file: a damaged file stays
 * byte for byte as it was.
 */
export function verifyStoreFile(file: string, options: VerifyOptions = {}): void {
  const size = statSync(file).size
  const header = Buffer.alloc(SQLITE_HEADER.length)
  const fd = openSync(file, 'r')
  try {
    readSync(fd, header, 0, header.length, 0)
  } finally {
    closeSync(fd)
  }
  if (size < 100 || !header.equals(SQLITE_HEADER)) {
    throw new StoreOpenError('damaged', file, size === 0 ? 'the file is empty' : `not an SQLite database (${size} bytes)`)
  }
  let db: Database.Database | undefined
  try {
    db = new Database(file, { readonly: true, fileMustExist: true })
    const check = db.pragma(options.full ? 'integrity_check' : 'quick_check', { simple: false }) as Record<string, string>[]
    const findings = check.map((row) => Object.values(row)[0])
    if (findings.length !== 1 || findings[0] !== 'ok') {
      throw new StoreOpenError('damaged', file, `${options.full ? 'integrity_check' : 'quick_check'}: ${findings.slice(0, 3).join('; ')}`)
    }
    const version = db.pragma('user_version', { simple: true }) as number
    if (version === 0) throw new StoreOpenError('damaged', file, 'an SQLite database without the mock schema (user_version 0)')
    if (version > SCHEMA_VERSION) throw new StoreOpenError('too-new', file, `schema version ${version}, this mock knows up to ${SCHEMA_VERSION}`)
    if (options.records !== false) {
      // Older versions are checked after their migrations, by the reads that follow.
      if (version === SCHEMA_VERSION) checkAllRecords(db)
    }
  } catch (e) {
    if (e instanceof StoreOpenError) throw e
    if (e instanceof StoreRecordError) throw new StoreOpenError('bad-record', file, e.message)
    throw new StoreOpenError('damaged', file, e instanceof Error ? e.message : String(e))
  } finally {
    db?.close()
  }
}

function checkAllRecords(db: Database.Database): void {
  const repositories = createRepositories(db)
  for (const name of COLLECTIONS) {
    for (const entry of repositories[name].entries()) void entry
  }
}

function isEmpty(store: Store): boolean {
  return COLLECTIONS.every((name) => store[name].count() === 0)
}

/**
 * The one-time import of an old db.json: only into a store without data, all in one transaction,
 * then the JSON is renamed `<name>.imported` so it is never imported twice. A meta row written in
 * the same transaction finishes the rename if the process died between the commit and the rename.
 */
function importJsonOnce(store: Store, json: string, log: (line: string) => void): void {
  if (!existsSync(json)) return
  const done = `${json}.imported`
  const meta = store.connection.prepare("SELECT value FROM meta WHERE key = 'imported-from'").get() as { value: string } | undefined
  if (meta) {
    renameSync(json, done)
    return
  }
  if (!isEmpty(store)) {
    log(`[mock] ${basename(json)} not imported: ${basename(store.file ?? '')} already holds data (remove or rename ${basename(json)} to silence this)`)
    return
  }
  const parsed = parseDbData(readFileSync(json, 'utf8'))
  if (!parsed.ok) throw new StoreOpenError('bad-import', json, parsed.reason)
  const counts = store.transaction(() => {
    const written = importData(store, parsed.data)
    store.connection.prepare("INSERT INTO meta (key, value) VALUES ('imported-from', ?)").run(json)
    return written
  })
  renameSync(json, done)
  fsyncDirectory(dirname(json))
  log(`[mock] imported ${basename(json)} (${counts.cases} cases, ${counts.users} users) into ${basename(store.file ?? '')}; the JSON file is kept as ${basename(done)}`)
}

/** Writes a whole DbData into the store in one transaction (import, tests, the bench's seeding). */
export function importData(store: Store, data: DbData): Record<(typeof COLLECTIONS)[number], number> {
  return store.transaction(() => {
    for (const [hash, session] of Object.entries(data.sessions)) store.sessions.put(hash, session)
    for (const name of COLLECTIONS) {
      if (name === 'sessions') continue
      const repository = store[name] as unknown as { put(record: unknown): void }
      for (const record of Object.values(data[name])) repository.put(record)
    }
    return Object.fromEntries(COLLECTIONS.map((name) => [name, Object.keys(data[name]).length])) as Record<(typeof COLLECTIONS)[number], number>
  })
}
