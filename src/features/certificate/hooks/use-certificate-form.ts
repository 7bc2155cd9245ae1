import Taro from '@tarojs/taro'
import { useRef, useState } from 'react'
import type { FieldValue, RegionField, TextField, UploadedFile } from '@contract/application'
import type { CertificateRequest, CertificateRequestInput, CertificateType } from '@contract/certificate'
import type { ChosenMember } from '@/components/family-chooser'
import { draftOf, serverFieldErrors, type FieldDraftValue, type RegionPick } from '@/components/form-fields'
import { certificateRequestsUrl } from '@/constants/routes'
import { missingMaterialMessage } from '@/domain/certificate-materials'
import { checkField } from '@/domain/form-rules'
import { findRemovedCertificate, removedCertificateMessage } from '@/domain/removed-certificates'
import { CERTIFICATE_PURPOSE_CHARS } from '@/domain/text'
import { resubmitCertificateRequest, submitCertificateRequest } from '@/services/api/certificates'
import { toApiError } from '@/services/http'
import { certificateDraftKey, clearCertificateDraft, loadCertificateDraft, saveCertificateDraft } from '@/stores/certificate-drafts'
import { useSessionStore } from '@/stores/session-store'
import { createIdempotencyKey } from '@/utils/idempotency-key'
import { navigate } from '@/utils/navigate'

/** Where the ids of this form's blocks start: `cert-field-<key>`. */
export const FIELD_ID_PREFIX = 'cert-field'

/** 用途 as a text field of the form, so it is drawn and checked like the type's own fields. */
export const PURPOSE_FIELD: TextField = {
  kind: 'text',
  key: 'purpose',
  label: '用途',
  required: true,
  hint: '写明证明交给哪里、做什么用，会写进证明里。',
  placeholder: '如 子女入学、办理低保',
  minLength: CERTIFICATE_PURPOSE_CHARS.min,
  maxLength: CERTIFICATE_PURPOSE_CHARS.max,
}

/** The village whose committee is asked, as a region field picked down to 村（社区）. */
export const VILLAGE_FIELD: RegionField = {
  kind: 'region',
  key: 'villageCode',
  label: '向哪个村(居)委会申请',
  required: true,
  hint: null,
  placeholder: null,
  level: 'village',
}

/** What the person has filled in so far; kept whatever goes wrong, so nothing typed is lost. */
export interface CertificateDraft {
  typeId: string
  village: RegionPick[]
  villageCode: string
  /** The village of a returned request, as the server named it (before any new pick). */
  villageLabel: string
  purpose: string
  fields: Record<string, FieldDraftValue>
  /** The names along a region field's pick, should a type ask for a region. */
  regionPaths: Record<string, RegionPick[]>
  materials: Record<string, UploadedFile[]>
  /** 为谁办理 (为家人办): the confirmed family member the certificate is for, or null for oneself. */
  onBehalf: ChosenMember | null
}

/** Where each mistake is shown: under the type list, the village, 用途, a field or a material. */
export interface CertificateFormErrors {
  typeId: string | null
  villageCode: string | null
  purpose: string | null
  fields: Record<string, string>
  materials: Record<string, string>
}

export const NO_ERRORS: CertificateFormErrors = { typeId: null, villageCode: null, purpose: null, fields: {}, materials: {} }

const EMPTY: CertificateDraft = { typeId: '', village: [], villageCode: '', villageLabel: '', purpose: '', fields: {}, regionPaths: {}, materials: {}, onBehalf: null }

/** The draft of a returned request, to correct it (修改后重新提交). */
function draftFrom(request: CertificateRequest): CertificateDraft {
  const fields: Record<string, FieldDraftValue> = {}
  for (const field of request.fields) fields[field.key] = draftOf(field.value)
  const materials: Record<string, UploadedFile[]> = {}
  for (const material of request.materials) materials[material.key] = material.files
  return {
    typeId: request.type.id,
    village: [],
    villageCode: request.village.code,
    villageLabel: request.village.path || request.village.name,
    purpose: request.purpose,
    fields,
    regionPaths: {},
    materials,
    // Who it is for cannot change on a resubmit; the server keeps it, the form only shows it.
    onBehalf: null,
  }
}

