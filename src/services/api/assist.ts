import type { AssistRequest, AssistRequestInput } from '@contract/application'
import type { Page } from '@contract/common'
import { http } from '../http'

/** Asks the service center for assisted application (帮办代办); answers the request with its number. */
export async function createAssistRequest(input: AssistRequestInput): Promise<AssistRequest> {
  const { data } = await http.post<AssistRequest>('/assist-requests', input)
  return data
}

/** The signed-in person's assisted-application requests, newest first. */
export async function listAssistRequests(): Promise<AssistRequest[]> {
  const { data } = await http.get<Page<AssistRequest>>('/assist-requests')
  return data.items
}
