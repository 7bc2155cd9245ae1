import type { FormSchema } from '@contract/application'
import type { User } from '@contract/user'
import { fieldAnchorId as kitFieldAnchorId } from '@/components/form-fields'
import { receiptUrl } from '@/constants/routes'
import { submitApplication } from '@/services/api/applications'
import { APPLY_STEPS, type ApplicationDraft, type ApplyStep } from '../draft-types'
import { checkDetails, emptyDraft, firstStepWithError, NO_ERRORS, reconcileDraft, serverErrors, toApplicationInput, type FormErrors } from '../form-state'
import { checkMaterials } from '../materials'
import { applicantError, commitmentError } from './stepped-form-rules'
import { firstErrorAnchor, useSteppedForm, type SteppedFormKind } from './use-stepped-form'

type DraftBody = Omit<ApplicationDraft, 'updatedAt'>

/** Where the ids of this form's field blocks start (see the kit's fieldAnchorId). */
export const FIELD_ID_PREFIX = 'apply-field'

/** The id of a field's block on the page, for scrolling to the first wrong one. */
export function fieldAnchorId(key: string): string {
  return kitFieldAnchorId(key, FIELD_ID_PREFIX)
}

/** A single item's form as a stepped form: its four steps, its schema's checks, POST /applications. */
function singleApplication(schema: FormSchema, user: User): SteppedFormKind<DraftBody, FormErrors, ApplyStep> {
  return {
    user,
    draftItemId: schema.itemId,
    emptyDraft: () => emptyDraft(schema, user.id),
    restore: (stored) => reconcileDraft(stored, schema),
    noErrors: NO_ERRORS,
    steps: () => APPLY_STEPS,
    stepOf: (d) => d.step,
    withStep: (d, step) => ({ ...d, step }),
    fields: () => schema.fields,
    stepErrors: (step, d) => {
      switch (step) {
        case 'applicant':
          return { applicant: applicantError(user, d.applicantKind) }
        case 'details':
          return { fields: checkDetails(schema, d.fields) }
        case 'materials':
          return { materials: checkMaterials(schema, d.materials) }
        case 'review':
          return { commitment: commitmentError(Boolean(schema.commitment), d.commitmentAccepted) }
      }
    },
    firstStepWithError,
    anchorOf: (step, errors) => (step === 'details' ? firstErrorAnchor(schema.fields, errors.fields, FIELD_ID_PREFIX) : null),
    // A refused 下一步 on the applicant, materials or review step leaves the page where it is.
    topWhenStuck: false,
    request: () => (d, key) => submitApplication(toApplicationInput(schema, { ...d, updatedAt: '' }), key),
    serverErrors,
    receiptUrl,
  }
}

/**
 * The state of one person's application for one item: the draft (saved on the phone at every
 * change), the errors shown under fields, the step, and a submission that happens once.
 */
export function useApplicationForm(schema: FormSchema, user: User) {
  const { tools: _tools, ...form } = useSteppedForm(singleApplication(schema, user))
  return form
}

export type ApplicationFormState = ReturnType<typeof useApplicationForm>