const isEmpty = (value: FieldDraftValue | undefined) => value === undefined || (Array.isArray(value) ? value.length === 0 : value.trim() === '')

function countErrors(errors: CertificateFormErrors): number {
  return [errors.typeId, errors.villageCode, errors.purpose].filter(Boolean).length + Object.keys(errors.fields).length + Object.keys(errors.materials).length
}

/**
 * Whether a screened text (证明事项, 用途 of 其他依法出具的证明) asks for one of the 20 certificates
 * removed in 2020: the same rule and words as the server's refusal, said before anything is sent.
 */
export function removedProblem(type: CertificateType | undefined, key: string, value: FieldDraftValue | undefined): string | null {
  if (!type || !type.removedScreen.includes(key) || typeof value !== 'string') return null
  const removed = findRemovedCertificate(value)
  return removed ? removedCertificateMessage(removed) : null
}

/** Every mistake of the draft for this type, as submit would name them. */
function checkDraft(type: CertificateType, draft: CertificateDraft): CertificateFormErrors {
  const found: CertificateFormErrors = { ...NO_ERRORS, fields: {}, materials: {} }
  const village = checkField(VILLAGE_FIELD, draft.villageCode)
  if (!village.ok) found.villageCode = village.message
  const purpose = checkField(PURPOSE_FIELD, draft.purpose)
  if (!purpose.ok) found.purpose = purpose.message
  else found.purpose = removedProblem(type, 'purpose', draft.purpose)
  for (const field of type.fields) {
    const result = checkField(field, draft.fields[field.key])
    if (!result.ok) found.fields[field.key] = result.message
    else {
      const removed = removedProblem(type, field.key, draft.fields[field.key])
      if (removed) found.fields[field.key] = removed
    }
  }
  for (const material of type.materials) {
    const count = draft.materials[material.key]?.length ?? 0
    // The server's rule (src/domain/certificate-materials.ts): the lease is needed for 租住 / 借住.
    const missing = count === 0 ? missingMaterialMessage(material, type.materialConditions, type.fields, draft.fields) : null
    if (missing) found.materials[material.key] = missing
    else if (count > material.maxFiles) found.materials[material.key] = `「${material.name}」最多 ${material.maxFiles} 张`
  }
  return found
}

/** The draft to start from: one saved on the phone (for a returned request, only if saved after it came back), else the request's or an empty one. */
function initialDraft(key: string | null, returned: CertificateRequest | null): CertificateDraft {
  const saved = key ? loadCertificateDraft<CertificateDraft>(key) : null
  if (saved && (!returned || saved.savedAt > returned.updatedAt)) return { ...EMPTY, ...saved.draft }
  return returned ? draftFrom(returned) : EMPTY
}

/** The body of the request: every value as the shared field rules normalise it. */
function toInput(type: CertificateType, draft: CertificateDraft): CertificateRequestInput {
  const fields: Record<string, FieldValue> = {}
  for (const field of type.fields) {
    const result = checkField(field, draft.fields[field.key])
    if (result.ok && result.value !== null) fields[field.key] = result.value
  }
  return {
    typeId: type.id,
    villageCode: draft.villageCode,
    purpose: draft.purpose.trim(),
    fields,
    materials: type.materials
      .map((m) => ({ key: m.key, fileIds: (draft.materials[m.key] ?? []).map((f) => f.fileId) }))
      .filter((m) => m.fileIds.length > 0),
    // Only when set: a request for oneself is sent as it always was.
    ...(draft.onBehalf ? { onBehalfOf: draft.onBehalf.id } : {}),
  }
}

