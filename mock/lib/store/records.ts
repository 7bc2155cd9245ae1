import { z } from 'zod'
import type { AssistRequest, FieldValue, FormFieldKind } from '@contract/application'
import type { Case, CaseNotice, NoticeEvent, SubmittedMaterial, SupplementRequest, TimelineEntry } from '@contract/case'
import type { FamilyMemberStatus, FamilyRelation } from '@contract/family'
import type { Message } from '@contract/message'
import type { DemoAccount, Role } from '@contract/user'
import type { ClockPause } from '../working-days'
import { certificateNoticeEventSchema, certificateRequestSchema, certificateSchema, type CertificateRecord, type CertificateRequestRecord } from '../certificate-records'
import { caseRatingSchema, complaintSchema, ratingSchema, type CaseRatingRecord, type ComplaintRecord, type RatingRecord } from '../rating-records'

/**
 * The records of the mock's mutable data (users, sessions, cases, certificates, ratings …) and their zod
 * schemas: the store (store.ts) keeps one table per collection and checks every record against its
 * schema on write and on read. The catalogue is not in here: it is rebuilt from the seed at every start.
 */
export interface UserRecord {
  id: string
  nickname: string
  role: Role
  /**
   * Unmasked; leaves the server only through toUser(), which masks it. `verifiedAt` (ISO) dates the
   * e-licenses derived from the identity; records written before it existed lack it.
   */
  realName: { name: string; idNumber: string; verifiedAt?: string } | null
  phone: string | null
  enterprise: { name: string; creditCode: string; verifiedAt?: string } | null
  village: { code: string; name: string; path: string } | null
  /** How the account signs in: the demo account it is, or null for the mock WeChat resident. */
  demoAccount: DemoAccount | null
  createdAt: string
}

export interface SessionRecord {
  userId: string
  createdAt: string
  /**
   * When the session was last used, in wall time (ISO, UTC), not the settable clock: sessions idle
   * for 7 days expire (lib/auth.ts). Written at sign-in and at most hourly after; absent on sessions
   * stored before it existed, which count as used at their next request.
   */
  lastSeenAt?: string
}

/** Metadata of one `POST /uploads`; the bytes are in the FileStore under the same id. */
export interface UploadRecord {
  id: string
  ownerId: string
  name: string
  size: number
  mime: string
  createdAt: string
}

/** A submitted field as stored: unmasked value and display text; toCase() masks on the way out. */
export interface CaseFieldRecord {
  key: string
  label: string
  kind: FormFieldKind
  value: FieldValue
  display: string
}

/** The contract's SubmittedMaterial, stored with the license number unmasked. */
export type CaseMaterialRecord = SubmittedMaterial

/** One supplied 补正: what was asked, and what the applicant sent back. */
export interface SupplementRecord {
  request: SupplementRequest
  suppliedAt: string
  /** The applicant's own words (may be empty). */
  note: string
  materials: { name: string; files: CaseMaterialRecord['files'] }[]
}

/**
 * A case (办件) as stored. Only facts are kept (when it was accepted, when the clock stopped, what
 * happened); deadlines are computed from them at read time on the settable clock (lib/cases.ts),
 * so moving the clock moves "剩余 N 个工作日". Everything personal is unmasked here and masked by
 * toCase(); the contract's own types are reused where a field is exactly one.
 */
