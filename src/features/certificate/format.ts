/**
 * Words and dates of village certificates (村(居)证明) as a person reads them. Dates are Beijing
 * dates whatever the phone's time zone: a certificate issued at 00:30 in Quanzhou is dated that day.
 */
import type { CertificateRequestStatus, CertificateStatus } from '@contract/certificate'
import { formatDate, formatDateTime } from '@/utils/datetime'

export { formatDate, formatDateTime }

/** The look of a state chip: dark text on a light tint (≥ 4.5:1); the words carry the meaning. */
export type Tone = 'active' | 'warning' | 'success' | 'danger' | 'muted'

/** A request's state as the resident reads it; an issued one that was later revoked reads 已撤销. */
export function requestStateLabel(status: CertificateRequestStatus, certificate: { status: CertificateStatus } | null): { label: string; tone: Tone } {
  if (status === 'issued' && certificate?.status === 'revoked') return { label: '已撤销', tone: 'muted' }
  switch (status) {
    case 'pending':
      return { label: '待审核', tone: 'active' }
    case 'returned':
      return { label: '已退回', tone: 'warning' }
    case 'rejected':
      return { label: '未通过', tone: 'danger' }
    case 'issued':
      return { label: '已出具', tone: 'success' }
  }
}

/** Counts characters as a person does, not UTF-16 units. */
export function charCount(text: string): number {
  return Array.from(text).length
}
