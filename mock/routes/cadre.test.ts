import type { Page } from '@contract/common'
import type { CadreQueueCounts, Certificate, CertificateRequest, CertificateVerification } from '@contract/certificate'
import { createFixedClock } from '../lib/clock'
import { CERTIFICATE_TYPES } from '../seed/certificate-types'
import { JPEG, testIdNumber } from '../test-support/fixtures'
import {
  certificateWorld,
  type CertificateWorld,
  HOLDER_NAME,
  issuedCertificate,
  OTHER_VILLAGE,
  pendingRequest,
  residenceInput,
  submitRequest,
} from '../test-support/worlds'
import { createTestApp } from '../test-support/test-app'

type Queue = Page<CertificateRequest> & { counts: CadreQueueCounts }

const ISSUER = '晋江市安海镇西安村民委员会'

async function world() {
  const clock = createFixedClock('2022-03-01T09:00:00+08:00')
  const w = await certificateWorld(createTestApp({ clock }))
  return { ...w, clock }
}

describe('the whole flow: request → queue → approve → certificate → verify → revoke', () => {
  it('works end to end across the resident, the cadre and anyone verifying', async () => {
    const w = await world()
    const first = await pendingRequest(w)
    w.clock.set('2022-03-01T10:00:00+08:00')
    const second = await pendingRequest(w, residenceInput(w.fileId, { purpose: '申领居住证' }))

    // The cadre's queue: own village, pending, oldest first, with counts; the full name to recognise the villager.
    const queue = await w.t.get<Queue>('/api/v1/cadre/certificate-requests', { token: w.cadre })
    expect(queue.status).toBe(200)
    expect(queue.headers.get('cache-control')).toBe('no-store')
    expect(queue.body.items.map((r) => r.id)).toEqual([first, second])
    expect(queue.body).toMatchObject({ total: 2, page: 1, pageSize: 20, counts: { pending: 2, returned: 0, rejected: 0, issued: 0 } })
    expect(queue.body.items[0].applicant.name).toBe(HOLDER_NAME)
    expect(queue.text).not.toContain(testIdNumber())
    expect(queue.text).not.toContain('13805951234')

    const detail = await w.t.get<CertificateRequest>(`/api/v1/cadre/certificate-requests/${first}`, { token: w.cadre })
    expect(detail.status).toBe(200)
    expect(detail.body.materials[0].files[0].fileId).toBe(w.fileId)

    w.clock.set('2022-03-02T08:30:00+08:00')
    const approved = await w.t.post<CertificateRequest>(`/api/v1/cadre/certificate-requests/${first}/approve`, { token: w.cadre })
    expect(approved.status).toBe(200)
    expect(approved.body).toMatchObject({ status: 'issued', certificate: { no: expect.stringMatching(/^350582101201-2022-\d{8}$/), status: 'valid' } })
    const no = approved.body.certificate!.no
    expect(approved.body.history.at(-1)).toEqual({ at: '2022-03-02T08:30:00.000+08:00', action: 'issued', actor: ISSUER, reason: null })

    const after = await w.t.get<Queue>('/api/v1/cadre/certificate-requests', { token: w.cadre })
    expect(after.body.items.map((r) => r.id)).toEqual([second])
    expect(after.body.counts).toEqual({ pending: 1, returned: 0, rejected: 0, issued: 1 })

    // The resident sees the result and opens the certificate.
    const mine = await w.t.get<CertificateRequest>(`/api/v1/certificate-requests/${first}`, { token: w.resident })
    expect(mine.body).toMatchObject({ status: 'issued', certificate: { no, status: 'valid' } })
    const certificate = await w.t.get<Certificate>(`/api/v1/certificates/${no}`, { token: w.resident })
    expect(certificate.body).toMatchObject({ issuer: ISSUER, issuedAt: '2022-03-02T08:30:00.000+08:00', validUntil: '2022-05-31', status: 'valid' })
    const { verificationCode } = certificate.body

    const valid = await w.t.get<CertificateVerification>(`/api/v1/certificates/verify?no=${no}&code=${verificationCode}`)
    expect(valid.body).toMatchObject({ status: 'valid', holderName: '陈**', revokedAt: null })

    // The cadre's issued list, then revocation.
    const issued = await w.t.get<Page<Certificate>>('/api/v1/cadre/certificates', { token: w.cadre })
    expect(issued.body.items.map((c) => [c.no, c.status])).toEqual([[no, 'valid']])
    w.clock.set('2022-03-03T16:00:00+08:00')
    const revoked = await w.t.post<Certificate>(`/api/v1/cadre/certificates/${no}/revoke`, { token: w.cadre, json: { reason: '申请人已搬离本村' } })
    expect(revoked.status).toBe(200)
    expect(revoked.body).toMatchObject({ status: 'revoked', revokedAt: '2022-03-03T16:00:00.000+08:00', revokeReason: '申请人已搬离本村' })
    expect((await w.t.get<Page<Certificate>>('/api/v1/cadre/certificates?status=valid', { token: w.cadre })).body.total).toBe(0)
    expect((await w.t.get<Page<Certificate>>('/api/v1/cadre/certificates?status=revoked', { token: w.cadre })).body.total).toBe(1)

    const now = await w.t.get<CertificateVerification>(`/api/v1/certificates/verify?no=${no}&code=${verificationCode}`)
    expect(now.body).toMatchObject({ status: 'revoked', revokedAt: '2022-03-03T16:00:00.000+08:00' })
    const history = await w.t.get<CertificateRequest>(`/api/v1/certificate-requests/${first}`, { token: w.resident })
    // Issue 15: the request's certificate carries its 有效期至 (the holder's list shows it).
    expect(history.body.certificate).toEqual({ no, status: 'revoked', validUntil: '2022-05-31' })
    expect(history.body.history.map((e) => e.action)).toEqual(['submitted', 'issued', 'revoked'])
    expect(history.body.history.at(-1)).toMatchObject({ actor: ISSUER, reason: '申请人已搬离本村' })
  })

  it('return → resubmit → approve', async () => {
    const w = await world()
    const id = await pendingRequest(w)
    const returned = await w.t.post<CertificateRequest>(`/api/v1/cadre/certificate-requests/${id}/return`, { token: w.cadre, json: { reason: '  请补充租赁合同最后一页  ' } })
    expect(returned.status).toBe(200)
    expect(returned.body).toMatchObject({ status: 'returned', reason: '请补充租赁合同最后一页' })
    expect((await w.t.get<Queue>('/api/v1/cadre/certificate-requests?status=returned', { token: w.cadre })).body.items.map((r) => r.id)).toEqual([id])
    expect((await w.t.put(`/api/v1/certificate-requests/${id}`, { token: w.resident, json: residenceInput(w.fileId) })).status).toBe(200)
    const approved = await w.t.post<CertificateRequest>(`/api/v1/cadre/certificate-requests/${id}/approve`, { token: w.cadre })
    expect(approved.status).toBe(200)
    expect(approved.body.history.map((e) => e.action)).toEqual(['submitted', 'returned', 'resubmitted', 'issued'])
    expect(approved.body.reason).toBeNull()
  })

  it('reject: the resident sees the reason and can do nothing more with it', async () => {
    const w = await world()
    const id = await pendingRequest(w)
    const rejected = await w.t.post<CertificateRequest>(`/api/v1/cadre/certificate-requests/${id}/reject`, { token: w.cadre, json: { reason: '经核实，申请人不在本村居住' } })
    expect(rejected.status).toBe(200)
    const mine = await w.t.get<CertificateRequest>(`/api/v1/certificate-requests/${id}`, { token: w.resident })
    expect(mine.body).toMatchObject({ status: 'rejected', reason: '经核实，申请人不在本村居住', certificate: null })
    expect(mine.body.history.at(-1)).toMatchObject({ action: 'rejected', actor: ISSUER, reason: '经核实，申请人不在本村居住' })
    expect((await w.t.put(`/api/v1/certificate-requests/${id}`, { token: w.resident, json: residenceInput(w.fileId) })).status).toBe(409)
  })
})

