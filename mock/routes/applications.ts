import { Hono } from 'hono'
import { z } from 'zod'
import type { FormMaterial, FormSchema } from '@contract/application'
import { displayFieldValue } from '@/domain/field-display'
import { checkFields } from '@/domain/form-rules'
import { newCaseNo, newCaseRecord, toCase } from '../lib/cases'
import { noStore } from '../lib/cache'
import { toIsoChina } from '../lib/clock'
import { idempotencyKeyOf, type CaseFieldRecord, type CaseMaterialRecord, type DeepReadonly, type FamilyMemberRecord, type UserRecord } from '../lib/store/records'
import type { AppContext, AppEnv } from '../lib/env'
import { ApiError } from '../lib/errors'
import { confirmedMember } from '../lib/family'
import { CASE_NOT_FOUND } from '../lib/not-found'
import { ownUploads } from '../lib/files'
import { fieldValues, itemForm, palmItem } from '../lib/item-forms'
import { applicationAlreadySubmitted, readIdempotencyKey, requestHashOf } from '../lib/idempotency'
import { licensesOf } from '../lib/licenses'
import { ITEM_ID, type SeedLookup } from '../lib/lookup'
import { materialsBody, normalSubmission, onBehalfOfBody, regionLevelMessage, regionPath } from '../lib/submission'
import { parseJson } from '../lib/validate'
import { chinaDateOf } from '../lib/working-days'

const body = z.object({
  itemId: z
    .string({ error: (iss) => (iss.input === undefined ? '缺少事项编号 itemId' : '事项编号应为文本') })
    .regex(ITEM_ID, '事项编号格式不正确'),
  applicantKind: z.enum(['personal', 'legal'], { error: '申请人类型须为 personal（个人）或 legal（法人）' }),
  fields: fieldValues(100),
  materials: materialsBody(50),
  commitmentAccepted: z.boolean({ error: '承诺确认 commitmentAccepted 应为 true 或 false' }),
  onBehalfOf: onBehalfOfBody,
})

type Body = z.output<typeof body>

/**
 * Fingerprint of what a submission asks for, so a repeated Idempotency-Key can tell a retry of the
 * same application (200 with its case) from a changed one (409); lib/submission.ts says which
 * differences make no other case.
 */
function applicationHashOf(input: Body): string {
  const { fields, materials } = normalSubmission(input.fields, input.materials)
  // onBehalfOf only when set, so an application for oneself hashes as it always did.
  return requestHashOf({ itemId: input.itemId, applicantKind: input.applicantKind, fields, materials, commitmentAccepted: input.commitmentAccepted, onBehalfOf: input.onBehalfOf ?? undefined })
}