export interface CaseRecord {
  caseNo: string
  queryCode: string
  ownerId: string
  /** Snapshot at submission: the catalogue may change with the next seed. */
  item: Case['item']
  applicantKind: Case['applicantKind']
  /** Same shape as the contract's, but unmasked. */
  applicant: Case['applicant']
  status: Case['status']
  submittedAt: string
  fields: CaseFieldRecord[]
  materials: CaseMaterialRecord[]
  commitmentAccepted: boolean
  /** The progress notices the applicant subscribed to. */
  notices: NoticeEvent[]
  timeline: TimelineEntry[]
  /** The Idempotency-Key that created it. */
  idempotencyKey: string
  /** When the department accepted it (ISO) and that China date, which the deadline counts from. */
  acceptedAt: string | null
  acceptedOn: string | null
  /** When the clock stopped for a supplement (China dates; `to` null while outstanding). */
  pauses: ClockPause[]
  /** The outstanding 补正 request. */
  supplement: SupplementRequest | null
  /** Supplements supplied so far, oldest first. */
  supplements: SupplementRecord[]
  result: Case['result']
  /** When it was concluded or refused (not accepted); null otherwise, also when withdrawn. */
  concludedAt: string | null
  /** Its 好差评 (written with the rating, in the same mutate); absent or null while not rated. */
  rating?: CaseRatingRecord | null
  /**
   * 为家人办: the family link it was filed under (the applicant is then the member, and `agent` the
   * resident who filed it as 经办人, unmasked like the applicant). Absent or null on one's own cases.
   */
  familyMemberId?: string | null
  agent?: { name: string; idNumber: string; phone: string | null } | null
  /** 一件事: on a part case, the bundle case it belongs to (absent or null on single cases). */
  bundleCaseNo?: string | null
  /** 一件事: on a bundle case, what it combines (absent or null on single and part cases). */
  bundle?: BundleRecord | null
}

/** The delivery of a bundle's results, as chosen (a hall is snapshotted with its name). */
export type BundleDeliveryRecord =
  | { method: 'window'; hallId: string; hallName: string }
  | { method: 'mail'; address: string; recipient: string; phone: string; trackingNo: string | null }

/** 行业综合许可证 as stored (holder unmasked; the wire shape is types/bundle.ts IndustryLicense). */
export interface IndustryLicenseRecord {
  number: string
  code: string
  name: string
  holder: string
  /** The holder's ID number or 统一社会信用代码, unmasked. */
  holderId: string
  /** A person (name masked wherever shown) or an enterprise (its name is public). */
  holderIsPerson?: boolean
  issuer: string
  issuedAt: string
  issuedOn: string
  validUntil: string | null
}

/**
 * What a bundle case adds to its case record (lib/bundle-cases.ts): the bundle, the part cases it fanned
 * out into (in the guide's order), the one delivery, and the 一业一证 license once every part concluded.
 * Its status, deadline and timeline are derived from the parts (src/domain/bundle-progress.ts); the
 * stored `status` is kept in step so lists filter and order by it.
 */
export interface BundleRecord {
  bundleId: string
  /** 一业一证: the license's name (e.g. 食品经营行业综合许可证), else null. */
  industryLicenseName: string | null
  parts: { itemId: string; name: string; required: boolean; caseNo: string }[]
  delivery: BundleDeliveryRecord
  industryLicense: IndustryLicenseRecord | null
  /** When the "everything concluded" message went out (once). */
  finishedNoticeAt: string | null
}

/**
 * 为家人办: a family member a resident added (unmasked here, masked in every response). The member
 * confirms with `code` (shown in the member's own account, or by the back office); either side may
 * revoke. Cases filed under it keep pointing here, so the member still sees them after a revocation.
 */
export interface FamilyMemberRecord {
  id: string
  /** The resident who added the member (经办人 of the cases filed for them). */
  ownerId: string
  name: string
  idNumber: string
  relation: FamilyRelation
  status: FamilyMemberStatus
  /** The 6-digit confirmation code; a new one replaces it after too many wrong tries. */
  code: string
  failedAttempts: number
  createdAt: string
  confirmedAt: string | null
  revokedAt: string | null
  revokedBy: 'member' | 'resident' | null
  idempotencyKey: string
  requestHash: string
}

/** A successful `POST /applications`, keyed by `idempotencyKeyOf(userId, key)`. */
export interface IdempotencyRecord {
  userId: string
  key: string
  itemId: string
  caseNo: string
  createdAt: string
  /** Fingerprint of the submitted application (routes/applications.ts), so the same key with another body is a 409; absent on older records. */
  requestHash?: string | null
}

