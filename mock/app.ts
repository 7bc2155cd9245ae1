import { Hono } from 'hono'
import { bodyLimit } from 'hono/body-limit'
import { cors } from 'hono/cors'
import type { CatalogueIndex } from './search'
import type { Seed } from './seed/types'
import { CERTIFICATE_TYPES, type CertificateTypeConfig } from './seed/certificate-types'
import { createAuth } from './lib/auth'
import { createSettableClock, systemClock, type Clock } from './lib/clock'
import type { AppContext, AppEnv } from './lib/env'
import { ApiError, errorResponse, handleError, handleNotFound } from './lib/errors'
import { fileStoreFor, type FileStore } from './lib/files'
import { hostCheck, parseHostList } from './lib/host-check'
import { createSeedLookup } from './lib/lookup'
import { clientAddress, parseAddressList, type RateLimitOptions } from './lib/rate-limit'
import { expiryNoticer } from './lib/certificate-notices'
import { defaultRatingSettler } from './lib/ratings'
import { isClientAbort, requestLog } from './lib/request-log'
import { readsFirst } from './lib/reads-first'
import type { Store } from './lib/store'
import { sweepOrphanUploads } from './lib/upload-sweep'
import { adminRoutes } from './routes/admin'
import { applicationRoutes } from './routes/applications'
import { bundleApplicationRoutes } from './routes/bundle-applications'
import { bundleRoutes } from './routes/bundles'
import { assistRequestRoutes } from './routes/assist-requests'
import { authRoutes } from './routes/auth'
import { cadreRoutes } from './routes/cadre'
import { certificateRequestRoutes, certificateRoutes, certificateTypeRoutes, type VerifyLimits } from './routes/certificates'
import { caseRoutes, type LookupLimits } from './routes/cases'
import { complaintRoutes } from './routes/complaints'
import { departmentRoutes } from './routes/departments'
import { docsRoutes, healthRoutes } from './routes/docs'
import { familyRoutes } from './routes/family'
import { itemRoutes } from './routes/items'
import { meRoutes } from './routes/me'
import { messageRoutes } from './routes/messages'
import { caseRatingRoutes, ratingRoutes } from './routes/ratings'
import { regionRoutes } from './routes/regions'
import { themeRoutes } from './routes/themes'
import { uploadRoutes } from './routes/uploads'

export interface AppDeps {
  /** The data (lib/store): `openStore({ file })` in server.ts, `openStore()` in memory in tests. */
  store: Store
  seed: Seed
  index: CatalogueIndex
  /** The base clock (default the system's); `PUT /admin/clock` overrides it until `DELETE /admin/clock`. */
  clock?: Clock
  /** Where uploaded bytes go (default: beside the store's file when it has one, else in memory). */
  files?: FileStore
  /** Sign-in requests allowed per window (default 120 a minute). */
  authRateLimit?: RateLimitOptions
  /** Uploads allowed per user and window (default 100 an hour). */
  uploadRateLimit?: RateLimitOptions
  /** Wrong query codes allowed in `POST /cases/lookup` (per case number, per client). */
  lookupLimits?: LookupLimits
  /** Village certificate types (default the seed's list, mock/seed/certificate-types.ts). */
  certificateTypes?: readonly CertificateTypeConfig[]
  /** Wrong guesses allowed in `GET /certificates/verify` (per certificate number, per client). */
  verifyLimits?: VerifyLimits
  /** Bytes of stored uploads allowed per person (default 200 MB). */
  uploadQuotaBytes?: number
  /** Addresses whose X-Forwarded-For is believed (default MOCK_TRUSTED_PROXIES, comma-separated; else none). */
  trustedProxies?: readonly string[]
  /** Host names besides 127.0.0.1, localhost and [::1] on which /auth/demo and /admin/* answer (default MOCK_ALLOWED_HOSTS). */
  allowedHosts?: readonly string[]
  /** Wall time in ms for session expiry (default Date.now; tests move it). Not the settable clock. */
  wallClock?: () => number
  /** Writing requests wait for a turn of the event loop so reads go first (lib/reads-first.ts; default true; createTestApp turns it off). */
  readsFirst?: boolean
  /** One line per request (default: when MOCK_LOG=1). */
  logRequests?: boolean
  /** Where request lines and unexpected errors go (default stdout / stderr). */
  log?: (line: string) => void
}

export const API_BASE = '/api/v1'

/** JSON bodies of this API are small forms; uploads get their own, larger limit (routes/uploads.ts). */
export const MAX_BODY_BYTES = 64 * 1024

const UPLOADS_PATH = `${API_BASE}/uploads`

/** Browsers may call the API from the H5 dev server or a local preview on any port of this machine. */
const LOCAL_ORIGIN = /^https?:\/\/(?:localhost|127\.0\.0\.1|\[::1\])(?::\d{1,5})?$/

export function createApp(deps: AppDeps): Hono {
  return createMockBackend(deps).app
}

export interface MockBackend {
  app: Hono
  /** Removes uploads no case or request has used for 24 h on the app's clock; returns how many (server.ts runs it hourly). */
  sweepUploads(): number
}

