import type { AssistRequest, AssistRequestInput } from '@contract/application'
import type { Page } from '@contract/common'
import { http } from '../http'

/**
 * Asks the service center for assisted application (帮办代办); answers the request with its number.
 * The same `idempotencyKey` on a retry returns the request the first attempt made.
 */
export async function createAssistRequest(input: AssistRequestInput, idempotencyKey: string): Promise<AssistRequest> {
  const { data } = await http.post<AssistRequest>('/assist-requests', input, { headers: { 'Idempotency-Key': idempotencyKey } })
  return data
}

/** The signed-in person's assisted-application requests, newest first. */
export async function listAssistRequests(): Promise<AssistRequest[]> {
  const { data } = await http.get<Page<AssistRequest>>('/assist-requests')
  return data.items
}
