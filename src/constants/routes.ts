/**
 * Page paths of the application subpackage (packages/apply) and the URLs that open them, in one
 * place: the guide links to the form, the form to the receipt, 我的 to real-name verification,
 * without one feature importing another.
 */
export const APPLY_FORM_PATH = '/packages/apply/form/index'
export const APPLY_RECEIPT_PATH = '/packages/apply/receipt/index'
export const IDENTITY_PATH = '/packages/apply/identity/index'
export const ASSIST_PATH = '/packages/apply/assist/index'

/** The stepped application form of an item (在线申报). */
export function applyFormUrl(itemId: string): string {
  return `${APPLY_FORM_PATH}?itemId=${encodeURIComponent(itemId)}`
}

/** The receipt (回执) of a submitted case. */
export function receiptUrl(caseNo: string): string {
  return `${APPLY_RECEIPT_PATH}?caseNo=${encodeURIComponent(caseNo)}`
}

/** Real-name (and, for 法人, enterprise) verification. */
export function identityUrl(kind: 'personal' | 'legal' = 'personal'): string {
  return `${IDENTITY_PATH}?kind=${kind}`
}

/** 帮办代办 request for an item. */
export function assistUrl(itemId: string): string {
  return `${ASSIST_PATH}?itemId=${encodeURIComponent(itemId)}`
}