describe('who may use the cadre routes', () => {
  let w: CertificateWorld
  let requestId = ''
  let certificateNo = ''
  beforeAll(async () => {
    w = await certificateWorld(createTestApp())
    requestId = await pendingRequest(w)
    certificateNo = (await issuedCertificate(w)).no
  })

  type Route = [method: 'GET' | 'POST', path: string, body?: unknown]
  // Every cadre route; the first test makes sure none is missing from this table.
  const routes = (): Route[] => [
    ['GET', '/api/v1/cadre/certificate-requests'],
    ['GET', `/api/v1/cadre/certificate-requests/${requestId}`],
    ['POST', `/api/v1/cadre/certificate-requests/${requestId}/approve`],
    ['POST', `/api/v1/cadre/certificate-requests/${requestId}/return`, { reason: '请补充材料' }],
    ['POST', `/api/v1/cadre/certificate-requests/${requestId}/reject`, { reason: '不符合出具条件' }],
    ['GET', '/api/v1/cadre/certificates'],
    ['POST', `/api/v1/cadre/certificates/${certificateNo}/revoke`, { reason: '出具有误' }],
  ]

  it('the table covers every cadre route the app serves', () => {
    const served = w.t.app.routes.filter((r) => r.path.startsWith('/api/v1/cadre/') && r.method !== 'ALL').map((r) => `${r.method} ${r.path}`)
    const covered = routes().map(([m, p]) => `${m} ${p.replace(requestId, ':id').replace(certificateNo, ':no')}`)
    expect([...new Set(served)].sort()).toEqual([...new Set(covered)].sort())
  })

  it.each(['resident', 'business', 'admin'] as const)('refuses the %s account on every cadre route (403)', async (who) => {
    for (const [method, path, json] of routes()) {
      const res = await w.t.request(method, path, { token: w[who], json })
      expect([method, path, res.status]).toEqual([method, path, 403])
      expect(res.body).toEqual({ error: { code: 'FORBIDDEN', message: '当前账号没有权限进行此操作' } })
    }
  })

  it('asks for a sign-in on every cadre route (401)', async () => {
    for (const [method, path, json] of routes()) expect((await w.t.request(method, path, { json })).status).toBe(401)
  })

  it('refuses the cadre of another village on every route that names a request or certificate (403), and changes nothing', async () => {
    const before = JSON.stringify(w.t.store.dump())
    const named = routes().filter(([, p]) => p.includes(requestId) || p.includes(certificateNo))
    expect(named).toHaveLength(5)
    for (const [method, path, json] of named) {
      const res = await w.t.request(method, path, { token: w.other, json })
      expect([method, path, res.status]).toEqual([method, path, 403])
      const message = path.includes('/certificates/') ? '只能处理本村（社区）出具的证明' : '只能处理本村（社区）的申请'
      expect(res.body).toEqual({ error: { code: 'FORBIDDEN', message } })
    }
    expect(JSON.stringify(w.t.store.dump())).toBe(before)
  })

  it('shows the cadre of another village nothing of this village in the two lists', async () => {
    const queue = await w.t.get<Queue>('/api/v1/cadre/certificate-requests', { token: w.other })
    expect(queue.status).toBe(200)
    expect(queue.body).toMatchObject({ items: [], total: 0, counts: { pending: 0, returned: 0, rejected: 0, issued: 0 } })
    for (const status of ['returned', 'rejected', 'issued']) {
      expect((await w.t.get<Queue>(`/api/v1/cadre/certificate-requests?status=${status}`, { token: w.other })).body.total).toBe(0)
    }
    const issued = await w.t.get<Page<Certificate>>('/api/v1/cadre/certificates', { token: w.other })
    expect(issued.body).toMatchObject({ items: [], total: 0 })
    // …while this village's cadre sees them.
    expect((await w.t.get<Queue>('/api/v1/cadre/certificate-requests', { token: w.cadre })).body.counts).toEqual({ pending: 1, returned: 0, rejected: 0, issued: 1 })
    expect((await w.t.get<Page<Certificate>>('/api/v1/cadre/certificates', { token: w.cadre })).body.total).toBe(1)
  })

  it('answers 404 for a request or certificate that does not exist', async () => {
    const missing = await w.t.get('/api/v1/cadre/certificate-requests/CR2022030100000000', { token: w.cadre })
    expect(missing.body).toEqual({ error: { code: 'NOT_FOUND', message: '证明申请不存在' } })
    const noCert = await w.t.post('/api/v1/cadre/certificates/350582101201-2022-000999/revoke', { token: w.cadre, json: { reason: '出具有误' } })
    expect(noCert.body).toEqual({ error: { code: 'NOT_FOUND', message: '证明不存在' } })
  })
})

