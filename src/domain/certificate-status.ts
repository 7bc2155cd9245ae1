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
}

export const REQUEST_TAB_LABELS: Readonly<Record<CertificateRequestStatus, string>> = {
  ...REQUEST_STATUS_LABELS,
  returned: '已退回',
  rejected: '已拒绝',
}

/** An issued certificate: still valid, or revoked by the committee. */
export const CERTIFICATE_STATUS_LABELS: Readonly<Record<CertificateStatus, string>> = {
  valid: '有效',
  revoked: '已撤销',
}

const RESIDENT_LABELS: Readonly<Record<CertificateRequestStatus, string>> = { ...REQUEST_STATUS_LABELS, rejected: '未通过' }

/** The applicant's words for his request; an issued one whose certificate was revoked reads 已撤销. */
export function residentRequestLabel(status: CertificateRequestStatus, certificate: { status: CertificateStatus } | null): string {
  return status === 'issued' && certificate?.status === 'revoked' ? CERTIFICATE_STATUS_LABELS.revoked : RESIDENT_LABELS[status]
}
