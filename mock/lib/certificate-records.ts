import { z } from 'zod'
import type { Certificate, CertificateNoticeEvent, CertificateRequest } from '@contract/certificate'
import type { StoredCertificateStatus } from '@/domain/certificate-status'
import type { FormFieldKind } from '@contract/application'
import type { SubmittedField } from '@contract/case'

/**
 * Village certificates (村(居)证明) as stored (lib/store, one table each). Everything personal is
 * unmasked here and masked on the way out (lib/certificates.ts). Kept apart from store/records.ts so
 * that file only gains the two collections. A request's `type` is a snapshot: the configured list may change (or retire the
 * type) later.
 */
export interface CertificateRequestRecord extends Omit<CertificateRequest, 'fields' | 'certificate'> {
  /** `CR` + China date + 8 random base32 characters. */
  id: string
  ownerId: string
  /** Unmasked. */
  applicant: CertificateRequest['applicant']
  /** As shown to the applicant, plus the field's kind. */
  fields: (SubmittedField & { kind: FormFieldKind })[]
  certificateNo: string | null
  /** The optional Idempotency-Key of the submission (a retry returns this request). */
  idempotencyKey: string | null
  /** Fingerprint of the submitted body (lib/idempotency.ts), so the same key with another body is a 409; absent on older records. */
  requestHash?: string | null
  /**
   * 为家人办: the family link it was asked under (the applicant is then the member, `agent` the
   * resident who asked, unmasked). Absent or null on one's own requests.
   */
  familyMemberId?: string | null
  agent?: { name: string; idNumber: string; phone: string | null } | null
}

/**
 * An issued certificate (`no`: `<village code>-<year>-<6-digit sequence of that village and year>`;
 * `body`: the filled template, the ID number in it already masked; `validUntil`: the China date,
 * YYYY-MM-DD, through which it is valid). `verifyPath` is derived on the way out.
 */
export interface CertificateRecord extends Omit<Certificate, 'verifyPath' | 'status'> {
  requestId: string
  ownerId: string
  villageCode: string
  /** Unmasked ID number; masked on the way out. */
  holder: Certificate['holder']
  /** What the committee decided; expiry is derived from validUntil and the clock on the way out. */
  status: StoredCertificateStatus
  /** When the holder was told it expires within 7 days (once), or null; absent on older records. */
  expiryNoticeAt?: string | null
  /** 为家人办: the resident who asked for it (经办人), unmasked; absent or null when the holder asked. */
  agent?: { name: string; idNumber: string } | null
}

const fileSchema = z.object({ fileId: z.string(), name: z.string(), size: z.number(), mime: z.string() })
const requestStatus = z.enum(['pending', 'returned', 'rejected', 'issued', 'withdrawn'])
const certificateStatus = z.enum(['valid', 'revoked'])

export const certificateRequestSchema = z.object({
  id: z.string(),
  ownerId: z.string(),
  type: z.object({ id: z.string(), name: z.string() }),
  village: z.object({ code: z.string(), name: z.string(), path: z.string() }),
  purpose: z.string(),
  applicant: z.object({ name: z.string(), idNumber: z.string(), phone: z.string().nullable() }),
  fields: z.array(
    z.object({
      key: z.string(),
      label: z.string(),
      kind: z.enum(['text', 'textarea', 'number', 'date', 'single', 'multiple', 'region', 'id-number', 'credit-code', 'phone', 'address']),
      value: z.union([z.string(), z.number(), z.array(z.string())]),
      display: z.string(),
    }),
  ),
  materials: z.array(z.object({ key: z.string(), name: z.string(), files: z.array(fileSchema) })),
  status: requestStatus,
  reason: z.string().nullable(),
  history: z.array(
    z.object({
      at: z.string(),
      action: z.enum(['submitted', 'resubmitted', 'returned', 'rejected', 'issued', 'revoked', 'withdrawn']),
      actor: z.string(),
      reason: z.string().nullable(),
    }),
  ),
  certificateNo: z.string().nullable(),
  idempotencyKey: z.string().nullable().default(null),
  requestHash: z.string().nullable().optional(),
  // Added with 为家人办 (issue 18): absent on one's own requests.
  familyMemberId: z.string().nullable().optional(),
  agent: z.object({ name: z.string(), idNumber: z.string(), phone: z.string().nullable() }).nullable().optional(),
  createdAt: z.string(),
  updatedAt: z.string(),
}) satisfies z.ZodType<CertificateRequestRecord, unknown>

export const certificateSchema = z.object({
  no: z.string(),
  verificationCode: z.string(),
  requestId: z.string(),
  ownerId: z.string(),
  villageCode: z.string(),
  type: z.object({ id: z.string(), name: z.string() }),
  title: z.string(),
  body: z.string(),
  holder: z.object({ name: z.string(), idNumber: z.string() }),
  issuer: z.string(),
  issuedAt: z.string(),
  validUntil: z.string().nullable(),
  status: certificateStatus,
  revokedAt: z.string().nullable(),
  revokeReason: z.string().nullable(),
  expiryNoticeAt: z.string().nullable().optional(),
  agent: z.object({ name: z.string(), idNumber: z.string() }).nullable().optional(),
}) satisfies z.ZodType<CertificateRecord, unknown>

export const certificateNoticeEventSchema = z.enum([
  'certificate-returned',
  'certificate-issued',
  'certificate-rejected',
  'certificate-revoked',
  'certificate-expiring',
]) satisfies z.ZodType<CertificateNoticeEvent, unknown>

