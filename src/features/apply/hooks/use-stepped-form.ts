import Taro from '@tarojs/taro'
import { useCallback, useRef, useState } from 'react'
import type { FormField } from '@contract/application'
import type { User } from '@contract/user'
import { fieldAnchorId } from '@/components/form-fields'
import { toApiError } from '@/services/http'
import { getDraft, useDraftsStore } from '@/stores/drafts-store'
import { navigate } from '@/utils/navigate'
import { scrollTo } from '@/utils/scroll-to'
import type { ApplicationDraft, FieldDraftValue, MaterialDraft, RegionPick } from '../draft-types'
import { createIdempotencyKey, isIdempotencyKey } from '../idempotency-key'
import { submitFailure, type SubmitState } from '../submit-failure'
import { recheckedErrors, withoutLicensePicks } from './stepped-form-rules'

/** What every stepped form's draft is: an application draft as the draft store keeps it, less its time stamp. */
export type SteppedDraft = Omit<ApplicationDraft, 'updatedAt'>

/** The places of mistakes that every stepped form has (a kind may add its own). */
export interface SteppedErrors {
  applicant: string | null
  fields: Record<string, string>
  materials: Record<string, string>
  commitment: string | null
}

/** A group of fields typed, picked and checked alike: the form's own, or a bundle's delivery. */
export interface FieldGroup<D, E> {
  /** The group's fields, or null while the form that has them is not known. */
  fields: () => readonly FormField[] | null
  values: (draft: D) => Record<string, FieldDraftValue>
  withValue: (draft: D, key: string, value: FieldDraftValue) => D
  errors: (errors: E) => Record<string, string>
  withErrors: (errors: E, group: Record<string, string>) => E
}

/** Sends the application with the kept Idempotency-Key; the case it made (or had made). */
export type SendApplication<D> = (draft: D, idempotencyKey: string) => Promise<{ caseNo: string }>

/** What makes one stepped form differ from another: its draft, steps, checks and submission. */
export interface SteppedFormKind<D extends SteppedDraft, E extends SteppedErrors, S extends string> {
  user: User
  /** The draft store's key of this form (the item's id, or bundle:<id>). */
  draftItemId: string
  emptyDraft: () => D
  /** A stored draft fitted to today's form, or null when it is not a draft of this form. */
  restore: (stored: ApplicationDraft) => (D & { updatedAt: string }) | null
  noErrors: E
  /** The steps, in order (read when needed: a kind's steps may follow its loaded form). */
  steps: () => readonly S[]
  stepOf: (draft: D) => S
  withStep: (draft: D, step: S) => D
  /** The form's own fields (the details step), or null while not known. */
  fields: () => readonly FormField[] | null
  /** The mistakes of one step, as they would stop 下一步. */
  stepErrors: (step: S, draft: D) => Partial<E>
  firstStepWithError: (errors: E) => S | null
  /** The page id of the block to scroll to for the first mistake of `step`, or null. */
  anchorOf: (step: S, errors: E) => string | null
  /**
   * Whether a refused 下一步 with no block to scroll to goes to the top of the page (where the
   * bundle's step messages are) rather than leaving the page where it is (the single form).
   */
  topWhenStuck: boolean
  /** Whether the form is there to be checked and sent; before it is, 提交 does nothing. */
  formReady?: () => boolean
  /** Whether 下一步 on `step` needs the form (it says it is still loading until then). */
  stepNeedsForm?: (step: S) => boolean
  /** How to send once no step has a mistake; null when something else still stops it. */
  request: (draft: D) => SendApplication<D> | null
  /** A 422's messages on their places, and what belongs to no place. */
  serverErrors: (messages: Record<string, string>) => { errors: E; other: string[] }
  receiptUrl: (caseNo: string) => string
}

/** The page id of the first field (in the form's order) with a message, or null. */
export function firstErrorAnchor(fields: readonly FormField[], errors: Record<string, string>, idPrefix: string): string | null {
  const key = fields.find((f) => errors[f.key])?.key
  return key ? fieldAnchorId(key, idPrefix) : null
}

