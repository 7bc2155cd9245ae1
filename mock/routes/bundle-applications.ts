import { Hono } from 'hono'
import { z } from 'zod'
import type { BundleDelivery } from '@contract/bundle'
import { displayFieldValue } from '@/domain/field-display'
import { checkFields } from '@/domain/form-rules'
import { checkPhone } from '@/domain/identity'
import { createBundleCase, partsOf, toBundleCase, type NewBundlePart } from '../lib/bundle-cases'
import { bundleForm, bundleGuide, bundleItem, splitBundleValues } from '../lib/bundle-forms'
import { noStore } from '../lib/cache'
import { toIsoChina } from '../lib/clock'
import type { AppContext, AppEnv } from '../lib/env'
import { ApiError } from '../lib/errors'
import { confirmedMember } from '../lib/family'
import { ownUploads } from '../lib/files'
import { applicationAlreadySubmitted, readIdempotencyKey, requestHashOf } from '../lib/idempotency'
import { fieldValues, NOT_PALM } from '../lib/item-forms'
import { licensesOf } from '../lib/licenses'
import { ITEM_ID } from '../lib/lookup'
import { CASE_NOT_FOUND } from '../lib/not-found'
import type { BundleDeliveryRecord, CaseFieldRecord, CaseMaterialRecord } from '../lib/store/records'
import { idempotencyKeyOf } from '../lib/store/records'
import { typedText } from '../lib/text'
import { materialsBody, normalSubmission, onBehalfOfBody, regionLevelMessage, regionPath } from '../lib/submission'
import { parseJson } from '../lib/validate'
import { chinaDateOf } from '../lib/working-days'

const deliveryBody = z.discriminatedUnion(
  'method',
  [
    z.strictObject({ method: z.literal('window'), hallId: z.string({ error: '请选择领取结果的大厅' }).max(64, '领取大厅编号不正确') }),
    z.strictObject({
      method: z.literal('mail'),
      address: typedText('邮寄地址', 100),
      recipient: typedText('收件人', 20),
      phone: z.string({ error: '请填写收件人电话' }).max(20, '收件人电话格式不正确'),
    }),
  ],
  { error: '请选择结果送达方式：窗口领取（window）或邮寄（mail）' },
)

const body = z.object({
  bundleId: z
    .string({ error: (iss) => (iss.input === undefined ? '缺少一件事编号 bundleId' : '一件事编号应为文本') })
    .regex(ITEM_ID, '一件事编号格式不正确'),
  parts: z
    .array(z.string().regex(ITEM_ID, '事项编号格式不正确'), { error: '所选事项 parts 应为数组' })
    .min(1, '请至少选择一项')
    .max(20, '所选事项过多'),
  applicantKind: z.enum(['personal', 'legal'], { error: '申请人类型须为 personal（个人）或 legal（法人）' }),
  fields: fieldValues(200),
  materials: materialsBody(100),
  commitmentAccepted: z.boolean({ error: '承诺确认 commitmentAccepted 应为 true 或 false' }),
  delivery: deliveryBody,
  onBehalfOf: onBehalfOfBody,
})

type Body = z.output<typeof body>

/**
 * Fingerprint of a bundle application, as routes/applications.ts does for one item: blank fields,
 * spaces around text, empty materials, their order and the order of the parts make no other case.
 */
function bundleHashOf(input: Body): string {
  const { fields, materials } = normalSubmission(input.fields, input.materials)
  return requestHashOf({
    bundleId: input.bundleId,
    parts: [...new Set(input.parts)].sort(),
    applicantKind: input.applicantKind,
    fields,
    materials,
    commitmentAccepted: input.commitmentAccepted,
    delivery: input.delivery,
    onBehalfOf: input.onBehalfOf ?? undefined,
  })
}

export const BUNDLE_KEY_OTHER_ITEM = '这个防重复标识已用于另一个事项的申请，请返回重新提交'

/**
 * `POST /bundle-applications`: one 一件事 application (SPEC §7) → one bundle case (its own case number
 * and query code) and one part case per chosen part at the part's department. The merged form
 * (lib/bundle-forms.ts) is split back into each part's own fields and checked with each part's own
 * rules; errors come back on the merged keys. Materials: each merged material once, files the
 * applicant's own, e-licenses theirs (never for a family member). Idempotency as POST /applications:
 * the key is checked and recorded in the transaction that writes the cases, so parallel repeats make
 * one bundle case; the same key with another body is a 409 naming the bundle case.
 */
