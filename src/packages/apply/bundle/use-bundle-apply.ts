import { useRef } from 'react'
import type { BundleForm, BundleGuide } from '@contract/bundle'
import type { User } from '@contract/user'
import { bundleReceiptUrl } from '@/constants/routes'
import { checkFields } from '@/domain/form-rules'
import { withoutOwnLicenses } from '@/features/apply/form-state'
import { applicantError, commitmentError } from '@/features/apply/hooks/stepped-form-rules'
import { firstErrorAnchor, useSteppedForm, type FieldGroup, type SteppedFormKind } from '@/features/apply/hooks/use-stepped-form'
import { checkMaterials } from '@/features/apply/materials'
import { useRequest } from '@/hooks/use-request'
import { getBundleForm, submitBundleApplication } from '@/services/api/bundles'
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

type Form = { current: BundleForm | null }

/**
 * A bundle as a stepped form: 为谁办理 → parts → the merged form → one materials step → 告知承诺
 * (when a chosen part is under it) → one delivery for all parts → review, sent to
 * POST /bundle-applications. `form` holds the merged form of the chosen parts, null while it loads.
 */
function bundleApplication(guide: BundleGuide, user: User, form: Form): SteppedFormKind<BundleDraft, BundleErrors, BundleStep> {
  return {
    user,
    draftItemId: bundleDraftItemId(guide.id),
    emptyDraft: () => emptyBundleDraft(guide, user.id),
    restore: (stored) => {
      const fitted = reconcileBundleDraft(stored, guide)
      return fitted ? { ...fitted, updatedAt: stored.updatedAt } : null
    },
    noErrors: NO_BUNDLE_ERRORS,
    steps: () => stepsFor(form.current),
    stepOf: (d) => d.bundle.step,
    withStep,
    fields: () => (form.current ? kitFields(form.current) : null),
    stepErrors: (step, d) => {
      const f = form.current
      switch (step) {
        case 'applicant':
          return { applicant: applicantError(user, d.applicantKind) }
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
          return { commitment: commitmentError(Boolean(f?.commitment), d.commitmentAccepted) }
        case 'delivery':
          return { delivery: f ? checkDelivery(f, d.bundle.delivery).errors : {} }
        case 'review':
          return {}
      }
    },
    firstStepWithError: firstBundleStepWithError,
    anchorOf: (step, found) => {
      const f = form.current
      if (!f) return null
      if (step === 'details') return firstErrorAnchor(kitFields(f), found.fields, BUNDLE_FIELD_ID_PREFIX)
      if (step === 'delivery') return firstErrorAnchor(deliveryFields(f), found.delivery, DELIVERY_FIELD_ID_PREFIX)
      return null
    },
    // The parts, 申请人 and 告知承诺 messages sit at the top of their steps.
    topWhenStuck: true,
    formReady: () => form.current !== null,
    stepNeedsForm: (step) => step !== 'applicant' && step !== 'parts',
    request: (d) => {
      const f = form.current
      const delivery = f ? checkDelivery(f, d.bundle.delivery).delivery : null
      if (!f || !delivery) return null
      return (latest, key) => submitBundleApplication(toBundleInput(f, latest, delivery), key)
    },
    serverErrors: bundleServerErrors,
    receiptUrl: bundleReceiptUrl,
  }
}

/**
 * One person's application for one bundle: the draft (saved on the phone at every change, in the
 * single applications' draft store), errors under fields, the steps, and a submission that makes
 * one bundle case however often it is retried. `form` is the merged form of the chosen parts, or
 * null while it loads.
 */
export function useBundleApply(guide: BundleGuide, user: User) {
  // Read by the kind's checks when they run (after this render), so it may be filled below.
  const formRef = useRef<BundleForm | null>(null)
  const { tools, ...state } = useSteppedForm(bundleApplication(guide, user, formRef))
  const { draft, offer } = state

  // The merged form depends on the parts chosen; each choice asks for its own. An answer for an
  // earlier choice (kept while the next one loads) is not this choice's form.
  const chosen = chosenParts(guide, draft.bundle.optionalParts)
  const formState = useRequest(() => getBundleForm(guide.id, tools.current().bundle.optionalParts), [guide.id, chosen.join(',')], { enabled: offer === null })
  const loaded = formState.data
  const form: BundleForm | null = loaded && sameParts(loaded, chosen) ? loaded : null
  formRef.current = form

  // The one delivery for all parts: fields of the form kit, checked by the same rules.
  const delivery = tools.fieldEditor(deliveryGroup(formRef))

  const togglePart = (itemId: string) => {
    const part = guide.parts.find((p) => p.itemId === itemId)
    if (!part || part.required) return
    tools.update((d) => {
      const on = d.bundle.optionalParts.includes(itemId)
      const optionalParts = guide.parts.filter((p) => !p.required && (p.itemId === itemId ? !on : d.bundle.optionalParts.includes(p.itemId))).map((p) => p.itemId)
      // Other parts mean another form: a retry of an earlier attempt would not be the same request,
      // and 告知承诺 may now cover other parts, so consent is asked again for what is shown.
      return { ...d, idempotencyKey: null, commitmentAccepted: false, bundle: { ...d.bundle, optionalParts } }
    })
  }

  return {
    ...state,
    form,
    formState,
    steps: stepsFor(form),
    setDelivery: delivery.set,
    pickDelivery: delivery.pick,
    leaveDelivery: delivery.leave,
    togglePart,
  }
}

/** 领取方式 and what it asks, kept in the draft's bundle part, with errors of their own. */
function deliveryGroup(form: Form): FieldGroup<BundleDraft, BundleErrors> {
  return {
    fields: () => (form.current ? deliveryFields(form.current) : null),
    values: (d) => d.bundle.delivery,
    withValue: (d, key, value) => ({ ...d, bundle: { ...d.bundle, delivery: { ...d.bundle.delivery, [key]: value } } }),
    errors: (e) => e.delivery,
    withErrors: (e, delivery) => ({ ...e, delivery }),
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
