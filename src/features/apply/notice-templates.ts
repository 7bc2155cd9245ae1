import type { NoticeEvent } from '@contract/case'

/**
 * WeChat subscribe-message template ids, one per progress notice, in one place.
 *
 * TO REPLACE before release: these are placeholders. Pick the templates in the WeChat admin console
 * (mp.weixin.qq.com → 功能 → 订阅消息, e.g. 办件受理通知 / 材料补正通知 / 办件办结通知), and
 * paste their template ids here. The case number (≤ 32 characters) fits their 字符串 fields.
 */
export const NOTICE_TEMPLATE_IDS: Readonly<Record<NoticeEvent, string>> = {
  accepted: 'REPLACE_WITH_TEMPLATE_ID_CASE_ACCEPTED',
  'needs-supplement': 'REPLACE_WITH_TEMPLATE_ID_CASE_NEEDS_SUPPLEMENT',
  concluded: 'REPLACE_WITH_TEMPLATE_ID_CASE_CONCLUDED',
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