describe('wrong states and reasons', () => {
  let w: CertificateWorld
  beforeEach(async () => {
    w = await world()
  })

  it.each([
    ['issued', 'approve', '该申请当前为「已出具」，不能出具证明'],
    ['issued', 'return', '该申请当前为「已出具」，不能退回补正'],
    ['issued', 'reject', '该申请当前为「已出具」，不能不予出具'],
    ['returned', 'approve', '该申请当前为「已退回补正」，不能出具证明'],
    ['returned', 'return', '该申请当前为「已退回补正」，不能退回补正'],
    ['rejected', 'reject', '该申请当前为「不予出具」，不能不予出具'],
    ['rejected', 'approve', '该申请当前为「不予出具」，不能出具证明'],
  ] as const)('refuses a request that is %s: %s → 409', async (state, action, message) => {
    const id = await pendingRequest(w)
    const into = state === 'issued' ? 'approve' : state === 'returned' ? 'return' : 'reject'
    expect((await w.t.post(`/api/v1/cadre/certificate-requests/${id}/${into}`, { token: w.cadre, json: { reason: '第一次处理' } })).status).toBe(200)
    const before = JSON.stringify(w.t.store.dump())
    const res = await w.t.post(`/api/v1/cadre/certificate-requests/${id}/${action}`, { token: w.cadre, json: { reason: '第二次处理' } })
    expect(res.status).toBe(409)
    expect(res.body).toEqual({ error: { code: 'CONFLICT', message } })
    expect(JSON.stringify(w.t.store.dump())).toBe(before)
  })

  it('refuses to revoke a revoked certificate (409)', async () => {
    const { no } = await issuedCertificate(w)
    expect((await w.t.post(`/api/v1/cadre/certificates/${no}/revoke`, { token: w.cadre, json: { reason: '出具有误' } })).status).toBe(200)
    const again = await w.t.post(`/api/v1/cadre/certificates/${no}/revoke`, { token: w.cadre, json: { reason: '出具有误' } })
    expect(again.status).toBe(409)
    expect(again.body).toEqual({ error: { code: 'CONFLICT', message: '该证明已撤销，不能重复撤销' } })
  })

  it.each([
    ['return', undefined, '请填写退回原因，告诉申请人需要补充或更正什么'],
    ['return', '   ', '请填写退回原因，告诉申请人需要补充或更正什么'],
    ['return', '缺', '退回原因至少 2 个字'],
    ['reject', '否'.repeat(201), '不予出具的原因最多 200 个字，现在是 201 个'],
    ['reject', 42, '不予出具的原因应为文本'],
    ['reject', undefined, '请填写不予出具的原因'],
  ] as const)('asks %s for a reason of 2–200 characters (%p → 422)', async (action, reason, message) => {
    const id = await pendingRequest(w)
    const res = await w.t.post(`/api/v1/cadre/certificate-requests/${id}/${action}`, { token: w.cadre, json: reason === undefined ? {} : { reason } })
    expect(res.status).toBe(422)
    expect(res.body).toEqual({ error: { code: 'VALIDATION_FAILED', message, fields: { reason: message } } })
    expect(w.t.store.dump().certificateRequests[id].status).toBe('pending')
  })

  it('asks for a revocation reason (422)', async () => {
    const { no } = await issuedCertificate(w)
    const res = await w.t.post(`/api/v1/cadre/certificates/${no}/revoke`, { token: w.cadre, json: { reason: '' } })
    expect(res.status).toBe(422)
    expect(res.body).toEqual({ error: { code: 'VALIDATION_FAILED', message: '请填写撤销原因', fields: { reason: '请填写撤销原因' } } })
  })

  it('refuses an unknown queue status (400)', async () => {
    const res = await w.t.get('/api/v1/cadre/certificate-requests?status=done', { token: w.cadre })
    expect(res.status).toBe(400)
    expect(res.body).toMatchObject({ error: { fields: { status: '状态须为 pending、returned、rejected、issued 之一' } } })
  })
})

