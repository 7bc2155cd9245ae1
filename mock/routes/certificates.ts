import { timingSafeEqual } from 'node:crypto'
import { Hono, type Context } from 'hono'
import { z } from 'zod'
import type { CertificateRequestInput } from '@contract/certificate'
import { canWithdrawRequest, REQUEST_STATUS_LABELS } from '@/domain/certificate-status'
import { missingMaterialMessage } from '@/domain/certificate-materials'
import { displayFieldValue } from '@/domain/field-display'
import { checkFields } from '@/domain/form-rules'
import { CERTIFICATE_PURPOSE_CHARS } from '@/domain/text'
import { catalogueCache, noStore } from '../lib/cache'
import type { CertificateRecord, CertificateRequestRecord } from '../lib/certificate-records'
import { industryVerification } from '../lib/bundle-cases'
import {
  CERTIFICATE_NO,
  INDUSTRY_LICENSE_NO,
  isVerifiableNo,
  REQUEST_ID,
  newRequestId,
  removedCertificateFields,
  resolveType,
  toCertificate,
  toCertificateRequest,
  toVerification,
} from '../lib/certificates'
import { toIsoChina } from '../lib/clock'
import type { DeepReadonly, UserRecord } from '../lib/store/records'
import type { AppContext, AppEnv } from '../lib/env'
import { ApiError } from '../lib/errors'
import { confirmedMember, FAMILY_ID, FAMILY_UNKNOWN, linksNaming } from '../lib/family'
import { assertSameRequest, readIdempotencyKey, requestHashOf } from '../lib/idempotency'
import { FILE_ID, ownUploads } from '../lib/files'
import { fieldValues, MATERIAL_KEY } from '../lib/item-forms'
import { CERTIFICATE_NOT_FOUND, REQUEST_NOT_FOUND } from '../lib/not-found'
import { listQuery } from '../lib/paging'
import { mapPage } from '../lib/store'
import { clientOf, createGuessLimit, type RateLimitOptions } from '../lib/rate-limit'
import { personText } from '../lib/text'
import { parseJson, parseQuery, parseWith } from '../lib/validate'
import { chinaDateOf } from '../lib/working-days'

/** One answer for an unknown number and a wrong code alike. */
export const VERIFY_NOT_FOUND = '证明编号或核验码不正确'
export const TYPE_UNAVAILABLE = '该证明类型不存在或已停止办理'
export const NOT_A_VILLAGE = '请选择到村（社区）'
export const VILLAGE_NOT_FOUND = '所选村（社区）不存在，请重新选择'
export const NOT_RETURNED = '只有被退回补正的申请才能修改后重新提交'
export const APPLICANTS_ONLY = '村（居）干部和后台账号不能申请村（居）证明'
export const NOT_WITHDRAWABLE = '只有待审核的申请可以撤回'
export const MEMBER_FIXED = '不能更改为谁办理，如需为其他人开具证明请另行申请'

export interface VerifyLimits {
  /** Wrong guesses allowed per guesser and certificate number and window (default 5 in 15 minutes). */
  perNumber?: RateLimitOptions
  /** Wrong guesses allowed per guesser (client; account when signed in) and window (default 20 in 15 minutes). */
  perClient?: RateLimitOptions
  /** Wall time in ms (tests move it); not the settable clock, so a demo cannot open the window. */
  now?: () => number
}

const VERIFY_WINDOW_MS = 15 * 60_000

const PURPOSE_MISSING = '请填写证明用途'
const purposeText = personText('证明用途', CERTIFICATE_PURPOSE_CHARS.min, CERTIFICATE_PURPOSE_CHARS.max, PURPOSE_MISSING)

const requestBody = z.object({
  typeId: z.string({ error: (iss) => (iss.input === undefined ? '请选择证明类型' : '证明类型应为文本') }).max(64, TYPE_UNAVAILABLE),
  villageCode: z.string({ error: (iss) => (iss.input === undefined ? NOT_A_VILLAGE : '村（社区）编码应为文本') }).regex(/^\d{12}$/, NOT_A_VILLAGE),
  // Checked with the type's rules in check(), so every wrong field comes back at once.
  purpose: z.string({ error: (iss) => (iss.input === undefined ? PURPOSE_MISSING : '证明用途应为文本') }).max(2000, `证明用途最多 ${CERTIFICATE_PURPOSE_CHARS.max} 个字`),
  fields: fieldValues(50),
  materials: z
    .array(
      z.object({
        key: z.string({ error: '缺少材料编号 key' }).regex(MATERIAL_KEY, '材料编号格式不正确'),
        fileIds: z
          .array(z.string({ error: '文件编号应为文本' }).regex(FILE_ID, '文件不存在或已失效，请重新上传'), { error: '文件列表 fileIds 应为数组' })
          .max(20, '文件过多'),
      }),
      { error: '材料 materials 应为数组' },
    )
    .max(20, '材料过多'),
  // 为家人办: the confirmed family member the certificate is for (absent or null: the person themself).
  onBehalfOf: z.string({ error: '为谁办理 onBehalfOf 应为家人编号' }).regex(FAMILY_ID, FAMILY_UNKNOWN).nullable().optional(),
}) satisfies z.ZodType<CertificateRequestInput, unknown>

