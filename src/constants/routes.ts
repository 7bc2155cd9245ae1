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

// --- 办件 (progress tracking) ---------------------------------------------------------------------

/** The 办件 tab (a tab page: open it with switchTab). */
export const CASES_TAB_PATH = '/pages/cases/index'
export const CASE_DETAIL_PATH = '/packages/cases/detail/index'
export const CASE_LOOKUP_PATH = '/packages/cases/lookup/index'
/** 补正 lives in the apply subpackage, beside the uploader it reuses. */
export const SUPPLEMENT_PATH = '/packages/apply/supplement/index'

/** The detail (progress, timeline, what was submitted) of one of the person's cases. */
export function caseDetailUrl(caseNo: string): string {
  return `${CASE_DETAIL_PATH}?caseNo=${encodeURIComponent(caseNo)}`
}

/** 办件查询 without login; a case number (e.g. from a receipt) may be filled in already. */
export function lookupUrl(caseNo?: string): string {
  return caseNo ? `${CASE_LOOKUP_PATH}?caseNo=${encodeURIComponent(caseNo)}` : CASE_LOOKUP_PATH
}

/** Uploading what the back office asked for (补正) on a case. */
export function supplementUrl(caseNo: string): string {
  return `${SUPPLEMENT_PATH}?caseNo=${encodeURIComponent(caseNo)}`
}

/** Other tab pages a case page leads to (tab pages open with switchTab only). */
export const CATALOGUE_TAB_PATH = '/pages/catalogue/index'
export const MINE_TAB_PATH = '/pages/mine/index'
