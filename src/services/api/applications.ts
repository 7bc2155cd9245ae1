import type { ApplicationInput, FormSchema } from '@contract/application'
import type { Case, NoticeEvent } from '@contract/case'
import { http } from '../http'

/** The stepped form of a palm-capable item (fields, materials, commitment, upload limits). */
export async function getForm(itemId: string): Promise<FormSchema> {
  const { data } = await http.get<FormSchema>(`/items/${encodeURIComponent(itemId)}/form`)
  return data
}

/**
 * Submits an application. The same `idempotencyKey` on a retry returns the case the first attempt
 * created, so a lost answer followed by 重新提交 never makes a second case.
 */
export async function submitApplication(input: ApplicationInput, idempotencyKey: string): Promise<Case> {
  const { data } = await http.post<Case>('/applications', input, { headers: { 'Idempotency-Key': idempotencyKey } })
  return data
}

/** Saves which progress notices (受理 / 需补正 / 办结) the person wants for a case; returns what was saved. */
export async function setCaseNotices(caseNo: string, events: NoticeEvent[]): Promise<NoticeEvent[]> {
  const { data } = await http.put<{ events: NoticeEvent[] }>(`/cases/${encodeURIComponent(caseNo)}/notices`, { events })
  return data.events
}
