import type { NoticeEvent } from '@contract/case'
import { noticeTemplateIds } from '@/constants/deployment'

/**
 * WeChat subscribe-message template ids, one per progress notice: deployment settings
 * (TARO_APP_NOTICE_TEMPLATE_* in .env.production, see .env.example), '' where none is configured.
 * Pick the templates in the WeChat admin console (mp.weixin.qq.com → 功能 → 订阅消息, e.g.
 * 办件受理通知 / 材料补正通知 / 办件办结通知). The case number (≤ 32 characters) fits their 字符串 fields.
 */
export const NOTICE_TEMPLATE_IDS: Readonly<Record<NoticeEvent, string>> = noticeTemplateIds()

/** Whether every progress notice has its template id; without them WeChat can only refuse. */
export function noticeTemplatesConfigured(): boolean {
  return Object.values(NOTICE_TEMPLATE_IDS).every((id) => id !== '')
}

export const NOTICE_EVENTS: readonly NoticeEvent[] = ['accepted', 'needs-supplement', 'concluded']

export const NOTICE_LABELS: Readonly<Record<NoticeEvent, string>> = {
  accepted: '受理',
  'needs-supplement': '需补正',
  concluded: '办结',
}

/** What each notice tells the person, for the choice on the receipt. */
export const NOTICE_DESCRIPTIONS: Readonly<Record<NoticeEvent, string>> = {
  accepted: '办件被受理时通知我',
  'needs-supplement': '需要补正材料时通知我',
  concluded: '办结时通知我',
}
