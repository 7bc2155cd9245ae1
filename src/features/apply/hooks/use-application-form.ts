import Taro from '@tarojs/taro'
import { useCallback, useRef, useState } from 'react'
import type { FormSchema } from '@contract/application'
import type { User } from '@contract/user'
import { fieldAnchorId as kitFieldAnchorId } from '@/components/form-fields'
import { receiptUrl } from '@/constants/routes'
import { checkFieldAmong } from '@/domain/form-rules'
import { submitApplication } from '@/services/api/applications'
import { toApiError } from '@/services/http'
import { getDraft, useDraftsStore } from '@/stores/drafts-store'
import { navigate } from '@/utils/navigate'
import { scrollTo } from '@/utils/scroll-to'
import { isApplicantReady } from '../applicant'
import { APPLY_STEPS, type ApplicationDraft, type ApplyStep, type FieldDraftValue, type MaterialDraft, type RegionPick } from '../draft-types'
import {
  checkDetails,
  emptyDraft,
  firstFieldWithError,
  firstStepWithError,
  NO_ERRORS,
  reconcileDraft,
  serverErrors,
  stepIndex,
  toApplicationInput,
  type FormErrors,
} from '../form-state'
import { createIdempotencyKey, isIdempotencyKey } from '../idempotency-key'
import { checkMaterials } from '../materials'
import { submitFailure, type SubmitState } from '../submit-failure'

type DraftBody = Omit<ApplicationDraft, 'updatedAt'>


/** Where the ids of this form's field blocks start (see the kit's fieldAnchorId). */
export const FIELD_ID_PREFIX = 'apply-field'

/** The id of a field's block on the page, for scrolling to the first wrong one. */
export function fieldAnchorId(key: string): string {
  return kitFieldAnchorId(key, FIELD_ID_PREFIX)
}

function applicantMessage(user: User | null, kind: 'personal' | 'legal' | null): string {
  if (!kind) return '请选择以个人还是法人身份申请'
  if (kind === 'legal' && user?.realName) return '请先完成企业认证'
  return '请先完成实名认证'
}

/**
 * The state of one person's application for one item: the draft (saved on the phone at every
 * change), the errors shown under fields, the step, and a submission that happens once.
 */