type RequestBody = z.output<typeof requestBody>

const verifyQuery = z.strictObject({
  no: z
    .string({ error: '请输入证明编号' })
    .refine(isVerifiableNo, '证明编号格式不正确，请核对证明上的编号（如 350582101201-2022-000001，行业综合许可证如 ZH350582-2022-04817263）'),
  code: z
    .string({ error: '请输入核验码' })
    .transform((v) => v.toUpperCase())
    .pipe(z.string().regex(/^[A-Z0-9]{8}$/, '核验码为 8 位字母或数字')),
})

/** What a valid submission becomes (everything but ids, status and history). */
type Checked = Pick<CertificateRequestRecord, 'type' | 'village' | 'purpose' | 'fields' | 'materials'>

function verifyLimitMessage(seconds: number): string {
  return seconds >= 60 ? `核验错误次数过多，请 ${Math.ceil(seconds / 60)} 分钟后再试` : `核验错误次数过多，请 ${seconds} 秒后再试`
}

/** Compared against when the number is unknown, so both failures do the same work. */
const NO_CODE = Buffer.from('--------')

function summaryOf(errors: Record<string, string>): string {
  const messages = Object.values(errors)
  return messages.length === 1 ? messages[0] : '填写的内容有误，请检查后再提交'
}

/** `/certificate-types`: the types a village committee may issue (active only); the same for everyone, so cacheable. */
export function certificateTypeRoutes(ctx: AppContext) {
  const types = ctx.certificateTypes
  const app = new Hono<AppEnv>()
  app.use(catalogueCache)
  const today = () => chinaDateOf(ctx.clock.now())

  app.get('/', (c) => {
    parseQuery(c, z.strictObject({}))
    const day = today()
    return c.json({ items: types.filter((t) => t.active).map((t) => resolveType(t, day)) })
  })

  return app
}

/**
 * `/certificate-requests`: a resident's (or a business applicant's own) requests to their village
 * committee, checked server-side against the configured type; a returned one corrected and sent again.
 */
