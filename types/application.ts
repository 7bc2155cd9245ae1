import type { Fee } from './service-item'

/**
 * Mobile application (掌上办): the form schema of an item, uploads, e-licenses and the submission.
 * A submission creates a case (`types/case.ts`).
 */

/** The kinds of input an item's form can ask for. */
export type FormFieldKind =
  | 'text'
  | 'textarea'
  | 'number'
  | 'date'
  | 'single'
  | 'multiple'
  | 'region'
  | 'id-number'
  | 'credit-code'
  | 'phone'
  | 'address'

export interface FormOption {
  value: string
  label: string
}

/**
 * A rule on another (choice) field of the same form: met when that field's value is one of `values`
 * (for a multiple choice: when any of them is chosen).
 */
export interface FieldCondition {
  /** Key of the controlling field, e.g. `pickup`. */
  field: string
  values: string[]
}

interface FieldBase {
  /** Stable key of the field within the item's form; the submission's `fields` use it. */
  key: string
  label: string
  /** Required whenever the field is shown; see also `requiredWhen`. */
  required: boolean
  /**
   * Asked only when the condition is met (e.g. 邮寄地址 when 领取方式 = 免费邮寄); otherwise the field is
   * hidden, not checked, and a value sent for it is dropped. Absent: always shown.
   */
  shownWhen?: FieldCondition
  /** Required (besides `required`) when the condition is met, e.g. 情况说明 for 其他原因换领. */
  requiredWhen?: FieldCondition
  /** 填写说明 shown under the field, or null. */
  hint: string | null
  placeholder: string | null
  /**
   * What the field means across items (applicant.phone, child.name, mother.idNumber …): a 一件事
   * bundle form asks each semantic key once for every part. Absent: the field is the item's own.
   * (null too: a merged bundle form's part-only field says null, and BundleFormField intersects this.)
   */
  semantic?: string | null
}

/** text, textarea, address: free text; lengths count characters as a person does. */
export interface TextField extends FieldBase {
  kind: 'text' | 'textarea' | 'address'
  minLength: number
  maxLength: number
}

export interface NumberField extends FieldBase {
  kind: 'number'
  min: number
  max: number
  /** Whole numbers only (人数, 面积 in ㎡ may be decimal). */
  integer: boolean
  /** Shown after the input, e.g. 人 / 平方米 / 元. */
  unit: string | null
}

/** A calendar date `YYYY-MM-DD`; bounds are dates too, or null for none. */
export interface DateField extends FieldBase {
  kind: 'date'
  min: string | null
  max: string | null
  /**
   * Where the date chooser opens while the field is empty (`YYYY-MM-DD`), when the likely answer
   * is far from today: an old person's 出生日期 is decades back. A hint only, never a value or a
   * bound; absent when the field's max (or today) is as good a start.
   */
  likely?: string
}

export interface SingleChoiceField extends FieldBase {
  kind: 'single'
  options: FormOption[]
}

export interface MultipleChoiceField extends FieldBase {
  kind: 'multiple'
  options: FormOption[]
  minItems: number
  maxItems: number
}

/**
 * A region of Quanzhou picked level by level (`GET /regions?parent=`). The value is the code of the
 * chosen region, which must be at `level` (e.g. a village for 村(居) level).
 */
export interface RegionField extends FieldBase {
  kind: 'region'
  level: 'county' | 'township' | 'village'
}

/** 居民身份证号 (GB 11643), 统一社会信用代码 (GB 32100) and mobile numbers. */
export interface IdentityField extends FieldBase {
  kind: 'id-number' | 'credit-code' | 'phone'
}

export type FormField = TextField | NumberField | DateField | SingleChoiceField | MultipleChoiceField | RegionField | IdentityField

/** What a field's value is on the wire: text and codes are strings, numbers numbers, multiple choice an array. */
export type FieldValue = string | number | string[]

/** A material the application asks for (from the guide's 申请材料). */
export interface FormMaterial {
  /** Stable key within the item's form, e.g. `m1`. */
  key: string
  name: string
  required: boolean
  /** The e-license (电子证照) type that can replace the upload (免提交), or null. */
  eLicenseType: string | null
  note: string
  /** How many files a person may attach to this material. */
  maxFiles: number
}

/** Limits of `POST /uploads`, repeated in the schema so the form can check before uploading. */
export interface UploadLimits {
  maxBytes: number
  /** Accepted MIME types. */
  mimeTypes: string[]
}

/** `GET /items/{id}/form`: everything the stepped form needs for one palm-capable item. */
export interface FormSchema {
  itemId: string
  itemName: string
  /** Who may apply: 个人 (real-name verified), 法人 (also a verified enterprise), or either. */
  applicantKinds: ('personal' | 'legal')[]
  fields: FormField[]
  materials: FormMaterial[]
  /** 告知承诺制: the commitment the person must consent to, or null when the item is not under it. */
  commitment: { title: string; text: string } | null
  uploads: UploadLimits
  /** 承诺时限 in working days (0 for instant items), for "what happens next". */
  promisedLimitDays: number
  /** The guide's fee and its basis, shown before submitting (paid at the window unless the guide says otherwise). */
  fee: Fee
  /**
   * An item for the elderly (高龄津贴 …), mostly applied for by their children: the form offers
   * 为家人办 first. Absent on schemas from before it existed.
   */
  familyFirst?: boolean
}

/** `POST /uploads` → one stored file. Drafts and submissions refer to it by `fileId`. */
export interface UploadedFile {
  fileId: string
  name: string
  size: number
  mime: string
}

/** One of the person's e-licenses (`GET /me/licenses`); the number arrives masked. */
export interface ELicense {
  id: string
  /** The e-license type a material names (居民身份证, 居民户口簿, 营业执照 …). */
  type: string
  /** Holder as shown on the license, masked for persons. */
  holder: string
  number: string
  issuer: string
  issuedOn: string
  /** YYYY-MM-DD, or null for 长期. */
  validUntil: string | null
}

/** What one material of a submission carries: uploaded files, or an e-license instead (免提交). */
export interface MaterialSubmission {
  key: string
  fileIds: string[]
  licenseId: string | null
}

/** Body of `POST /applications` (header `Idempotency-Key` required). */
export interface ApplicationInput {
  itemId: string
  applicantKind: 'personal' | 'legal'
  fields: Record<string, FieldValue>
  materials: MaterialSubmission[]
  /** Consent to the commitment; must be true when the schema has one. */
  commitmentAccepted: boolean
  /**
   * 为家人办: the id of a confirmed family member (`GET /me/family`) applied for; absent or null for
   * oneself. Only for 个人 applications; the account's own e-licenses cannot be used then.
   */
  onBehalfOf?: string | null
}

/** 帮办代办: asking the service center to help with (or do) an application. */
export interface AssistRequestInput {
  itemId: string
  /** Who to call back; the applicant's own or a family member's mobile number. */
  phone: string
  /** What the person needs help with. */
  note: string
  /** When it suits them to be called (e.g. 工作日上午). */
  preferredTime: string
}

export type AssistRequestStatus = 'pending' | 'contacted' | 'closed'

export interface AssistRequest {
  /** Request number, e.g. BB20220301XXXXXX. */
  id: string
  item: { id: string; name: string }
  phone: string
  note: string
  preferredTime: string
  status: AssistRequestStatus
  createdAt: string
}
