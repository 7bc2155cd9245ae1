import type { UploadedFile } from '@contract/application'
import type { FieldDraftValue, RegionPick } from '@/components/form-fields/values'

/** The steps of the application form, in order. */
export type ApplyStep = 'applicant' | 'details' | 'materials' | 'review'

export const APPLY_STEPS: readonly ApplyStep[] = ['applicant', 'details', 'materials', 'review']

/** One material as the person has prepared it: uploaded files (ids, never bytes) or an e-license. */
export interface MaterialDraft {
  files: UploadedFile[]
  /** The e-license chosen instead of uploading (免提交), or null. */
  licenseId: string | null
}

// What a field holds while typed, and a picked region level: the form-field kit edits them.
export type { FieldDraftValue, RegionPick } from '@/components/form-fields/values'

/**
 * A half-filled application, saved on the phone as the person types (per signed-in person and
 * item) and restored when they come back; cleared after a successful submission.
 */
export interface ApplicationDraft {
  userId: string
  itemId: string
  itemName: string
  step: ApplyStep
  applicantKind: 'personal' | 'legal' | null
  /**
   * 为家人办: the confirmed family member applied for (id, and how they are shown: 王**（父母）);
   * null or absent (drafts from before it existed) for oneself.
   */
  onBehalf?: { id: string; label: string } | null
  fields: Record<string, FieldDraftValue>
  /**
   * The names along each picked region (county → township → village), so a restored draft shows
   * 晋江市 / 安海镇 / … at once, even on a weak signal, without asking the server what a code is.
   */
  regionPaths: Record<string, RegionPick[]>
  materials: Record<string, MaterialDraft>
  commitmentAccepted: boolean
  /**
   * Set at the first submit attempt and reused by every retry until one succeeds, so a lost
   * response followed by a retry cannot create a second case.
   */
  idempotencyKey: string | null
  /** ISO 8601; shown as 「上次填写于 …」 when offering to restore. */
  updatedAt: string
}