/**
 * One person's stepped application (a single item or a 一件事 bundle): the draft, saved on the
 * phone at every change (synchronously: no keystroke waits for a timer) and offered back when
 * they return; the errors shown under fields; the steps; and a submission that makes one case
 * however often it is tapped or retried. `kind` says what differs; it is read afresh at every call.
 *
 * Returns the form's state and handlers, and `tools` for what a kind adds of its own (another
 * group of fields, a change of the draft).
 */
export function useSteppedForm<D extends SteppedDraft, E extends SteppedErrors, S extends string>(kind: SteppedFormKind<D, E, S>) {
  const saveDraft = useDraftsStore((s) => s.saveDraft)
  const clearDraft = useDraftsStore((s) => s.clearDraft)

  // A draft left from before is offered, not applied: the person chooses 继续填写 or 重新填写.
  const [offer, setOffer] = useState<(D & { updatedAt: string }) | null>(() => {
    const stored = getDraft(kind.user.id, kind.draftItemId)
    return stored ? kind.restore(stored) : null
  })
  const [draft, setDraftState] = useState<D>(() => kind.emptyDraft())
  const draftRef = useRef<D>(draft)
  const [errors, setErrorsState] = useState<E>(kind.noErrors)
  const errorsRef = useRef<E>(kind.noErrors)
  const [submitState, setSubmitState] = useState<SubmitState>({ status: 'idle' })
  const [materialsBusy, setMaterialsBusy] = useState(false)
  const inFlight = useRef(false)
  const finished = useRef(false)

  const setErrors = useCallback((next: E) => {
    errorsRef.current = next
    setErrorsState(next)
  }, [])

  const commit = useCallback(
    (next: D) => {
      draftRef.current = next
      setDraftState(next)
      if (!finished.current) saveDraft(next)
    },
    [saveDraft],
  )
  const update = (change: (d: D) => D) => commit(change(draftRef.current))

  /** Replaces the draft without saving (what was stored is what is shown). */
  const replaceDraft = (next: D) => {
    draftRef.current = next
    setDraftState(next)
  }

  const continueDraft = () => {
    if (!offer) return
    const { updatedAt: _updatedAt, ...body } = offer
    replaceDraft(body as unknown as D)
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
    clearDraft(kind.user.id, kind.draftItemId)
    replaceDraft(kind.emptyDraft())
    setErrors(kind.noErrors)
    setOffer(null)
  }

  // --- fields -----------------------------------------------------------------------------------

  const recheck = (group: FieldGroup<D, E>, key: string, value: FieldDraftValue, always: boolean) => {
    const fields = group.fields()
    if (!fields) return
    const values = { ...group.values(draftRef.current), [key]: value }
    const next = recheckedErrors(fields, key, values, group.errors(errorsRef.current), always)
    if (next) setErrors(group.withErrors(errorsRef.current, next))
  }

  /** The handlers of a group of fields: typed (checked on leaving), picked (checked at once), left. */
  const fieldEditor = (group: FieldGroup<D, E>) => ({
    set: (key: string, value: FieldDraftValue) => {
      update((d) => group.withValue(d, key, value))
      recheck(group, key, value, false)
    },
    pick: (key: string, value: FieldDraftValue) => {
      update((d) => group.withValue(d, key, value))
      recheck(group, key, value, true)
    },
    leave: (key: string) => recheck(group, key, group.values(draftRef.current)[key] ?? '', true),
  })

  const ownFields: FieldGroup<D, E> = {
    fields: kind.fields,
    values: (d) => d.fields,
    withValue: (d, key, value) => ({ ...d, fields: { ...d.fields, [key]: value } }),
    errors: (e) => e.fields,
    withErrors: (e, fields) => ({ ...e, fields }),
  }
  const own = fieldEditor(ownFields)

  /** A region picked level by level: the code counts only once it reaches the field's level. */
  const setRegion = (key: string, path: RegionPick[], complete: boolean) => {
    const code = complete ? (path[path.length - 1]?.code ?? '') : ''
    update((d) => ({ ...d, fields: { ...d.fields, [key]: code }, regionPaths: { ...d.regionPaths, [key]: path } }))
    if (complete) recheck(ownFields, key, code, true)
  }

  // --- applicant, materials, commitment ----------------------------------------------------------

  const setApplicantKind = (applicantKind: 'personal' | 'legal') => {
    update((d) => ({ ...d, applicantKind }))
    setErrors({ ...errorsRef.current, applicant: null })
  }

  /**
   * 为谁办理: oneself (null) or a confirmed family member. The account's e-licenses are the resident's
   * own, so choosing a member drops any picked for the materials.
   */
  const setOnBehalf = (member: { id: string; label: string } | null) => {
    update((d) => ({ ...d, onBehalf: member, materials: member ? withoutLicensePicks(d.materials) : d.materials }))
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

  // --- steps ---------------------------------------------------------------------------------------

  const moveTo = (step: S, anchor: string | null = null) => {
    if (kind.stepOf(draftRef.current) !== step) update((d) => kind.withStep(d, step))
    scrollTo(anchor ? `#${anchor}` : null)
  }

  /** The person moves between steps: a refusal they are now correcting stops being shouted at them. */
  const goTo = (step: S) => {
    setSubmitState((s) => (s.status === 'failed' && !s.retry ? { status: 'idle' } : s))
    moveTo(step)
  }

  /** 下一步: stays (with the errors under their fields) until the step is complete. */
  const next = () => {
    const step = kind.stepOf(draftRef.current)
    if (step === 'materials' && materialsBusy) {
      void Taro.showToast({ title: '材料还在上传，请稍候', icon: 'none' })
      return
    }
    if (kind.stepNeedsForm?.(step) && !(kind.formReady?.() ?? true)) {
      void Taro.showToast({ title: '申报表还在加载，请稍候', icon: 'none' })
      return
    }
    const stepOwn = kind.stepErrors(step, draftRef.current)
    const found: E = { ...errorsRef.current, ...stepOwn }
    setErrors(found)
    if (kind.firstStepWithError({ ...kind.noErrors, ...stepOwn }) === step) {
      const anchor = kind.anchorOf(step, found)
      if (anchor || kind.topWhenStuck) scrollTo(anchor ? `#${anchor}` : null)
      return
    }
    const steps = kind.steps()
    const following = steps[steps.indexOf(step) + 1]
    if (following) goTo(following)
  }

  const back = () => {
    const steps = kind.steps()
    const previous = steps[steps.indexOf(kind.stepOf(draftRef.current)) - 1]
    if (previous) goTo(previous)
  }

  /** 提交申请 / 重新提交: one case however often it is tapped or retried. */
  const submit = async () => {
    if (inFlight.current || !(kind.formReady?.() ?? true)) return
    const all: E = { ...kind.noErrors }
    for (const step of kind.steps()) Object.assign(all, kind.stepErrors(step, draftRef.current))
    const wrongStep = kind.firstStepWithError(all)
    setErrors(all)
    const send = wrongStep ? null : kind.request(draftRef.current)
    if (!send) {
      setSubmitState({ status: 'failed', message: '还有内容需要补充或修改，请按提示处理后再提交', retry: false })
      if (wrongStep) moveTo(wrongStep, kind.anchorOf(wrongStep, all))
      return
    }

    inFlight.current = true
    // The key is born at the first attempt and kept in the draft, so a retry after a lost answer,
    // even after the app was closed in between, asks for the same case.
    const key = isIdempotencyKey(draftRef.current.idempotencyKey) ? draftRef.current.idempotencyKey : createIdempotencyKey()
    if (key !== draftRef.current.idempotencyKey) update((d) => ({ ...d, idempotencyKey: key }))
    setSubmitState({ status: 'submitting' })
    try {
      const created = await send(draftRef.current, key)
      finished.current = true
      clearDraft(kind.user.id, kind.draftItemId)
      await navigate(kind.receiptUrl(created.caseNo), { replace: true })
    } catch (e) {
      const error = toApiError(e)
      if (error.kind === 'validation') {
        // The server refused the content, so no case exists: a corrected retry is a new request.
        // What was typed stays.
        const { errors: found, other } = kind.serverErrors(error.fields)
        update((d) => ({ ...d, idempotencyKey: null }))
        setErrors(found)
        const step = kind.firstStepWithError(found)
        setSubmitState({ status: 'failed', message: [error.message, ...other].join('；'), retry: false })
        if (step) moveTo(step, kind.anchorOf(step, found))
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
    setField: own.set,
    pickField: own.pick,
    leaveField: own.leave,
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
    /** For a kind's own parts: the draft as it is now, a change of it, and another group of fields. */
    tools: { current: () => draftRef.current, update, fieldEditor },
  }
}
