import type { Page } from '@contract/common'
import type { Message, UnreadCount } from '@contract/message'
import { http } from '../http'

/** The person's messages (case, certificate, complaint and rating events), newest first, one page. */
export async function listMessages(params: { page: number; pageSize: number }): Promise<Page<Message>> {
  const { data } = await http.get<Page<Message>>('/me/messages', { params })
  return data
}

/** How many of the person's messages are unread (我的 and the tab badge). */
export async function getUnreadMessageCount(): Promise<number> {
  const { data } = await http.get<UnreadCount>('/me/messages/unread-count')
  return data.count
}

/** Marks one message read (the person opened it); the message as it is now. */
export async function markMessageRead(id: string): Promise<Message> {
  const { data } = await http.post<Message>(`/me/messages/${encodeURIComponent(id)}/read`)
  return data
}

/** 全部已读: marks every message read; the unread count afterwards. */
export async function markAllMessagesRead(): Promise<number> {
  const { data } = await http.post<UnreadCount>('/me/messages/read-all')
  return data.count
}