export function bundleApplicationRoutes(ctx: AppContext) {
  const { lookup } = ctx
  const { requireAuth } = ctx.auth
  const app = new Hono<AppEnv>()
  app.use(noStore)

  app.post('/', requireAuth, async (c) => {
    const user = c.get('user')
    if (user.role !== 'resident' && user.role !== 'business') throw new ApiError('FORBIDDEN', '村（居）干部和后台账号不能提交办事申请')
    const key = readIdempotencyKey(c, { required: true })
    const input = await parseJson(c, body)
    const recordKey = idempotencyKeyOf(user.id, key)
    const requestHash = bundleHashOf(input)
    const today = () => chinaDateOf(ctx.clock.now())

    const replay = (seen: { caseNo: string; itemId: string; requestHash?: string | null }) => {
      if (seen.itemId !== input.bundleId) throw new ApiError('CONFLICT', BUNDLE_KEY_OTHER_ITEM)
      if (seen.requestHash && seen.requestHash !== requestHash) throw new ApiError('CONFLICT', applicationAlreadySubmitted(seen.caseNo), { caseNo: seen.caseNo })
      const record = ctx.store.cases.get(seen.caseNo)
      if (!record) throw new ApiError('NOT_FOUND', CASE_NOT_FOUND)
      return c.json(toBundleCase(record, partsOf(ctx.store, record), today()), 200)
    }
    const seen = ctx.store.idempotency.get(recordKey)
    if (seen) return replay(seen)

    const now = ctx.clock.now()
    const day = chinaDateOf(now)
    const { item: bundle } = bundleItem(lookup, input.bundleId)
    const guide = bundleGuide(lookup, input.bundleId)
    if (!guide.palm) throw new ApiError('CONFLICT', NOT_PALM)
    const chosen = [...new Set(input.parts)]
    const form = bundleForm(lookup, input.bundleId, chosen, day)
    const errors: Record<string, string> = {}
    const missing = form.parts.filter((p) => p.required && !chosen.includes(p.itemId))
    if (missing.length > 0) errors.parts = `必办事项不能去掉：${missing.map((p) => p.name).join('、')}`
    if (!form.applicantKinds.includes(input.applicantKind)) {
      const message = form.applicantKinds.includes('personal') ? '该一件事只受理个人申请' : '该一件事只受理法人（企业）申请'
      throw new ApiError('VALIDATION_FAILED', message, { fields: { applicantKind: message } })
    }

    const applicant = ctx.store.users.get(user.id)
    if (!applicant) throw new ApiError('UNAUTHORIZED', '登录已失效，请重新登录')
    const realName = applicant.realName
    if (!realName) throw new ApiError('CONFLICT', '请先完成实名认证')
    if (input.applicantKind === 'legal' && !applicant.enterprise) throw new ApiError('CONFLICT', '以法人身份申请，请先完成企业认证（统一社会信用代码）')
    let member = null
    if (input.onBehalfOf) {
      member = confirmedMember(ctx.store, input.onBehalfOf, applicant.id)
      if (input.applicantKind !== 'personal') {
        const message = '为家人办理只能以个人身份申请'
        throw new ApiError('VALIDATION_FAILED', message, { fields: { applicantKind: message } })
      }
    }

    // Delivery: a hall the form offers, or a mail address with a reachable recipient.
    let delivery: BundleDeliveryRecord
    if (input.delivery.method === 'window') {
      const hallId = input.delivery.hallId
      const hall = form.halls.find((h) => h.id === hallId)
      if (!hall) errors['delivery.hallId'] = '请选择列出的领取大厅'
      delivery = { method: 'window', hallId, hallName: hall?.name ?? '' }
    } else {
      const phone = checkPhone(input.delivery.phone)
      if (!phone.ok) errors['delivery.phone'] = phone.message
      if (input.delivery.address === '') errors['delivery.address'] = '请填写邮寄地址'
      if (input.delivery.recipient === '') errors['delivery.recipient'] = '请填写收件人'
      delivery = { method: 'mail', address: input.delivery.address, recipient: input.delivery.recipient, phone: phone.ok ? phone.value : input.delivery.phone, trackingNo: null }
    }
    const contractDelivery: BundleDelivery =
      delivery.method === 'window' ? { method: 'window', hallId: delivery.hallId } : { method: 'mail', address: delivery.address, recipient: delivery.recipient, phone: delivery.phone }

    // Fields: the merged form's own rules, then each part's rules on its split values (bundle-forms.ts).
    const split = splitBundleValues(form, input.fields, input.materials, { today: now, delivery: contractDelivery })
    Object.assign(errors, split.errors)
    const merged = checkFields(form.fields, input.fields, now)
    const display = (field: Parameters<typeof displayFieldValue>[0], value: Parameters<typeof displayFieldValue>[1]) => displayFieldValue(field, value, (code) => regionPath(lookup, code))
    const mergedFields: CaseFieldRecord[] = []
    for (const field of form.fields) {
      if (!Object.prototype.hasOwnProperty.call(merged.values, field.key)) continue
      const value = merged.values[field.key]
      if (field.kind === 'region') {
        const region = lookup.region(String(value))
        if (!region) errors[`fields.${field.key}`] ??= '所选地区不存在，请重新选择'
        else if (region.level !== field.level) errors[`fields.${field.key}`] ??= regionLevelMessage(field.level)
      }
      mergedFields.push({ key: field.key, label: field.label, kind: field.kind, value, display: display(field, value) })
    }

    // Materials: each merged material once; files must be the applicant's, licences theirs.
    let licenses: ReturnType<typeof licensesOf> | undefined
    const mergedMaterials = new Map<string, CaseMaterialRecord>()
    for (const material of form.materials) {
      const submission = input.materials.find((m) => m.key === material.key)
      if (!submission) continue
      const where = `materials.${material.key}`
      const fileIds = [...new Set(submission.fileIds)]
      if (fileIds.length > 0 && submission.licenseId !== null) errors[where] ??= '已选择电子证照免提交的，无需再上传文件'
      if (fileIds.length > material.maxFiles) errors[where] ??= `这项材料最多上传 ${material.maxFiles} 个文件`
      let license: CaseMaterialRecord['license'] = null
      if (submission.licenseId !== null) {
        licenses ??= licensesOf(applicant, lookup)
        const found = licenses.find((l) => l.id === submission.licenseId)
        if (member) errors[where] ??= '为家人办理时不能使用本人的电子证照，请上传家人的材料'
        else if (!material.eLicenseType) errors[where] ??= `「${material.name}」不能用电子证照代替，请上传文件`
        else if (!found) errors[where] ??= '所选电子证照不存在，请重新选择'
        else if (found.type !== material.eLicenseType) errors[where] ??= `请选择「${material.eLicenseType}」电子证照`
        else license = { id: found.id, type: found.type, number: found.number }
      }
      const { files, missing: gone } = ownUploads((id) => ctx.store.uploads.get(id), fileIds, user.id)
      if (gone) errors[where] ??= '文件不存在或已失效，请重新上传'
      if (files.length > 0 || license) mergedMaterials.set(material.key, { key: material.key, name: material.name, files, license })
    }

    if (form.commitment && !input.commitmentAccepted) errors.commitmentAccepted = '请阅读并同意告知承诺书后再提交'
    const messages = Object.values(errors)
    if (messages.length > 0) throw new ApiError('VALIDATION_FAILED', messages.length === 1 ? messages[0] : '填写的内容有误，请检查后再提交', { fields: errors })

    const parts: NewBundlePart[] = form.parts.map((p) => {
      const item = lookup.item(p.itemId)
      if (!item) throw new Error(`bundle ${bundle.id}: part ${p.itemId} is not in the catalogue`)
      const own = form.partFields.find((x) => x.itemId === p.itemId)?.fields ?? []
      const values = split.parts.find((x) => x.itemId === p.itemId)?.fields ?? {}
      const fields: CaseFieldRecord[] = own
        .filter((f) => Object.prototype.hasOwnProperty.call(values, f.key))
        .map((f) => ({ key: f.key, label: f.label, kind: f.kind, value: values[f.key], display: display(f, values[f.key]) }))
      const materials: CaseMaterialRecord[] = form.materials
        .filter((m) => m.partItemIds.includes(p.itemId) && mergedMaterials.has(m.key))
        .map((m) => {
          const stored = mergedMaterials.get(m.key) as CaseMaterialRecord
          const source = m.sources.find((s) => s.itemId === p.itemId)
          return { ...stored, key: source?.key ?? m.key, files: stored.files.map((f) => ({ ...f })) }
        })
      const commitmentAccepted = !!form.commitment && input.commitmentAccepted && form.commitment.partItemIds.includes(p.itemId)
      return { item, required: p.required, fields, materials, commitmentAccepted }
    })

    const submittedAt = toIsoChina(now)
    const outcome = ctx.store.transaction(() => {
      const existing = ctx.store.idempotency.get(recordKey)
      if (existing) return { created: false as const, seen: existing }
      const stored = createBundleCase(ctx.store, {
        owner: { ...applicant, realName },
        bundleItem: bundle,
        industryLicenseName: guide.industryLicenseName,
        parts,
        applicantKind: input.applicantKind,
        fields: mergedFields,
        materials: [...mergedMaterials.values()],
        commitmentAccepted: !!form.commitment && input.commitmentAccepted,
        delivery,
        idempotencyKey: key,
        submittedAt,
        member: member ? { id: member.id, name: member.name, idNumber: member.idNumber } : null,
      })
      ctx.store.idempotency.put({ userId: user.id, key, itemId: bundle.id, caseNo: stored.caseNo, createdAt: submittedAt, requestHash })
      return { created: true as const, stored }
    })
    if (!outcome.created) return replay(outcome.seen)
    c.header('Location', `/api/v1/cases/${outcome.stored.caseNo}`)
    return c.json(toBundleCase(outcome.stored, partsOf(ctx.store, outcome.stored), day), 201)
  })

  return app
}
