/**
 * Pure rules of the 一件事 application: the steps, the draft (kept in the single applications'
 * draft store), the merged form as the form kit and the materials step read it, the delivery
 * choice as form fields checked by the shared rules, and the submission body. No Taro here.
 */
import type { FormField, FormSchema } from '@contract/application'
import type { BundleApplicationInput, BundleDelivery, BundleForm, BundleGuide } from '@contract/bundle'
import { splitServerErrors } from '@/components/form-fields/server-errors'
import { checkFields } from '@/domain/form-rules'
import type { ApplicationDraft, ApplyStep, FieldDraftValue } from '@/features/apply/draft-types'

/** The steps of a bundle application, in order; 告知承诺 only when a chosen part is under it. */
export type BundleStep = 'applicant' | 'parts' | 'details' | 'materials' | 'commitment' | 'delivery' | 'review'

export const BUNDLE_STEPS: readonly BundleStep[] = ['applicant', 'parts', 'details', 'materials', 'commitment', 'delivery', 'review']

export const BUNDLE_STEP_TITLES: Readonly<Record<BundleStep, string>> = {
  applicant: '为谁办理',
  parts: '选择事项',
  details: '填写信息',
  materials: '上传材料',
  commitment: '告知承诺',
  delivery: '领取方式',
  review: '确认提交',
}

/** The steps this application goes through (告知承诺 is left out when the form has none, or before the form is known). */
export function stepsFor(form: Pick<BundleForm, 'commitment'> | null): BundleStep[] {
  return BUNDLE_STEPS.filter((s) => s !== 'commitment' || (form !== null && form.commitment !== null))
}

/** What a bundle draft adds to an application draft. */
export interface BundleDraftPart {
  bundleId: string
  step: BundleStep
  /** itemIds of the optional parts the person keeps (required parts are always in). */
  optionalParts: string[]
  /** The delivery choice, as the values of DELIVERY fields. */
  delivery: Record<string, FieldDraftValue>
}

/**
 * A bundle application as saved on the phone. It is an application draft (same store, same limit,
 * per person) under the key `bundle:<id>`, so it survives closing the app the same way; what only
 * a bundle has rides along in `bundle`. `step` of the base is only the nearest single-form step.
 */
export type BundleDraft = Omit<ApplicationDraft, 'updatedAt'> & { bundle: BundleDraftPart }

/** The draft store key of a bundle: never the same as an item's (a bundle item has a plain form too). */
export function bundleDraftItemId(bundleId: string): string {
  return `bundle:${bundleId}`
}

export function isBundleDraft(draft: ApplicationDraft | null): draft is ApplicationDraft & { bundle: BundleDraftPart } {
  const extra = (draft as { bundle?: Partial<BundleDraftPart> } | null)?.bundle
  return Boolean(extra && typeof extra.bundleId === 'string' && Array.isArray(extra.optionalParts) && typeof extra.step === 'string')
}

const NEAREST_STEP: Record<BundleStep, ApplyStep> = {
  applicant: 'applicant',
  parts: 'applicant',
  details: 'details',
  materials: 'materials',
  commitment: 'review',
  delivery: 'review',
  review: 'review',
}

/** The draft with the bundle step moved, the base step following it. */
export function withStep(draft: BundleDraft, step: BundleStep): BundleDraft {
  return { ...draft, step: NEAREST_STEP[step], bundle: { ...draft.bundle, step } }
}

export function applicantKindsOf(guide: Pick<BundleGuide, 'audience'>): ('personal' | 'legal')[] {
  return guide.audience === 'both' ? ['personal', 'legal'] : [guide.audience]
}

/** A fresh draft: every optional part kept (most people came for the whole event), nothing typed. */
export function emptyBundleDraft(guide: BundleGuide, userId: string): BundleDraft {
  const kinds = applicantKindsOf(guide)
  return {
    userId,
    itemId: bundleDraftItemId(guide.id),
    itemName: guide.name,
    step: 'applicant',
    applicantKind: kinds.length === 1 ? kinds[0] : null,
    onBehalf: null,
    fields: {},
    regionPaths: {},
    materials: {},
    commitmentAccepted: false,
    idempotencyKey: null,
    bundle: { bundleId: guide.id, step: 'applicant', optionalParts: guide.parts.filter((p) => !p.required).map((p) => p.itemId), delivery: {} },
  }
}