/** Every rule of the form again, server-side: fields, regions, materials, commitment. Returns per-field messages. */
function checkSubmission(
  input: Body,
  schema: FormSchema,
  user: DeepReadonly<UserRecord>,
  ctx: AppContext,
  lookup: SeedLookup,
): { errors: Record<string, string>; fields: CaseFieldRecord[]; materials: CaseMaterialRecord[] } {
  const errors: Record<string, string> = {}
  const checked = checkFields(schema.fields, input.fields, ctx.clock.now())
  for (const [key, message] of Object.entries(checked.errors)) errors[`fields.${key}`] = message

  const fields: CaseFieldRecord[] = []
  for (const field of schema.fields) {
    if (!Object.prototype.hasOwnProperty.call(checked.values, field.key)) continue
    const value = checked.values[field.key]
    if (field.kind === 'region') {
      const region = lookup.region(String(value))
      if (!region) errors[`fields.${field.key}`] = '所选地区不存在，请重新选择'
      else if (region.level !== field.level) errors[`fields.${field.key}`] = regionLevelMessage(field.level)
    }
    if (!errors[`fields.${field.key}`]) fields.push({ key: field.key, label: field.label, kind: field.kind, value, display: displayFieldValue(field, value, (code) => regionPath(lookup, code)) })
  }

  const sent = new Map<string, Body['materials'][number]>()
  for (const m of input.materials) {
    if (sent.has(m.key)) errors[`materials.${m.key}`] = '同一项材料提交了两次'
    else if (!schema.materials.some((s) => s.key === m.key)) errors[`materials.${m.key}`] = '材料清单中没有这一项'
    sent.set(m.key, m)
  }

  const uploadOf = (id: string) => ctx.store.uploads.get(id)
  // Derived per request (a hash per licence): only when a licence was chosen, not on every submission.
  let licenses: ReturnType<typeof licensesOf> | undefined
  const materials: CaseMaterialRecord[] = []
  const fail = (material: FormMaterial, message: string) => {
    errors[`materials.${material.key}`] ??= message
  }
  for (const material of schema.materials) {
    const submission = sent.get(material.key)
    const fileIds = [...new Set(submission?.fileIds ?? [])]
    const licenseId = submission?.licenseId ?? null
    if (fileIds.length > 0 && licenseId !== null) fail(material, '已选择电子证照免提交的，无需再上传文件')
    let license: CaseMaterialRecord['license'] = null
    if (licenseId !== null) {
      licenses ??= licensesOf(user, lookup)
      const found = licenses.find((l) => l.id === licenseId)
      if (!material.eLicenseType) fail(material, `「${material.name}」不能用电子证照代替，请上传文件`)
      else if (!found) fail(material, '所选电子证照不存在，请重新选择')
      else if (found.type !== material.eLicenseType) fail(material, `请选择「${material.eLicenseType}」电子证照`)
      else license = { id: found.id, type: found.type, number: found.number }
    }
    if (fileIds.length > material.maxFiles) fail(material, `这项材料最多上传 ${material.maxFiles} 个文件`)
    const { files, missing } = ownUploads(uploadOf, fileIds, user.id)
    if (missing) fail(material, '文件不存在或已失效，请重新上传')
    if (material.required && fileIds.length === 0 && licenseId === null) {
      fail(material, material.eLicenseType ? `请上传「${material.name}」或选择电子证照` : `请上传「${material.name}」`)
    }
    if (files.length > 0 || license) materials.push({ key: material.key, name: material.name, files, license })
  }

  if (schema.commitment && !input.commitmentAccepted) errors.commitmentAccepted = '请阅读并同意告知承诺书后再提交'
  return { errors, fields, materials }
}

/** 为家人办: the confirmed member (lib/family.ts), applied for as a person only. */
function confirmedMemberFor(ctx: AppContext, id: string, ownerId: string, input: Body): DeepReadonly<FamilyMemberRecord> {
  const link = confirmedMember(ctx.store, id, ownerId)
  if (input.applicantKind !== 'personal') {
    const message = '为家人办理只能以个人身份申请'
    throw new ApiError('VALIDATION_FAILED', message, { fields: { applicantKind: message } })
  }
  return link
}

function kindsMessage(kinds: readonly ('personal' | 'legal')[]): string {
  return kinds.includes('personal') ? '该事项只受理个人申请' : '该事项只受理法人（企业）申请'
}

