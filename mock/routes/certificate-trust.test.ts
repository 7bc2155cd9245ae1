/**
 * Issue 15: village certificates a verifier can trust and a resident can follow — validity by the
 * settable clock, what verification states, the removed-type guard by meaning, withdrawal, and the
 * notices of certificate events.
 */
import type { CaseNotice } from '@contract/case'
import type { Page } from '@contract/common'
import type { Certificate, CertificateRequest, CertificateRequestInput, CertificateVerification } from '@contract/certificate'
import { removedCertificateMessage, REMOVED_CERTIFICATES } from '@/domain/removed-certificates'
import {
  CADRE_VILLAGE,
  cadreActs,
  certificateWorld,
  type CertificateWorld,
  issuedCertificate,
  pendingRequest,
  residenceInput,
  revoke,
  setClock,
  submitRequest,
} from '../test-support/worlds'
import { createTestApp } from '../test-support/test-app'

const verify = (w: CertificateWorld, no: string, code: string) =>
  w.t.get<CertificateVerification>(`/api/v1/certificates/verify?no=${encodeURIComponent(no)}&code=${encodeURIComponent(code)}`)

/** An 其他依法出具的证明 request whose 证明事项 and 用途 are what the resident typed. */
function otherInput(fileId: string, subject: string, purpose = '办理银行业务'): CertificateRequestInput {
  return {
    typeId: 'other-lawful',
    villageCode: CADRE_VILLAGE,
    purpose,
    fields: { subject, content: '申请人长期在本村居住，村民均知晓此事，特此说明。', basis: '办事单位要求' },
    materials: [{ key: 'm1', fileIds: [fileId] }],
  }
}

const noticesOf = (w: CertificateWorld, requestId: string): CaseNotice[] => w.t.store.notices.list({ caseNo: requestId }).items

let w: CertificateWorld
beforeEach(async () => {
  w = await certificateWorld(createTestApp())
})

describe('validity (有效期至) by the settable clock', () => {
  it('verifies as expired after 有效期至, and the holder’s view, list and the cadre’s list say so too', async () => {
    // Issued 2022-03-01 with 90 days: valid through 2022-05-30.
    const certificate = await issuedCertificate(w)
    expect(certificate).toMatchObject({ validUntil: '2022-05-30', status: 'valid' })

    await setClock(w.t, w.admin, '2022-05-30T23:59:00+08:00')
    expect((await verify(w, certificate.no, certificate.verificationCode)).body.status).toBe('valid')

    await setClock(w.t, w.admin, '2022-05-31T00:01:00+08:00')
    const verified = await verify(w, certificate.no, certificate.verificationCode)
    expect(verified.status).toBe(200)
    expect(verified.body).toMatchObject({ status: 'expired', validUntil: '2022-05-30' })

    const held = await w.t.get<Certificate>(`/api/v1/certificates/${certificate.no}`, { token: w.resident })
    expect(held.body.status).toBe('expired')
    const mine = await w.t.get<Page<CertificateRequest>>('/api/v1/certificate-requests', { token: w.resident })
    expect(mine.body.items[0].certificate).toEqual({ no: certificate.no, status: 'expired', validUntil: '2022-05-30' })

    const expired = await w.t.get<Page<Certificate>>('/api/v1/cadre/certificates?status=expired', { token: w.cadre })
    expect(expired.body.items.map((c) => [c.no, c.status])).toEqual([[certificate.no, 'expired']])
    expect((await w.t.get<Page<Certificate>>('/api/v1/cadre/certificates?status=valid', { token: w.cadre })).body.total).toBe(0)

    // Moving the clock back makes it valid again: expiry is derived, never stored.
    await setClock(w.t, w.admin, '2022-04-01T09:00:00+08:00')
    expect((await verify(w, certificate.no, certificate.verificationCode)).body.status).toBe('valid')
  })

  it('says revoked rather than expired when both hold', async () => {
    const certificate = await issuedCertificate(w)
    await revoke(w.t, certificate.no)
    await setClock(w.t, w.admin, '2022-07-01T09:00:00+08:00')
    expect((await verify(w, certificate.no, certificate.verificationCode)).body.status).toBe('revoked')
  })
})

