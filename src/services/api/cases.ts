import type { Page } from '@contract/common'
import type { Case, CaseLookupResult, CaseStatus, CaseSummary, SupplementInput } from '@contract/case'
import { http } from '../http'

const path = (caseNo: string) => `/cases/${encodeURIComponent(caseNo)}`

/** The signed-in person's cases (办件), newest first; `statuses` narrows the list to those states. */
export async function listCases(query: { statuses?: readonly CaseStatus[]; page: number; pageSize: number }): Promise<Page<CaseSummary>> {
  const { statuses, page, pageSize } = query
  const { data } = await http.get<Page<CaseSummary>>('/cases', {
    params: { status: statuses && statuses.length > 0 ? statuses.join(',') : undefined, page, pageSize },
  })
  return data
}

/** One of the signed-in person's cases (办件), by its case number. */
export async function getCase(caseNo: string): Promise<Case> {
  const { data } = await http.get<Case>(path(caseNo))
  return data
}

/** Withdraws a case that has not been accepted yet (撤回申请); the case as it now stands. */
export async function withdrawCase(caseNo: string, reason?: string): Promise<Case> {
  const { data } = await http.post<Case>(`${path(caseNo)}/withdraw`, reason ? { reason } : {})
  return data
}

/** Hands in what the back office asked for (补正); the case goes back to review. */
export async function submitSupplement(caseNo: string, input: SupplementInput): Promise<Case> {
  const { data } = await http.post<Case>(`${path(caseNo)}/supplements`, input)
  return data
}

/** Progress of a case by its number and the receipt's 查询码, without login. */
export async function lookupCase(caseNo: string, queryCode: string): Promise<CaseLookupResult> {
  const { data } = await http.post<CaseLookupResult>('/cases/lookup', { caseNo, queryCode })
  return data
}
