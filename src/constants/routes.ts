/**
 * Every page path of the app and the URLs that open them, in one place: the guide links to the
 * form, the form to the receipt, 我的 to real-name verification, without one feature importing
 * another. Open them with `navigate` (src/utils/navigate.ts); app.config.ts lists the same pages.
 */

// --- Tab pages (main package; they open with switchTab only) ---------------------------------------

export const HOME_TAB_PATH = '/pages/index/index'
export const CATALOGUE_TAB_PATH = '/pages/catalogue/index'
/** The 办件 tab. */
export const CASES_TAB_PATH = '/pages/cases/index'
export const MINE_TAB_PATH = '/pages/mine/index'
export const TAB_PATHS: readonly string[] = [HOME_TAB_PATH, CATALOGUE_TAB_PATH, CASES_TAB_PATH, MINE_TAB_PATH]

// --- 事项 (packages/items) --------------------------------------------------------------------------

export const SEARCH_PATH = '/packages/items/search/index'
export const GUIDE_PATH = '/packages/items/guide/index'

/** The URL of an item's guide (办事指南). */
export function guidePageUrl(id: string): string {
  return `${GUIDE_PATH}?id=${encodeURIComponent(id)}`
}

/** 一件事 bundles have their own guide (parts, the combined materials); its id is the bundle item's id. */
export const BUNDLE_GUIDE_PATH = '/packages/items/bundle/index'

/** The guide of a 一件事 bundle (一份指南告知). */
export function bundleGuideUrl(id: string): string {
  return `${BUNDLE_GUIDE_PATH}?id=${encodeURIComponent(id)}`
}

// --- 在线申报 (packages/apply) ----------------------------------------------------------------------

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

export const BUNDLE_APPLY_PATH = '/packages/apply/bundle/index'
export const BUNDLE_RECEIPT_PATH = '/packages/apply/bundle/receipt/index'

/** The stepped application of a 一件事 bundle (parts, one form, one set of materials, one delivery). */
export function bundleApplyUrl(bundleId: string): string {
  return `${BUNDLE_APPLY_PATH}?id=${encodeURIComponent(bundleId)}`
}

/** The receipt (回执) of a submitted bundle case, with its part cases. */
export function bundleReceiptUrl(caseNo: string): string {
  return `${BUNDLE_RECEIPT_PATH}?caseNo=${encodeURIComponent(caseNo)}`
}

/** 帮办代办 request for an item. */
export function assistUrl(itemId: string): string {
  return `${ASSIST_PATH}?itemId=${encodeURIComponent(itemId)}`
}

// --- 我的: 家人 (packages/account) -----------------------------------------------------------------

export const FAMILY_PATH = '/packages/account/family/index'

/** 家人 (为家人办): the members the person added, adding one, and who asked to act for them. */
export function familyUrl(): string {
  return FAMILY_PATH
}

export const LICENSES_PATH = '/packages/account/licenses/index'

/** 我的电子证照: the person's e-licenses, a 一件事's 行业综合许可证 among them. */
export function licensesUrl(): string {
  return LICENSES_PATH
}

// --- 消息 (packages/messages) ----------------------------------------------------------------------

export const MESSAGES_PATH = '/packages/messages/list/index'

/** 消息: the person's messages (case, certificate, complaint and rating events), newest first. */
export function messagesUrl(): string {
  return MESSAGES_PATH
}

// --- 办件 (progress tracking) ---------------------------------------------------------------------

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

// --- 村(居)证明 (village certificates) and the cadre's workbench -------------------------------------

export const CERTIFICATE_APPLY_PATH = '/packages/certificate/apply/index'
export const CERTIFICATE_REQUESTS_PATH = '/packages/certificate/requests/index'
export const CERTIFICATE_DETAIL_PATH = '/packages/certificate/detail/index'
/** One of the person's certificate requests: state, history, the cadre's reason, 撤回. */
export const CERTIFICATE_REQUEST_PATH = '/packages/certificate/request/index'
/** Public (no login); the QR code of a certificate opens it with `?no=&code=`. */
export const CERTIFICATE_VERIFY_PATH = '/packages/certificate/verify/index'
export const CADRE_WORKBENCH_PATH = '/packages/cadre/workbench/index'
export const CADRE_REQUEST_PATH = '/packages/cadre/request/index'
export const CADRE_CERTIFICATES_PATH = '/packages/cadre/certificates/index'

/** The request form; with `requestId`, the correction of a returned request (修改后重新提交). */
export function certificateApplyUrl(requestId?: string): string {
  return requestId ? `${CERTIFICATE_APPLY_PATH}?id=${encodeURIComponent(requestId)}` : CERTIFICATE_APPLY_PATH
}

/** 我的证明: the person's certificate requests. */
export function certificateRequestsUrl(): string {
  return CERTIFICATE_REQUESTS_PATH
}

/** One of the person's certificate requests (申请详情). */
export function certificateRequestUrl(id: string): string {
  return `${CERTIFICATE_REQUEST_PATH}?id=${encodeURIComponent(id)}`
}

/** An issued certificate, as its holder sees it. */
export function certificateUrl(no: string): string {
  return `${CERTIFICATE_DETAIL_PATH}?no=${encodeURIComponent(no)}`
}

/** 证明核验, empty or with the number and code filled in (what the QR code carries). */
export function certificateVerifyUrl(no?: string, code?: string): string {
  if (!no) return CERTIFICATE_VERIFY_PATH
  const query = `no=${encodeURIComponent(no)}${code ? `&code=${encodeURIComponent(code)}` : ''}`
  return `${CERTIFICATE_VERIFY_PATH}?${query}`
}

/** 村务工作台 (cadres only). */
export function cadreWorkbenchUrl(): string {
  return CADRE_WORKBENCH_PATH
}

/** One request of the cadre's village, to review. */
export function cadreRequestUrl(id: string): string {
  return `${CADRE_REQUEST_PATH}?id=${encodeURIComponent(id)}`
}

/** The certificates the cadre's village issued (撤销 from there). */
export function cadreCertificatesUrl(): string {
  return CADRE_CERTIFICATES_PATH
}

// --- 好差评 and 投诉建议 (packages/rating) ----------------------------------------------------------

export const RATE_PATH = '/packages/rating/rate/index'
export const MY_RATINGS_PATH = '/packages/rating/mine/index'
/** Public (no login): 好差评公示. */
export const RATING_STATS_PATH = '/packages/rating/stats/index'
export const COMPLAINT_PATH = '/packages/rating/complaint/index'

/** The rating form of one concluded case. */
export function rateUrl(caseNo: string): string {
  return `${RATE_PATH}?caseNo=${encodeURIComponent(caseNo)}`
}

/** 我的评价, or with `pending` the 待评价 list. */
export function myRatingsUrl(tab: 'mine' | 'pending' = 'mine'): string {
  return tab === 'pending' ? `${MY_RATINGS_PATH}?tab=pending` : MY_RATINGS_PATH
}

/** 好差评公示: figures per department and region. */
export function ratingStatsUrl(): string {
  return RATING_STATS_PATH
}

/** 办不成事反映 / 投诉建议, optionally about one case, with the person's earlier ones below. */
export function complaintUrl(caseNo?: string): string {
  return caseNo ? `${COMPLAINT_PATH}?caseNo=${encodeURIComponent(caseNo)}` : COMPLAINT_PATH
}