/** The contract's AssistRequest with its owner; `phone` is stored unmasked and masked in every response. */
export interface AssistRequestRecord extends AssistRequest {
  ownerId: string
  /** The optional Idempotency-Key of the submission (a retry returns this request); absent on older records. */
  idempotencyKey?: string | null
  /** Fingerprint of the submitted body (lib/idempotency.ts), so the same key with another body is a 409. */
  requestHash?: string | null
}

export interface DbData {
  version: 1
  users: Record<string, UserRecord>
  /** Keyed by the SHA-256 of the bearer token, so db.json never holds a usable token. */
  sessions: Record<string, SessionRecord>
  /** Keyed by file id. */
  uploads: Record<string, UploadRecord>
  /** Keyed by case number. */
  cases: Record<string, CaseRecord>
  idempotency: Record<string, IdempotencyRecord>
  /** Keyed by request number. */
  assistRequests: Record<string, AssistRequestRecord>
  /** Progress notices the mock would have sent (WeChat subscribe messages), keyed by id. */
  notices: Record<string, CaseNotice>
  /** Village certificate requests (村(居)证明), keyed by request id. */
  certificateRequests: Record<string, CertificateRequestRecord>
  /** Issued village certificates, keyed by certificate number. */
  certificates: Record<string, CertificateRecord>
  /** 好差评, keyed by case number (one per case: 一事一评). */
  ratings: Record<string, RatingRecord>
  /** 办不成事反映 / 投诉建议, keyed by id. */
  complaints: Record<string, ComplaintRecord>
  /** 为家人办: family members, keyed by id. */
  familyMembers: Record<string, FamilyMemberRecord>
  /** 消息: the message centre's messages, keyed by id. */
  messages: Record<string, MessageRecord>
}

/** A message of the message centre (SPEC §7 "Notices") with the person it is for. */
export interface MessageRecord extends Message {
  ownerId: string
}

/** Idempotency keys are scoped per user: two people may happen to send the same key. */
export function idempotencyKeyOf(userId: string, key: string): string {
  return `${userId} ${key}`
}

export type DeepReadonly<T> = T extends (infer U)[]
  ? readonly DeepReadonly<U>[]
  : T extends object
    ? { readonly [K in keyof T]: DeepReadonly<T[K]> }
    : T

export function emptyData(): DbData {
  return { version: 1, users: {}, sessions: {}, uploads: {}, cases: {}, idempotency: {}, assistRequests: {}, notices: {}, certificateRequests: {}, certificates: {}, ratings: {}, complaints: {}, familyMembers: {}, messages: {} }
}