export function useApplicationForm(schema: FormSchema, user: User) {
  const saveDraft = useDraftsStore((s) => s.saveDraft)
  const clearDraft = useDraftsStore((s) => s.clearDraft)

  // A draft left from before is offered, not applied: the person chooses 继续填写 or 重新填写.
  const [offer, setOffer] = useState<ApplicationDraft | null>(() => {
    const stored = getDraft(user.id, schema.itemId)
    return stored ? reconcileDraft(stored, schema) : null
  })
  const [draft, setDraftState] = useState<DraftBody>(() => emptyDraft(schema, user.id))
  const draftRef = useRef<DraftBody>(draft)
  const [errors, setErrorsState] = useState<FormErrors>(NO_ERRORS)
  const errorsRef = useRef<FormErrors>(NO_ERRORS)
  const [submitState, setSubmitState] = useState<SubmitState>({ status: 'idle' })
  const [materialsBusy, setMaterialsBusy] = useState(false)
  const inFlight = useRef(false)
  const finished = useRef(false)

  const setErrors = useCallback((next: FormErrors) => {
    errorsRef.current = next
    setErrorsState(next)
  }, [])

  /** Every change goes to the phone's storage at once (synchronously): no keystroke waits for a timer. */
  const commit = useCallback(
    (next: DraftBody) => {
      draftRef.current = next
      setDraftState(next)
      if (!finished.current) saveDraft(next)
    },
    [saveDraft],
  )
  const update = (change: (d: DraftBody) => DraftBody) => commit(change(draftRef.current))

  const continueDraft = () => {
    if (!offer) return
    const { updatedAt: _updatedAt, ...body } = offer
    draftRef.current = body
    setDraftState(body)
    setOffer(null)
  }

  const startOver = async () => {
    const { confirm } = await Taro.showModal({
      title: '重新填写',
      content: '上次填写的内容和已上传的材料将被清除，确定重新填写吗？',
      confirmText: '重新填写',
      cancelText: '取消',
    })
    if (!confirm) return
    clearDraft(user.id, schema.itemId)
    const fresh = emptyDraft(schema, user.id)
    draftRef.current = fresh
    setDraftState(fresh)
    setErrors(NO_ERRORS)
    setOffer(null)
  }

  const fieldOf = (key: string) => schema.fields.find((f) => f.key === key)

  const recheckField = (key: string, value: FieldDraftValue, always: boolean) => {
    const field = fieldOf(key)
    if (!field) return
    const current = errorsRef.current.fields
    // While typing, an error only goes away (once fixed); a new one appears when the person leaves the field.
    if (!always && !current[key]) return
    const values = { ...draftRef.current.fields, [key]: value }
    const result = checkFieldAmong(schema.fields, field, values)
    const fields = { ...current }
    if (result.ok) delete fields[key]
    else if (always) fields[key] = result.message
    // A field that depends on this one (邮寄地址 on 领取方式) loses a message that no longer holds.
    for (const other of schema.fields) {
      if (!fields[other.key] || (other.shownWhen?.field !== key && other.requiredWhen?.field !== key)) continue
      const check = checkFieldAmong(schema.fields, other, values)
      if (check.ok) delete fields[other.key]
      else fields[other.key] = check.message
    }
    setErrors({ ...errorsRef.current, fields })
  }

  /** A typed change (text inputs): saved at once, checked when the person leaves the field. */
  const setField = (key: string, value: FieldDraftValue) => {
    update((d) => ({ ...d, fields: { ...d.fields, [key]: value } }))
    recheckField(key, value, false)
  }

  /** A picked value (choices, dates): saved and checked at once, as there is no "leaving" a chip. */
  const pickField = (key: string, value: FieldDraftValue) => {
    update((d) => ({ ...d, fields: { ...d.fields, [key]: value } }))
    recheckField(key, value, true)
  }

  const leaveField = (key: string) => recheckField(key, draftRef.current.fields[key] ?? '', true)

  /** A region picked level by level: the code counts only once it reaches the field's level. */
  const setRegion = (key: string, path: RegionPick[], complete: boolean) => {
    const code = complete ? (path[path.length - 1]?.code ?? '') : ''
    update((d) => ({ ...d, fields: { ...d.fields, [key]: code }, regionPaths: { ...d.regionPaths, [key]: path } }))
    if (complete) recheckField(key, code, true)
  }

  const setApplicantKind = (kind: 'personal' | 'legal') => {
    update((d) => ({ ...d, applicantKind: kind }))
    setErrors({ ...errorsRef.current, applicant: null })
  }

  /**
   * 为谁办理: oneself (null) or a confirmed family member. The account's e-licenses are the resident's
   * own, so choosing a member drops any picked for the materials.
   */
  const setOnBehalf = (member: { id: string; label: string } | null) => {
    update((d) => ({
      ...d,
      onBehalf: member,
      materials: member
        ? Object.fromEntries(Object.entries(d.materials).map(([k, m]) => [k, m.licenseId ? { files: [], licenseId: null } : m]))
        : d.materials,
    }))
    setErrors({ ...errorsRef.current, applicant: null })
  }

  const setMaterial = (key: string, next: MaterialDraft) => {
    update((d) => ({ ...d, materials: { ...d.materials, [key]: next } }))
    if (errorsRef.current.materials[key]) {
      const materials = { ...errorsRef.current.materials }
      delete materials[key]
      setErrors({ ...errorsRef.current, materials })
    }
  }

  const setCommitment = (accepted: boolean) => {
    update((d) => ({ ...d, commitmentAccepted: accepted }))
    setErrors({ ...errorsRef.current, commitment: null })
  }

  const moveTo = (step: ApplyStep, focusField: string | null = null) => {
    if (draftRef.current.step !== step) update((d) => ({ ...d, step }))
    scrollTo(focusField ? `#${fieldAnchorId(focusField)}` : null)
  }

  /** The person moves between steps: a refusal they are now correcting stops being shouted at them. */
  const goTo = (step: ApplyStep) => {
    setSubmitState((s) => (s.status === 'failed' && !s.retry ? { status: 'idle' } : s))
    moveTo(step)
  }

  /** The mistakes of one step, as they would stop 下一步. */
  const stepErrors = (step: ApplyStep): Partial<FormErrors> => {
    const d = draftRef.current
    switch (step) {
      case 'applicant':
        return { applicant: isApplicantReady(user, d.applicantKind) ? null : applicantMessage(user, d.applicantKind) }
      case 'details':
        return { fields: checkDetails(schema, d.fields) }
      case 'materials':
        return { materials: checkMaterials(schema, d.materials) }
      case 'review':
        return { commitment: schema.commitment && !d.commitmentAccepted ? '请先阅读并勾选承诺内容' : null }
    }
  }

  /** 下一步: stays (with the errors under their fields) until the step is complete. */
  const next = () => {
    const step = draftRef.current.step
    if (step === 'materials' && materialsBusy) {
      void Taro.showToast({ title: '材料还在上传，请稍候', icon: 'none' })
      return
    }
    const own = stepErrors(step)
    const found = { ...errorsRef.current, ...own }
    setErrors(found)
    if (firstStepWithError({ ...NO_ERRORS, ...own }) === step) {
      if (step === 'details') scrollTo(`#${fieldAnchorId(firstFieldWithError(schema, found.fields) ?? '')}`)
      return
    }
    const following = APPLY_STEPS[stepIndex(step) + 1]
    if (following) goTo(following)
  }

  const back = () => {
    const previous = APPLY_STEPS[stepIndex(draftRef.current.step) - 1]
    if (previous) goTo(previous)
  }

  /** 提交申请 / 重新提交: one case however often it is tapped or retried. */
  const submit = async () => {
    if (inFlight.current) return
    const all: FormErrors = { ...NO_ERRORS }
    for (const step of APPLY_STEPS) Object.assign(all, stepErrors(step))
    const wrongStep = firstStepWithError(all)
    setErrors(all)
    if (wrongStep) {
      setSubmitState({ status: 'failed', message: '还有内容需要补充或修改，请按提示处理后再提交', retry: false })
      moveTo(wrongStep, wrongStep === 'details' ? firstFieldWithError(schema, all.fields) : null)
      return
    }

    inFlight.current = true
    // The key is born at the first attempt and kept in the draft, so a retry after a lost answer,
    // even after the app was closed in between, asks for the same case.
    const key = isIdempotencyKey(draftRef.current.idempotencyKey) ? draftRef.current.idempotencyKey : createIdempotencyKey()
    if (key !== draftRef.current.idempotencyKey) update((d) => ({ ...d, idempotencyKey: key }))
    setSubmitState({ status: 'submitting' })
    try {
      const created = await submitApplication(toApplicationInput(schema, { ...draftRef.current, updatedAt: '' }), key)
      finished.current = true
      clearDraft(user.id, schema.itemId)
      await navigate(receiptUrl(created.caseNo), { replace: true })
    } catch (e) {
      const error = toApiError(e)
      if (error.kind === 'validation') {
        // The server refused the content, so no case exists: a corrected retry is a new request.
        const { errors: found, other } = serverErrors(error.fields)
        update((d) => ({ ...d, idempotencyKey: null }))
        setErrors(found)
        const step = firstStepWithError(found)
        setSubmitState({ status: 'failed', message: [error.message, ...other].join('；'), retry: false })
        if (step) moveTo(step, step === 'details' ? firstFieldWithError(schema, found.fields) : null)
      } else {
        setSubmitState(submitFailure(error))
      }
    } finally {
      inFlight.current = false
      setSubmitState((s) => (s.status === 'submitting' ? { status: 'idle' } : s))
    }
  }

  return {
    offer,
    draft,
    errors,
    submitState,
    materialsBusy,
    continueDraft,
    startOver,
    setField,
    pickField,
    leaveField,
    setRegion,
    setApplicantKind,
    setOnBehalf,
    setMaterial,
    setMaterialsBusy,
    setCommitment,
    goTo,
    next,
    back,
    submit,
  }
}

export type ApplicationFormState = ReturnType<typeof useApplicationForm>
