/**
 * 消息 (SPEC §7 "Notices"): every event a person waits for, kept for them in the app whether or not
 * they subscribed to the WeChat subscribe message (that one is a separate record, `GET /admin/notices`).
 */

/**
 * Where a message comes from: a case, a village certificate request, a complaint's reply, a rating's
 * reply, or a family member asking to act for the person (为家人办).
 */
export type MessageKind = 'case' | 'certificate' | 'complaint' | 'rating' | 'family'

/** `GET /me/messages` items. */
export interface Message {
  id: string
  kind: MessageKind
  /** What happened, short (e.g. 办件已受理). */
  title: string
  /** One or two short sentences: which case or certificate, and the department's note. */
  body: string
  /** The app page that shows it, a path of src/constants/routes.ts with its query (src/domain/message-links.ts). */
  link: string
  createdAt: string
  /** When the person opened it or marked all read; null while unread. */
  readAt: string | null
}

/** `GET /me/messages/unread-count`. */
export interface UnreadCount {
  count: number
}
