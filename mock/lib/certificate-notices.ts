import { randomBytes } from 'node:crypto'
import type { MiddlewareHandler } from 'hono'
import type { CaseNotice } from '@contract/case'
import type { CertificateNoticeEvent } from '@contract/certificate'
import { EXPIRY_NOTICE_DAYS } from '@/domain/certificate-status'
import type { CertificateRecord, CertificateRequestRecord } from './certificate-records'
import { addDays } from './certificates'
import { sendCertificateMessage } from './messages'
import { toIsoChina, type Clock } from './clock'
import type { Store } from './store'
import type { DeepReadonly } from './store/records'
import { characterStringValue, phraseValue, thingValue, timeValue } from './wechat-template'
import { chinaDateOf } from './working-days'

/**
 * Notices of village certificate events (SPEC §7 "Notices"): the holder is told when a request is
 * returned, issued or rejected, when a certificate is revoked, and 7 days before it expires. They
 * are stored with the case notices (the subscribe messages the mock would have sent; `GET
 * /admin/notices`), `caseNo` holding the request id, until a message centre reads them per person.
 */

/** Phrase (≤ 5 characters) of what happened. */
const PHRASES: Record<CertificateNoticeEvent, string> = {
  'certificate-returned': '退回补正',
  'certificate-issued': '已出具',
  'certificate-rejected': '不予出具',
  'certificate-revoked': '已撤销',
  'certificate-expiring': '即将到期',
}

/** What to do, when the cadre gave no reason (≤ 20 characters). */
const FALLBACK: Record<CertificateNoticeEvent, string> = {
  'certificate-returned': '请按退回原因修改后重新提交',
  'certificate-issued': '证明已出具，可在我的证明查看',
  'certificate-rejected': '请在我的证明查看原因',
  'certificate-revoked': '证明已被撤销，请查看原因',
  'certificate-expiring': '证明即将过期，如需请重新申请',
}

/** The notice record of one certificate event, every value within WeChat's limits. */
export function certificateNotice(
  request: Pick<DeepReadonly<CertificateRequestRecord>, 'id' | 'type'>,
  event: CertificateNoticeEvent,
  note: string | null,
  now: Date,
  /** The certificate number when there is one (issued, revoked, expiring), else the request id. */
  number?: string,
): CaseNotice {
  return {
    id: `n${randomBytes(12).toString('hex')}`,
    caseNo: request.id,
    event,
    data: {
      thing1: thingValue(request.type.name, '村(居)证明'),
      character_string2: characterStringValue(number ?? request.id),
      phrase3: phraseValue(PHRASES[event]),
      time4: timeValue(now),
      thing5: thingValue(note ?? '', FALLBACK[event]),
    },
    createdAt: toIsoChina(now),
  }
}

/** Records one event's notice and the holder's message (inside the caller's store.transaction). */
export function sendCertificateNotice(
  store: Store,
  request: Pick<DeepReadonly<CertificateRequestRecord>, 'id' | 'type' | 'ownerId'>,
  event: CertificateNoticeEvent,
  note: string | null,
  now: Date,
  number?: string,
): void {
  store.notices.put(certificateNotice(request, event, note, now, number))
  sendCertificateMessage(store, request, event, note, now, number)
}

/** Certificates noticed per pass, so one pass never holds a huge list. */
const EXPIRY_BATCH = 200

/**
 * Tells each holder once, in the 7 days before 有效期至, that the certificate is about to expire
 * (by the settable clock). An indexed look-up; writes only when one is due. Returns how many.
 */
export function settleExpiryNotices(store: Store, now: Date): number {
  const today = chinaDateOf(now)
  const lastDay = addDays(today, EXPIRY_NOTICE_DAYS)
  if (store.certificates.listExpiringBy(lastDay, 1).length === 0) return 0
  return store.transaction(() => {
    let sent = 0
    for (;;) {
      const due: CertificateRecord[] = store.certificates.listExpiringBy(lastDay, EXPIRY_BATCH)
      if (due.length === 0) return sent
      for (const certificate of due) {
        // One already past its date is not "about to" expire: marked without a notice.
        if (certificate.validUntil !== null && certificate.validUntil >= today) {
          const request = store.certificateRequests.get(certificate.requestId)
          sendCertificateNotice(store, request ?? { id: certificate.requestId, type: certificate.type, ownerId: certificate.ownerId }, 'certificate-expiring', `有效期至${certificate.validUntil}`, now, certificate.no)
          sent += 1
        }
        certificate.expiryNoticeAt = toIsoChina(now)
        store.certificates.put(certificate)
      }
    }
  })
}

/** Sends the due expiry notices before a certificate route answers (app.ts mounts it), as the default ratings are settled. */
export function expiryNoticer(store: Store, clock: Clock): MiddlewareHandler {
  return async (_c, next) => {
    settleExpiryNotices(store, clock.now())
    await next()
  }
}