/** A stored draft fitted to today's guide: parts no longer optional or gone are dropped. */
export function reconcileBundleDraft(stored: ApplicationDraft, guide: BundleGuide): BundleDraft | null {
  if (!isBundleDraft(stored) || stored.bundle.bundleId !== guide.id) return null
  const { updatedAt: _updatedAt, ...body } = stored
  const optional = new Set(guide.parts.filter((p) => !p.required).map((p) => p.itemId))
  const kinds = applicantKindsOf(guide)
  return {
    ...body,
    itemName: guide.name,
    applicantKind: body.applicantKind && kinds.includes(body.applicantKind) ? body.applicantKind : kinds.length === 1 ? kinds[0] : null,
    bundle: {
      ...body.bundle,
      step: BUNDLE_STEPS.includes(body.bundle.step) ? body.bundle.step : 'applicant',
      optionalParts: body.bundle.optionalParts.filter((id) => optional.has(id)),
      delivery: body.bundle.delivery ?? {},
    },
  }
}

// What the person typed for a part they then left out stays in the draft (taking the part back
// brings it back); only what the current merged form asks is checked, shown and sent.

/** 「用于：出生登记、新生儿参保登记」 for what serves more than one part, else ''. */
function usedFor(form: Pick<BundleForm, 'parts'>, itemIds: readonly string[]): string {
  const parts = [...new Set(itemIds)]
  if (parts.length < 2) return ''
  return `用于：${parts.map((id) => form.parts.find((p) => p.itemId === id)?.name ?? id).join('、')}`
}

/**
 * The merged form as the form kit reads it: a field that answers more than one part says which
 * (「用于：出生登记、新生儿参保登记」) in its hint, so the person knows why it is asked once.
 */
export function kitFields(form: BundleForm): FormField[] {
  return form.fields.map(({ sources, semantic: _semantic, ...field }) => {
    const note = usedFor(form, sources.map((x) => x.itemId))
    if (!note) return field as FormField
    return { ...field, hint: field.hint ? `${note}。${field.hint}` : note } as FormField
  })
}

/**
 * The merged form in the shape of a single item's schema, for the pieces of the single application
 * that are reused as they are (申请人 step, materials step and its checks, 联系电话 prefill).
 */
export function asFormSchema(form: BundleForm): FormSchema {
  return {
    itemId: form.bundleId,
    itemName: form.bundleName,
    applicantKinds: form.applicantKinds,
    fields: kitFields(form),
    materials: form.materials.map(({ partItemIds, ...m }) => ({ ...m, note: [usedFor(form, partItemIds), m.note].filter(Boolean).join('。') })),
    commitment: form.commitment ? { title: form.commitment.title, text: form.commitment.text } : null,
    uploads: form.uploads,
    promisedLimitDays: form.promisedLimitDays,
    fee: { charged: form.fees.some((f) => f.fee.charged), description: '', basis: null },
    familyFirst: form.familyFirst,
  }
}

// --- delivery ---------------------------------------------------------------------------------

export const DELIVERY_KEYS = { method: 'method', hall: 'hallId', recipient: 'recipient', phone: 'phone', address: 'address' } as const

/** 窗口领取 at one of the form's halls, or 邮寄 with recipient, phone and address: fields of the form kit. */
export function deliveryFields(form: Pick<BundleForm, 'halls'>): FormField[] {
  const whenMail = { field: DELIVERY_KEYS.method, values: ['mail'] }
  return [
    {
      key: DELIVERY_KEYS.method,
      kind: 'single',
      label: '领取方式',
      required: true,
      hint: '所有事项的结果一次送达',
      placeholder: null,
      options: [
        { value: 'window', label: '窗口领取' },
        { value: 'mail', label: '邮寄送达（免费）' },
      ],
    },
    {
      key: DELIVERY_KEYS.hall,
      kind: 'single',
      label: '领取地点',
      required: true,
      shownWhen: { field: DELIVERY_KEYS.method, values: ['window'] },
      hint: null,
      placeholder: null,
      options: form.halls.map((h) => ({ value: h.id, label: `${h.name}（${h.address}）` })),
    },
    { key: DELIVERY_KEYS.recipient, kind: 'text', label: '收件人', required: true, shownWhen: whenMail, hint: null, placeholder: '收件人姓名', minLength: 2, maxLength: 20 },
    { key: DELIVERY_KEYS.phone, kind: 'phone', label: '收件人手机号', required: true, shownWhen: whenMail, hint: null, placeholder: '11位手机号' },
    { key: DELIVERY_KEYS.address, kind: 'address', label: '邮寄地址', required: true, shownWhen: whenMail, hint: '请写到门牌号', placeholder: '省市区、街道、门牌号', minLength: 5, maxLength: 100 },
  ]
}

/** The delivery's errors by field key, and the delivery to send once there are none. */
export function checkDelivery(form: Pick<BundleForm, 'halls'>, values: Record<string, FieldDraftValue>, today: Date = new Date()): { errors: Record<string, string>; delivery: BundleDelivery | null } {
  const fields = deliveryFields(form)
  const known = Object.fromEntries(Object.entries(values).filter(([k]) => fields.some((f) => f.key === k)))
  const { values: clean, errors } = checkFields(fields, known, today)
  if (Object.keys(errors).length) return { errors, delivery: null }
  const delivery: BundleDelivery =
    clean[DELIVERY_KEYS.method] === 'mail'
      ? { method: 'mail', recipient: String(clean[DELIVERY_KEYS.recipient]), phone: String(clean[DELIVERY_KEYS.phone]), address: String(clean[DELIVERY_KEYS.address]) }
      : { method: 'window', hallId: String(clean[DELIVERY_KEYS.hall]) }
  return { errors, delivery }
}

