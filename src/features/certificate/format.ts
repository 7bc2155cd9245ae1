/**
 * Words and dates of village certificates (村(居)证明) as a person reads them. Dates are Beijing
 * dates whatever the phone's time zone: a certificate issued at 00:30 in Quanzhou is dated that day.
 */
import type { CertificateRequestStatus, CertificateStatus } from '@contract/certificate'
import { residentRequestLabel } from '@/domain/certificate-status'
import { formatDate, formatDateTime } from '@/utils/datetime'

export { formatDate, formatDateTime }

/** The look of a state chip: dark text on a light tint (≥ 4.5:1); the words carry the meaning. */
export type Tone = 'active' | 'warning' | 'success' | 'danger' | 'muted'

const TONES: Record<CertificateRequestStatus, Tone> = { pending: 'active', returned: 'warning', rejected: 'danger', issued: 'success', withdrawn: 'muted' }

/** A request's state as the resident reads it (the domain's words); an issued one that was later revoked reads 已撤销. */
export function requestStateLabel(status: CertificateRequestStatus, certificate: { status: CertificateStatus } | null): { label: string; tone: Tone } {
  const revoked = status === 'issued' && certificate?.status === 'revoked'
  return { label: residentRequestLabel(status, certificate), tone: revoked ? 'muted' : TONES[status] }
}