/** The app and the upkeep that runs beside it. */
export function createMockBackend(deps: AppDeps): MockBackend {
  const ctx: AppContext = {
    store: deps.store,
    seed: deps.seed,
    lookup: createSeedLookup(deps.seed),
    index: deps.index,
    clock: createSettableClock(deps.clock ?? systemClock),
    files: deps.files ?? fileStoreFor(deps.store),
    certificateTypes: deps.certificateTypes ?? CERTIFICATE_TYPES,
    auth: createAuth(deps.store, { now: deps.wallClock }),
  }
  const trustedProxies = deps.trustedProxies ?? parseAddressList(process.env.MOCK_TRUSTED_PROXIES)
  const allowedHosts = deps.allowedHosts ?? parseHostList(process.env.MOCK_ALLOWED_HOSTS)
  const logRequests = deps.logRequests ?? process.env.MOCK_LOG === '1'
  const writeOut = deps.log ?? ((line: string) => process.stdout.write(`${line}\n`))
  const writeErr = deps.log ?? ((line: string) => process.stderr.write(`${line}\n`))

  const app = new Hono()
  if (logRequests) app.use(requestLog(writeOut))
  app.use(
    `${API_BASE}/*`,
    cors({
      origin: (origin) => (LOCAL_ORIGIN.test(origin) ? origin : null),
      allowMethods: ['GET', 'POST', 'PUT', 'DELETE', 'OPTIONS'],
      allowHeaders: ['Authorization', 'Content-Type', 'Idempotency-Key'],
      exposeHeaders: ['Retry-After'],
      maxAge: 600,
    }),
  )
  const jsonBodyLimit = bodyLimit({
    maxSize: MAX_BODY_BYTES,
    onError: (c) => errorResponse(c, new ApiError('PAYLOAD_TOO_LARGE', `提交的内容过大（上限 ${MAX_BODY_BYTES / 1024} KB）`)),
  })
  // POST /uploads has its own limit (5 MB and the multipart framing); everything else is JSON.
  app.use(`${API_BASE}/*`, (c, next) => (c.req.method === 'POST' && c.req.path === UPLOADS_PATH ? next() : jsonBodyLimit(c, next)))
  // After the body limit, so an oversize body is refused before anything reads it.
  if (deps.readsFirst !== false) app.use(`${API_BASE}/*`, readsFirst({ streamedPaths: [UPLOADS_PATH] }))

  // Each router at its own prefix; the URL paths are those of the contract (mock/openapi.yaml).
  const api = new Hono<AppEnv>()
  api.use(clientAddress(trustedProxies))
  // Against DNS rebinding: the demo sign-in hands out an admin token, and /admin/* is the back office.
  const localOnly = hostCheck(allowedHosts)
  for (const path of ['/auth/demo', '/admin/*']) api.use(path, localOnly)
  api.route('/auth', authRoutes(ctx, deps.authRateLimit ?? { max: 120, windowMs: 60_000 }))
  api.route('/me', meRoutes(ctx))
  api.route('/me/family', familyRoutes(ctx))
  api.route('/me/messages', messageRoutes(ctx))
  api.route('/regions', regionRoutes(ctx))
  api.route('/departments', departmentRoutes(ctx))
  api.route('/themes', themeRoutes(ctx))
  api.route('/items', itemRoutes(ctx))
  api.route('/bundles', bundleRoutes(ctx))
  api.route('/uploads', uploadRoutes(ctx, deps.uploadRateLimit ?? { max: 100, windowMs: 60 * 60_000 }, deps.uploadQuotaBytes))
  api.route('/applications', applicationRoutes(ctx))
  api.route('/bundle-applications', bundleApplicationRoutes(ctx))
  // 好差评: the 7-day default ratings that fell due are recorded before any case is shown.
  for (const path of ['/cases', '/cases/*', '/admin/cases', '/admin/cases/*']) api.use(path, defaultRatingSettler(ctx.store, ctx.clock))
  api.route('/cases', caseRoutes(ctx, deps.lookupLimits))
  api.route('/cases/:caseNo/rating', caseRatingRoutes(ctx))
  api.route('/assist-requests', assistRequestRoutes(ctx))
  api.route('/certificate-types', certificateTypeRoutes(ctx))
  // 村(居)证明: holders whose certificate expires within 7 days (by the clock) are told before any certificate route answers.
  for (const path of ['/certificate-requests', '/certificate-requests/*', '/certificates/*', '/cadre/*']) api.use(path, expiryNoticer(ctx.store, ctx.clock))
  api.route('/certificate-requests', certificateRequestRoutes(ctx))
  api.route('/certificates', certificateRoutes(ctx, deps.verifyLimits))
  api.route('/cadre', cadreRoutes(ctx))
  api.route('/ratings', ratingRoutes(ctx))
  api.route('/complaints', complaintRoutes(ctx))
  api.route('/admin', adminRoutes(ctx))
  api.route('/openapi.yaml', docsRoutes())
  api.route('/health', healthRoutes())
  app.route(API_BASE, api)

  app.notFound(handleNotFound)
  // The client gets a generic Chinese message; whoever runs the mock gets the stack in its log.
  // A client that went away mid-request is not an error of the mock: one plain line, no stack.
  app.onError((err, c) => {
    if (isClientAbort(err, c)) {
      if (logRequests) writeOut(`[mock] client closed the connection: ${c.req.method} ${c.req.path}`)
      return errorResponse(c, new ApiError('BAD_REQUEST', '请求已中断，请重试'))
    }
    return handleError(err, c, (e) => {
      const what = e instanceof Error ? (e.stack ?? `${e.name}: ${e.message}`) : 'a non-Error value was thrown'
      writeErr(`[mock] 500 ${c.req.method} ${c.req.path}: ${what}`)
    })
  })
  return { app, sweepUploads: () => sweepOrphanUploads(ctx.store, ctx.files, ctx.clock) }
}