describe('certificate numbers and the issuer', () => {
  it('numbers per village and year with a random part (never the next of a sequence), and names each village committee formally', async () => {
    const w = await world()
    const a = await issuedCertificate(w)
    const b = await issuedCertificate(w)
    expect(a.no).toMatch(/^350582101201-2022-\d{8}$/)
    expect(b.no).toMatch(/^350582101201-2022-\d{8}$/)
    expect(a.no).not.toBe(b.no)
    expect(a.verificationCode).not.toBe(b.verificationCode)
    const there = await pendingRequest(w, residenceInput(w.fileId, { villageCode: OTHER_VILLAGE }))
    const approved = await w.t.post<CertificateRequest>(`/api/v1/cadre/certificate-requests/${there}/approve`, { token: w.other })
    expect(approved.body.certificate?.no).toMatch(/^350583119201-2022-\d{8}$/)
    const other = await w.t.get<Certificate>(`/api/v1/certificates/${approved.body.certificate!.no}`, { token: w.resident })
    expect(other.body.issuer).toBe('南安市水头镇水头村民委员会')
    w.clock.set('2023-01-02T09:00:00+08:00')
    expect((await issuedCertificate(w)).no).toMatch(/^350582101201-2023-\d{8}$/)
  })

  it('gives a property certificate half a year of validity and fills its template', async () => {
    const w = await world()
    const certificate = await issuedCertificate(w, {
      typeId: 'property-source',
      villageCode: '350582101201',
      purpose: '办理不动产登记',
      fields: { object: 'both', location: '安海镇西安村后厝35号', area: 120.5, source: 'self-built', acquiredOn: '1998-05-01' },
      materials: [
        { key: 'm1', fileIds: [w.fileId] },
        { key: 'm2', fileIds: [w.fileId] },
      ],
    })
    expect(certificate.validUntil).toBe('2022-08-28')
    expect(certificate.title).toBe('权属来源证明')
    expect(certificate.body).toContain('坐落于安海镇西安村后厝35号的宅基地及房屋（宅基地面积120.5平方米），系陈小明')
    expect(certificate.body).toContain('于1998年5月1日以经批准自建方式取得')
    expect(certificate.body).not.toMatch(/\{\w+\}/)
  })
})

