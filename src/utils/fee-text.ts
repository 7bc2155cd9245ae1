import type { Fee } from '@contract/service-item'

/**
 * The guide's fee as a person reads it before submitting and on the receipt and case: 免费 when
 * nothing is charged, else the amount; its basis on a line of its own; where it is paid.
 */
export function feeText(fee: Fee | null | undefined): { amount: string; basis: string | null; payment: string | null } | null {
  if (!fee) return null
  if (!fee.charged) return { amount: '免费', basis: fee.basis ? `依据：${fee.basis}` : null, payment: null }
  return { amount: fee.description, basis: fee.basis ? `收费依据：${fee.basis}` : null, payment: '在窗口领取或办理时缴纳，线上不收费' }
}
