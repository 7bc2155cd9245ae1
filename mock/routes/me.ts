import { Hono } from 'hono'
import { z } from 'zod'
import type { Page } from '@contract/common'
import type { ELicense } from '@contract/application'
import type { OwnContact } from '@contract/family'
import { checkCreditCode, checkIdNumber } from '@/domain/identity'
import { checkEnterpriseName, checkRealName } from '@/domain/names'
import { noStore } from '../lib/cache'
import { toIsoChina } from '../lib/clock'
import type { AppContext, AppEnv } from '../lib/env'
import { ApiError } from '../lib/errors'
import { industryLicensesOf } from '../lib/bundle-cases'
import { licensesOf, toELicense } from '../lib/licenses'
import { sendFamilyRequestMessage } from '../lib/messages'
import { toUser } from '../lib/users'
import { identityField, parseJson, parseQuery } from '../lib/validate'

export function meRoutes(ctx: AppContext) {
  const { requireAuth } = ctx.auth
  const app = new Hono<AppEnv>()
  // Everything here is personal: never cached by a browser or proxy.
  app.use(noStore)

  app.get('/', requireAuth, (c) => c.json(toUser(c.get('user'))))

  /**
   * The owner's own contact, unmasked, only to prefill their own form fields (联系电话; SPEC §4 allows
   * the unmasked value in the owner's own edit form). Never cached (noStore above), never logged.
   */
  app.get('/contact', requireAuth, (c) => {
    parseQuery(c, z.strictObject({}))
    const phone = ctx.store.users.get(c.get('user').id)?.phone ?? null
    return c.json({ phone } satisfies OwnContact)
  })

  const realNameBody = z.object({
    name: identityField(checkRealName, '请填写真实姓名'),
    idNumber: identityField((raw) => checkIdNumber(raw, ctx.clock.now()), '请填写身份证号'),
  })

  /**
   * 实名认证. The mock has no identity authority to ask, so a well-formed name and a valid ID
   * number pass. Once verified, the identity is fixed: the same again is a harmless 200, anything
   * else a 409 (a change of identity is done at the service window).
   */
  app.put('/real-name', requireAuth, async (c) => {
    const user = c.get('user')
    if (user.role === 'admin') throw new ApiError('FORBIDDEN', '后台管理账号无需实名认证')
    const { name, idNumber } = await parseJson(c, realNameBody)
    const updated = ctx.store.transaction(() => {
      const record = ctx.store.users.get(user.id)
      if (!record) throw new ApiError('UNAUTHORIZED', '登录已失效，请重新登录')
      if (record.realName) {
        if (record.realName.idNumber === idNumber && record.realName.name === name) return record
        throw new ApiError('CONFLICT', '已完成实名认证，如需变更请到窗口办理')
      }
      record.realName = { name, idNumber, verifiedAt: toIsoChina(ctx.clock.now()) }
      ctx.store.users.put(record)
      // Family members who asked to act for this person before they had an account learn of it now.
      for (const link of ctx.store.familyMembers.listByMemberIdNumber(idNumber)) {
        if (link.status === 'pending') sendFamilyRequestMessage(ctx.store, link, record.id, ctx.clock.now())
      }
      return record
    })
    return c.json(toUser(updated))
  })

  const enterpriseBody = z.object({
    name: identityField(checkEnterpriseName, '请填写企业名称'),
    creditCode: identityField(checkCreditCode, '请填写统一社会信用代码'),
  })

  /**
   * 企业认证 for 法人 applications: the person must be real-name verified first (they act for the
   * enterprise as 经办人). Fixed once verified, like the real name.
   */
  app.put('/enterprise', requireAuth, async (c) => {
    const user = c.get('user')
    if (user.role === 'admin') throw new ApiError('FORBIDDEN', '后台管理账号不能认证企业信息')
    if (user.role === 'cadre') throw new ApiError('FORBIDDEN', '村（居）干部账号不能认证企业信息，请使用个人或企业账号')
    const { name, creditCode } = await parseJson(c, enterpriseBody)
    const updated = ctx.store.transaction(() => {
      const record = ctx.store.users.get(user.id)
      if (!record) throw new ApiError('UNAUTHORIZED', '登录已失效，请重新登录')
      if (!record.realName) throw new ApiError('CONFLICT', '请先完成实名认证，再认证企业信息')
      if (record.enterprise) {
        if (record.enterprise.creditCode === creditCode && record.enterprise.name === name) return record
        throw new ApiError('CONFLICT', '已完成企业认证，如需变更请到窗口办理')
      }
      record.enterprise = { name, creditCode, verifiedAt: toIsoChina(ctx.clock.now()) }
      ctx.store.users.put(record)
      return record
    })
    return c.json(toUser(updated))
  })

  /** 我的电子证照: none before real-name verification; numbers and a person's name masked. */
  app.get('/licenses', requireAuth, (c) => {
    parseQuery(c, z.strictObject({}))
    // 一件事 一业一证: the 行业综合许可证 the person's bundles earned, after the identity's own.
    const items = [...licensesOf(c.get('user'), ctx.lookup).map(toELicense), ...industryLicensesOf(ctx.store, c.get('user').id)]
    return c.json({ items, total: items.length, page: 1, pageSize: items.length } satisfies Page<ELicense>)
  })

  return app
}
