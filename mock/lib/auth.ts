import { createHash, randomBytes } from 'node:crypto'
import type { Context, MiddlewareHandler } from 'hono'
import type { Role } from '@contract/user'
import { toIsoChina, type Clock } from './clock'
import type { Store } from './store'
import type { DeepReadonly, SessionRecord, UserRecord } from './store/records'
import type { AppEnv } from './env'
import { ApiError } from './errors'

/** Sessions kept per user; signing in again beyond this revokes the oldest (each app start signs in). */
export const MAX_SESSIONS_PER_USER = 10

const TOKEN = /^[0-9a-f]{64}$/

/** A session unused this long is gone (SPEC §8: idle 7 days); the person signs in again. */
export const SESSION_IDLE_MS = 7 * 24 * 60 * 60_000

/** lastSeenAt is written at most this often, so a signed-in request is not a write each time. */
export const SESSION_TOUCH_MS = 60 * 60_000

export const SESSION_EXPIRED = '登录已过期，请重新登录'

export function hashToken(token: string): string {
  return createHash('sha256').update(token).digest('hex')
}

/**
 * Creates (or refreshes) `user` and opens a session for it in one transaction; returns the bearer
 * token. Only the token's hash is stored, so a copied database cannot be used to sign in. `seenAt` is wall
 * time (ms), what idle expiry counts from.
 */
export function signIn(
  store: Store,
  clock: Clock,
  user: Omit<UserRecord, 'createdAt'>,
  keep: (existing: UserRecord) => UserRecord,
  seenAt: number = Date.now(),
): string {
  const token = randomBytes(32).toString('hex')
  const now = toIsoChina(clock.now())
  store.transaction(() => {
    const existing = store.users.get(user.id)
    store.users.put(existing ? keep(existing) : { ...user, createdAt: now })
    // Oldest first: the ones beyond the cap (this new one included) are revoked.
    const mine = store.sessions.listByUser(user.id)
    for (const { tokenHash } of mine.slice(0, Math.max(0, mine.length - (MAX_SESSIONS_PER_USER - 1)))) store.sessions.delete(tokenHash)
    store.sessions.put(hashToken(token), { userId: user.id, createdAt: now, lastSeenAt: new Date(seenAt).toISOString() })
  })
  return token
}

export function revokeSession(store: Store, tokenHash: string): void {
  store.sessions.delete(tokenHash)
}

export interface Auth {
  /** Any signed-in user (401 otherwise). */
  requireAuth: MiddlewareHandler<AppEnv>
  /** A signed-in user of one of `roles` (401 without a session, 403 with another role). */
  requireRole: (...roles: Role[]) => MiddlewareHandler<AppEnv>
  /** The signed-in user of a route that does not need one (lookup, verification), or null; never throws. */
  optionalUser: (c: Context) => DeepReadonly<UserRecord> | null
  /** Wall time (ms) sessions are counted in: not the settable clock, so moving the demo clock signs nobody out. */
  now: () => number
}

function tokenHashOf(header: string | undefined): string | null {
  const token = header ? /^Bearer +(\S+) *$/i.exec(header)?.[1] : undefined
  return token && TOKEN.test(token) ? hashToken(token) : null
}

/** When a session was last used (ms); one written before lastSeenAt existed counts as used now. */
function lastSeen(session: DeepReadonly<SessionRecord>, now: number): number {
  const at = session.lastSeenAt ? Date.parse(session.lastSeenAt) : NaN
  return Number.isNaN(at) ? now : at
}

/**
 * The one auth wrapper, made once per app (app.ts puts it in the AppContext). `requireAuth` lets
 * any signed-in user through; `requireRole(...)` also checks the role. Handlers behind it read
 * `c.get('user')` and never check auth themselves. A session idle for SESSION_IDLE_MS is removed
 * and answered 401; a used one has its lastSeenAt moved at most once per SESSION_TOUCH_MS.
 */
export function createAuth(store: Store, options: { now?: () => number } = {}): Auth {
  // Read at each call (not captured), so a test can move wall time with jest.spyOn(Date, 'now').
  const now = options.now ?? (() => Date.now())

  /** The live session's user, touching it when due; 'expired' after removing an idle one. */
  function resolve(tokenHash: string): DeepReadonly<UserRecord> | 'expired' | null {
    const session = store.sessions.get(tokenHash)
    if (!session) return null
    const t = now()
    const seen = lastSeen(session, t)
    if (t - seen > SESSION_IDLE_MS) {
      store.sessions.delete(tokenHash)
      return 'expired'
    }
    if (!session.lastSeenAt || t - seen >= SESSION_TOUCH_MS) {
      store.transaction(() => {
        const live = store.sessions.get(tokenHash)
        if (live) store.sessions.put(tokenHash, { ...live, lastSeenAt: new Date(t).toISOString() })
      })
    }
    return store.users.get(session.userId) ?? null
  }

  const guard =
    (roles: readonly Role[]): MiddlewareHandler<AppEnv> =>
    async (c, next) => {
      const header = c.req.header('authorization')
      const challenge = { 'WWW-Authenticate': 'Bearer realm="quan-service"' }
      if (!header) throw new ApiError('UNAUTHORIZED', '请先登录', { headers: challenge })
      const tokenHash = tokenHashOf(header)
      const user = tokenHash ? resolve(tokenHash) : null
      if (user === 'expired') throw new ApiError('UNAUTHORIZED', SESSION_EXPIRED, { headers: challenge })
      if (!tokenHash || !user) throw new ApiError('UNAUTHORIZED', '登录已失效，请重新登录', { headers: challenge })
      if (roles.length > 0 && !roles.includes(user.role)) throw new ApiError('FORBIDDEN', '当前账号没有权限进行此操作')
      c.set('user', user)
      c.set('tokenHash', tokenHash)
      await next()
    }
  function optionalUser(c: Context): DeepReadonly<UserRecord> | null {
    const tokenHash = tokenHashOf(c.req.header('authorization'))
    const user = tokenHash ? resolve(tokenHash) : null
    return user === 'expired' ? null : user
  }

  return { requireAuth: guard([]), requireRole: (...roles) => guard(roles), optionalUser, now }
}
