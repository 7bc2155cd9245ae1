import type { CaseStatus, CaseSummary } from '@contract/case'
import { usePagedList, type PagedList } from '@/hooks/use-paged-list'
import { listCases } from '@/services/api/cases'

export const CASES_PAGE_SIZE = 10

/** The person's cases of one filter, page by page (see usePagedList). */
export type CaseList = PagedList<CaseSummary>

/**
 * The signed-in person's cases (`ownerId`; null when signed out), newest first, page by page. A
 * change of filter or of person starts over; an answer for a filter already left is dropped.
 */
export function useCaseList(statuses: readonly CaseStatus[], ownerId: string | null): CaseList {
  return usePagedList({
    // Signing in as someone else is a different list, as much as another filter is.
    key: ownerId ? `${ownerId}|${statuses.join(',')}` : '',
    fetchPage: (page) => listCases({ statuses, page, pageSize: CASES_PAGE_SIZE }),
    // A case submitted meanwhile shifts the pages by one; never show a case twice.
    idOf: (c) => c.caseNo,
  })
}
