/**
 * The page a message opens (SPEC §7 "Notices"). The mock writes the link when the event happens and
 * the app opens it as is, so both sides build it here from the same page paths as
 * src/constants/routes.ts (src/constants/message-links.test.ts keeps the two equal; src/domain may
 * not import constants).
 */

export const MESSAGE_PAGE_PATHS = {
  caseDetail: '/packages/cases/detail/index',
  supplement: '/packages/apply/supplement/index',
  certificateRequest: '/packages/certificate/request/index',
  certificateDetail: '/packages/certificate/detail/index',
  complaint: '/packages/rating/complaint/index',
  myRatings: '/packages/rating/mine/index',
  family: '/packages/account/family/index',
} as const

/** What a message is about, which decides the page it opens. */
export type MessageTarget =
  // 一件事: a part's event opens its bundle case (`caseNo`), where the part's 补正, its result and
  // the one rating are; `part` names the part case it is about.
  | { page: 'case'; caseNo: string; part?: string }
  | { page: 'supplement'; caseNo: string; part?: string }
  | { page: 'certificate-request'; requestId: string }
  | { page: 'certificate'; no: string }
  | { page: 'complaint'; caseNo: string | null }
  | { page: 'my-ratings' }
  | { page: 'family' }

/** The app URL (path + query) a message about `target` opens. */
export function messageLink(target: MessageTarget): string {
  const p = MESSAGE_PAGE_PATHS
  switch (target.page) {
    case 'case':
      return `${p.caseDetail}?caseNo=${encodeURIComponent(target.caseNo)}${partQuery(target.part)}`
    case 'supplement':
      return `${p.supplement}?caseNo=${encodeURIComponent(target.caseNo)}${partQuery(target.part)}`
    case 'certificate-request':
      return `${p.certificateRequest}?id=${encodeURIComponent(target.requestId)}`
    case 'certificate':
      return `${p.certificateDetail}?no=${encodeURIComponent(target.no)}`
    case 'complaint':
      return target.caseNo ? `${p.complaint}?caseNo=${encodeURIComponent(target.caseNo)}` : p.complaint
    case 'my-ratings':
      return p.myRatings
    case 'family':
      return p.family
  }
}

function partQuery(part: string | undefined): string {
  return part ? `&part=${encodeURIComponent(part)}` : ''
}
