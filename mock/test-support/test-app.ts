import type { Hono } from 'hono'
import type { ApplicationInput, UploadedFile } from '@contract/application'
import type { ApiErrorBody } from '@contract/common'
import type { AuthResult, DemoAccount, User } from '@contract/user'
import { createMockBackend } from '../app'
import { createFixedClock, type Clock } from '../lib/clock'
import { createMemoryFileStore, type FileStore } from '../lib/files'
import type { RateLimitOptions } from '../lib/rate-limit'
import { openStore, type Store } from '../lib/store'
import type { LookupLimits } from '../routes/cases'
import type { VerifyLimits } from '../routes/certificates'
import type { CertificateTypeConfig } from '../seed/certificate-types'
import { createCatalogueIndex, type CatalogueIndex } from '../search'
import { loadSeed } from '../seed'
import type { Seed } from '../seed/types'
import { JPEG, testCreditCode, testIdNumber } from './fixtures'

// The seed's and the clock's types, for app tests, which may reach the mock only through test-support.
export type { CatalogueItem, Seed } from '../seed/types'
export type { Clock } from '../lib/clock'

let catalogue: { seed: Seed; index: CatalogueIndex } | null = null

/**
 * The real seed and its search index, built once per test file: both are immutable. The index is
 * built on first use, so test files that never search do not pay for it.
 */
export function testCatalogue(): { seed: Seed; index: CatalogueIndex } {
  if (!catalogue) {
    const seed = loadSeed()
    let built: CatalogueIndex | null = null
    const real = (): CatalogueIndex => (built ??= createCatalogueIndex(seed.items))
    const index: CatalogueIndex = {
      search: (query) => real().search(query),
      searchServices: (query) => real().searchServices(query),
      nearestRegion: (latitude, longitude) => real().nearestRegion(latitude, longitude),
      suggest: (q, limit) => real().suggest(q, limit),
      hot: (limit, region, home) => real().hot(limit, region, home),
      get: (id) => real().get(id),
    }
    catalogue = { seed, index }
  }
  return catalogue
}

export interface TestResponse<T = unknown> {
  status: number
  headers: Headers
  body: T
  text: string
}

export interface RequestOptions {
  token?: string
  /** Sent as JSON with Content-Type: application/json. */
  json?: unknown
  /** Sent as is (for malformed bodies); set the content type through `headers`. */
  body?: string | Uint8Array
  /** Sent as multipart/form-data (the boundary is set by the runtime). */
  form?: FormData
  headers?: Record<string, string>
  /** The connection's address, as the node server reports it (default: none, an in-process request). */
  remoteAddress?: string
}

export interface TestApp {
  app: Hono
  /** The app's data (in memory unless given): tests read records through its repositories. */
  store: Store
  seed: Seed
  index: CatalogueIndex
  clock: Clock
  /** Uploaded bytes (in memory). */
  files: FileStore
  /** Lines the app logged (unexpected errors); a test can assert there were none. */
  logs: string[]
  request<T = unknown>(method: string, path: string, options?: RequestOptions): Promise<TestResponse<T>>
  get<T = unknown>(path: string, options?: RequestOptions): Promise<TestResponse<T>>
  post<T = unknown>(path: string, options?: RequestOptions): Promise<TestResponse<T>>
  put<T = unknown>(path: string, options?: RequestOptions): Promise<TestResponse<T>>
  signIn(account: DemoAccount): Promise<AuthResult>
  /** Real-name verification through the API with a made-up valid identity (default 测试居民, 350582…). */
  verifyRealName(token: string, identity?: { name?: string; idNumber?: string }): Promise<User>
  /** Real name (if not yet) and enterprise verification through the API (default 泉州测试贸易有限公司). */
  verifyEnterprise(token: string, enterprise?: { name?: string; creditCode?: string }): Promise<User>
  /** `POST /uploads` of one file (default a tiny JPEG); throws unless 201. */
  upload(token: string, bytes?: Uint8Array, name?: string, type?: string): Promise<UploadedFile>
  /** `POST /applications` with an Idempotency-Key (a fresh one unless given). */
  submit<T = unknown>(token: string, input: ApplicationInput | Record<string, unknown>, key?: string): Promise<TestResponse<T>>
  /** Runs the clean-up of unused uploads now (server.ts runs it hourly); returns how many were removed. */
  sweepUploads(): number
}

export interface TestAppOptions {
  /** A store to use (a file-backed one for restart tests); default a fresh in-memory store. */
  store?: Store
  clock?: Clock
  authRateLimit?: RateLimitOptions
  uploadRateLimit?: RateLimitOptions
  lookupLimits?: LookupLimits
  certificateTypes?: readonly CertificateTypeConfig[]
  verifyLimits?: VerifyLimits
  uploadQuotaBytes?: number
  trustedProxies?: readonly string[]
  allowedHosts?: readonly string[]
  /** Wall time in ms for session expiry (default Date.now). */
  wallClock?: () => number
  /**
   * Reads before queued writes (lib/reads-first.ts; default off here): in process there are no other
   * clients' sockets to go first, and off, a write is answered within microtasks, as page tests expect.
   */
  readsFirst?: boolean
}

