import { Hono } from 'hono'
import { z } from 'zod'
import type { FamilyRelation } from '@contract/family'
import { FAMILY_CODE, FAMILY_CODE_ATTEMPTS, FAMILY_RELATIONS, MAX_FAMILY_MEMBERS } from '@/domain/family'
import { checkIdNumber } from '@/domain/identity'
import { checkRealName } from '@/domain/names'
import { noStore } from '../lib/cache'
import { toIsoChina } from '../lib/clock'
import type { AppContext, AppEnv } from '../lib/env'
import { ApiError } from '../lib/errors'
import { FAMILY_ID, FAMILY_NOT_FOUND, newFamilyCode, newFamilyId, toFamilyAuthorization, toFamilyMember } from '../lib/family'
import { assertSameRequest, readIdempotencyKey, requestHashOf } from '../lib/idempotency'
import { sendFamilyRequestMessage } from '../lib/messages'
import type { DeepReadonly, FamilyMemberRecord, UserRecord } from '../lib/store/records'
import { identityField, parseJson, parseQuery } from '../lib/validate'

const RELATION_MESSAGE = '请选择家人与您的关系（父母、配偶、子女、祖父母、外祖父母或其他）'

const codeBody = z.strictObject({
  code: z
    .string({ error: (iss) => (iss.input === undefined ? '请输入确认码' : '确认码应为文本') })
    .trim()
    .regex(FAMILY_CODE, '确认码为 6 位数字'),
})

/** Only the resident who added the member reaches the link; anyone else gets the same 404 as a missing one. */
function ownLink(ctx: AppContext, id: string, userId: string): FamilyMemberRecord {
  const record = FAMILY_ID.test(id) ? ctx.store.familyMembers.get(id) : undefined
  if (!record || record.ownerId !== userId) throw new ApiError('NOT_FOUND', FAMILY_NOT_FOUND)
  return record
}

/** A link naming the signed-in person (their verified ID number) as the member. */
function linkNamingMe(ctx: AppContext, id: string, user: DeepReadonly<UserRecord>): FamilyMemberRecord {
  const record = FAMILY_ID.test(id) ? ctx.store.familyMembers.get(id) : undefined
  if (!record || !user.realName || record.idNumber !== user.realName.idNumber) throw new ApiError('NOT_FOUND', FAMILY_NOT_FOUND)
  return record
}

/**
 * 为家人办 (SPEC §7): `/me/family`. A verified resident adds a family member (name, ID number per
 * GB 11643, relation); the member confirms once with the 6-digit code they see in their own account
 * (`GET /me/family/requests`, found by their verified ID number) or that the back office gives
 * (`GET /admin/family-members`); then `POST /applications` takes `onBehalfOf`. Either side may revoke.
 */