const roleSchema = z.enum(['resident', 'business', 'cadre', 'admin'])
const userSchema = z.object({
  id: z.string(),
  nickname: z.string(),
  role: roleSchema,
  realName: z.object({ name: z.string(), idNumber: z.string(), verifiedAt: z.string().optional() }).nullable(),
  phone: z.string().nullable(),
  enterprise: z.object({ name: z.string(), creditCode: z.string(), verifiedAt: z.string().optional() }).nullable(),
  village: z.object({ code: z.string(), name: z.string(), path: z.string() }).nullable(),
  demoAccount: z.enum(['resident', 'resident-new', 'business', 'cadre', 'cadre-other', 'admin']).nullable(),
  createdAt: z.string(),
})
const sessionSchema = z.object({ userId: z.string(), createdAt: z.string(), lastSeenAt: z.string().optional() })
const uploadSchema = z.object({ id: z.string(), ownerId: z.string(), name: z.string(), size: z.number(), mime: z.string(), createdAt: z.string() })
const fieldValueSchema = z.union([z.string(), z.number(), z.array(z.string())])
const caseStatusSchema = z.enum(['submitted', 'accepted', 'not-accepted', 'needs-supplement', 'in-review', 'approved', 'denied', 'concluded', 'withdrawn'])
const fileMetaSchema = z.object({ fileId: z.string(), name: z.string(), size: z.number(), mime: z.string() })
const noticeEventSchema = z.enum(['accepted', 'needs-supplement', 'concluded'])
const supplementRequestSchema = z.object({ requestedAt: z.string(), note: z.string(), items: z.array(z.string()) })
const caseSchema = z.object({
  caseNo: z.string(),
  queryCode: z.string(),
  ownerId: z.string(),
  item: z.object({
    id: z.string(),
    name: z.string(),
    department: z.object({ id: z.string(), name: z.string() }),
    region: z.object({ code: z.string(), name: z.string() }),
    kind: z.enum(['instant', 'promised']),
    promisedLimitDays: z.number(),
    // Cases stored before fees were snapshotted have none (shown as "see the guide").
    fee: z.object({ charged: z.boolean(), description: z.string(), basis: z.string().nullable() }).nullable().optional(),
  }),
  applicantKind: z.enum(['personal', 'legal']),
  applicant: z.object({
    name: z.string(),
    idNumber: z.string(),
    phone: z.string().nullable(),
    enterprise: z.object({ name: z.string(), creditCode: z.string() }).nullable(),
  }),
  status: caseStatusSchema,
  submittedAt: z.string(),
  fields: z.array(
    z.object({
      key: z.string(),
      label: z.string(),
      kind: z.enum(['text', 'textarea', 'number', 'date', 'single', 'multiple', 'region', 'id-number', 'credit-code', 'phone', 'address']),
      value: fieldValueSchema,
      display: z.string(),
    }),
  ),
  materials: z.array(
    z.object({
      key: z.string(),
      name: z.string(),
      files: z.array(fileMetaSchema),
      license: z.object({ id: z.string(), type: z.string(), number: z.string() }).nullable(),
    }),
  ),
  commitmentAccepted: z.boolean(),
  notices: z.array(noticeEventSchema),
  timeline: z.array(z.object({ at: z.string(), status: caseStatusSchema, actor: z.string(), title: z.string(), note: z.string().nullable() })),
  idempotencyKey: z.string(),
  // Added with the lifecycle (issue 4): a case stored before it was never moved, so these defaults are its truth.
  acceptedAt: z.string().nullable().default(null),
  acceptedOn: z.string().nullable().default(null),
  pauses: z.array(z.object({ from: z.string(), to: z.string().nullable() })).default([]),
  supplement: supplementRequestSchema.nullable().default(null),
  supplements: z
    .array(
      z.object({
        request: supplementRequestSchema,
        suppliedAt: z.string(),
        note: z.string(),
        materials: z.array(z.object({ name: z.string(), files: z.array(fileMetaSchema) })),
      }),
    )
    .default([]),
  result: z.object({ text: z.string(), delivery: z.array(z.string()) }).nullable().default(null),
  concludedAt: z.string().nullable().default(null),
  // Added with 好差评 (issue 6).
  rating: caseRatingSchema.nullable().default(null),
  // Added with 为家人办 (issue 18): absent on one's own cases.
  familyMemberId: z.string().nullable().optional(),
  agent: z.object({ name: z.string(), idNumber: z.string(), phone: z.string().nullable() }).nullable().optional(),
  // Added with 一件事 bundles (issue 14): absent on single cases.
  bundleCaseNo: z.string().nullable().optional(),
  bundle: z
    .object({
      bundleId: z.string(),
      industryLicenseName: z.string().nullable(),
      parts: z.array(z.object({ itemId: z.string(), name: z.string(), required: z.boolean(), caseNo: z.string() })),
      delivery: z.discriminatedUnion('method', [
        z.object({ method: z.literal('window'), hallId: z.string(), hallName: z.string() }),
        z.object({ method: z.literal('mail'), address: z.string(), recipient: z.string(), phone: z.string(), trackingNo: z.string().nullable() }),
      ]),
      industryLicense: z
        .object({
          number: z.string(),
          code: z.string(),
          name: z.string(),
          holder: z.string(),
          holderId: z.string(),
          holderIsPerson: z.boolean().optional(),
          issuer: z.string(),
          issuedAt: z.string(),
          issuedOn: z.string(),
          validUntil: z.string().nullable(),
        })
        .nullable(),
      finishedNoticeAt: z.string().nullable(),
    })
    .nullable()
    .optional(),
})
const familyMemberSchema = z.object({
  id: z.string(),
  ownerId: z.string(),
  name: z.string(),
  idNumber: z.string(),
  relation: z.enum(['parent', 'spouse', 'child', 'grandparent', 'maternal-grandparent', 'other']),
  status: z.enum(['pending', 'confirmed', 'revoked']),
  code: z.string(),
  failedAttempts: z.number(),
  createdAt: z.string(),
  confirmedAt: z.string().nullable(),
  revokedAt: z.string().nullable(),
  revokedBy: z.enum(['member', 'resident']).nullable(),
  idempotencyKey: z.string(),
  requestHash: z.string(),
})
const noticeSchema = z.object({
  id: z.string(),
  caseNo: z.string(),
  // Village certificate events share the record (caseNo is then the request id).
  event: z.union([noticeEventSchema, certificateNoticeEventSchema]),
  data: z.object({ thing1: z.string(), character_string2: z.string(), phrase3: z.string(), time4: z.string(), thing5: z.string() }),
  createdAt: z.string(),
})
const idempotencySchema = z.object({
  userId: z.string(),
  key: z.string(),
  itemId: z.string(),
  caseNo: z.string(),
  createdAt: z.string(),
  requestHash: z.string().nullable().optional(),
})
const assistRequestSchema = z.object({
  id: z.string(),
  ownerId: z.string(),
  item: z.object({ id: z.string(), name: z.string() }),
  phone: z.string(),
  note: z.string(),
  preferredTime: z.string(),
  status: z.enum(['pending', 'contacted', 'closed']),
  createdAt: z.string(),
  idempotencyKey: z.string().nullable().optional(),
  requestHash: z.string().nullable().optional(),
})