export function certificateRequestRoutes(ctx: AppContext) {
  const { lookup, certificateTypes: types } = ctx
  const { requireAuth } = ctx.auth
  const app = new Hono<AppEnv>()
  app.use(noStore)
  const today = () => chinaDateOf(ctx.clock.now())

  /** Every rule again, server-side; all wrong fields at once (422), keyed like the body. */
  function check(input: RequestBody, user: DeepReadonly<UserRecord>, keepType: string | null): Checked {
    const errors: Record<string, string> = {}
    const purpose = parseWith(purposeText, input.purpose)
    if (!purpose.ok) errors.purpose = Object.values(purpose.fields)[0]
    const config = types.find((t) => t.id === input.typeId && t.active)
    if (!config) errors.typeId = TYPE_UNAVAILABLE
    else if (keepType !== null && config.id !== keepType) errors.typeId = '不能更改证明类型，如需其他证明请另行申请'

    const region = lookup.region(input.villageCode)
    if (!region) errors.villageCode = VILLAGE_NOT_FOUND
    else if (region.level !== 'village') errors.villageCode = NOT_A_VILLAGE

    const fields: Checked['fields'] = []
    const materials: Checked['materials'] = []
    if (config) {
      const type = resolveType(config, today())
      const checked = checkFields(type.fields, input.fields, ctx.clock.now())
      for (const [key, message] of Object.entries(checked.errors)) errors[`fields.${key}`] = message
      for (const field of type.fields) {
        if (!Object.prototype.hasOwnProperty.call(checked.values, field.key) || errors[`fields.${field.key}`]) continue
        const value = checked.values[field.key]
        fields.push({ key: field.key, label: field.label, kind: field.kind, value, display: displayFieldValue(field, value) })
      }
      const typedPurpose = purpose.ok ? purpose.data : ''
      for (const [key, message] of Object.entries(removedCertificateFields(config, checked.values, typedPurpose))) errors[key] ??= message

      const sent = new Map<string, RequestBody['materials'][number]>()
      for (const m of input.materials) {
        if (sent.has(m.key)) errors[`materials.${m.key}`] = '同一项材料提交了两次'
        else if (!type.materials.some((s) => s.key === m.key)) errors[`materials.${m.key}`] = '材料清单中没有这一项'
        sent.set(m.key, m)
      }
      const uploadOf = (id: string) => ctx.store.uploads.get(id)
      for (const material of type.materials) {
        const key = `materials.${material.key}`
        const fileIds = [...new Set(sent.get(material.key)?.fileIds ?? [])]
        if (fileIds.length === 0) {
          // The app labels and checks materials by this same rule (必交 / 选交 / 租住、借住必交).
          const missing = missingMaterialMessage(material, type.materialConditions, type.fields, checked.values)
          if (missing) errors[key] ??= missing
          continue
        }
        if (fileIds.length > material.maxFiles) errors[key] ??= `这项材料最多上传 ${material.maxFiles} 个文件`
        const { files, missing } = ownUploads(uploadOf, fileIds, user.id)
        if (missing) errors[key] ??= '文件不存在或已失效，请重新上传'
        materials.push({ key: material.key, name: material.name, files })
      }
    }
    if (Object.keys(errors).length > 0) throw new ApiError('VALIDATION_FAILED', summaryOf(errors), { fields: errors })
    const village = region!
    const path = [...lookup.ancestors(village.code).filter((r) => r.level !== 'city'), village].map((r) => r.name).join(' / ')
    return {
      type: { id: config!.id, name: config!.name },
      village: { code: village.code, name: village.name, path },
      purpose: purpose.ok ? purpose.data : '',
      fields,
      materials,
    }
  }

  function applicantOf(c: Context<AppEnv>): DeepReadonly<UserRecord> & { realName: NonNullable<UserRecord['realName']> } {
    const user = c.get('user')
    if (user.role !== 'resident' && user.role !== 'business') throw new ApiError('FORBIDDEN', APPLICANTS_ONLY)
    const realName = user.realName
    if (!realName) throw new ApiError('CONFLICT', '请先完成实名认证')
    return { ...user, realName: { ...realName } }
  }

  function ownRequest(id: string, userId: string): DeepReadonly<CertificateRequestRecord> {
    const record = REQUEST_ID.test(id) ? ctx.store.certificateRequests.get(id) : undefined
    if (!record || record.ownerId !== userId) throw new ApiError('NOT_FOUND', REQUEST_NOT_FOUND)
    return record
  }

  const certificateOf = (no: string) => ctx.store.certificates.get(no)

  const sendRequest = (c: Context, id: string, status: 200 | 201 = 200) => {
    const record = ctx.store.certificateRequests.get(id)
    if (!record) throw new ApiError('NOT_FOUND', REQUEST_NOT_FOUND)
    return c.json(toCertificateRequest(record, certificateOf, today()), status)
  }

  /** 为家人办: the request as the member it was asked for sees it (read-only: 撤回 and 修改 stay with the 经办人). */
  const asApplicant = (record: DeepReadonly<CertificateRequestRecord>, day: string) => ({ ...toCertificateRequest(record, certificateOf, day), viewerIsApplicant: true })

  /**
   * A resident's (or a business applicant's own) request to their village committee. An optional
   * Idempotency-Key makes a retry after a lost response return the same request (200); the same key
   * with another body is a 409.
   */
  app.post('/', requireAuth, async (c) => {
    const user = applicantOf(c)
    const key = readIdempotencyKey(c, { required: false })
    const input = await parseJson(c, requestBody)
    // onBehalfOf only when set, so a request for oneself hashes as it always did.
    const requestHash = requestHashOf({ ...input, onBehalfOf: input.onBehalfOf ?? undefined })
    const findByKey = () => (key === null ? undefined : ctx.store.certificateRequests.findByIdempotencyKey(user.id, key))
    const seen = findByKey()
    if (seen) {
      assertSameRequest(seen, requestHash)
      return sendRequest(c, seen.id)
    }

    const member = input.onBehalfOf ? confirmedMember(ctx.store, input.onBehalfOf, user.id) : null
    const checked = check(input, user, null)
    const now = ctx.clock.now()
    const at = toIsoChina(now)
    const outcome = ctx.store.transaction(() => {
      const again = findByKey()
      if (again) return { id: again.id, created: false, requestHash: again.requestHash }
      let id = newRequestId(chinaDateOf(now))
      while (ctx.store.certificateRequests.has(id)) id = newRequestId(chinaDateOf(now))
      ctx.store.certificateRequests.put({
        id,
        ownerId: user.id,
        ...checked,
        // For a family member the member is 申请人 and 持证人 (the certificate's {name}/{idNumber});
        // the resident who asked is 经办人. The member's phone is not known to the account.
        applicant: member
          ? { name: member.name, idNumber: member.idNumber, phone: null }
          : { name: user.realName.name, idNumber: user.realName.idNumber, phone: user.phone },
        familyMemberId: member?.id ?? null,
        agent: member ? { name: user.realName.name, idNumber: user.realName.idNumber, phone: user.phone } : null,
        status: 'pending',
        reason: null,
        history: [{ at, action: 'submitted', actor: member ? '经办人' : '申请人', reason: null }],
        certificateNo: null,
        idempotencyKey: key,
        requestHash,
        createdAt: at,
        updatedAt: at,
      })
      return { id, created: true, requestHash }
    })
    if (!outcome.created) assertSameRequest(outcome, requestHash)
    if (outcome.created) c.header('Location', `/api/v1/certificate-requests/${outcome.id}`)
    return sendRequest(c, outcome.id, outcome.created ? 201 : 200)
  })

  /** My requests, newest first. */
  app.get('/', requireAuth, (c) => {
    const { page = 1, pageSize = 20 } = parseQuery(c, listQuery)
    const user = c.get('user')
    const day = today()
    const visible = ctx.store.certificateRequests.listVisibleTo(user.id, linksNaming(ctx.store, user), { page, pageSize })
    return c.json(mapPage(visible, (r) => (r.ownerId === user.id ? toCertificateRequest(r, certificateOf, day) : asApplicant(r, day))))
  })

  /** The owner's request; or, read-only, one a family member asked for the signed-in person (为家人办). */
  app.get('/:id', requireAuth, (c) => {
    const id = c.req.param('id')
    const user = c.get('user')
    const record = REQUEST_ID.test(id) ? ctx.store.certificateRequests.get(id) : undefined
    if (record && record.ownerId !== user.id && record.familyMemberId && linksNaming(ctx.store, user).includes(record.familyMemberId)) {
      return c.json(asApplicant(record, today()))
    }
    return sendRequest(c, ownRequest(id, user.id).id)
  })

  /**
   * 撤回: the applicant takes back a request the committee has not acted on yet (pending only; 409
   * otherwise, naming the state). It leaves the village's queue; the history keeps it.
   */
  app.post('/:id/withdraw', requireAuth, (c) => {
    const record = ownRequest(c.req.param('id'), c.get('user').id)
    const at = toIsoChina(ctx.clock.now())
    ctx.store.transaction(() => {
      const target = ctx.store.certificateRequests.get(record.id)
      if (!target) throw new ApiError('NOT_FOUND', REQUEST_NOT_FOUND)
      // Checked inside the write: a cadre's approval a moment earlier wins, and the applicant is told.
      if (!canWithdrawRequest(target.status)) throw new ApiError('CONFLICT', `${NOT_WITHDRAWABLE}，该申请当前为「${REQUEST_STATUS_LABELS[target.status]}」`)
      target.status = 'withdrawn'
      target.reason = null
      target.history.push({ at, action: 'withdrawn', actor: target.agent ? '经办人' : '申请人', reason: null })
      target.updatedAt = at
      ctx.store.certificateRequests.put(target)
    })
    return sendRequest(c, record.id)
  })

  /** A returned request, corrected and sent again: back to pending in the (possibly corrected) village's queue. */
  app.put('/:id', requireAuth, async (c) => {
    const record = ownRequest(c.req.param('id'), c.get('user').id)
    const user = applicantOf(c)
    const input = await parseJson(c, requestBody)
    if (record.status !== 'returned') throw new ApiError('CONFLICT', NOT_RETURNED)
    // Who it is for stays as asked; a body that names someone else is a mistake, not a new request.
    if (input.onBehalfOf !== undefined && (input.onBehalfOf ?? null) !== (record.familyMemberId ?? null)) {
      throw new ApiError('VALIDATION_FAILED', MEMBER_FIXED, { fields: { onBehalfOf: MEMBER_FIXED } })
    }
    const checked = check(input, user, record.type.id)
    const at = toIsoChina(ctx.clock.now())
    ctx.store.transaction(() => {
      const target = ctx.store.certificateRequests.get(record.id)
      // Re-checked inside the write: two quick resubmits must not both pass.
      if (!target || target.status !== 'returned') throw new ApiError('CONFLICT', NOT_RETURNED)
      Object.assign(target, checked)
      target.status = 'pending'
      target.reason = null
      target.history.push({ at, action: 'resubmitted', actor: target.agent ? '经办人' : '申请人', reason: null })
      target.updatedAt = at
      ctx.store.certificateRequests.put(target)
    })
    return sendRequest(c, record.id)
  })

  return app
}

