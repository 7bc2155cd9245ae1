import { createHash, randomBytes } from 'node:crypto'
import type { MiddlewareHandler } from 'hono'
import type { Role } from '@contract/user'
import { toIsoChina, type Clock } from './clock'
import type { Db, UserRecord } from './db'
import type { AppEnv } from './env'
import { ApiError } from './errors'

/** Sessions kept per user; signing in again beyond this revokes the oldest (each app start signs in). */
export const MAX_SESSIONS_PER_USER = 10

const TOKEN = /^[0-9a-f]{64}$/

export function hashToken(token: string): string {
  return createHash('sha256').update(token).digest('hex')
}

/**
 * Creates (or refreshes) `user` and opens a session for it in one write; returns the bearer token.
 * Only the token's hash is stored, so a copied db.json cannot be used to sign in.
 */
export function signIn(db: Db, clock: Clock, user: Omit<UserRecord, 'createdAt'>, keep: (existing: UserRecord) => UserRecord): string {
  const token = randomBytes(32).toString('hex')
  const now = toIsoChina(clock.now())
  db.mutate((draft) => {
    const existing = draft.users[user.id]
    draft.users[user.id] = existing ? keep(existing) : { ...user, createdAt: now }
    const mine = Object.entries(draft.sessions)
      .filter(([, s]) => s.userId === user.id)
      .sort(([, a], [, b]) => a.createdAt.localeCompare(b.createdAt))
    for (const [hash] of mine.slice(0, Math.max(0, mine.length - (MAX_SESSIONS_PER_USER - 1)))) delete draft.sessions[hash]
    draft.sessions[hashToken(token)] = { userId: user.id, createdAt: now }
  })
  return token
}

export function revokeSession(db: Db, tokenHash: string): void {
  db.mutate((draft) => {
    delete draft.sessions[tokenHash]
  })
}

export interface Auth {
  /** Any signed-in user (401 otherwise). */
  requireAuth: MiddlewareHandler<AppEnv>
  /** A signed-in user of one of `roles` (401 without a session, 403 with another role). */
  requireRole: (...roles: Role[]) => MiddlewareHandler<AppEnv>
}

/**
 * The one auth wrapper, made once per app (app.ts puts it in the AppContext). `requireAuth` lets
 * any signed-in user through; `requireRole(...)` also checks the role. Handlers behind it read
 * `c.get('user')` and never check auth themselves.
 */
export function createAuth(db: Db): Auth {
  const guard =
    (roles: readonly Role[]): MiddlewareHandler<AppEnv> =>
    async (c, next) => {
      const header = c.req.header('authorization')
      const challenge = { 'WWW-Authenticate': 'Bearer realm="quan-service"' }
      if (!header) throw new ApiError('UNAUTHORIZED', '请先登录', { headers: challenge })
      const match = /^Bearer +(\S+) *$/i.exec(header)
      const token = match?.[1]
      const tokenHash = token && TOKEN.test(token) ? hashToken(token) : null
      const session = tokenHash ? db.read().sessions[tokenHash] : undefined
      const user = session ? db.read().users[session.userId] : undefined
      if (!tokenHash || !user) throw new ApiError('UNAUTHORIZED', '登录已失效，请重新登录', { headers: challenge })
      if (roles.length > 0 && !roles.includes(user.role)) throw new ApiError('FORBIDDEN', '当前账号没有权限进行此操作')
      c.set('user', user)
      c.set('tokenHash', tokenHash)
      await next()
    }
  return { requireAuth: guard([]), requireRole: (...roles) => guard(roles) }
}
