import type { Page } from '@contract/common'
import type { Complaint, ComplaintInput } from '@contract/rating'
import { http } from '../http'

/** Files a 办不成事反映 / 投诉 / 建议, optionally about one of the person's cases; the numbered complaint. */
export async function submitComplaint(input: ComplaintInput): Promise<Complaint> {
  const { data } = await http.post<Complaint>('/complaints', input)
  return data
}

/** The person's own complaints with their state and the back office's reply, newest first. */
export async function listMyComplaints(): Promise<Page<Complaint>> {
  const { data } = await http.get<Page<Complaint>>('/complaints', { params: { page: 1, pageSize: 50 } })
  return data
}
