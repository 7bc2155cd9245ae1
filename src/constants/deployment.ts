import type { NoticeEvent } from '@contract/case'

/**
 * Deployment settings, the one place the app reads them (see `.env.example`).
 *
 * The build replaces each literal `process.env.TARO_APP_*` below with its value (config/index.ts
 * passes every one through, empty when unset, so a weapp bundle never keeps a `process.env` read:
 * WeChat has no `process`). Each read still sits in a try, for a bundle built without that pass.
 * Jest sets them in config/jest/deployment-env.js. Read them through these functions only, so a
 * grep for `TARO_APP_` in src finds this file and nothing else.
 */

function read(get: () => string | undefined): string {
  try {
    return (get() ?? '').trim()
  } catch {
    return ''
  }
}

/** The API origin + path: `TARO_APP_API_BASE`, else the local mock (config/index.ts decides the default). */
export function apiBase(): string {
  return API_BASE_URL
}

/** The public H5 address the certificate QR links to from WeChat (`TARO_APP_H5_BASE`); '' when unset. */
export function h5Base(): string {
  return read(() => process.env.TARO_APP_H5_BASE)
}

/** Whether the mock backend's demo-account buttons show (`TARO_APP_DEMO=1`; on for npm start and tests). */
export function demoAccountsEnabled(): boolean {
  return read(() => process.env.TARO_APP_DEMO) === '1'
}

/**
 * The WeChat subscribe-message template id of each progress notice, chosen in the WeChat admin
 * console (mp.weixin.qq.com → 功能 → 订阅消息); '' when not configured, and then the app says
 * 通知未配置 instead of asking WeChat (which would refuse and look like the person's choice).
 */
export function noticeTemplateIds(): Readonly<Record<NoticeEvent, string>> {
  return {
    accepted: read(() => process.env.TARO_APP_NOTICE_TEMPLATE_ACCEPTED),
    'needs-supplement': read(() => process.env.TARO_APP_NOTICE_TEMPLATE_NEEDS_SUPPLEMENT),
    concluded: read(() => process.env.TARO_APP_NOTICE_TEMPLATE_CONCLUDED),
  }
}