let keyCounter = 0

/** A fresh app over the real seed with an empty in-memory store; every test starts clean. */
export function createTestApp(options: TestAppOptions = {}): TestApp {
  const { seed, index } = testCatalogue()
  const store = options.store ?? openStore()
  const clock = options.clock ?? createFixedClock('2022-03-01T09:00:00+08:00')
  const logs: string[] = []
  const files = createMemoryFileStore()
  const { app, sweepUploads } = createMockBackend({
    store,
    seed,
    index,
    clock,
    files,
    authRateLimit: options.authRateLimit,
    uploadRateLimit: options.uploadRateLimit,
    lookupLimits: options.lookupLimits,
    certificateTypes: options.certificateTypes,
    verifyLimits: options.verifyLimits,
    uploadQuotaBytes: options.uploadQuotaBytes,
    // Tests run beside whatever the environment sets: none of these comes from it unless given.
    trustedProxies: options.trustedProxies ?? [],
    allowedHosts: options.allowedHosts ?? [],
    wallClock: options.wallClock,
    readsFirst: options.readsFirst ?? false,
    logRequests: false,
    log: (line) => logs.push(line),
  })

  async function request<T>(method: string, path: string, opts: RequestOptions = {}): Promise<TestResponse<T>> {
    const headers: Record<string, string> = { ...opts.headers }
    if (opts.token !== undefined) headers.Authorization = `Bearer ${opts.token}`
    let body: string | Uint8Array | FormData | undefined = opts.body
    if (opts.json !== undefined) {
      body = JSON.stringify(opts.json)
      headers['Content-Type'] ??= 'application/json'
    }
    if (opts.form !== undefined) body = opts.form
    const env = opts.remoteAddress === undefined ? undefined : { incoming: { socket: { remoteAddress: opts.remoteAddress } } }
    const res = await app.request(path, { method, headers, body }, env)
    const text = await res.text()
    let parsed: unknown = text
    if ((res.headers.get('content-type') ?? '').includes('json')) parsed = JSON.parse(text)
    return { status: res.status, headers: res.headers, body: parsed as T, text }
  }

  async function verifyRealName(token: string, identity: { name?: string; idNumber?: string } = {}): Promise<User> {
    const json = { name: identity.name ?? '测试居民', idNumber: identity.idNumber ?? testIdNumber() }
    const res = await request<User>('PUT', '/api/v1/me/real-name', { token, json })
    if (res.status !== 200) throw new Error(`real-name verification answered ${res.status}: ${res.text}`)
    return res.body
  }

  return {
    app,
    store,
    seed,
    index,
    clock,
    files,
    logs,
    request,
    get: (path, opts) => request('GET', path, opts),
    post: (path, opts) => request('POST', path, opts),
    put: (path, opts) => request('PUT', path, opts),
    async signIn(account) {
      const res = await request<AuthResult>('POST', '/api/v1/auth/demo', { json: { account } })
      if (res.status !== 200) throw new Error(`demo sign-in as ${account} answered ${res.status}`)
      return res.body
    },
    verifyRealName,
    async verifyEnterprise(token, enterprise = {}) {
      const me = await request<User>('GET', '/api/v1/me', { token })
      if (!me.body.realName) await verifyRealName(token)
      const json = { name: enterprise.name ?? '泉州测试贸易有限公司', creditCode: enterprise.creditCode ?? testCreditCode() }
      const res = await request<User>('PUT', '/api/v1/me/enterprise', { token, json })
      if (res.status !== 200) throw new Error(`enterprise verification answered ${res.status}: ${res.text}`)
      return res.body
    },
    async upload(token, bytes = JPEG, name = 'photo.jpg', type = 'image/jpeg') {
      const form = new FormData()
      form.append('file', new Blob([bytes], { type }), name)
      const res = await request<UploadedFile>('POST', '/api/v1/uploads', { token, form })
      if (res.status !== 201) throw new Error(`upload answered ${res.status}: ${res.text}`)
      return res.body
    },
    submit(token, input, key) {
      keyCounter += 1
      return request('POST', '/api/v1/applications', { token, json: input, headers: { 'Idempotency-Key': key ?? `test-key-${keyCounter}-${Date.now()}` } })
    },
    sweepUploads,
  }
}

/** Whether `body` is exactly the contract's error body with a Chinese message. */
export function isErrorBody(body: unknown): body is ApiErrorBody {
  if (typeof body !== 'object' || body === null || Array.isArray(body)) return false
  const keys = Object.keys(body)
  if (keys.length !== 1 || keys[0] !== 'error') return false
  const error = (body as { error: unknown }).error
  if (typeof error !== 'object' || error === null) return false
  const { code, message, fields, ...rest } = error as Record<string, unknown>
  if (Object.keys(rest).length > 0) return false
  if (typeof code !== 'string' || !/^[A-Z_]+$/.test(code)) return false
  if (typeof message !== 'string' || !/[\u4e00-\u9fff]/.test(message)) return false
  if (fields === undefined) return true
  return (
    typeof fields === 'object' &&
    fields !== null &&
    Object.values(fields).every((v) => typeof v === 'string' && /[\u4e00-\u9fff]/.test(v))
  )
}