describe('verification states what the certificate states', () => {
  it('returns the stated facts (用途, address …) and the text with the name masked, never the ID number', async () => {
    const certificate = await issuedCertificate(w, residenceInput(w.fileId, { purpose: '子女入学（安海中心小学）' }))
    const res = await verify(w, certificate.no, ` ${certificate.verificationCode.toLowerCase()} `.trim())
    expect(res.status).toBe(200)
    expect(res.body.facts).toEqual([
      { label: '用途', value: '子女入学（安海中心小学）' },
      { label: '居住地址', value: '晋江市安海镇西安村西安路12号' },
      { label: '居住起始日期', value: '2015年6月1日' },
      { label: '居住性质', value: '租住' },
    ])
    expect(res.body.title).toBe('居住证明')
    expect(res.body.text).toContain('陈**')
    expect(res.body.text).toContain('此证明用于子女入学（安海中心小学）')
    expect(res.text).not.toContain('陈小明')
    expect(res.text).not.toMatch(/\d{4}\*+\d{3}[\dX]/)
  })
})

describe('the removed-type guard, by meaning', () => {
  // The wordings that reached a cadre's queue before (issue 15), and the common ones of the list.
  it.each([
    ['我与张三的父子关系', '亲属关系证明'],
    ['母女关系证明', '亲属关系证明'],
    ['无业证明', '居民就业状况证明'],
    ['失业证明', '居民就业状况证明'],
    ['身份证丢失', '证件遗失证明'],
    ['独生子女证明', '婚育状况证明'],
    ['收入证明', '居民财产证明'],
    ['未婚证明', '婚姻状况证明'],
    ['离婚证明', '婚姻状况证明'],
    ['出生证明', '出生证明'],
    ['本人健在证明', '健在证明'],
    ['生存证明', '健在证明'],
    ['父亲去世证明', '死亡证明'],
    ['无犯罪记录证明', '无犯罪记录证明'],
    ['身份信息证明', '居民身份信息证明'],
    ['疾病证明', '疾病状况证明'],
    ['残疾证明', '残疾状况证明'],
  ])('refuses 证明事项 “%s” as %s, with the legal reason and where to go instead', async (subject, name) => {
    const res = await submitRequest(w.t, w.resident, otherInput(w.fileId, subject))
    expect(res.status).toBe(422)
    const removed = REMOVED_CERTIFICATES.find((r) => r.name === name)!
    expect(res.body).toMatchObject({ error: { code: 'VALIDATION_FAILED', fields: { 'fields.subject': removedCertificateMessage(removed) } } })
    expect(removedCertificateMessage(removed)).toContain('民发〔2020〕20号')
    expect(w.t.store.dump().certificateRequests).toEqual({})
  })

  it('checks the 用途 too, and points 亲属关系 to the police’s 户籍证明 or a personal commitment', async () => {
    const res = await submitRequest(w.t, w.resident, otherInput(w.fileId, '村民小组成员身份证明', '证明我和儿子的母子关系'))
    expect(res.status).toBe(422)
    const fields = (res.body as unknown as { error: { fields: Record<string, string> } }).error.fields
    expect(Object.keys(fields)).toEqual(['purpose'])
    expect(fields.purpose).toContain('户籍证明')
    expect(fields.purpose).toContain('个人承诺')
  })

  it('lets lawful requests through: 村民小组成员身份证明, and a 居住证明 for 新生儿落户 (only the “other” type is screened)', async () => {
    expect((await submitRequest(w.t, w.resident, otherInput(w.fileId, '村民小组成员身份证明', '办理集体经济组织成员登记'))).status).toBe(201)
    expect((await submitRequest(w.t, w.resident, residenceInput(w.fileId, { purpose: '新生儿出生落户' }))).status).toBe(201)
  })
})

