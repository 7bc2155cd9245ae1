import type { AssistRequest, AssistRequestStatus } from '@contract/application'
import { maskPhone } from '@/domain/mask'
import type { AssistRequestRecord, DeepReadonly } from './store/records'

export const ASSIST_STATUSES: readonly AssistRequestStatus[] = ['pending', 'contacted', 'closed']

/** The wire shape (the applicant's list and the back office's alike): the call-back number masked, as everywhere. */
export function toAssistRequest(record: DeepReadonly<AssistRequestRecord>): AssistRequest {
  return {
    id: record.id,
    item: { id: record.item.id, name: record.item.name },
    phone: maskPhone(record.phone),
    note: record.note,
    preferredTime: record.preferredTime,
    status: record.status,
    createdAt: record.createdAt,
  }
}
