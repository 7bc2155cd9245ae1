import type { FieldValue, FormField, FormMaterial, MaterialSubmission, UploadLimits } from './application'
import type { CaseEnding, CaseStatus, CaseStep } from './case'
import type { Fee, ServiceLocation } from './service-item'

/**
 * 一件事 bundles (SPEC §7): one guide, one form, one set of materials, one bundle case that fans out
 * into one part case per chosen item, one delivery. A bundle's id is the id of its catalogue item
 * (the search result tagged `bundle`), so links from search and favourites keep working.
 */

/** One item a bundle combines, as the guide and the form list it. */
export interface BundlePart {
  /** The part item's implementation id in the bundle's region (or the city's, when the region has none). */
  itemId: string
  name: string
  department: { id: string; name: string }
  /** Required parts are always applied for; optional ones the person may leave out. */
  required: boolean
  kind: 'instant' | 'promised'
  /** The part's own 承诺时限 in working days (0 for instant items). */
  promisedLimitDays: number
  fee: Fee
  /** Names of the materials this part needs (each appears once in the bundle's `materials`). */
  materialNames: string[]
  /** The part allows 告知承诺制. */
  commitment: boolean
}

/** A material of the bundle, listed once however many parts need it. */
export interface BundleMaterial {
  name: string
  /** Required by at least one required part. */
  required: boolean
  /** The e-license type that can replace it (免提交), or null. */
  eLicenseType: string | null
  /** itemIds of the parts that need it. */
  partItemIds: string[]
}

/** `GET /bundles` (one page): bundles of a region, most used first. */
export interface BundleSummary {
  id: string
  name: string
  region: { code: string; name: string }
  department: { id: string; name: string }
  partCount: number
  /** 一业一证: the bundle ends in one 行业综合许可证. */
  industryLicense: boolean
  /** The bundle's promised limit in working days (the longest required part). */
  promisedLimitDays: number
  audience: 'personal' | 'legal' | 'both'
}

/** `GET /bundles/{id}`: the one guide over the parts. */
export interface BundleGuide extends BundleSummary {
  /** 办理条件: the union of the parts' conditions. */
  conditions: string[]
  parts: BundlePart[]
  materials: BundleMaterial[]
  /** Halls (受理点) where results can be picked up, the region's center first. */
  halls: ServiceLocation[]
  /** 一业一证: the license's name (e.g. 食品经营行业综合许可证), else null. */
  industryLicenseName: string | null
  legalBasis: string[]
  phone: string
  /** The bundle item is palm-capable (every part can be applied for here). */
  palm: boolean
}

/**
 * A field of the merged bundle form: asked once, answering every part that asks it. Its `semantic`
 * (FormField.semantic: applicant.phone, child.name …) is absent for a part-only field.
 */
export type BundleFormField = FormField & {
  /** Each part field it answers. */
  sources: { itemId: string; key: string }[]
}

/** A material of the merged form: uploaded or e-licensed once for every part that needs it. */
export type BundleFormMaterial = FormMaterial & { partItemIds: string[] }

/** `GET /bundles/{id}/form?parts=a,b` (parts: itemIds of the chosen optional parts; required parts always included). */
export interface BundleForm {
  bundleId: string
  bundleName: string
  /** The parts this form covers, in the guide's order. */
  parts: { itemId: string; name: string; required: boolean }[]
  applicantKinds: ('personal' | 'legal')[]
  fields: BundleFormField[]
  materials: BundleFormMaterial[]
  /** 告知承诺: null when no chosen part is under it; `partItemIds` says which parts it covers. */
  commitment: { title: string; text: string; partItemIds: string[] } | null
  uploads: UploadLimits
  promisedLimitDays: number
  /** Fees of the chosen parts (free parts say 免费). */
  fees: { itemId: string; name: string; fee: Fee }[]
  /** Halls offered for window pickup (`delivery.hallId` is their index-stable `id`). */
  halls: { id: string; name: string; address: string; hours: string }[]
  familyFirst?: boolean
}

/** How the results of every part are delivered together. */
export type BundleDelivery =
  | { method: 'window'; hallId: string }
  | { method: 'mail'; address: string; recipient: string; phone: string }

/** Body of `POST /bundle-applications` (header `Idempotency-Key` required). */
export interface BundleApplicationInput {
  bundleId: string
  /** itemIds of every chosen part (the required ones included). */
  parts: string[]
  applicantKind: 'personal' | 'legal'
  /** Keyed by the merged form's field keys. */
  fields: Record<string, FieldValue>
  /** Keyed by the merged form's material keys. */
  materials: MaterialSubmission[]
  commitmentAccepted: boolean
  delivery: BundleDelivery
  /** 为家人办, as on `ApplicationInput`. */
  onBehalfOf?: string | null
}

/** One part case of a bundle case, as the bundle case lists it. */
export interface BundlePartCase {
  itemId: string
  name: string
  department: { id: string; name: string }
  caseNo: string
  status: CaseStatus
  step: CaseStep
  ending: CaseEnding | null
  /** The part's deadline (`dueBy`, China date) or null once ended. */
  deadline: string | null
  overdue: boolean
  concludedAt: string | null
  /** The part's outstanding 补正 request, answered in the bundle case. */
  supplement: { requestedAt: string; note: string; items: string[] } | null
  result: string | null
}

/**
 * What a bundle case adds to `Case` (`POST /bundle-applications`, `GET /cases/{caseNo}`), beside
 * `Case.parts`. The bundle case's status, step, deadline and timeline are derived from its parts.
 */
export interface BundleCaseInfo {
  bundleId: string
  /** Parts concluded (办结) so far, for 「已办结 2/4」. */
  concludedParts: number
  delivery: BundleDelivery & { hallName?: string; trackingNo?: string | null }
  /** 一业一证: the 行业综合许可证 once every part has concluded, else null. */
  industryLicense: IndustryLicense | null
}

/** 行业综合许可证: one e-license for an 一业一证 bundle, verifiable like a village certificate. */
export interface IndustryLicense {
  number: string
  /** 8-character 核验码 the QR carries with the number. */
  code: string
  name: string
  holder: string
  issuer: string
  issuedOn: string
  validUntil: string | null
  /** The page the QR opens (verify with number and code). */
  verifyPath: string
}

/** What the 办件 list shows of a bundle case: per-part progress. */
export interface BundleCaseSummaryInfo {
  partCount: number
  concludedParts: number
  parts: { name: string; status: CaseStatus; step: CaseStep }[]
}

