/**
 * Pure rules of the stepped application form: a fresh or restored draft, which step an error
 * belongs to, what a person sees on the review step, and the submission body. No Taro here.
 */
import type { ApplicationInput, FormField, FormSchema } from '@contract/application'
import { splitServerErrors } from '@/components/form-fields/server-errors'
import { checkFields } from '@/domain/form-rules'
import { displayFieldValue } from '@/domain/field-display'
import { APPLY_STEPS, type ApplicationDraft, type ApplyStep, type FieldDraftValue, type RegionPick } from './draft-types'

/** Where each kind of mistake is shown: under a field, under a material, on the applicant or review step. */
export interface FormErrors {
  fields: Record<string, string>
  materials: Record<string, string>
  applicant: string | null
  commitment: string | null
}

export const NO_ERRORS: FormErrors = { fields: {}, materials: {}, applicant: null, commitment: null }

export const STEP_TITLES: Readonly<Record<ApplyStep, string>> = {
  applicant: '申请人',
  details: '填写信息',
  materials: '上传材料',
  review: '确认提交',
}

export function stepIndex(step: ApplyStep): number {
  return APPLY_STEPS.indexOf(step)
}

/** A draft with nothing filled in yet; an item open to one kind of applicant starts with that kind. */
export function emptyDraft(schema: FormSchema, userId: string): Omit<ApplicationDraft, 'updatedAt'> {
  return {
    userId,
    itemId: schema.itemId,
    itemName: schema.itemName,
    step: 'applicant',
    applicantKind: schema.applicantKinds.length === 1 ? schema.applicantKinds[0] : null,
    fields: {},
    regionPaths: {},
    materials: {},
    commitmentAccepted: false,
    idempotencyKey: null,
  }
}

/**
 * A stored draft fitted to today's schema: the item's form may have changed since (a field or
 * material dropped, an applicant kind no longer allowed), and what no longer exists is not sent.
 */
export function reconcileDraft(draft: ApplicationDraft, schema: FormSchema): ApplicationDraft {
  const fieldKeys = new Set(schema.fields.map((f) => f.key))
  const materialKeys = new Set(schema.materials.map((m) => m.key))
  const keep = <T>(record: Record<string, T> | undefined, keys: Set<string>): Record<string, T> =>
    Object.fromEntries(Object.entries(record ?? {}).filter(([k]) => keys.has(k)))
  const kind = draft.applicantKind && schema.applicantKinds.includes(draft.applicantKind) ? draft.applicantKind : emptyDraft(schema, draft.userId).applicantKind
  return {
    ...draft,
    itemName: schema.itemName,
    step: APPLY_STEPS.includes(draft.step) ? draft.step : 'applicant',
    applicantKind: kind,
    fields: keep(draft.fields, fieldKeys),
    regionPaths: keep(draft.regionPaths, fieldKeys),
    materials: keep(draft.materials, materialKeys),
    commitmentAccepted: schema.commitment ? draft.commitmentAccepted === true : false,
  }
}

/** The field errors of the details step, by field key (empty when all is well). */
export function checkDetails(schema: FormSchema, fields: Record<string, FieldDraftValue>, today: Date = new Date()): Record<string, string> {
  return checkFields(schema.fields, onlySchemaFields(schema, fields), today).errors
}

function onlySchemaFields(schema: FormSchema, fields: Record<string, FieldDraftValue>): Record<string, FieldDraftValue> {
  return Object.fromEntries(schema.fields.filter((f) => f.key in fields).map((f) => [f.key, fields[f.key]]))
}

/**
 * Splits a 422's per-field messages (`fields.<key>`, `materials.<key>`, `commitmentAccepted`, …)
 * onto the place each is shown; anything else is said at the top of the form.
 */
export function serverErrors(messages: Record<string, string>): { errors: FormErrors; other: string[] } {
  const split = splitServerErrors(messages)
  const errors: FormErrors = { fields: split.fields, materials: split.materials, applicant: null, commitment: null }
  const other: string[] = []
  for (const [key, message] of Object.entries(split.others)) {
    if (key === 'commitmentAccepted') errors.commitment = message
    else if (key === 'applicantKind' || key === 'applicant' || key.startsWith('applicant.')) errors.applicant = message
    else other.push(message)
  }
  return { errors, other }
}

/** The first step that has something to correct, or null. */
export function firstStepWithError(errors: FormErrors): ApplyStep | null {
  if (errors.applicant) return 'applicant'
  if (Object.keys(errors.fields).length) return 'details'
  if (Object.keys(errors.materials).length) return 'materials'
  if (errors.commitment) return 'review'
  return null
}

/** The key of the first field (in the form's order) that has an error. */
export function firstFieldWithError(schema: FormSchema, fieldErrors: Record<string, string>): string | null {
  return schema.fields.find((f) => fieldErrors[f.key])?.key ?? null
}

/** The body of `POST /applications`: the fields as the shared rules normalise them. */
export function toApplicationInput(schema: FormSchema, draft: ApplicationDraft, today: Date = new Date()): ApplicationInput {
  const { values } = checkFields(schema.fields, onlySchemaFields(schema, draft.fields), today)
  return {
    itemId: schema.itemId,
    applicantKind: draft.applicantKind ?? schema.applicantKinds[0],
    fields: values,
    materials: schema.materials
      .map((m) => ({ material: m, draft: draft.materials[m.key] }))
      .filter(({ draft: d }) => d && (d.licenseId || d.files.length > 0))
      .map(({ material, draft: d }) => ({
        key: material.key,
        fileIds: d.licenseId ? [] : d.files.map((f) => f.fileId),
        licenseId: d.licenseId,
      })),
    commitmentAccepted: schema.commitment ? draft.commitmentAccepted : false,
    ...(draft.onBehalf && draft.applicantKind !== 'legal' ? { onBehalfOf: draft.onBehalf.id } : {}),
  }
}

/** The schema as a family member's application sees it: the account's e-licenses are the resident's own, so none can stand in. */
export function withoutOwnLicenses(schema: FormSchema): FormSchema {
  return { ...schema, materials: schema.materials.map((m) => ({ ...m, eLicenseType: null })) }
}

/** What the review step shows for a field as typed: 未填写 when empty, else as the server will show it. */
export function displayValue(field: FormField, value: FieldDraftValue | undefined, regionPath: RegionPick[] | undefined): string {
  const empty = value === undefined || (typeof value === 'string' && value.trim() === '') || (Array.isArray(value) && value.length === 0)
  if (empty) return '未填写'
  if (Array.isArray(value)) return displayFieldValue(field, value)
  const text = value.trim()
  // Typed the way people copy numbers (spaces, lower-case x); shown the way they will be stored.
  const normalised = field.kind === 'phone' ? text.replace(/\D/g, '') : field.kind === 'id-number' || field.kind === 'credit-code' ? text.replace(/\s/g, '').toUpperCase() : text
  return displayFieldValue(field, normalised, () => (regionPath && regionPath.length ? regionPath.map((r) => r.name).join(' / ') : null))
}
