import { caseDetailUrl, lookupUrl, supplementUrl } from '@/constants/routes'
import { navigate } from '@/utils/navigate'

/** Opens the detail of one of the person's cases. */
export function openCaseDetail(caseNo: string): Promise<void> {
  return navigate(caseDetailUrl(caseNo))
}

/** Opens 办件查询 (no login needed). */
export function openLookup(caseNo?: string): Promise<void> {
  return navigate(lookupUrl(caseNo))
}

/**
 * Opens the 补正 page of a case. In a 一件事 bundle case, `partCaseNo` names the part whose request
 * is answered (the bundle case is still the one answered: supplements go through it).
 */
export function openSupplement(caseNo: string, partCaseNo?: string): Promise<void> {
  const url = supplementUrl(caseNo)
  return navigate(partCaseNo ? `${url}&part=${encodeURIComponent(partCaseNo)}` : url)
}
