import { Hono, type Context } from 'hono'
import { z } from 'zod'
import type { CadreQueueCounts, CertificateRequestStatus, CertificateStatus } from '@contract/certificate'
import { REQUEST_STATUS_LABELS } from '@/domain/certificate-status'
import { REVIEW_REASON_CHARS } from '@/domain/text'
import { noStore } from '../lib/cache'
import type { CertificateRecord, CertificateRequestRecord } from '../lib/certificate-records'
import {
  CERTIFICATE_NO,
  REQUEST_ID,
  addDays,
  certificateBody,
  committeeOf,
  newCertificateNo,
  newVerificationCode,
  toCertificate,
  toCertificateRequest,
} from '../lib/certificates'
import { sendCertificateNotice } from '../lib/certificate-notices'
import { toIsoChina } from '../lib/clock'
import type { DeepReadonly } from '../lib/store/records'
import type { AppContext, AppEnv } from '../lib/env'
import { ApiError } from '../lib/errors'
import { CERTIFICATE_NOT_FOUND, REQUEST_NOT_FOUND } from '../lib/not-found'
import { listQuery } from '../lib/paging'
import { mapPage } from '../lib/store'
import { personText } from '../lib/text'
import { parseJson, parseQuery } from '../lib/validate'
import { chinaDateOf } from '../lib/working-days'

export const OTHER_VILLAGE_REQUEST = '只能处理本村（社区）的申请'
export const OTHER_VILLAGE_CERTIFICATE = '只能处理本村（社区）出具的证明'
export const NO_VILLAGE = '当前账号未绑定村（社区），请联系管理员'
export const ALREADY_REVOKED = '该证明已撤销，不能重复撤销'

// A withdrawn request left the queue: the cadre has nothing to do with it.
const REQUEST_STATUSES: readonly CertificateRequestStatus[] = ['pending', 'returned', 'rejected', 'issued']
const CERTIFICATE_STATUSES: readonly CertificateStatus[] = ['valid', 'expired', 'revoked']

const queueQuery = listQuery.extend({
  status: z.enum(REQUEST_STATUSES as [CertificateRequestStatus, ...CertificateRequestStatus[]], { error: `状态须为 ${REQUEST_STATUSES.join('、')} 之一` }).optional(),
})
const issuedQuery = listQuery.extend({
  status: z.enum(CERTIFICATE_STATUSES as [CertificateStatus, ...CertificateStatus[]], { error: `状态须为 ${CERTIFICATE_STATUSES.join('、')} 之一` }).optional(),
})

const reasonBody = (label: string, missing: string) => z.object({ reason: personText(label, REVIEW_REASON_CHARS.min, REVIEW_REASON_CHARS.max, missing) })
const returnBody = reasonBody('退回原因', '请填写退回原因，告诉申请人需要补充或更正什么')
const rejectBody = reasonBody('不予出具的原因', '请填写不予出具的原因')
const revokeBody = reasonBody('撤销原因', '请填写撤销原因')

const ACTION_LABEL = { approve: '出具证明', return: '退回补正', reject: '不予出具' } as const

function notPending(status: CertificateRequestStatus, action: keyof typeof ACTION_LABEL): ApiError {
  return new ApiError('CONFLICT', `该申请当前为「${REQUEST_STATUS_LABELS[status]}」，不能${ACTION_LABEL[action]}`)
}

/**
 * The cadre's workbench (村(居)干部, mounted at `/cadre`): the queue, a request, approve (issue),
 * return, reject; the issued list and revocation. Cadre accounts only (403), and only for their own
 * village: another village's request or certificate is a 403 that says so, not a 404, because a
 * cadre reaching one is a misconfiguration worth seeing, and ids are not guessable anyway.
 */
