import type { Page } from '@contract/common'
import type { Complaint, ComplaintInput } from '@contract/rating'
import { http } from '../http'

/**
 * Files a 办不成事反映 / 投诉 / 建议, optionally about one of the person's cases; the numbered complaint.
 * The same `idempotencyKey` on a retry (after a lost answer or a double tap) returns the complaint
 * the first attempt made instead of a second one.
 */
export async function submitComplaint(input: ComplaintInput, idempotencyKey: string): Promise<Complaint> {
  const { data } = await http.post<Complaint>('/complaints', input, { headers: { 'Idempotency-Key': idempotencyKey } })
  return data
}

/** The person's own complaints with their state and the back office's reply, newest first. */
export async function listMyComplaints(): Promise<Page<Complaint>> {
  const { data } = await http.get<Page<Complaint>>('/complaints', { params: { page: 1, pageSize: 50 } })
  return data
}