describe('attachments of a request (GET /uploads/{fileId})', () => {
  it('are readable by the applicant and the cadre of the request’s village only', async () => {
    const w = await world()
    const { fileId } = await w.t.upload(w.resident, JPEG, 'lease.jpg')
    await pendingRequest(w, residenceInput(fileId))
    const expectations: [string, number][] = [
      [w.resident, 200],
      [w.cadre, 200],
      [w.other, 404],
      [w.business, 404],
    ]
    for (const [token, status] of expectations) expect((await w.t.get(`/api/v1/uploads/${fileId}`, { token })).status).toBe(status)
    // An upload not attached to any request stays private, even to this village's cadre.
    const { fileId: loose } = await w.t.upload(w.resident)
    expect((await w.t.get(`/api/v1/uploads/${loose}`, { token: w.cadre })).status).toBe(404)
  })

  it('follow the request when it is resubmitted to another village', async () => {
    const w = await world()
    const { fileId } = await w.t.upload(w.resident)
    const id = await pendingRequest(w, residenceInput(fileId))
    await w.t.post(`/api/v1/cadre/certificate-requests/${id}/return`, { token: w.cadre, json: { reason: '请向实际居住地的村申请' } })
    const res = await w.t.put(`/api/v1/certificate-requests/${id}`, { token: w.resident, json: residenceInput(fileId, { villageCode: OTHER_VILLAGE }) })
    expect(res.status).toBe(200)
    expect((await w.t.get(`/api/v1/uploads/${fileId}`, { token: w.other })).status).toBe(200)
    expect((await w.t.get(`/api/v1/uploads/${fileId}`, { token: w.cadre })).status).toBe(404)
    expect((await w.t.get<Queue>('/api/v1/cadre/certificate-requests', { token: w.other })).body.items.map((r) => r.id)).toEqual([id])
  })
})

describe('the queue', () => {
  it('pages, and orders the other statuses newest first', async () => {
    const w = await world()
    const ids: string[] = []
    for (let i = 0; i < 3; i += 1) {
      w.clock.set(`2022-03-0${i + 1}T09:00:00+08:00`)
      ids.push(await pendingRequest(w))
    }
    const page2 = await w.t.get<Queue>('/api/v1/cadre/certificate-requests?page=2&pageSize=2', { token: w.cadre })
    expect(page2.body).toMatchObject({ total: 3, page: 2, pageSize: 2 })
    expect(page2.body.items.map((r) => r.id)).toEqual([ids[2]])
    for (const [i, day] of [
      [2, 4],
      [0, 5],
      [1, 6],
    ]) {
      w.clock.set(`2022-03-0${day}T09:00:00+08:00`)
      await w.t.post(`/api/v1/cadre/certificate-requests/${ids[i]}/reject`, { token: w.cadre, json: { reason: '材料不全' } })
    }
    const rejected = await w.t.get<Queue>('/api/v1/cadre/certificate-requests?status=rejected', { token: w.cadre })
    expect(rejected.body.items.map((r) => r.id)).toEqual([ids[1], ids[0], ids[2]])
    expect(rejected.body.counts).toEqual({ pending: 0, returned: 0, rejected: 3, issued: 0 })
  })

  it('can still issue a pending request whose type was retired after it was made', async () => {
    const w = await world()
    const id = await pendingRequest(w)
    // The same db and clock, now with residence retired (the mock restarted with a changed config).
    const retired = createTestApp({ store: w.t.store, clock: w.clock, certificateTypes: CERTIFICATE_TYPES.map((c) => (c.id === 'residence' ? { ...c, active: false } : c)) })
    const cadre = (await retired.signIn('cadre')).token
    const res = await retired.post<CertificateRequest>(`/api/v1/cadre/certificate-requests/${id}/approve`, { token: cadre })
    expect(res.status).toBe(200)
    expect((await submitRequest(retired, w.resident, residenceInput(w.fileId))).status).toBe(422)
  })
})