export function applicationRoutes(ctx: AppContext) {
  const { lookup } = ctx
  const { requireAuth } = ctx.auth
  const app = new Hono<AppEnv>()
  app.use(noStore)

  /**
   * Submits an application and creates a case (办件). The `Idempotency-Key` (per user) makes a
   * retry safe: the key is checked and recorded in the same store transaction as the case is
   * inserted, so any number of identical requests, in parallel or after a lost response, create one
   * case; the repeats get 200 with that case. The same key with a different body is a 409 naming the
   * case the first one made (SPEC §8): that body was never applied, and a quiet 200 would let the
   * person believe the changed version was filed. Only a successful creation records the key.
   */
  app.post('/', requireAuth, async (c) => {
    const user = c.get('user')
    if (user.role !== 'resident' && user.role !== 'business') throw new ApiError('FORBIDDEN', '村（居）干部和后台账号不能提交办事申请')
    const key = readIdempotencyKey(c, { required: true })
    const input = await parseJson(c, body)
    const recordKey = idempotencyKeyOf(user.id, key)
    const requestHash = applicationHashOf(input)

    const replay = (seen: { caseNo: string; itemId: string; requestHash?: string | null }) => {
      if (seen.itemId !== input.itemId) throw new ApiError('CONFLICT', '这个防重复标识已用于另一个事项的申请，请返回重新提交')
      // A key recorded before fingerprints existed is taken as the same request, as for the other creates.
      if (seen.requestHash && seen.requestHash !== requestHash) {
        throw new ApiError('CONFLICT', applicationAlreadySubmitted(seen.caseNo), { caseNo: seen.caseNo })
      }
      const record = ctx.store.cases.get(seen.caseNo)
      if (!record) throw new ApiError('NOT_FOUND', CASE_NOT_FOUND)
      return c.json(toCase(record, chinaDateOf(ctx.clock.now())), 200)
    }
    // A retry after a lost response: the same body gets its case, a changed draft a 409 with it.
    const seen = ctx.store.idempotency.get(recordKey)
    if (seen) return replay(seen)

    const item = palmItem(lookup, input.itemId)
    const now = ctx.clock.now()
    const today = chinaDateOf(now)
    const schema = itemForm(item, today)
    if (!schema.applicantKinds.includes(input.applicantKind)) {
      const message = kindsMessage(schema.applicantKinds)
      throw new ApiError('VALIDATION_FAILED', message, { fields: { applicantKind: message } })
    }
    const applicant = ctx.store.users.get(user.id)
    if (!applicant) throw new ApiError('UNAUTHORIZED', '登录已失效，请重新登录')
    const realName = applicant.realName
    if (!realName) throw new ApiError('CONFLICT', '请先完成实名认证')
    if (input.applicantKind === 'legal' && !applicant.enterprise) throw new ApiError('CONFLICT', '以法人身份申请，请先完成企业认证（统一社会信用代码）')
    const member = input.onBehalfOf ? confirmedMemberFor(ctx, input.onBehalfOf, applicant.id, input) : null

    const { errors, fields, materials } = checkSubmission(input, schema, applicant, ctx, lookup)
    // The account's e-licenses are the resident's own: they cannot stand for the member's papers.
    if (member) {
      for (const m of input.materials) {
        if (m.licenseId !== null) errors[`materials.${m.key}`] = '为家人办理时不能使用本人的电子证照，请上传家人的材料'
      }
    }
    const messages = Object.values(errors)
    if (messages.length > 0) {
      throw new ApiError('VALIDATION_FAILED', messages.length === 1 ? messages[0] : '填写的内容有误，请检查后再提交', { fields: errors })
    }

    const submittedAt = toIsoChina(now)

    const outcome = ctx.store.transaction(() => {
      const existing = ctx.store.idempotency.get(recordKey)
      if (existing) return { created: false as const, seen: existing }
      let caseNo = newCaseNo(today)
      while (ctx.store.cases.has(caseNo)) caseNo = newCaseNo(today)
      const record = newCaseRecord({
        caseNo,
        owner: { ...applicant, realName },
        item,
        applicantKind: input.applicantKind,
        fields,
        materials,
        commitmentAccepted: schema.commitment !== null && input.commitmentAccepted,
        idempotencyKey: key,
        submittedAt,
        member: member ? { id: member.id, name: member.name, idNumber: member.idNumber } : null,
      })
      // put() returns the case as stored (the schema's defaults filled in), as every later GET shows it,
      // without reading it back and checking it again (see Table.putAt).
      const stored = ctx.store.cases.put(record)
      ctx.store.idempotency.put({ userId: user.id, key, itemId: item.id, caseNo, createdAt: submittedAt, requestHash })
      return { created: true as const, stored }
    })
    if (!outcome.created) return replay(outcome.seen)
    c.header('Location', `/api/v1/cases/${outcome.stored.caseNo}`)
    return c.json(toCase(outcome.stored, today), 201)
  })

  return app
}