/**
 * The state of one 村(居)证明 request: the draft, the messages under fields, and the submission
 * (a new request, or the correction of the `returned` one). Checks with the shared field rules: a
 * filled field as the person leaves or picks it, an empty one only at submit, so nobody is told
 * off on their way through the form.
 */
export function useCertificateForm(types: readonly CertificateType[], returned: CertificateRequest | null) {
  const userId = useSessionStore((s) => s.user?.id ?? null)
  // Kept on the phone as the person types, per person and request: closing the app loses nothing.
  const draftKey = userId ? certificateDraftKey(userId, returned?.id ?? null) : null
  const [draft, setDraftState] = useState<CertificateDraft>(() => initialDraft(draftKey, returned))
  const draftRef = useRef(draft)
  const [errors, setErrorsState] = useState<CertificateFormErrors>(NO_ERRORS)
  const errorsRef = useRef(errors)
  const [formError, setFormError] = useState('')
  const [busy, setBusy] = useState(false)
  const inFlight = useRef(false)
  // Born at the first attempt and kept until one succeeds: a retry after a lost answer asks for the
  // same request, never a second one (the server keeps the key per person).
  const submitKey = useRef<string | null>(null)
  const uploading = useRef(new Set<string>())

  const type = types.find((t) => t.id === draft.typeId)

  const update = (change: (d: CertificateDraft) => CertificateDraft) => {
    draftRef.current = change(draftRef.current)
    setDraftState(draftRef.current)
    if (draftKey) saveCertificateDraft(draftKey, draftRef.current)
  }
  const setErrors = (next: CertificateFormErrors) => {
    errorsRef.current = next
    setErrorsState(next)
  }
  const setFieldError = (key: string, message: string | null) => {
    const current = errorsRef.current.fields
    if ((current[key] ?? null) === message) return
    const fields = { ...current }
    if (message) fields[key] = message
    else delete fields[key]
    setErrors({ ...errorsRef.current, fields })
  }
  const setOwnError = (key: 'typeId' | 'villageCode' | 'purpose', message: string | null) => {
    if (errorsRef.current[key] !== message) setErrors({ ...errorsRef.current, [key]: message })
  }

  const fieldOf = (key: string) => type?.fields.find((f) => f.key === key)

  /** 为谁办理: oneself (null) or a confirmed family member; kept in the draft like every other answer. */
  const setOnBehalf = (member: ChosenMember | null) => {
    if ((draftRef.current.onBehalf?.id ?? null) === (member?.id ?? null)) return
    update((d) => ({ ...d, onBehalf: member }))
  }

  const chooseType = (next: CertificateType) => {
    update((d) => ({ ...d, typeId: next.id }))
    setOwnError('typeId', null)
  }

  /** A typed change: kept at once; a message already shown goes away once the value is right. */
  const setField = (key: string, value: FieldDraftValue) => {
    update((d) => ({ ...d, fields: { ...d.fields, [key]: value } }))
    const field = fieldOf(key)
    if (field && errorsRef.current.fields[key] && checkField(field, value).ok) setFieldError(key, null)
  }

  /** Leaving a field (or picking a choice or a date): a filled field is checked now. */
  const checkNow = (key: string, value: FieldDraftValue | undefined) => {
    const field = fieldOf(key)
    if (!field) return
    // An empty field complains at submit, not while the person is still on their way through the form.
    if (isEmpty(value) && !errorsRef.current.fields[key]) return
    const result = checkField(field, value)
    setFieldError(key, result.ok ? removedProblem(type, key, value) : result.message)
  }

  const pickField = (key: string, value: FieldDraftValue) => {
    update((d) => ({ ...d, fields: { ...d.fields, [key]: value } }))
    checkNow(key, value)
  }

  const leaveField = (key: string) => checkNow(key, draftRef.current.fields[key])

  /** A region field picked level by level: its code counts once the pick reaches the field's level. */
  const setRegion = (key: string, path: RegionPick[], complete: boolean) => {
    const code = complete ? (path[path.length - 1]?.code ?? '') : ''
    update((d) => ({ ...d, fields: { ...d.fields, [key]: code }, regionPaths: { ...d.regionPaths, [key]: path } }))
    if (complete) checkNow(key, code)
  }

  const setPurpose = (value: FieldDraftValue) => {
    const text = typeof value === 'string' ? value : ''
    update((d) => ({ ...d, purpose: text }))
    if (errorsRef.current.purpose && checkField(PURPOSE_FIELD, text).ok) setOwnError('purpose', null)
  }

  const leavePurpose = () => {
    const text = draftRef.current.purpose
    if (isEmpty(text) && !errorsRef.current.purpose) return
    const result = checkField(PURPOSE_FIELD, text)
    setOwnError('purpose', result.ok ? removedProblem(type, 'purpose', text) : result.message)
  }

  /** The village picked level by level: it counts once the pick reaches a village. */
  const setVillage = (path: RegionPick[], complete: boolean) => {
    update((d) => ({ ...d, village: path, villageCode: complete ? (path[path.length - 1]?.code ?? '') : '', villageLabel: '' }))
    if (complete) setOwnError('villageCode', null)
  }

  const setMaterial = (key: string, files: UploadedFile[]) => {
    update((d) => ({ ...d, materials: { ...d.materials, [key]: files } }))
    if (files.length > 0 && errorsRef.current.materials[key]) {
      const materials = { ...errorsRef.current.materials }
      delete materials[key]
      setErrors({ ...errorsRef.current, materials })
    }
  }

  /** Whether a material's photos are still on their way up (submit waits for them). */
  const setMaterialBusy = (key: string, isBusy: boolean) => {
    if (isBusy) uploading.current.add(key)
    else uploading.current.delete(key)
  }

  /** 提交申请 / 重新提交: checked here first, then sent once however often it is tapped. */
  const submit = async () => {
    if (inFlight.current) return
    setFormError('')
    if (!type) {
      setErrors({ ...NO_ERRORS, typeId: '请先选择要开的证明' })
      setFormError('请先选择要开的证明')
      return
    }
    if (uploading.current.size > 0) {
      setFormError('照片还在上传，请等上传完成后再提交')
      return
    }
    const found = checkDraft(type, draftRef.current)
    setErrors(found)
    const count = countErrors(found)
    if (count > 0) {
      setFormError(`还有 ${count} 处需要修改，请看标红的说明`)
      return
    }
    inFlight.current = true
    setBusy(true)
    try {
      const input = toInput(type, draftRef.current)
      if (returned) await resubmitCertificateRequest(returned.id, input)
      else {
        submitKey.current ??= createIdempotencyKey()
        await submitCertificateRequest(input, submitKey.current)
      }
      submitKey.current = null
      if (draftKey) clearCertificateDraft(draftKey)
      void Taro.showToast({ title: returned ? '已重新提交' : '已提交，请等待审核', icon: 'success' })
      await navigate(certificateRequestsUrl(), { replace: true })
    } catch (e) {
      const error = toApiError(e)
      // The server refused the content, so nothing was created: a corrected retry is a new request.
      if (error.kind === 'validation') submitKey.current = null
      const split = serverFieldErrors(error)
      // onBehalfOf (a member who revoked meanwhile) has no field of its own: it joins the form's message.
      const { typeId = null, villageCode = null, purpose = null, ...rest } = split.others
      setErrors({ typeId, villageCode, purpose, fields: split.fields, materials: split.materials })
      // What has no place of its own on the form is said with the form's message.
      setFormError([error.message, ...Object.values(rest)].join('；'))
    } finally {
      inFlight.current = false
      setBusy(false)
    }
  }

  return {
    draft,
    type,
    errors,
    formError,
    busy,
    chooseType,
    setOnBehalf,
    setField,
    pickField,
    leaveField,
    setRegion,
    setPurpose,
    leavePurpose,
    setVillage,
    setMaterial,
    setMaterialBusy,
    submit,
  }
}

export type CertificateFormState = ReturnType<typeof useCertificateForm>