/**
 * `/certificates`: the public verification by number and code (no sign-in, throttled), and a
 * certificate to its holder and the cadre of its village.
 */
export function certificateRoutes(ctx: AppContext, limits: VerifyLimits = {}) {
  const { requireAuth } = ctx.auth
  const wallNow = limits.now ?? Date.now
  const guesses = createGuessLimit(
    { perTarget: limits.perNumber ?? { max: 5, windowMs: VERIFY_WINDOW_MS }, perGuesser: limits.perClient ?? { max: 20, windowMs: VERIFY_WINDOW_MS } },
    wallNow,
  )
  const app = new Hono<AppEnv>()
  app.use(noStore)

  /** 为家人办: the member a family member asked the certificate for holds it too (found through its request's link). */
  const isHolder = (record: DeepReadonly<CertificateRecord>, user: DeepReadonly<UserRecord>): boolean => {
    const linkId = ctx.store.certificateRequests.get(record.requestId)?.familyMemberId
    return !!linkId && linksNaming(ctx.store, user).includes(linkId)
  }

  /**
   * Public verification by number + code. An unknown number and a wrong code get the same 404
   * after the same work. Wrong guesses are counted per guesser — the client, and the account when
   * signed in — per number (existing or not) and in all; over the limit even the right code waits
   * for the window (the same 429 either way), for that guesser only: a stranger's wrong codes never
   * keep a school from verifying a real certificate.
   */
  app.get('/verify', (c) => {
    const { no, code } = parseQuery(c, verifyQuery)
    const signedIn = ctx.auth.optionalUser(c)
    const guessers = [`client:${clientOf(c)}`, ...(signedIn ? [`user:${signedIn.id}`] : [])]
    guesses.check(guessers, no, verifyLimitMessage)
    // 一件事 一业一证: a 行业综合许可证 verifies the same way, with the same throttles.
    if (INDUSTRY_LICENSE_NO.test(no)) {
      const bundle = ctx.store.cases.findByLicenseNo(no)
      const license = bundle?.bundle?.industryLicense
      const ok = timingSafeEqual(license ? Buffer.from(license.code) : NO_CODE, Buffer.from(code)) && license !== undefined
      const verification = ok && bundle ? industryVerification(bundle, chinaDateOf(ctx.clock.now())) : null
      if (!verification) {
        guesses.miss(guessers, no)
        throw new ApiError('NOT_FOUND', VERIFY_NOT_FOUND)
      }
      return c.json(verification)
    }
    const record = ctx.store.certificates.get(no)
    const expected = record ? Buffer.from(record.verificationCode) : NO_CODE
    const right = timingSafeEqual(expected, Buffer.from(code)) && record !== undefined
    if (!right || !record) {
      guesses.miss(guessers, no)
      throw new ApiError('NOT_FOUND', VERIFY_NOT_FOUND)
    }
    return c.json(toVerification(record, ctx.store.certificateRequests.get(record.requestId), chinaDateOf(ctx.clock.now())))
  })

  /** A certificate, to its holder and the cadre of its village; anyone else gets the 404 of a number that does not exist. */
  app.get('/:no', requireAuth, (c) => {
    const user = c.get('user')
    const no = c.req.param('no')
    const record = CERTIFICATE_NO.test(no) ? ctx.store.certificates.get(no) : undefined
    const allowed = record && (record.ownerId === user.id || (user.role === 'cadre' && user.village?.code === record.villageCode) || isHolder(record, user))
    if (!record || !allowed) throw new ApiError('NOT_FOUND', CERTIFICATE_NOT_FOUND)
    return c.json(toCertificate(record, chinaDateOf(ctx.clock.now())))
  })

  return app
}
