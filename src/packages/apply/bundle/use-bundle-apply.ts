import Taro from '@tarojs/taro'
import { useCallback, useRef, useState } from 'react'
import type { BundleForm, BundleGuide } from '@contract/bundle'
import type { User } from '@contract/user'
import { fieldAnchorId as kitFieldAnchorId } from '@/components/form-fields'
import { bundleReceiptUrl } from '@/constants/routes'
import { checkFieldAmong, checkFields } from '@/domain/form-rules'
import { isApplicantReady } from '@/features/apply/applicant'
import type { FieldDraftValue, MaterialDraft, RegionPick } from '@/features/apply/draft-types'
import { withoutOwnLicenses } from '@/features/apply/form-state'
import { submitFailure, type SubmitState } from '@/features/apply/submit-failure'
import { createIdempotencyKey, isIdempotencyKey } from '@/features/apply/idempotency-key'
import { checkMaterials } from '@/features/apply/materials'
import { useRequest } from '@/hooks/use-request'
import { getBundleForm, submitBundleApplication } from '@/services/api/bundles'
import { toApiError } from '@/services/http'
import { getDraft, useDraftsStore } from '@/stores/drafts-store'
import { navigate } from '@/utils/navigate'
import { scrollTo } from '@/utils/scroll-to'
import {
  asFormSchema,
  bundleDraftItemId,
  bundleServerErrors,
  chosenParts,
  checkDelivery,
  deliveryFields,
  emptyBundleDraft,
  firstBundleStepWithError,
  kitFields,
  NO_BUNDLE_ERRORS,
  reconcileBundleDraft,
  stepsFor,
  toBundleInput,
  withStep,
  type BundleDraft,
  type BundleErrors,
  type BundleStep,
} from './apply-state'

/** Where the ids of the bundle form's field blocks start (scrolling to the first wrong one). */
export const BUNDLE_FIELD_ID_PREFIX = 'bundle-field'
export const DELIVERY_FIELD_ID_PREFIX = 'bundle-delivery'

/**
 * One person's application for one bundle: the draft (saved on the phone at every change, in the
 * single applications' draft store), errors under fields, the steps, and a submission that makes
 * one bundle case however often it is retried. `form` is the merged form of the chosen parts, or
 * null while it loads.
 */