export function familyRoutes(ctx: AppContext) {
  const { requireAuth } = ctx.auth
  const app = new Hono<AppEnv>()
  app.use(noStore)

  const memberBody = z.strictObject({
    name: identityField(checkRealName, '请填写家人的真实姓名'),
    idNumber: identityField((raw) => checkIdNumber(raw, ctx.clock.now()), '请填写家人的身份证号'),
    relation: z.enum(FAMILY_RELATIONS as [FamilyRelation, ...FamilyRelation[]], { error: RELATION_MESSAGE }),
  })

  const residentOnly = (user: DeepReadonly<UserRecord>) => {
    if (user.role !== 'resident') throw new ApiError('FORBIDDEN', '只有个人账号可以添加家人、为家人办事')
  }

  /** The resident's family members (every status), in the order added. */
  app.get('/', requireAuth, (c) => {
    parseQuery(c, z.strictObject({}))
    const items = ctx.store.familyMembers.listByOwner(c.get('user').id).map(toFamilyMember)
    return c.json({ items, total: items.length, page: 1, pageSize: items.length })
  })

  /**
   * Adds a family member, waiting for their confirmation. The Idempotency-Key (required) makes a
   * double tap or a retry after a lost answer give the member the first attempt added (200); the same
   * key with another body is a 409. The key is looked up again inside the write's transaction.
   */
  app.post('/', requireAuth, async (c) => {
    const user = c.get('user')
    residentOnly(user)
    const key = readIdempotencyKey(c, { required: true })
    const input = await parseJson(c, memberBody)
    const requestHash = requestHashOf(input)
    const seen = ctx.store.familyMembers.findByIdempotencyKey(user.id, key)
    if (seen) {
      assertSameRequest(seen, requestHash)
      return c.json(toFamilyMember(seen), 200)
    }
    const me = ctx.store.users.get(user.id)
    if (!me) throw new ApiError('UNAUTHORIZED', '登录已失效，请重新登录')
    if (!me.realName) throw new ApiError('CONFLICT', '请先完成实名认证，再添加家人')
    if (me.realName.idNumber === input.idNumber) {
      const message = '这是您本人的身份证号，为本人办理无需添加家人'
      throw new ApiError('VALIDATION_FAILED', message, { fields: { idNumber: message } })
    }
    const now = toIsoChina(ctx.clock.now())
    const outcome = ctx.store.transaction(() => {
      const again = ctx.store.familyMembers.findByIdempotencyKey(user.id, key)
      if (again) return { record: again, created: false }
      const active = ctx.store.familyMembers.listByOwner(user.id).filter((m) => m.status !== 'revoked')
      if (active.some((m) => m.idNumber === input.idNumber)) throw new ApiError('CONFLICT', '已经添加过这位家人，请在列表中查看')
      if (active.length >= MAX_FAMILY_MEMBERS) throw new ApiError('CONFLICT', `最多添加 ${MAX_FAMILY_MEMBERS} 位家人；可先解除不再代办的家人`)
      const record: FamilyMemberRecord = {
        id: newFamilyId((id) => ctx.store.familyMembers.has(id)),
        ownerId: user.id,
        name: input.name,
        idNumber: input.idNumber,
        relation: input.relation,
        status: 'pending',
        code: newFamilyCode(),
        failedAttempts: 0,
        createdAt: now,
        confirmedAt: null,
        revokedAt: null,
        revokedBy: null,
        idempotencyKey: key,
        requestHash,
      }
      const stored = ctx.store.familyMembers.put(record)
      for (const account of ctx.store.users.listByRealNameIdNumber(stored.idNumber)) sendFamilyRequestMessage(ctx.store, stored, account.id, ctx.clock.now())
      return { record: stored, created: true }
    })
    if (!outcome.created) assertSameRequest(outcome.record, requestHash)
    return c.json(toFamilyMember(outcome.record), outcome.created ? 201 : 200)
  })

  /**
   * The resident enters the code the member gave them. A wrong code is a 422 on `code`; after
   * FAMILY_CODE_ATTEMPTS wrong ones the code is replaced (the member sees the new one), so guessing
   * a million codes is not a way round the member's consent.
   */
  app.post('/:id/confirm', requireAuth, async (c) => {
    const user = c.get('user')
    const { code } = await parseJson(c, codeBody)
    const outcome = ctx.store.transaction(() => {
      const record = ownLink(ctx, c.req.param('id'), user.id)
      if (record.status === 'confirmed') return { record, wrong: null }
      if (record.status === 'revoked') throw new ApiError('CONFLICT', '授权已撤销，不能再确认；如需代办，请重新添加家人')
      if (record.code !== code) {
        record.failedAttempts += 1
        const replaced = record.failedAttempts >= FAMILY_CODE_ATTEMPTS
        if (replaced) {
          record.code = newFamilyCode()
          record.failedAttempts = 0
        }
        ctx.store.familyMembers.put(record)
        return { record, wrong: replaced ? '确认码错误次数过多，原确认码已作废；请让家人查看新的确认码' : '确认码不正确，请向家人核对' }
      }
      record.status = 'confirmed'
      record.confirmedAt = toIsoChina(ctx.clock.now())
      return { record: ctx.store.familyMembers.put(record), wrong: null }
    })
    // Thrown after the transaction so the counted attempt is kept.
    if (outcome.wrong) throw new ApiError('VALIDATION_FAILED', outcome.wrong, { fields: { code: outcome.wrong } })
    return c.json(toFamilyMember(outcome.record))
  })

  /** The resident stops acting for the member (解除). Cases already filed stay, for both to see. */
  app.post('/:id/revoke', requireAuth, (c) => {
    const user = c.get('user')
    const record = ctx.store.transaction(() => {
      const link = ownLink(ctx, c.req.param('id'), user.id)
      if (link.status === 'revoked') return link
      link.status = 'revoked'
      link.revokedAt = toIsoChina(ctx.clock.now())
      link.revokedBy = 'resident'
      return ctx.store.familyMembers.put(link)
    })
    return c.json(toFamilyMember(record))
  })

  /** Who asked to act for the signed-in person (by their verified ID number); none before verification. */
  app.get('/requests', requireAuth, (c) => {
    parseQuery(c, z.strictObject({}))
    const user = c.get('user')
    const links = user.realName ? ctx.store.familyMembers.listByMemberIdNumber(user.realName.idNumber) : []
    const items = links.map((link) => toFamilyAuthorization(link, ctx.store.users.get(link.ownerId)))
    return c.json({ items, total: items.length, page: 1, pageSize: items.length })
  })

  /** The member withdraws (or declines) the authorization: no new application for them from then on. */
  app.post('/requests/:id/revoke', requireAuth, (c) => {
    const user = c.get('user')
    const record = ctx.store.transaction(() => {
      const link = linkNamingMe(ctx, c.req.param('id'), user)
      if (link.status === 'revoked') return link
      link.status = 'revoked'
      link.revokedAt = toIsoChina(ctx.clock.now())
      link.revokedBy = 'member'
      return ctx.store.familyMembers.put(link)
    })
    return c.json(toFamilyAuthorization(record, ctx.store.users.get(record.ownerId)))
  })

  return app
}