const messageSchema = z.object({
  id: z.string(),
  ownerId: z.string(),
  kind: z.enum(['case', 'certificate', 'complaint', 'rating', 'family']),
  title: z.string(),
  body: z.string(),
  link: z.string(),
  createdAt: z.string(),
  readAt: z.string().nullable(),
})

/** What a db.json must look like to be trusted; collections added later default to empty. */
export const dataSchema = z.object({
  version: z.literal(1),
  users: z.record(z.string(), userSchema).default({}),
  sessions: z.record(z.string(), sessionSchema).default({}),
  uploads: z.record(z.string(), uploadSchema).default({}),
  cases: z.record(z.string(), caseSchema).default({}),
  idempotency: z.record(z.string(), idempotencySchema).default({}),
  assistRequests: z.record(z.string(), assistRequestSchema).default({}),
  notices: z.record(z.string(), noticeSchema).default({}),
  certificateRequests: z.record(z.string(), certificateRequestSchema).default({}),
  certificates: z.record(z.string(), certificateSchema).default({}),
  ratings: z.record(z.string(), ratingSchema).default({}),
  complaints: z.record(z.string(), complaintSchema).default({}),
  familyMembers: z.record(z.string(), familyMemberSchema).default({}),
  messages: z.record(z.string(), messageSchema).default({}),
})

/**
 * The record schemas one by one and the whole-document check, for the SQLite store (lib/store),
 * which checks every record it reads and imports an old db.json once.
 */
export const recordSchemas = {
  users: userSchema,
  sessions: sessionSchema,
  uploads: uploadSchema,
  cases: caseSchema,
  idempotency: idempotencySchema,
  assistRequests: assistRequestSchema,
  notices: noticeSchema,
  certificateRequests: certificateRequestSchema,
  certificates: certificateSchema,
  ratings: ratingSchema,
  complaints: complaintSchema,
  familyMembers: familyMemberSchema,
  messages: messageSchema,
} as const

/** A db.json's text checked as createDb checks it at start; the reason is English, for a log line. */
export function parseDbData(text: string): { ok: true; data: DbData } | { ok: false; reason: string } {
  let json: unknown
  try {
    json = JSON.parse(text)
  } catch {
    return { ok: false, reason: 'not valid JSON' }
  }
  const parsed = dataSchema.safeParse(json)
  return parsed.success ? { ok: true, data: parsed.data } : { ok: false, reason: 'unexpected shape' }
}