export function useBundleApply(guide: BundleGuide, user: User) {
  const saveDraft = useDraftsStore((s) => s.saveDraft)
  const clearDraft = useDraftsStore((s) => s.clearDraft)
  const draftItemId = bundleDraftItemId(guide.id)

  const [offer, setOffer] = useState<(BundleDraft & { updatedAt: string }) | null>(() => {
    const stored = getDraft(user.id, draftItemId)
    const fitted = stored ? reconcileBundleDraft(stored, guide) : null
    return stored && fitted ? { ...fitted, updatedAt: stored.updatedAt } : null
  })
  const [draft, setDraftState] = useState<BundleDraft>(() => emptyBundleDraft(guide, user.id))
  const draftRef = useRef(draft)
  const [errors, setErrorsState] = useState<BundleErrors>(NO_BUNDLE_ERRORS)
  const errorsRef = useRef<BundleErrors>(NO_BUNDLE_ERRORS)
  const [submitState, setSubmitState] = useState<SubmitState>({ status: 'idle' })
  const [materialsBusy, setMaterialsBusy] = useState(false)
  const inFlight = useRef(false)
  const finished = useRef(false)

  // The merged form depends on the parts chosen; each choice asks for its own. An answer for an
  // earlier choice (kept while the next one loads) is not this choice's form.
  const chosen = chosenParts(guide, draft.bundle.optionalParts)
  const formState = useRequest(() => getBundleForm(guide.id, draftRef.current.bundle.optionalParts), [guide.id, chosen.join(',')], { enabled: offer === null })
  const loaded = formState.data
  const form: BundleForm | null = loaded && sameParts(loaded, chosen) ? loaded : null
  const formRef = useRef(form)
  formRef.current = form

  const setErrors = useCallback((next: BundleErrors) => {
    errorsRef.current = next
    setErrorsState(next)
  }, [])

  const commit = useCallback(
    (next: BundleDraft) => {
      draftRef.current = next
      setDraftState(next)
      if (!finished.current) saveDraft(next)
    },
    [saveDraft],
  )
  const update = (change: (d: BundleDraft) => BundleDraft) => commit(change(draftRef.current))

  /** Replaces the draft without saving (what was stored is what is shown). */
  const replaceDraft = useCallback((next: BundleDraft) => {
    draftRef.current = next
    setDraftState(next)
  }, [])

  const continueDraft = () => {
    if (!offer) return
    const { updatedAt: _updatedAt, ...body } = offer
    replaceDraft(body)
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
    clearDraft(user.id, draftItemId)
    replaceDraft(emptyBundleDraft(guide, user.id))
    setErrors(NO_BUNDLE_ERRORS)
    setOffer(null)
  }

  // --- fields of the merged form and of the delivery, checked by the shared rules ---------------

  const recheck = (group: 'fields' | 'delivery', key: string, value: FieldDraftValue, always: boolean) => {
    const f = formRef.current
    if (!f) return
    const fields = group === 'fields' ? kitFields(f) : deliveryFields(f)
    const field = fields.find((x) => x.key === key)
    if (!field) return
    const current = errorsRef.current[group]
    if (!always && !current[key]) return
    const values = { ...(group === 'fields' ? draftRef.current.fields : draftRef.current.bundle.delivery), [key]: value }
    const result = checkFieldAmong(fields, field, values)
    const next = { ...current }
    if (result.ok) delete next[key]
    else if (always) next[key] = result.message
    for (const other of fields) {
      if (!next[other.key] || (other.shownWhen?.field !== key && other.requiredWhen?.field !== key)) continue
      const check = checkFieldAmong(fields, other, values)
      if (check.ok) delete next[other.key]
      else next[other.key] = check.message
    }
    setErrors({ ...errorsRef.current, [group]: next })
  }

  const setField = (key: string, value: FieldDraftValue) => {
    update((d) => ({ ...d, fields: { ...d.fields, [key]: value } }))
    recheck('fields', key, value, false)
  }
  const pickField = (key: string, value: FieldDraftValue) => {
    update((d) => ({ ...d, fields: { ...d.fields, [key]: value } }))
    recheck('fields', key, value, true)
  }
  const leaveField = (key: string) => recheck('fields', key, draftRef.current.fields[key] ?? '', true)
  const setRegion = (key: string, path: RegionPick[], complete: boolean) => {
    const code = complete ? (path[path.length - 1]?.code ?? '') : ''
    update((d) => ({ ...d, fields: { ...d.fields, [key]: code }, regionPaths: { ...d.regionPaths, [key]: path } }))
    if (complete) recheck('fields', key, code, true)
  }

  const setDelivery = (key: string, value: FieldDraftValue) => {
    update((d) => ({ ...d, bundle: { ...d.bundle, delivery: { ...d.bundle.delivery, [key]: value } } }))
    recheck('delivery', key, value, false)
  }
  const pickDelivery = (key: string, value: FieldDraftValue) => {
    update((d) => ({ ...d, bundle: { ...d.bundle, delivery: { ...d.bundle.delivery, [key]: value } } }))
    recheck('delivery', key, value, true)
  }
  const leaveDelivery = (key: string) => recheck('delivery', key, draftRef.current.bundle.delivery[key] ?? '', true)

  // --- applicant, parts, materials, commitment ---------------------------------------------------

  const setApplicantKind = (kind: 'personal' | 'legal') => {
    update((d) => ({ ...d, applicantKind: kind }))
    setErrors({ ...errorsRef.current, applicant: null })
  }

  /** 为谁办理: as on single applications, choosing a member drops the account's own e-licenses. */
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

  const togglePart = (itemId: string) => {
    const part = guide.parts.find((p) => p.itemId === itemId)
    if (!part || part.required) return
    update((d) => {
      const on = d.bundle.optionalParts.includes(itemId)
      const optionalParts = guide.parts.filter((p) => !p.required && (p.itemId === itemId ? !on : d.bundle.optionalParts.includes(p.itemId))).map((p) => p.itemId)
      // Other parts mean another form: a retry of an earlier attempt would not be the same request,
      // and 告知承诺 may now cover other parts, so consent is asked again for what is shown.
      return { ...d, idempotencyKey: null, commitmentAccepted: false, bundle: { ...d.bundle, optionalParts } }
    })
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

  // --- steps ---------------------------------------------------------------------------------------

  const steps = stepsFor(form)

  const moveTo = (step: BundleStep, anchor: string | null = null) => {
    if (draftRef.current.bundle.step !== step) update((d) => withStep(d, step))
    scrollTo(anchor ? `#${anchor}` : null)
  }

  const goTo = (step: BundleStep) => {
    setSubmitState((s) => (s.status === 'failed' && !s.retry ? { status: 'idle' } : s))
    moveTo(step)
  }

  const stepErrors = (step: BundleStep): Partial<BundleErrors> => {
    const d = draftRef.current
    const f = formRef.current
    switch (step) {
      case 'applicant': {
        if (!d.applicantKind) return { applicant: '请选择以个人还是法人身份申请' }
        const ready = isApplicantReady(user, d.applicantKind)
        return { applicant: ready ? null : d.applicantKind === 'legal' && user.realName ? '请先完成企业认证' : '请先完成实名认证' }
      }
      case 'parts':
        return { parts: null }
      case 'details': {
        if (!f) return {}
        const fields = kitFields(f)
        const typed = Object.fromEntries(fields.filter((x) => x.key in d.fields).map((x) => [x.key, d.fields[x.key]]))
        return { fields: checkFields(fields, typed).errors }
      }
      case 'materials':
        return { materials: f ? checkMaterials(schemaForMaterials(f, d), d.materials) : {} }
      case 'commitment':
        return { commitment: f?.commitment && !d.commitmentAccepted ? '请先阅读并勾选承诺内容' : null }
      case 'delivery':
        return { delivery: f ? checkDelivery(f, d.bundle.delivery).errors : {} }
      case 'review':
        return {}
    }
  }

  const anchorOf = (step: BundleStep, found: BundleErrors): string | null => {
    const f = formRef.current
    if (!f) return null
    if (step === 'details') {
      const key = kitFields(f).find((x) => found.fields[x.key])?.key
      return key ? kitFieldAnchorId(key, BUNDLE_FIELD_ID_PREFIX) : null
    }
    if (step === 'delivery') {
      const key = deliveryFields(f).find((x) => found.delivery[x.key])?.key
      return key ? kitFieldAnchorId(key, DELIVERY_FIELD_ID_PREFIX) : null
    }
    return null
  }

  const next = () => {
    const step = draftRef.current.bundle.step
    if (step === 'materials' && materialsBusy) {
      void Taro.showToast({ title: '材料还在上传，请稍候', icon: 'none' })
      return
    }
    if (step !== 'applicant' && step !== 'parts' && !formRef.current) {
      void Taro.showToast({ title: '申报表还在加载，请稍候', icon: 'none' })
      return
    }
    const own = stepErrors(step)
    const found = { ...errorsRef.current, ...own }
    setErrors(found)
    if (firstBundleStepWithError({ ...NO_BUNDLE_ERRORS, ...own }) === step) {
      scrollTo(anchorOf(step, found) ? `#${anchorOf(step, found)}` : null)
      return
    }
    const following = steps[steps.indexOf(step) + 1]
    if (following) goTo(following)
  }

  const back = () => {
    const previous = steps[steps.indexOf(draftRef.current.bundle.step) - 1]
    if (previous) goTo(previous)
  }

  /** 提交申请 / 重新提交: one bundle case however often it is tapped or retried. */
  const submit = async () => {
    const f = formRef.current
    if (inFlight.current || !f) return
    const all: BundleErrors = { ...NO_BUNDLE_ERRORS }
    for (const step of steps) Object.assign(all, stepErrors(step))
    const wrongStep = firstBundleStepWithError(all)
    setErrors(all)
    const { delivery } = checkDelivery(f, draftRef.current.bundle.delivery)
    if (wrongStep || !delivery) {
      setSubmitState({ status: 'failed', message: '还有内容需要补充或修改，请按提示处理后再提交', retry: false })
      if (wrongStep) moveTo(wrongStep, anchorOf(wrongStep, all))
      return
    }

    inFlight.current = true
    // Born at the first attempt and kept in the draft: a retry after a lost answer, even after the
    // app was closed in between, asks for the same bundle case.
    const key = isIdempotencyKey(draftRef.current.idempotencyKey) ? draftRef.current.idempotencyKey : createIdempotencyKey()
    if (key !== draftRef.current.idempotencyKey) update((d) => ({ ...d, idempotencyKey: key }))
    setSubmitState({ status: 'submitting' })
    try {
      const created = await submitBundleApplication(toBundleInput(f, draftRef.current, delivery), key)
      finished.current = true
      clearDraft(user.id, draftItemId)
      await navigate(bundleReceiptUrl(created.caseNo), { replace: true })
    } catch (e) {
      const error = toApiError(e)
      if (error.kind === 'validation') {
        // Refused content made no case: a corrected retry is a new request. What was typed stays.
        const { errors: found, other } = bundleServerErrors(error.fields)
        update((d) => ({ ...d, idempotencyKey: null }))
        setErrors(found)
        const step = firstBundleStepWithError(found)
        setSubmitState({ status: 'failed', message: [error.message, ...other].join('；'), retry: false })
        if (step) moveTo(step, anchorOf(step, found))
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
    form,
    formState,
    errors,
    submitState,
    materialsBusy,
    steps,
    continueDraft,
    startOver,
    setField,
    pickField,
    leaveField,
    setRegion,
    setDelivery,
    pickDelivery,
    leaveDelivery,
    setApplicantKind,
    setOnBehalf,
    togglePart,
    setMaterial,
    setMaterialsBusy,
    setCommitment,
    goTo,
    next,
    back,
    submit,
  }
}

function sameParts(form: BundleForm, chosen: readonly string[]): boolean {
  return form.parts.length === chosen.length && form.parts.every((p) => chosen.includes(p.itemId))
}

/** The materials as the reused materials step shows them: a family member's application cannot use the account's e-licenses. */
export function schemaForMaterials(form: BundleForm, draft: Pick<BundleDraft, 'onBehalf'>) {
  const schema = asFormSchema(form)
  return draft.onBehalf ? withoutOwnLicenses(schema) : schema
}

export type BundleApplyState = ReturnType<typeof useBundleApply>