export function cadreRoutes(ctx: AppContext) {
  const { lookup, certificateTypes: types } = ctx
  const cadreOnly = ctx.auth.requireRole('cadre')
  const app = new Hono<AppEnv>()
  app.use(noStore)

  function villageOf(c: Context<AppEnv>): string {
    const village = c.get('user').village
    if (!village) throw new ApiError('FORBIDDEN', NO_VILLAGE)
    return village.code
  }

  function villageRequest(c: Context<AppEnv>): DeepReadonly<CertificateRequestRecord> {
    const village = villageOf(c)
    const id = c.req.param('id') ?? ''
    const record = REQUEST_ID.test(id) ? ctx.store.certificateRequests.get(id) : undefined
    if (!record) throw new ApiError('NOT_FOUND', REQUEST_NOT_FOUND)
    if (record.village.code !== village) throw new ApiError('FORBIDDEN', OTHER_VILLAGE_REQUEST)
    return record
  }

  function villageCertificate(c: Context<AppEnv>): DeepReadonly<CertificateRecord> {
    const village = villageOf(c)
    const no = c.req.param('no') ?? ''
    const record = CERTIFICATE_NO.test(no) ? ctx.store.certificates.get(no) : undefined
    if (!record) throw new ApiError('NOT_FOUND', CERTIFICATE_NOT_FOUND)
    if (record.villageCode !== village) throw new ApiError('FORBIDDEN', OTHER_VILLAGE_CERTIFICATE)
    return record
  }

  const certificateOf = (no: string) => ctx.store.certificates.get(no)

  const today = () => chinaDateOf(ctx.clock.now())

  const sendRequest = (c: Context, id: string) => {
    const record = ctx.store.certificateRequests.get(id)
    if (!record) throw new ApiError('NOT_FOUND', REQUEST_NOT_FOUND)
    return c.json(toCertificateRequest(record, certificateOf, today()))
  }

  /**
   * The village's requests of one status (default pending) with the counts of every status.
   * Pending is a queue: oldest first, so nobody waits behind later arrivals; the others newest first.
   */
  app.get('/certificate-requests', cadreOnly, (c) => {
    const village = villageOf(c)
    const { page = 1, pageSize = 20, status = 'pending' } = parseQuery(c, queueQuery)
    const all = ctx.store.certificateRequests.countByStatus(village)
    const counts: CadreQueueCounts = { pending: all.pending, returned: all.returned, rejected: all.rejected, issued: all.issued }
    // Pending waits since its last (re)submission (oldest first); the others newest change first.
    const chosen = ctx.store.certificateRequests.listByVillage(village, status, { page, pageSize })
    const day = today()
    return c.json({ ...mapPage(chosen, (r) => toCertificateRequest(r, certificateOf, day)), counts })
  })

  app.get('/certificate-requests/:id', cadreOnly, (c) => sendRequest(c, villageRequest(c).id))

  /** Issues the certificate: number, code, text from the type's template, the committee as issuer. */
  app.post('/certificate-requests/:id/approve', cadreOnly, (c) => {
    const record = villageRequest(c)
    const { issuer, place } = committeeOf(lookup, record.village.code)
    // A type retired since the request was made is still issued from its config (the request was lawful then).
    const config = types.find((t) => t.id === record.type.id)
    if (!config) throw new ApiError('CONFLICT', '该证明类型已不在配置中，无法出具，请不予出具并说明原因')
    const now = ctx.clock.now()
    const at = toIsoChina(now)
    const issuedOn = chinaDateOf(now)
    ctx.store.transaction(() => {
      const target = ctx.store.certificateRequests.get(record.id)
      if (!target) throw new ApiError('NOT_FOUND', REQUEST_NOT_FOUND)
      if (target.status !== 'pending') throw notPending(target.status, 'approve')
      const no = newCertificateNo((taken) => ctx.store.certificates.has(taken), target.village.code, issuedOn.slice(0, 4))
      ctx.store.certificates.put({
        no,
        verificationCode: newVerificationCode(),
        requestId: target.id,
        ownerId: target.ownerId,
        villageCode: target.village.code,
        type: { ...target.type },
        title: config.title,
        body: certificateBody(config, target, place),
        holder: { name: target.applicant.name, idNumber: target.applicant.idNumber },
        // 为家人办: the holder is the member the request was for; who asked is kept apart, never printed or verified.
        agent: target.agent ? { name: target.agent.name, idNumber: target.agent.idNumber } : null,
        issuer,
        issuedAt: at,
        validUntil: config.validDays === null ? null : addDays(issuedOn, config.validDays),
        status: 'valid',
        revokedAt: null,
        revokeReason: null,
      })
      target.status = 'issued'
      target.reason = null
      target.certificateNo = no
      target.history.push({ at, action: 'issued', actor: issuer, reason: null })
      target.updatedAt = at
      ctx.store.certificateRequests.put(target)
      sendCertificateNotice(ctx.store, target, 'certificate-issued', null, now, no)
    })
    return sendRequest(c, record.id)
  })

  for (const action of ['return', 'reject'] as const) {
    app.post(`/certificate-requests/:id/${action}`, cadreOnly, async (c) => {
      const record = villageRequest(c)
      const { reason } = await parseJson(c, action === 'return' ? returnBody : rejectBody)
      const { issuer } = committeeOf(lookup, record.village.code)
      const now = ctx.clock.now()
      const at = toIsoChina(now)
      ctx.store.transaction(() => {
        const target = ctx.store.certificateRequests.get(record.id)
        if (!target) throw new ApiError('NOT_FOUND', REQUEST_NOT_FOUND)
        if (target.status !== 'pending') throw notPending(target.status, action)
        target.status = action === 'return' ? 'returned' : 'rejected'
        target.reason = reason
        target.history.push({ at, action: action === 'return' ? 'returned' : 'rejected', actor: issuer, reason })
        target.updatedAt = at
        ctx.store.certificateRequests.put(target)
        sendCertificateNotice(ctx.store, target, action === 'return' ? 'certificate-returned' : 'certificate-rejected', reason, now)
      })
      return sendRequest(c, record.id)
    })
  }

  /** The village's issued certificates, newest first, optionally valid, expired or revoked only (by the clock's today). */
  app.get('/certificates', cadreOnly, (c) => {
    const village = villageOf(c)
    const { page = 1, pageSize = 20, status } = parseQuery(c, issuedQuery)
    const day = today()
    return c.json(mapPage(ctx.store.certificates.listByVillage(village, { status, today: day }, { page, pageSize }), (r) => toCertificate(r, day)))
  })

  /** Revokes a valid certificate; verification says revoked (with when) from then on. */
  app.post('/certificates/:no/revoke', cadreOnly, async (c) => {
    const record = villageCertificate(c)
    const { reason } = await parseJson(c, revokeBody)
    const now = ctx.clock.now()
    const at = toIsoChina(now)
    const revoked = ctx.store.transaction(() => {
      const target = ctx.store.certificates.get(record.no)
      if (!target) throw new ApiError('NOT_FOUND', CERTIFICATE_NOT_FOUND)
      if (target.status !== 'valid') throw new ApiError('CONFLICT', ALREADY_REVOKED)
      target.status = 'revoked'
      target.revokedAt = at
      target.revokeReason = reason
      ctx.store.certificates.put(target)
      const request = ctx.store.certificateRequests.get(target.requestId)
      if (request) {
        request.history.push({ at, action: 'revoked', actor: target.issuer, reason })
        request.updatedAt = at
        ctx.store.certificateRequests.put(request)
      }
      sendCertificateNotice(ctx.store, request ?? { id: target.requestId, type: target.type, ownerId: target.ownerId }, 'certificate-revoked', reason, now, target.no)
      return target
    })
    return c.json(toCertificate(revoked, today()))
  })

  return app
}
