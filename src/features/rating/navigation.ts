import { CASE_DETAIL_PATH, caseDetailUrl, complaintUrl, myRatingsUrl, rateUrl } from '@/constants/routes'
import { backTo, navigate } from '@/utils/navigate'

export function openRate(caseNo: string): Promise<void> {
  return navigate(rateUrl(caseNo))
}

export function openMyRatings(tab: 'mine' | 'pending' = 'mine'): Promise<void> {
  return navigate(myRatingsUrl(tab))
}

export function openComplaint(caseNo?: string): Promise<void> {
  return navigate(complaintUrl(caseNo))
}

export function openCase(caseNo: string): Promise<void> {
  return navigate(caseDetailUrl(caseNo))
}

/**
 * Back to the case after rating it: the page below when it is that case's detail (it reloads on
 * show and then has the rating), else the detail opened in place of the form.
 */
export function backToCase(caseNo: string): Promise<void> {
  return backTo(CASE_DETAIL_PATH, caseDetailUrl(caseNo))
}
