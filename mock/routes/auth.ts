import { Hono } from 'hono'
import { z } from 'zod'
import type { AuthResult, DemoAccount } from '@contract/user'
import { revokeSession, signIn } from '../lib/auth'
import type { UserRecord } from '../lib/store/records'
import type { AppContext, AppEnv } from '../lib/env'
import { rateLimit, type RateLimitOptions } from '../lib/rate-limit'
import { DEMO_ACCOUNTS, demoUsers, toUser, wechatResident } from '../lib/users'
import { parseJson } from '../lib/validate'

const wechatBody = z.object({
  code: z
    .string({ error: (iss) => (iss.input === undefined ? '缺少微信登录凭证 code' : '微信登录凭证 code 应为文本') })
    .min(1, '微信登录凭证 code 不能为空')
    .max(128, '微信登录凭证 code 过长（最多 128 个字符）')
    .regex(/^[A-Za-z0-9_-]+$/, '微信登录凭证 code 格式不正确'),
})

const demoBody = z.object({
  account: z.enum(DEMO_ACCOUNTS as [DemoAccount, ...DemoAccount[]], {
    error: (iss) => (iss.input === undefined ? '缺少演示账号 account' : `未知的演示账号，可选：${DEMO_ACCOUNTS.join('、')}`),
  }),
})

/** A returning user keeps what they verified since (real name, enterprise); demo cadres follow the seed's village. */
function refresh(fresh: Omit<UserRecord, 'createdAt'>) {
  return (existing: UserRecord): UserRecord => ({ ...existing, role: fresh.role, village: fresh.village })
}

export function authRoutes(ctx: AppContext, limit: RateLimitOptions) {
  const { requireAuth } = ctx.auth
  const demo = demoUsers(ctx.lookup)
  const app = new Hono<AppEnv>()
  const limited = rateLimit(limit)

  function result(userId: string, token: string): AuthResult {
    const record = ctx.store.users.get(userId)
    if (!record) throw new Error(`user ${userId} was not stored at sign-in`)
    return { token, user: toUser(record) }
  }

  /**
   * The mock cannot call WeChat's code2session, so any well-formed code signs in as the one mock
   * WeChat resident; the code's format is still checked like the real one.
   */
  app.post('/wechat', limited, async (c) => {
    await parseJson(c, wechatBody)
    const user = wechatResident()
    const token = signIn(ctx.store, ctx.clock, user, refresh(user), ctx.auth.now())
    return c.json(result(user.id, token))
  })

  /** Demo accounts, mock only: resident, business, cadre, cadre-other, admin. */
  app.post('/demo', limited, async (c) => {
    const { account } = await parseJson(c, demoBody)
    const user = demo[account]
    const token = signIn(ctx.store, ctx.clock, user, refresh(user), ctx.auth.now())
    return c.json(result(user.id, token))
  })

  /** Revokes the token of this request; the same token is refused from then on. */
  app.post('/logout', requireAuth, (c) => {
    revokeSession(ctx.store, c.get('tokenHash'))
    return c.body(null, 204)
  })

  return app
}