describe('POST /certificate-requests/{id}/withdraw', () => {
  it('withdraws a pending request: it leaves the cadre’s queue and its history says so', async () => {
    const id = await pendingRequest(w)
    const res = await w.t.post<CertificateRequest>(`/api/v1/certificate-requests/${id}/withdraw`, { token: w.resident })
    expect(res.status).toBe(200)
    expect(res.body.status).toBe('withdrawn')
    expect(res.body.history.map((e) => e.action)).toEqual(['submitted', 'withdrawn'])
    const queue = await w.t.get<{ total: number; counts: Record<string, number> }>('/api/v1/cadre/certificate-requests', { token: w.cadre })
    expect(queue.body.total).toBe(0)
    expect(queue.body.counts).toEqual({ pending: 0, returned: 0, rejected: 0, issued: 0 })
    // The cadre can no longer act on it.
    const approve = await w.t.post(`/api/v1/cadre/certificate-requests/${id}/approve`, { token: w.cadre })
    expect(approve.status).toBe(409)
  })

  it.each(['approve', 'return', 'reject'] as const)('refuses (409) once the cadre acted (%s), naming the state', async (action) => {
    const id = await pendingRequest(w)
    await cadreActs(w.t, id, action, action === 'approve' ? undefined : '请补充租赁合同', w.cadre)
    const res = await w.t.post(`/api/v1/certificate-requests/${id}/withdraw`, { token: w.resident })
    expect(res.status).toBe(409)
    expect(res.body).toMatchObject({ error: { code: 'CONFLICT', message: expect.stringContaining('只有待审核的申请可以撤回') } })
  })

  it('refuses a second withdrawal, and someone else’s request is a 404', async () => {
    const id = await pendingRequest(w)
    expect((await w.t.post(`/api/v1/certificate-requests/${id}/withdraw`, { token: w.resident })).status).toBe(200)
    expect((await w.t.post(`/api/v1/certificate-requests/${id}/withdraw`, { token: w.resident })).status).toBe(409)
    const other = await pendingRequest(w)
    expect((await w.t.post(`/api/v1/certificate-requests/${other}/withdraw`, { token: w.business })).status).toBe(404)
    expect((await w.t.post(`/api/v1/certificate-requests/${other}/withdraw`)).status).toBe(401)
  })
})

describe('notices of certificate events (stored with the case notices)', () => {
  it('tells the holder of return, rejection, issue, revocation and, once, of expiry within 7 days', async () => {
    const returned = await pendingRequest(w)
    await cadreActs(w.t, returned, 'return', '请补充租赁合同', w.cadre)
    expect(noticesOf(w, returned).map((n) => [n.event, n.data.phrase3, n.data.thing5])).toEqual([['certificate-returned', '退回补正', '请补充租赁合同']])

    const rejected = await pendingRequest(w)
    await cadreActs(w.t, rejected, 'reject', '申请人不是本村居民', w.cadre)
    expect(noticesOf(w, rejected).map((n) => n.event)).toEqual(['certificate-rejected'])

    const certificate = await issuedCertificate(w)
    const issuedId = (await w.t.get<Page<CertificateRequest>>('/api/v1/certificate-requests', { token: w.resident })).body.items.find((r) => r.certificate?.no === certificate.no)!.id
    expect(noticesOf(w, issuedId).map((n) => [n.event, n.data.character_string2])).toEqual([['certificate-issued', certificate.no]])

    // 8 days before 2022-05-30 nothing; 7 days before, one notice however often the app asks.
    await setClock(w.t, w.admin, '2022-05-22T09:00:00+08:00')
    await w.t.get('/api/v1/certificate-requests', { token: w.resident })
    expect(noticesOf(w, issuedId).map((n) => n.event)).toEqual(['certificate-issued'])
    await setClock(w.t, w.admin, '2022-05-23T09:00:00+08:00')
    await w.t.get('/api/v1/certificate-requests', { token: w.resident })
    await w.t.get(`/api/v1/certificates/${certificate.no}`, { token: w.resident })
    const afterExpiry = noticesOf(w, issuedId).map((n) => n.event).sort()
    expect(afterExpiry).toEqual(['certificate-expiring', 'certificate-issued'])

    await revoke(w.t, certificate.no, '申请人已搬离本村')
    expect(noticesOf(w, issuedId).map((n) => n.event).sort()).toEqual(['certificate-expiring', 'certificate-issued', 'certificate-revoked'])
    // The back office sees them with the case notices.
    const all = await w.t.get<Page<CaseNotice>>('/api/v1/admin/notices', { token: w.admin })
    expect(all.body.items.filter((n) => n.event.startsWith('certificate-'))).toHaveLength(5)
  })
})
