/**
 * Village certificates (村(居)证明): the configured types, a resident's request to their village
 * committee, the cadre's review, the issued certificate and its public verification (SPEC §4).
 */
import type { FieldValue, FormField, FormMaterial } from './application'
import type { SubmittedField } from './case'

/** A kind of certificate a 村(居)委会 may still issue (a configurable list; never the 20 removed in 2020). */
export interface CertificateType {
  /** Stable id, e.g. `residence`, `family-hardship`, `property-source`, `other-lawful`. */
  id: string
  /** 居(租)住证明 … */
  name: string
  /** What it proves and what it is usually used for, in a resident's words. */
  purpose: string
  /** The type's own fields, checked with the same field rules as application forms. */
  fields: FormField[]
  /** Photos to attach (e.g. 租赁合同); `eLicenseType` is always null here. */
  materials: FormMaterial[]
  /** Days a certificate stays valid after issue, or null for no limit. */
  validDays: number | null
  /**
   * Materials that become required when a single-choice field has one of some values (租赁合同 only
   * for 租住 / 借住); their `required` stays false. The rule is `src/domain/certificate-materials.ts`.
   */
  materialConditions: MaterialCondition[]
  /**
   * Where a request is checked against the 20 certificates removed in 2020 (field keys, and
   * `purpose` for the 用途): the app warns before sending with the same rule the server refuses by
   * (`src/domain/removed-certificates.ts`).
   */
  removedScreen: string[]
}

/** A material required when the single-choice `field` has one of `values`. */
export interface MaterialCondition {
  material: string
  field: string
  values: string[]
}

/** Body of `POST /certificate-requests` and of `PUT /certificate-requests/{id}` (a corrected, returned request). */
export interface CertificateRequestInput {
  typeId: string
  /** 12-digit code of the village (村/社区) whose committee is asked. */
  villageCode: string
  /** What the certificate is for (用途), e.g. 子女入学. */
  purpose: string
  fields: Record<string, FieldValue>
  materials: { key: string; fileIds: string[] }[]
  /**
   * 为家人办: the id of a confirmed family member (`/me/family`) the certificate is for; absent or
   * null for oneself. The member is then 持证人 and the signed-in resident 经办人. Ignored on a
   * resubmit unless it differs from the request's (then 422: who it is for cannot change).
   */
  onBehalfOf?: string | null
}

/** pending → issued | returned (correct and resubmit → pending) | rejected | withdrawn (by the applicant, while pending). */
export type CertificateRequestStatus = 'pending' | 'returned' | 'rejected' | 'issued' | 'withdrawn'

/** One step of a request's history (submitted, returned with a reason, resubmitted, issued …). */
export interface CertificateRequestEvent {
  at: string
  action: 'submitted' | 'resubmitted' | 'returned' | 'rejected' | 'issued' | 'revoked' | 'withdrawn'
  /** 申请人 or the village committee's name. */
  actor: string
  reason: string | null
}

/** A resident's request (`GET /certificate-requests`, mine) and what the cadre sees of it. */
export interface CertificateRequest {
  id: string
  type: { id: string; name: string }
  village: { code: string; name: string; path: string }
  purpose: string
  /**
   * The applicant: the full name for the applicant and the cadre of the village (who must know whom
   * they certify); the ID number and phone always masked.
   */
  applicant: { name: string; idNumber: string; phone: string | null }
  /**
   * 为家人办: the resident who asked for it on the applicant's behalf (经办人), masked (name too);
   * null or absent when the applicant asked themself.
   */
  agent?: { name: string; idNumber: string; phone: string | null } | null
  /**
   * True when the signed-in viewer is the family member it was asked for (申请人 / 持证人): they may
   * follow it and read the certificate, while 撤回 and 修改后重新提交 stay with the 经办人.
   */
  viewerIsApplicant?: boolean
  fields: SubmittedField[]
  materials: { key: string; name: string; files: { fileId: string; name: string; size: number; mime: string }[] }[]
  status: CertificateRequestStatus
  /** The cadre's reason when returned or rejected, else null. */
  reason: string | null
  history: CertificateRequestEvent[]
  /** The certificate once issued, its state on the server's today and its 有效期至. */
  certificate: { no: string; status: CertificateStatus; validUntil: string | null } | null
  createdAt: string
  updatedAt: string
}

/**
 * valid through 有效期至; expired after it (by the server's settable clock, not stored); revoked by the
 * committee (wins over expiry).
 */
export type CertificateStatus = 'valid' | 'expired' | 'revoked'

/** One fact a certificate states (地址, 用途 …), personal numbers masked, as a verifier compares it with the paper. */
export interface CertificateFact {
  label: string
  value: string
}

/** An issued certificate as its holder (and the issuing cadre) sees it (`GET /certificates/{no}`). */
export interface Certificate {
  /** 证明编号, e.g. 350582101201-2022-000123 (≤ 32 characters). */
  no: string
  /** 8-character 核验码 printed on the certificate and carried by its QR code. */
  verificationCode: string
  type: { id: string; name: string }
  /** 证明 title, e.g. 居住证明. */
  title: string
  /** The type's template filled with the applicant's data. */
  body: string
  holder: { name: string; idNumber: string }
  /** 为家人办: the resident who asked for it (经办人), masked; null or absent when the holder asked. Never in verification. */
  agent?: { name: string; idNumber: string } | null
  /** The village committee, e.g. 晋江市安海镇西安村民委员会. */
  issuer: string
  issuedAt: string
  validUntil: string | null
  status: CertificateStatus
  revokedAt: string | null
  revokeReason: string | null
  /** App route of the public verify page for this certificate (the QR code opens it). */
  verifyPath: string
}

/**
 * `GET /certificates/verify?no=&code=` (no login): what proves the certificate and what it states,
 * so a verifier can compare it with the paper; the holder's name masked, ID numbers and phones masked.
 */
export interface CertificateVerification {
  status: CertificateStatus
  no: string
  type: string
  /** 证明 title as printed, e.g. 居住证明. */
  title: string
  issuer: string
  issuedAt: string
  validUntil: string | null
  /** Masked: 陈**. */
  holderName: string
  revokedAt: string | null
  /** What the certificate states: 用途 first, then the type's fields as filled in. */
  facts: CertificateFact[]
  /** The certificate's text as printed, with the holder's name masked. */
  text: string
}

/**
 * Certificate events the holder is told about, stored with the case notices (`GET /admin/notices`,
 * `caseNo` then holding the request id): returned, issued, rejected, revoked, and 7 days before expiry.
 */
export type CertificateNoticeEvent = 'certificate-returned' | 'certificate-issued' | 'certificate-rejected' | 'certificate-revoked' | 'certificate-expiring'

/** `GET /cadre/certificate-requests` adds the queue's counts to the list body. */
export interface CadreQueueCounts {
  pending: number
  returned: number
  rejected: number
  issued: number
}
