/**
 * The words for the states of a village certificate request (村(居)证明申请) and of an issued
 * certificate, in one table. Pure and free of Taro: the mock backend names a request's state in
 * its messages with these words and the app shows them.
 *
 * One status has up to three wordings, each for a reason:
 * - REQUEST_STATUS_LABELS: the formal words (已退回补正, 不予出具): the cadre's request page and the
 *   server's messages;
 * - REQUEST_TAB_LABELS: the cadre's queue tabs, short enough to stand beside a count (已退回, 已拒绝);
 * - residentRequestLabel: what the applicant reads on his own request: a refusal reads 未通过, and
 *   an issued request whose certificate was revoked reads 已撤销.
 */
import type { CertificateRequestStatus, CertificateStatus } from '@contract/certificate'

export const REQUEST_STATUS_LABELS: Readonly<Record<CertificateRequestStatus, string>> = {
  pending: '待审核',
  returned: '已退回补正',
  rejected: '不予出具',
  issued: '已出具',
  withdrawn: '已撤回',
}

export const REQUEST_TAB_LABELS: Readonly<Record<CertificateRequestStatus, string>> = {
  ...REQUEST_STATUS_LABELS,
  returned: '已退回',
  rejected: '已拒绝',
}

/** An issued certificate: still valid, past its 有效期至, or revoked by the committee. */
export const CERTIFICATE_STATUS_LABELS: Readonly<Record<CertificateStatus, string>> = {
  valid: '有效',
  expired: '已过期',
  revoked: '已撤销',
}

const RESIDENT_LABELS: Readonly<Record<CertificateRequestStatus, string>> = { ...REQUEST_STATUS_LABELS, rejected: '未通过' }

/** The applicant's words for his request; an issued one whose certificate was revoked reads 已撤销, expired 已过期. */
export function residentRequestLabel(status: CertificateRequestStatus, certificate: { status: CertificateStatus } | null): string {
  if (status === 'issued' && certificate && certificate.status !== 'valid') return CERTIFICATE_STATUS_LABELS[certificate.status]
  return RESIDENT_LABELS[status]
}

/** What the committee decided about a certificate it issued (stored); expiry is not a decision but a date. */
export type StoredCertificateStatus = Exclude<CertificateStatus, 'expired'>

/**
 * A certificate's state on China date `today` (YYYY-MM-DD, from the server's settable clock): a
 * revocation wins; otherwise it is valid through its 有效期至 (inclusive) and expired after it. One
 * without 有效期至 stays valid.
 */
export function certificateStatusOn(certificate: { status: StoredCertificateStatus; validUntil: string | null }, today: string): CertificateStatus {
  if (certificate.status === 'revoked') return 'revoked'
  return certificate.validUntil !== null && today > certificate.validUntil ? 'expired' : 'valid'
}

/** Days the holder is told ahead that a certificate is about to expire (a notice goes out once). */
export const EXPIRY_NOTICE_DAYS = 7

/** A request the applicant may still withdraw (撤回): only while it waits for the committee. */
export function canWithdrawRequest(status: CertificateRequestStatus): boolean {
  return status === 'pending'
}
