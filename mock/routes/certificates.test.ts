import { mkdtempSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import type { Page } from '@contract/common'
import type { Certificate, CertificateRequest, CertificateType, CertificateVerification } from '@contract/certificate'
import { createFixedClock } from '../lib/clock'
import { openStore, STORE_FILE } from '../lib/store'
import { CERTIFICATE_TYPES, type CertificateTypeConfig } from '../seed/certificate-types'
import {
  CADRE_VILLAGE,
  certificateWorld,
  type CertificateWorld,
  HOLDER_ID,
  HOLDER_NAME,
  issuedCertificate,
  pendingRequest,
  residenceInput,
  submitRequest,
} from '../test-support/worlds'
import { createTestApp, isErrorBody, type TestApp } from '../test-support/test-app'

const verify = (t: TestApp, no: string, code: string, headers: Record<string, string> = {}, remoteAddress?: string) =>
  t.get<CertificateVerification>(`/api/v1/certificates/verify?no=${encodeURIComponent(no)}&code=${encodeURIComponent(code)}`, { headers, remoteAddress })

describe('GET /certificate-types', () => {
  it('lists the four configured types without sign-in, with fields, materials and a public cache', async () => {
    const t = createTestApp()
    const res = await t.get<{ items: CertificateType[] }>('/api/v1/certificate-types')
    expect(res.status).toBe(200)
    expect(res.headers.get('cache-control')).toBe('public, max-age=300')
    expect(res.body.items.map((i) => i.name)).toEqual(['居(租)住证明', '家庭经济状况证明', '权属来源证明', '其他依法出具的证明'])
    const residence = res.body.items[0]
    expect(residence.validDays).toBe(90)
    expect(residence.fields.map((f) => f.label)).toEqual(['居住地址', '居住起始日期', '居住性质', '同住人数'])
    // "Not after today" is resolved to the day of the request (the test clock's 2022-03-01).
    expect(residence.fields[1]).toMatchObject({ kind: 'date', max: '2022-03-01' })
    expect(residence.materials.every((m) => m.eLicenseType === null)).toBe(true)
    // Server-only parts of the config never reach the app.
    expect(res.text).not.toContain('template')
    expect(res.text).not.toContain('requiredWhen')
    expect(res.text).not.toContain('"active"')
  })

  it('does not list a retired type', async () => {
    const types: CertificateTypeConfig[] = CERTIFICATE_TYPES.map((c) => (c.id === 'property-source' ? { ...c, active: false } : c))
    const t = createTestApp({ certificateTypes: types })
    const res = await t.get<{ items: CertificateType[] }>('/api/v1/certificate-types')
    expect(res.body.items.map((i) => i.id)).toEqual(['residence', 'family-hardship', 'other-lawful'])
  })
})

describe('POST /certificate-requests', () => {
  let w: CertificateWorld
  beforeEach(async () => {
    w = await certificateWorld(createTestApp())
  })

  it('records a pending request to the chosen village, full name for its applicant, ID number and phone masked', async () => {
    const res = await submitRequest(w.t, w.resident, residenceInput(w.fileId))
    expect(res.status).toBe(201)
    expect(res.headers.get('location')).toBe(`/api/v1/certificate-requests/${res.body.id}`)
    expect(res.body).toMatchObject({
      type: { id: 'residence', name: '居(租)住证明' },
      village: { code: CADRE_VILLAGE, name: '西安村委会', path: '晋江市 / 安海镇 / 西安村委会' },
      purpose: '子女入学',
      applicant: { name: HOLDER_NAME, idNumber: '3505**********1234'.replace('1234', HOLDER_ID.slice(-4)), phone: '138****1234' },
      status: 'pending',
      reason: null,
      certificate: null,
      history: [{ action: 'submitted', actor: '申请人', reason: null, at: '2022-03-01T09:00:00.000+08:00' }],
    })
    expect(res.body.fields).toEqual([
      { key: 'address', label: '居住地址', value: '晋江市安海镇西安村西安路12号', display: '晋江市安海镇西安村西安路12号' },
      { key: 'since', label: '居住起始日期', value: '2015-06-01', display: '2015年6月1日' },
      { key: 'tenure', label: '居住性质', value: 'rent', display: '租住' },
    ])
    expect(res.body.materials.map((m) => [m.key, m.name, m.files.length])).toEqual([
      ['m1', '居民户口簿或居民身份证照片', 1],
      ['m2', '租赁合同或借住说明照片', 1],
    ])
    expect(res.text).not.toContain(HOLDER_ID)
    expect(res.text).not.toContain('13805951234')
  })

  it('lets a business account request one with its own real name', async () => {
    await w.t.verifyRealName(w.business)
    const { fileId } = await w.t.upload(w.business)
    const res = await submitRequest(w.t, w.business, residenceInput(fileId))
    expect(res.status).toBe(201)
  })

  it.each([
    ['cadre', '村（居）干部和后台账号不能申请村（居）证明'],
    ['admin', '村（居）干部和后台账号不能申请村（居）证明'],
  ] as const)('refuses the %s account (403)', async (who, message) => {
    const res = await submitRequest(w.t, w[who], residenceInput(w.fileId))
    expect(res.status).toBe(403)
    expect(res.body).toEqual({ error: { code: 'FORBIDDEN', message } })
  })

  it('asks for a sign-in (401) and for real-name verification first (409)', async () => {
    expect((await w.t.post('/api/v1/certificate-requests', { json: residenceInput(w.fileId) })).status).toBe(401)
    const stranger = (await w.t.signIn('business')).token
    const { fileId } = await w.t.upload(stranger)
    const res = await submitRequest(w.t, stranger, residenceInput(fileId))
    expect(res.status).toBe(409)
    expect(res.body).toEqual({ error: { code: 'CONFLICT', message: '请先完成实名认证' } })
  })

  it.each([
    ['a township code', '350582101000', '请选择到村（社区）'],
    ['a county code', '350582000000', '请选择到村（社区）'],
    ['a code that is no region', '350582101999', '所选村（社区）不存在，请重新选择'],
    ['no code at all', undefined, '请选择到村（社区）'],
    ['not 12 digits', '3505821012', '请选择到村（社区）'],
  ])('refuses %s as the village (422 villageCode)', async (_what, villageCode, message) => {
    const res = await submitRequest(w.t, w.resident, { ...residenceInput(w.fileId), villageCode })
    expect(res.status).toBe(422)
    expect(res.body).toEqual({ error: { code: 'VALIDATION_FAILED', message, fields: { villageCode: message } } })
  })

  it('says what is missing, field by field, all at once', async () => {
    const res = await submitRequest(w.t, w.resident, { ...residenceInput(w.fileId), purpose: '学', fields: { tenure: 'castle', since: '2030-01-01' }, materials: [] })
    expect(res.status).toBe(422)
    expect(res.body).toEqual({
      error: {
        code: 'VALIDATION_FAILED',
        message: '填写的内容有误，请检查后再提交',
        fields: {
          purpose: '证明用途至少 2 个字',
          'fields.address': '请填写居住地址',
          'fields.since': '不能晚于2022年3月1日',
          'fields.tenure': '请从选项中选择',
          'materials.m1': '请上传「居民户口簿或居民身份证照片」',
        },
      },
    })
  })

  it('asks for the purpose and keeps it to 100 characters', async () => {
    const missing = await submitRequest(w.t, w.resident, { ...residenceInput(w.fileId), purpose: '  ' })
    expect(missing.body).toEqual({ error: { code: 'VALIDATION_FAILED', message: '请填写证明用途', fields: { purpose: '请填写证明用途' } } })
    const long = await submitRequest(w.t, w.resident, { ...residenceInput(w.fileId), purpose: '学'.repeat(101) })
    expect(long.status).toBe(422)
    expect(long.body).toMatchObject({ error: { fields: { purpose: '证明用途最多 100 个字，现在是 101 个' } } })
  })

  it('asks for the lease when renting or borrowing, not when living in one’s own house', async () => {
    const renting = await submitRequest(w.t, w.resident, { ...residenceInput(w.fileId), materials: [{ key: 'm1', fileIds: [w.fileId] }] })
    expect(renting.status).toBe(422)
    expect(renting.body).toMatchObject({ error: { message: '租住的，请上传「租赁合同或借住说明照片」', fields: { 'materials.m2': '租住的，请上传「租赁合同或借住说明照片」' } } })
    const owning = await submitRequest(w.t, w.resident, {
      ...residenceInput(w.fileId),
      fields: { address: '晋江市安海镇西安村西安路12号', since: '2015-06-01', tenure: 'own' },
      materials: [{ key: 'm1', fileIds: [w.fileId] }],
    })
    expect(owning.status).toBe(201)
  })

  it('accepts only the applicant’s own uploads', async () => {
    const someoneElses = await w.t.upload(w.business)
    const res = await submitRequest(w.t, w.resident, residenceInput(someoneElses.fileId))
    expect(res.status).toBe(422)
    expect(res.body).toMatchObject({ error: { fields: { 'materials.m1': '文件不存在或已失效，请重新上传', 'materials.m2': '文件不存在或已失效，请重新上传' } } })
  })

  it('refuses fields and materials the type does not have', async () => {
    const res = await submitRequest(w.t, w.resident, {
      ...residenceInput(w.fileId),
      fields: { address: '晋江市安海镇西安村西安路12号', since: '2015-06-01', tenure: 'rent', spouse: '王某' },
      materials: [...residenceInput(w.fileId).materials, { key: 'm9', fileIds: [w.fileId] }],
    })
    expect(res.status).toBe(422)
    expect(res.body).toMatchObject({ error: { fields: { 'fields.spouse': '表单中没有这一项', 'materials.m9': '材料清单中没有这一项' } } })
  })

  it('refuses an unknown type (422 typeId)', async () => {
    const res = await submitRequest(w.t, w.resident, { ...residenceInput(w.fileId), typeId: 'kinship' })
    expect(res.status).toBe(422)
    expect(res.body).toEqual({ error: { code: 'VALIDATION_FAILED', message: '该证明类型不存在或已停止办理', fields: { typeId: '该证明类型不存在或已停止办理' } } })
  })

  it('refuses a removed (retired) type with the same 422, and creates nothing', async () => {
    const types = CERTIFICATE_TYPES.map((c) => (c.id === 'residence' ? { ...c, active: false } : c))
    const retired = await certificateWorld(createTestApp({ certificateTypes: types }))
    const res = await submitRequest(retired.t, retired.resident, residenceInput(retired.fileId))
    expect(res.status).toBe(422)
    expect(res.body).toMatchObject({ error: { fields: { typeId: '该证明类型不存在或已停止办理' } } })
    expect(retired.t.store.dump().certificateRequests).toEqual({})
  })

  it('refuses an “other” certificate that names one of the 20 removed in 2020', async () => {
    const res = await submitRequest(w.t, w.resident, {
      typeId: 'other-lawful',
      villageCode: CADRE_VILLAGE,
      purpose: '办理银行业务',
      fields: { subject: '亲属关系证明', content: '申请人与陈大明系父子关系，特此说明。', basis: '银行要求' },
      materials: [{ key: 'm1', fileIds: [w.fileId] }],
    })
    expect(res.status).toBe(422)
    // Issue 15: the refusal now gives the legal reason and where to get the fact instead.
    expect(res.body).toMatchObject({ error: { fields: { 'fields.subject': expect.stringMatching(/^「亲属关系证明」已被国家明确取消、不再由村（居）委会出具（.*民发〔2020〕20号）.*户籍证明/) } } })
  })

  it('returns the same request for a retry with the same Idempotency-Key', async () => {
    const headers = { 'Idempotency-Key': 'cert-key-0001' }
    const first = await w.t.post<CertificateRequest>('/api/v1/certificate-requests', { token: w.resident, json: residenceInput(w.fileId), headers })
    const again = await w.t.post<CertificateRequest>('/api/v1/certificate-requests', { token: w.resident, json: residenceInput(w.fileId), headers })
    expect(first.status).toBe(201)
    expect(again.status).toBe(200)
    expect(again.body.id).toBe(first.body.id)
    expect(Object.keys(w.t.store.dump().certificateRequests)).toHaveLength(1)
  })
})

describe('my requests', () => {
  let w: CertificateWorld
  beforeEach(async () => {
    w = await certificateWorld(createTestApp())
  })

  it('lists mine newest first and nobody else’s', async () => {
    const clock = createFixedClock('2022-03-01T09:00:00+08:00')
    w = await certificateWorld(createTestApp({ clock }))
    const first = await pendingRequest(w)
    clock.set('2022-03-02T10:00:00+08:00')
    const second = await pendingRequest(w, residenceInput(w.fileId, { purpose: '办理居住证' }))
    await w.t.verifyRealName(w.business)
    const { fileId } = await w.t.upload(w.business)
    await submitRequest(w.t, w.business, residenceInput(fileId))
    const res = await w.t.get<Page<CertificateRequest>>('/api/v1/certificate-requests', { token: w.resident })
    expect(res.status).toBe(200)
    expect(res.headers.get('cache-control')).toBe('no-store')
    expect(res.body).toMatchObject({ total: 2, page: 1, pageSize: 20 })
    expect(res.body.items.map((r) => r.id)).toEqual([second, first])
  })

  it('shows my request to me and answers 404 to another resident', async () => {
    const id = await pendingRequest(w)
    expect((await w.t.get(`/api/v1/certificate-requests/${id}`, { token: w.resident })).status).toBe(200)
    const res = await w.t.get(`/api/v1/certificate-requests/${id}`, { token: w.business })
    expect(res.status).toBe(404)
    expect(res.body).toEqual({ error: { code: 'NOT_FOUND', message: '证明申请不存在' } })
    expect((await w.t.get('/api/v1/certificate-requests/CR2022030100000000', { token: w.resident })).status).toBe(404)
  })

  it('lets a returned request be corrected and resubmitted, which puts it back in the queue', async () => {
    const id = await pendingRequest(w)
    await w.t.post(`/api/v1/cadre/certificate-requests/${id}/return`, { token: w.cadre, json: { reason: '请补充租赁合同的签字页' } })
    const mine = await w.t.get<CertificateRequest>(`/api/v1/certificate-requests/${id}`, { token: w.resident })
    expect(mine.body).toMatchObject({ status: 'returned', reason: '请补充租赁合同的签字页' })
    const { fileId } = await w.t.upload(w.resident)
    const res = await w.t.put<CertificateRequest>(`/api/v1/certificate-requests/${id}`, {
      token: w.resident,
      json: residenceInput(w.fileId, { materials: [{ key: 'm1', fileIds: [w.fileId] }, { key: 'm2', fileIds: [w.fileId, fileId] }] }),
    })
    expect(res.status).toBe(200)
    expect(res.body).toMatchObject({ status: 'pending', reason: null })
    expect(res.body.materials[1].files).toHaveLength(2)
    expect(res.body.history.map((e) => [e.action, e.actor, e.reason])).toEqual([
      ['submitted', '申请人', null],
      ['returned', '晋江市安海镇西安村民委员会', '请补充租赁合同的签字页'],
      ['resubmitted', '申请人', null],
    ])
  })

  it('refuses to resubmit a request that was not returned (409), another resident’s (404), and a changed type (422)', async () => {
    const id = await pendingRequest(w)
    const pending = await w.t.put(`/api/v1/certificate-requests/${id}`, { token: w.resident, json: residenceInput(w.fileId) })
    expect(pending.status).toBe(409)
    expect(pending.body).toEqual({ error: { code: 'CONFLICT', message: '只有被退回补正的申请才能修改后重新提交' } })
    await w.t.post(`/api/v1/cadre/certificate-requests/${id}/return`, { token: w.cadre, json: { reason: '地址写错了' } })
    expect((await w.t.put(`/api/v1/certificate-requests/${id}`, { token: w.business, json: residenceInput(w.fileId) })).status).toBe(404)
    const changed = await w.t.put(`/api/v1/certificate-requests/${id}`, {
      token: w.resident,
      json: { ...residenceInput(w.fileId), typeId: 'family-hardship' },
    })
    expect(changed.status).toBe(422)
    expect(changed.body).toMatchObject({ error: { fields: { typeId: '不能更改证明类型，如需其他证明请另行申请' } } })
    const ok = await w.t.put(`/api/v1/certificate-requests/${id}`, { token: w.resident, json: residenceInput(w.fileId) })
    expect(ok.status).toBe(200)
    const twice = await w.t.put(`/api/v1/certificate-requests/${id}`, { token: w.resident, json: residenceInput(w.fileId) })
    expect(twice.status).toBe(409)
  })
})

describe('the certificate and its public verification', () => {
  let w: CertificateWorld
  beforeEach(async () => {
    w = await certificateWorld(createTestApp())
  })

  it('shows the holder a certificate that reads like the official document', async () => {
    const certificate = await issuedCertificate(w)
    expect(certificate).toMatchObject({
      no: expect.stringMatching(/^350582101201-2022-\d{8}$/),
      type: { id: 'residence', name: '居(租)住证明' },
      title: '居住证明',
      holder: { name: HOLDER_NAME, idNumber: `3505**********${HOLDER_ID.slice(-4)}` },
      issuer: '晋江市安海镇西安村民委员会',
      issuedAt: '2022-03-01T09:00:00.000+08:00',
      validUntil: '2022-05-30',
      status: 'valid',
      revokedAt: null,
      revokeReason: null,
    })
    expect(certificate.verificationCode).toMatch(/^[ABCDEFGHJKMNPQRSTUVWXYZ23456789]{8}$/)
    expect(certificate.body).toBe(
      `兹证明陈小明（公民身份号码：3505**********${HOLDER_ID.slice(-4)}）自2015年6月1日起居住于晋江市安海镇西安村西安路12号，居住性质为租住，现实际居住在晋江市安海镇西安村。\n` +
        '经村（居）民委员会核实，情况属实。\n此证明用于子女入学。',
    )
    expect(certificate.verifyPath).toBe(`/packages/certificate/verify/index?no=${certificate.no}&code=${certificate.verificationCode}`)
  })

  it('shows the certificate to the cadre of its village, and answers 404 to anyone else', async () => {
    const { no } = await issuedCertificate(w)
    expect((await w.t.get(`/api/v1/certificates/${no}`, { token: w.cadre })).status).toBe(200)
    for (const token of [w.other, w.business, w.admin]) {
      const res = await w.t.get(`/api/v1/certificates/${no}`, { token })
      expect(res.status).toBe(404)
      expect(res.body).toEqual({ error: { code: 'NOT_FOUND', message: '证明不存在' } })
    }
    expect((await w.t.get(`/api/v1/certificates/${no}`)).status).toBe(401)
  })

  it('verifies without sign-in: valid, type, issuer, date, the masked name and what it states — nothing else personal', async () => {
    const certificate = await issuedCertificate(w)
    const res = await verify(w.t, certificate.no, certificate.verificationCode.toLowerCase())
    expect(res.status).toBe(200)
    expect(res.headers.get('cache-control')).toBe('no-store')
    expect(res.body).toEqual({
      status: 'valid',
      no: certificate.no,
      type: '居(租)住证明',
      issuer: '晋江市安海镇西安村民委员会',
      issuedAt: '2022-03-01T09:00:00.000+08:00',
      validUntil: '2022-05-30',
      holderName: '陈**',
      revokedAt: null,
      // Issue 15: what the certificate states, so a verifier can compare it with the paper.
      title: '居住证明',
      facts: [
        { label: '用途', value: '子女入学' },
        { label: '居住地址', value: '晋江市安海镇西安村西安路12号' },
        { label: '居住起始日期', value: '2015年6月1日' },
        { label: '居住性质', value: '租住' },
      ],
      text: expect.stringContaining('兹证明陈**（公民身份号码：已隐去）自2015年6月1日起居住于晋江市安海镇西安村西安路12号'),
    })
    for (const secret of [HOLDER_ID, HOLDER_ID.slice(-4), '138', '陈小明']) expect(res.text).not.toContain(secret)
  })

  it('says revoked, with when, after the cadre revokes — still without the reason', async () => {
    const clock = createFixedClock('2022-03-01T09:00:00+08:00')
    w = await certificateWorld(createTestApp({ clock }))
    const certificate = await issuedCertificate(w)
    clock.set('2022-03-05T15:30:00+08:00')
    const revoke = await w.t.post<Certificate>(`/api/v1/cadre/certificates/${certificate.no}/revoke`, { token: w.cadre, json: { reason: '申请人提供的租赁合同系伪造' } })
    expect(revoke.status).toBe(200)
    const res = await verify(w.t, certificate.no, certificate.verificationCode)
    expect(res.status).toBe(200)
    expect(res.body).toMatchObject({ status: 'revoked', revokedAt: '2022-03-05T15:30:00.000+08:00', holderName: '陈**' })
    expect(res.text).not.toContain('伪造')
  })

  it('answers an unknown number and a wrong code with the same 404', async () => {
    const certificate = await issuedCertificate(w)
    const wrongCode = await verify(w.t, certificate.no, certificate.verificationCode === 'AAAAAAAA' ? 'BBBBBBBB' : 'AAAAAAAA')
    const unknown = await verify(w.t, '350582101201-2022-000999', certificate.verificationCode)
    expect(wrongCode.status).toBe(404)
    expect(unknown.status).toBe(404)
    expect(wrongCode.body).toEqual({ error: { code: 'NOT_FOUND', message: '证明编号或核验码不正确' } })
    expect(unknown.text).toBe(wrongCode.text)
  })

  it.each([
    ['no number', '/api/v1/certificates/verify?code=ABCDEFGH', 'no', '请输入证明编号'],
    ['no code', '/api/v1/certificates/verify?no=350582101201-2022-000001', 'code', '请输入核验码'],
    ['a malformed number', '/api/v1/certificates/verify?no=QZ123&code=ABCDEFGH', 'no', '证明编号格式不正确，请核对证明上的编号（如 350582101201-2022-000001，行业综合许可证如 ZH350582-2022-04817263）'],
    ['a malformed code', '/api/v1/certificates/verify?no=350582101201-2022-000001&code=AB-D', 'code', '核验码为 8 位字母或数字'],
  ])('answers %s with 400 and the field', async (_what, path, field, message) => {
    const t = createTestApp()
    const res = await t.get(path)
    expect(res.status).toBe(400)
    expect(isErrorBody(res.body)).toBe(true)
    expect((res.body as { error: { fields: Record<string, string> } }).error.fields[field]).toBe(message)
  })
})

describe('throttling wrong verification guesses', () => {
  async function world(limits: { perNumber?: number; perClient?: number }) {
    let wall = 1_000_000
    const t = createTestApp({
      verifyLimits: {
        perNumber: { max: limits.perNumber ?? 3, windowMs: 60_000 },
        perClient: { max: limits.perClient ?? 100, windowMs: 60_000 },
        now: () => wall,
      },
    })
    const w = await certificateWorld(t)
    const certificate = await issuedCertificate(w)
    const wrong = certificate.verificationCode === 'AAAAAAAA' ? 'BBBBBBBB' : 'AAAAAAAA'
    return { t, certificate, wrong, advance: (ms: number) => (wall += ms) }
  }

  it('slows a number down after 3 wrong codes, even for the right one, until the window passes', async () => {
    const { t, certificate, wrong, advance } = await world({ perNumber: 3 })
    for (let i = 0; i < 3; i += 1) expect((await verify(t, certificate.no, wrong)).status).toBe(404)
    const blocked = await verify(t, certificate.no, certificate.verificationCode)
    expect(blocked.status).toBe(429)
    expect(blocked.headers.get('retry-after')).toBe('60')
    expect(blocked.body).toEqual({ error: { code: 'TOO_MANY_REQUESTS', message: '核验错误次数过多，请 1 分钟后再试' } })
    advance(60_001)
    expect((await verify(t, certificate.no, certificate.verificationCode)).status).toBe(200)
  })

  it('treats a number that does not exist exactly like one that does', async () => {
    const { t, certificate, wrong } = await world({ perNumber: 3 })
    const ghost = '350582101201-2022-000777'
    for (let i = 0; i < 3; i += 1) {
      await verify(t, certificate.no, wrong)
      await verify(t, ghost, wrong)
    }
    const real = await verify(t, certificate.no, wrong)
    const fake = await verify(t, ghost, wrong)
    expect(real.status).toBe(429)
    expect(fake.status).toBe(429)
    expect(fake.text).toBe(real.text)
    expect(fake.headers.get('retry-after')).toBe(real.headers.get('retry-after'))
  })

  it('slows down one client guessing across many numbers, not another client', async () => {
    const { t, certificate, wrong } = await world({ perNumber: 100, perClient: 4 })
    // Clients are told apart by their connection address (X-Forwarded-For counts only from a trusted proxy).
    for (let i = 1; i <= 4; i += 1) expect((await verify(t, `350582101201-2022-00010${i}`, wrong, {}, '10.0.0.1')).status).toBe(404)
    expect((await verify(t, '350582101201-2022-000200', wrong, {}, '10.0.0.1')).status).toBe(429)
    expect((await verify(t, certificate.no, certificate.verificationCode, {}, '10.0.0.2')).status).toBe(200)
  })
})

describe('stored data', () => {
  it('imports a db.json written before certificates existed, and keeps requests and certificates across a restart', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'cert-db-'))
    const file = join(dir, 'db.json')
    writeFileSync(file, JSON.stringify({ version: 1, users: {}, sessions: {}, uploads: {}, cases: {}, idempotency: {}, assistRequests: {} }))
    const store = openStore({ file: join(dir, STORE_FILE), importJson: file, log: () => undefined })
    expect(store.dump().certificateRequests).toEqual({})
    expect(store.dump().certificates).toEqual({})
    const w = await certificateWorld(createTestApp({ store }))
    const certificate = await issuedCertificate(w)
    store.close()
    const reopened = openStore({ file: join(dir, STORE_FILE), log: () => undefined })
    expect(Object.keys(reopened.dump().certificates)).toEqual([certificate.no])
    expect(Object.values(reopened.dump().certificateRequests)[0].status).toBe('issued')
    reopened.close()
  })
})
