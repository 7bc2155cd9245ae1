import { closeSync, existsSync, fsyncSync, mkdirSync, openSync, readFileSync, readdirSync, renameSync, rmSync, writeFileSync } from 'node:fs'
import { basename, dirname, join, resolve } from 'node:path'
import { z } from 'zod'
import type { DemoAccount, Role } from '@contract/user'

/**
 * The mutable data of the mock (users, sessions; later cases, certificates, ratings …) as one JSON
 * document. The catalogue is not in here: it is rebuilt from the seed at every start.
 */
export interface UserRecord {
  id: string
  nickname: string
  role: Role
  /** Unmasked; leaves the server only through toUser(), which masks it. */
  realName: { name: string; idNumber: string } | null
  phone: string | null
  enterprise: { name: string; creditCode: string } | null
  village: { code: string; name: string; path: string } | null
  /** How the account signs in: the demo account it is, or null for the mock WeChat resident. */
  demoAccount: DemoAccount | null
  createdAt: string
}

export interface SessionRecord {
  userId: string
  createdAt: string
}

export interface DbData {
  version: 1
  users: Record<string, UserRecord>
  /** Keyed by the SHA-256 of the bearer token, so db.json never holds a usable token. */
  sessions: Record<string, SessionRecord>
}

export type DeepReadonly<T> = T extends (infer U)[]
  ? readonly DeepReadonly<U>[]
  : T extends object
    ? { readonly [K in keyof T]: DeepReadonly<T[K]> }
    : T

export interface Db {
  /** The current state. Read only: change it through mutate(). */
  read(): DeepReadonly<DbData>
  /**
   * Applies `change` to a copy of the state, persists the copy, then makes it current. A mutation
   * is acknowledged (returns) only after its write reached the disk; if `change` throws (e.g. a
   * 409) or the write fails, nothing changes.
   */
  mutate<T>(change: (draft: DbData) => T): T
  /** Back to the initial state (tests; `--fresh`). */
  reset(): void
  /** The file it persists to; null when in memory. */
  readonly file: string | null
}

export function emptyData(): DbData {
  return { version: 1, users: {}, sessions: {} }
}

const roleSchema = z.enum(['resident', 'business', 'cadre', 'admin'])
const userSchema = z.object({
  id: z.string(),
  nickname: z.string(),
  role: roleSchema,
  realName: z.object({ name: z.string(), idNumber: z.string() }).nullable(),
  phone: z.string().nullable(),
  enterprise: z.object({ name: z.string(), creditCode: z.string() }).nullable(),
  village: z.object({ code: z.string(), name: z.string(), path: z.string() }).nullable(),
  demoAccount: z.enum(['resident', 'business', 'cadre', 'cadre-other', 'admin']).nullable(),
  createdAt: z.string(),
})
const sessionSchema = z.object({ userId: z.string(), createdAt: z.string() })

/** What a db.json must look like to be trusted; collections added later default to empty. */
const dataSchema = z.object({
  version: z.literal(1),
  users: z.record(z.string(), userSchema).default({}),
  sessions: z.record(z.string(), sessionSchema).default({}),
})

export interface CreateDbOptions {
  /** Where to persist; without it the db lives in memory (tests). */
  file?: string
  /** Start from the initial state even if the file holds data (the previous file is kept as .bak). */
  fresh?: boolean
  /** Where the one-line notices about the file go (default stderr). */
  log?: (line: string) => void
}

export function createDb(options: CreateDbOptions = {}): Db {
  const file = options.file ? resolve(options.file) : null
  const log = options.log ?? ((line: string) => process.stderr.write(`${line}\n`))
  let data: DbData = file ? open(file, options.fresh === true, log) : emptyData()

  return {
    file,
    read: () => data,
    mutate(change) {
      const draft = structuredClone(data)
      const result = change(draft)
      if (file) writeAtomically(file, JSON.stringify(draft))
      data = draft
      return result
    },
    reset() {
      const initial = emptyData()
      if (file) writeAtomically(file, JSON.stringify(initial))
      data = initial
    },
  }
}

function tempPrefix(file: string): string {
  return `${basename(file)}.tmp-`
}

function timestamp(): string {
  return new Date().toISOString().replace(/[:.]/g, '-')
}

/** Loads the file at start: leftovers of an interrupted write are removed, a bad file is set aside. */
function open(file: string, fresh: boolean, log: (line: string) => void): DbData {
  const dir = dirname(file)
  mkdirSync(dir, { recursive: true })
  // A temp file still here was never renamed over db.json, so it was never acknowledged: drop it.
  for (const name of readdirSync(dir)) {
    if (name.startsWith(tempPrefix(file))) rmSync(join(dir, name), { force: true })
  }
  if (fresh) {
    if (existsSync(file)) renameSync(file, `${file}.bak`)
    const initial = emptyData()
    writeAtomically(file, JSON.stringify(initial))
    return initial
  }
  if (!existsSync(file)) {
    const initial = emptyData()
    writeAtomically(file, JSON.stringify(initial))
    return initial
  }
  const loaded = readData(file)
  if (loaded.ok) return loaded.data
  const aside = `${file}.corrupt-${timestamp()}`
  // Never overwrite what may be someone's only copy: move it aside before starting afresh.
  renameSync(file, aside)
  log(`[mock] ${basename(file)} could not be used (${loaded.reason}); kept it as ${basename(aside)} and started from the seed`)
  const initial = emptyData()
  writeAtomically(file, JSON.stringify(initial))
  return initial
}

function readData(file: string): { ok: true; data: DbData } | { ok: false; reason: string } {
  let text: string
  try {
    text = readFileSync(file, 'utf8')
  } catch (e) {
    return { ok: false, reason: e instanceof Error && 'code' in e ? `unreadable: ${String(e.code)}` : 'unreadable' }
  }
  let json: unknown
  try {
    json = JSON.parse(text)
  } catch {
    return { ok: false, reason: 'not valid JSON' }
  }
  const parsed = dataSchema.safeParse(json)
  return parsed.success ? { ok: true, data: parsed.data } : { ok: false, reason: 'unexpected shape' }
}

let tempCounter = 0

/**
 * Crash-safe replace: write a temp file in the same directory, fsync it, rename it over the target
 * (atomic on POSIX), then fsync the directory so the rename itself is durable. A crash at any point
 * leaves either the old or the new file, never a torn one. Synchronous on purpose: one process, one
 * thread, so writes are serialized and a response is only sent after its write is on disk.
 */
function writeAtomically(file: string, text: string): void {
  const dir = dirname(file)
  tempCounter += 1
  const temp = join(dir, `${tempPrefix(file)}${process.pid}-${tempCounter}`)
  const fd = openSync(temp, 'wx', 0o600)
  try {
    writeFileSync(fd, text, 'utf8')
    fsyncSync(fd)
  } catch (e) {
    closeSync(fd)
    rmSync(temp, { force: true })
    throw e
  }
  closeSync(fd)
  try {
    renameSync(temp, file)
  } catch (e) {
    rmSync(temp, { force: true })
    throw e
  }
  fsyncDirectory(dir)
}

function fsyncDirectory(dir: string): void {
  let fd: number | undefined
  try {
    fd = openSync(dir, 'r')
    fsyncSync(fd)
  } catch (e) {
    // Some platforms (Windows) cannot open or fsync a directory; the rename is still atomic there.
    const code = e instanceof Error && 'code' in e ? e.code : undefined
    if (code !== 'EISDIR' && code !== 'EPERM' && code !== 'EINVAL' && code !== 'EBADF') throw e
  } finally {
    if (fd !== undefined) closeSync(fd)
  }
}