/** In words, for the review step. */
export function deliveryText(form: Pick<BundleForm, 'halls'>, values: Record<string, FieldDraftValue>): string {
  if (values[DELIVERY_KEYS.method] === 'mail') {
    return `邮寄送达：${String(values[DELIVERY_KEYS.recipient] ?? '')}，${String(values[DELIVERY_KEYS.address] ?? '')}`
  }
  const hall = form.halls.find((h) => h.id === values[DELIVERY_KEYS.hall])
  return hall ? `窗口领取：${hall.name}` : '未选择'
}

// --- errors and the submission ---------------------------------------------------------------

/** Where each kind of mistake is shown. */
export interface BundleErrors {
  applicant: string | null
  parts: string | null
  fields: Record<string, string>
  materials: Record<string, string>
  commitment: string | null
  delivery: Record<string, string>
}

export const NO_BUNDLE_ERRORS: BundleErrors = { applicant: null, parts: null, fields: {}, materials: {}, commitment: null, delivery: {} }

/** The first step with something to correct, or null. */
export function firstBundleStepWithError(errors: BundleErrors): BundleStep | null {
  if (errors.applicant) return 'applicant'
  if (errors.parts) return 'parts'
  if (Object.keys(errors.fields).length) return 'details'
  if (Object.keys(errors.materials).length) return 'materials'
  if (errors.commitment) return 'commitment'
  if (Object.keys(errors.delivery).length) return 'delivery'
  return null
}

/**
 * A 422's messages on their places: `fields.<merged key>`, `materials.<key>`, `delivery.<name>`,
 * `commitmentAccepted`, `parts`, the applicant; anything else is said at the top of the form.
 */
export function bundleServerErrors(messages: Record<string, string>): { errors: BundleErrors; other: string[] } {
  const split = splitServerErrors(messages)
  const errors: BundleErrors = { ...NO_BUNDLE_ERRORS, fields: split.fields, materials: split.materials, delivery: {} }
  const other: string[] = []
  const deliveryKey: Record<string, string> = { hallId: DELIVERY_KEYS.hall, recipient: DELIVERY_KEYS.recipient, phone: DELIVERY_KEYS.phone, address: DELIVERY_KEYS.address, method: DELIVERY_KEYS.method }
  for (const [key, message] of Object.entries(split.others)) {
    if (key === 'commitmentAccepted') errors.commitment = message
    else if (key === 'parts' || key.startsWith('parts.')) errors.parts = message
    else if (key === 'applicantKind' || key === 'onBehalfOf' || key.startsWith('applicant')) errors.applicant = message
    else if (key === 'delivery') errors.delivery = { [DELIVERY_KEYS.method]: message }
    else if (key.startsWith('delivery.')) errors.delivery = { ...errors.delivery, [deliveryKey[key.slice('delivery.'.length)] ?? DELIVERY_KEYS.method]: message }
    else other.push(message)
  }
  return { errors, other }
}

/** itemIds of every chosen part, in the guide's order. */
export function chosenParts(guide: Pick<BundleGuide, 'parts'>, optionalParts: readonly string[]): string[] {
  return guide.parts.filter((p) => p.required || optionalParts.includes(p.itemId)).map((p) => p.itemId)
}

/** The body of `POST /bundle-applications`: fields normalised by the shared rules, each material once. */
export function toBundleInput(form: BundleForm, draft: BundleDraft, delivery: BundleDelivery, today: Date = new Date()): BundleApplicationInput {
  const fields = kitFields(form)
  const typed = Object.fromEntries(fields.filter((f) => f.key in draft.fields).map((f) => [f.key, draft.fields[f.key]]))
  const { values } = checkFields(fields, typed, today)
  return {
    bundleId: form.bundleId,
    parts: form.parts.map((p) => p.itemId),
    applicantKind: draft.applicantKind ?? form.applicantKinds[0],
    fields: values,
    materials: form.materials
      .map((m) => ({ key: m.key, d: draft.materials[m.key] }))
      .filter(({ d }) => d && (d.licenseId || d.files.length > 0))
      .map(({ key, d }) => ({ key, fileIds: d.licenseId ? [] : d.files.map((f) => f.fileId), licenseId: d.licenseId })),
    commitmentAccepted: form.commitment ? draft.commitmentAccepted : false,
    delivery,
    ...(draft.onBehalf && draft.applicantKind !== 'legal' ? { onBehalfOf: draft.onBehalf.id } : {}),
  }
}
