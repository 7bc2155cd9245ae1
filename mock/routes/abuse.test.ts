/**
 * SPEC §8's abuse rules, one describe per rule: clients told apart by their connection, guessing
 * that slows only the guesser, a sign-in throttle per client, upload limits under concurrency, an
 * orphan clean-up and a quota, idle sessions expiring, the host check, idempotent creates and text
 * sanitising.
 */
import type { AssistRequest } from '@contract/application'
import type { Case } from '@contract/case'
import type { CertificateRequest } from '@contract/certificate'
import type { Complaint } from '@contract/rating'
import type { AuthResult } from '@contract/user'
import { SESSION_EXPIRED, SESSION_IDLE_MS, SESSION_TOUCH_MS } from '../lib/auth'
import { HOST_NOT_ALLOWED } from '../lib/host-check'
import { IDEMPOTENCY_KEY_REUSED } from '../lib/idempotency'
import { quotaMessage } from './uploads'
import { cityItem, JPEG, validApplication } from '../test-support/fixtures'
import { createTestApp, isErrorBody, type TestApp } from '../test-support/test-app'
import {
  certificateWorld,
  drive,
  issuedCertificate,
  people,
  residenceInput,
  setClock,
  submitCase,
} from '../test-support/worlds'
import { buildFormSchema } from '../seed/forms'
import { UPLOAD_LIMITS } from '../lib/files'

const wrongOf = (code: string, alphabet: string) => (code === alphabet.repeat(code.length) ? alphabet[1].repeat(code.length) : alphabet[0].repeat(code.length))

describe('clients are told apart by their connection address', () => {
  it('still throttles one address that rotates X-Forwarded-For', async () => {
    const t = createTestApp({ lookupLimits: { perClient: { max: 5, windowMs: 60_000 } } })
    const statuses: number[] = []
    for (let i = 0; i < 8; i += 1) {
      const res = await t.post('/api/v1/cases/lookup', {
        json: { caseNo: `QZ20220301000000${String(i).padStart(2, '0')}`, queryCode: '123456' },
        headers: { 'X-Forwarded-For': `198.51.100.${i}` },
        remoteAddress: '203.0.113.9',
      })
      statuses.push(res.status)
    }
    expect(statuses).toEqual([404, 404, 404, 404, 404, 429, 429, 429])
  })

  it('believes X-Forwarded-For only from a configured trusted proxy', async () => {
    const t = createTestApp({ trustedProxies: ['10.0.0.1'], lookupLimits: { perClient: { max: 2, windowMs: 60_000 } } })
    const guess = (remoteAddress: string, forwarded: string) =>
      t.post('/api/v1/cases/lookup', { json: { caseNo: 'QZ2022030100000000', queryCode: '123456' }, headers: { 'X-Forwarded-For': forwarded }, remoteAddress })
    // Two people behind the proxy are two clients; the one who guessed is slowed, the other is not.
    for (let i = 0; i < 2; i += 1) expect((await guess('10.0.0.1', '192.0.2.1')).status).toBe(404)
    expect((await guess('10.0.0.1', '192.0.2.1')).status).toBe(429)
    expect((await guess('10.0.0.1', '192.0.2.2')).status).toBe(404)
    // A spoofed first hop before the proxy's own entry changes nothing: the proxy appended the real one.
    expect((await guess('10.0.0.1', '198.51.100.7, 192.0.2.1')).status).toBe(429)
    // Not from the proxy: the header is ignored and the connection is the client.
    for (let i = 0; i < 2; i += 1) expect((await guess('203.0.113.5', `192.0.2.${50 + i}`)).status).toBe(404)
    expect((await guess('203.0.113.5', '192.0.2.99')).status).toBe(429)
  })
})

describe('guessing slows the guesser, never the owner', () => {
  it('case lookup: wrong codes from client A never make the right code from client B fail', async () => {
    const t = createTestApp()
    const who = await people(t)
    const c = await submitCase(t, who.resident, who.fileId)
    await drive(t, who, c.caseNo, ['accept'])
    const lookup = (queryCode: string, remoteAddress: string) => t.post('/api/v1/cases/lookup', { json: { caseNo: c.caseNo, queryCode }, remoteAddress })
    const wrong = wrongOf(c.queryCode, '01')
    for (let i = 0; i < 30; i += 1) expect([404, 429]).toContain((await lookup(wrong, '198.51.100.66')).status)
    expect((await lookup(c.queryCode, '198.51.100.66')).status).toBe(429)
    expect((await lookup(c.queryCode, '203.0.113.20')).status).toBe(200)
    expect((await lookup(c.queryCode, '203.0.113.20')).status).toBe(200)
  })

  it('certificate verification: wrong codes from client A never make the right code from client B fail', async () => {
    const w = await certificateWorld(createTestApp())
    const certificate = await issuedCertificate(w)
    const verify = (code: string, remoteAddress: string) =>
      w.t.get(`/api/v1/certificates/verify?no=${certificate.no}&code=${code}`, { remoteAddress })
    const wrong = wrongOf(certificate.verificationCode, 'AB')
    for (let i = 0; i < 30; i += 1) expect([404, 429]).toContain((await verify(wrong, '198.51.100.66')).status)
    expect((await verify(certificate.verificationCode, '198.51.100.66')).status).toBe(429)
    // A school checking the real certificate from elsewhere is not held up.
    expect((await verify(certificate.verificationCode, '203.0.113.20')).status).toBe(200)
  })

  it('counts a signed-in guesser per account too, whatever address it comes from', async () => {
    const w = await certificateWorld(createTestApp({ verifyLimits: { perClient: { max: 3, windowMs: 60_000 } } }))
    const certificate = await issuedCertificate(w)
    const guess = (i: number) => w.t.get(`/api/v1/certificates/verify?no=350582101201-2022-0000010${i}&code=AAAAAAAA`, { token: w.business, remoteAddress: `198.51.100.${i}` })
    for (let i = 0; i < 3; i += 1) expect((await guess(i)).status).toBe(404)
    expect((await guess(5)).status).toBe(429)
    // The holder, signed in, from another address, is not that account.
    const own = await w.t.get(`/api/v1/certificates/verify?no=${certificate.no}&code=${certificate.verificationCode}`, { token: w.resident, remoteAddress: '203.0.113.1' })
    expect(own.status).toBe(200)
  })

  it('gives certificates numbers that are not a sequence, so walking numbers finds nothing', async () => {
    const w = await certificateWorld(createTestApp())
    const numbers: string[] = []
    for (let i = 0; i < 3; i += 1) numbers.push((await issuedCertificate(w)).no)
    const tails = numbers.map((no) => Number(no.slice(-8)))
    expect(new Set(tails).size).toBe(3)
    expect(tails.every((n, i) => i === 0 || Math.abs(n - tails[i - 1]) !== 1)).toBe(true)
  })
})

describe('the sign-in throttle is per client', () => {
  it('one client using up its sign-ins blocks neither another client nor is freed by a rotated header', async () => {
    const t = createTestApp({ authRateLimit: { max: 3, windowMs: 60_000 } })
    const signIn = (remoteAddress: string, forwarded?: string) =>
      t.post('/api/v1/auth/wechat', { json: { code: 'abc' }, remoteAddress, headers: forwarded ? { 'X-Forwarded-For': forwarded } : {} })
    for (let i = 0; i < 3; i += 1) expect((await signIn('198.51.100.1')).status).toBe(200)
    const refused = await signIn('198.51.100.1', '192.0.2.77')
    expect(refused.status).toBe(429)
    expect(isErrorBody(refused.body)).toBe(true)
    expect((await t.post('/api/v1/auth/demo', { json: { account: 'resident' }, remoteAddress: '198.51.100.1' })).status).toBe(429)
    expect((await signIn('198.51.100.2')).status).toBe(200)
    expect((await t.post('/api/v1/auth/demo', { json: { account: 'resident' }, remoteAddress: '198.51.100.3' })).status).toBe(200)
  })
})

function uploadForm(bytes: Uint8Array = JPEG): FormData {
  const form = new FormData()
  form.append('file', new Blob([bytes], { type: 'image/jpeg' }), 'photo.jpg')
  return form
}

describe('uploads', () => {
  it('never stores more than the cap, however many arrive in parallel', async () => {
    const t = createTestApp({ uploadRateLimit: { max: 5, windowMs: 60 * 60_000 } })
    const { token } = await t.signIn('resident')
    const responses = await Promise.all(Array.from({ length: 40 }, () => t.post('/api/v1/uploads', { token, form: uploadForm() })))
    expect(responses.filter((r) => r.status === 201)).toHaveLength(5)
    expect(responses.filter((r) => r.status === 429)).toHaveLength(35)
    expect(Object.keys(t.store.dump().uploads)).toHaveLength(5)
  })

  it('gives a refused upload its place back', async () => {
    const t = createTestApp({ uploadRateLimit: { max: 2, windowMs: 60 * 60_000 } })
    const { token } = await t.signIn('resident')
    const notAnImage = uploadForm(new TextEncoder().encode('plain text, not a photo'))
    expect((await t.post('/api/v1/uploads', { token, form: notAnImage })).status).toBe(415)
    expect((await t.post('/api/v1/uploads', { token, form: uploadForm() })).status).toBe(201)
    expect((await t.post('/api/v1/uploads', { token, form: uploadForm() })).status).toBe(201)
    expect((await t.post('/api/v1/uploads', { token, form: uploadForm() })).status).toBe(429)
  })

  it('holds each person to a storage quota, with a Chinese 413', async () => {
    const t = createTestApp({ uploadQuotaBytes: JPEG.length * 3 })
    const { token } = await t.signIn('resident')
    for (let i = 0; i < 3; i += 1) expect((await t.post('/api/v1/uploads', { token, form: uploadForm() })).status).toBe(201)
    const over = await t.post('/api/v1/uploads', { token, form: uploadForm() })
    expect(over.status).toBe(413)
    expect(over.body).toEqual({ error: { code: 'PAYLOAD_TOO_LARGE', message: quotaMessage(JPEG.length * 3) } })
    // Someone else's room is their own.
    const other = (await t.signIn('business')).token
    expect((await t.post('/api/v1/uploads', { token: other, form: uploadForm() })).status).toBe(201)
  })

  it('removes an upload no case or request uses after 24 hours, and keeps the used ones', async () => {
    const t = createTestApp()
    const who = await people(t)
    const c = await submitCase(t, who.resident, who.fileId)
    const orphan = await t.upload(who.resident)
    expect(t.sweepUploads()).toBe(0)
    await setClock(t, who.admin, '2022-03-02T08:59:59+08:00')
    expect(t.sweepUploads()).toBe(0)
    await setClock(t, who.admin, '2022-03-02T09:00:00+08:00')
    expect(t.sweepUploads()).toBe(1)
    expect(t.store.dump().uploads[orphan.fileId]).toBeUndefined()
    expect(t.files.get(orphan.fileId)).toBeNull()
    expect((await t.get(`/api/v1/uploads/${orphan.fileId}`, { token: who.resident })).status).toBe(404)
    // The case's file stays.
    expect(t.store.dump().uploads[who.fileId]).toBeDefined()
    expect((await t.get(`/api/v1/uploads/${who.fileId}`, { token: who.resident })).status).toBe(200)
    expect((await t.get<Case>(`/api/v1/cases/${c.caseNo}`, { token: who.resident })).status).toBe(200)
  })
})

describe('sessions expire after 7 idle days', () => {
  function world() {
    let wall = Date.UTC(2030, 0, 1)
    const t = createTestApp({ wallClock: () => wall })
    return { t, advance: (ms: number) => (wall += ms) }
  }

  it('answers an expired session 401 UNAUTHORIZED with the contract body, and a new sign-in works', async () => {
    const { t, advance } = world()
    const { token } = await t.signIn('resident')
    advance(SESSION_IDLE_MS + 1)
    const res = await t.get('/api/v1/me', { token })
    expect(res.status).toBe(401)
    expect(res.body).toEqual({ error: { code: 'UNAUTHORIZED', message: SESSION_EXPIRED } })
    expect(res.headers.get('www-authenticate')).toContain('Bearer')
    expect(Object.keys(t.store.dump().sessions)).toHaveLength(0)
    const again = await t.signIn('resident')
    expect((await t.get('/api/v1/me', { token: again.token })).status).toBe(200)
  })

  it('keeps a session in use alive, writing lastSeenAt at most once an hour', async () => {
    const { t, advance } = world()
    const { token } = await t.signIn('resident')
    const seen = () => Object.values(t.store.dump().sessions)[0].lastSeenAt
    const first = seen()
    advance(SESSION_TOUCH_MS - 1)
    expect((await t.get('/api/v1/me', { token })).status).toBe(200)
    expect(seen()).toBe(first)
    advance(2)
    expect((await t.get('/api/v1/me', { token })).status).toBe(200)
    expect(seen()).not.toBe(first)
    for (let day = 0; day < 3; day += 1) {
      advance(SESSION_IDLE_MS - 60_000)
      expect((await t.get('/api/v1/me', { token })).status).toBe(200)
    }
  })

  it('moving the demo clock signs nobody out', async () => {
    const { t } = world()
    const admin = (await t.signIn('admin')).token
    await setClock(t, admin, '2022-06-01T09:00:00+08:00')
    expect((await t.get('/api/v1/me', { token: admin })).status).toBe(200)
  })
})

describe('/auth/demo and /admin/* answer only on the configured hosts', () => {
  const demo = (t: TestApp, host?: string) => t.post<AuthResult>('/api/v1/auth/demo', { json: { account: 'admin' }, headers: host ? { Host: host } : {} })

  it.each(['localhost', 'localhost:10086', '127.0.0.1:3100', '[::1]:3100', 'LOCALHOST'])('answers Host %s', async (host) => {
    expect((await demo(createTestApp(), host)).status).toBe(200)
  })

  it('answers an in-process request by its URL (localhost)', async () => {
    expect((await demo(createTestApp())).status).toBe(200)
  })

  it.each(['evil.example', 'evil.example:3100', '127.0.0.1.evil.example', 'localhost.evil.example'])('refuses Host %s with 403 and the contract body', async (host) => {
    const t = createTestApp()
    const res = await demo(t, host)
    expect(res.status).toBe(403)
    expect(res.body).toEqual({ error: { code: 'FORBIDDEN', message: HOST_NOT_ALLOWED } })
    const admin = (await t.signIn('admin')).token
    const clock = await t.request('PUT', '/api/v1/admin/clock', { token: admin, json: { now: '2022-03-05T09:00:00+08:00' }, headers: { Host: host } })
    expect(clock.status).toBe(403)
    expect(isErrorBody(clock.body)).toBe(true)
    // Everything else answers on any host (the app itself is not tied to a name).
    expect((await t.post('/api/v1/auth/wechat', { json: { code: 'abc' }, headers: { Host: host } })).status).toBe(200)
  })

  it('answers a host added through MOCK_ALLOWED_HOSTS', async () => {
    const t = createTestApp({ allowedHosts: ['mock.lan'] })
    expect((await demo(t, 'mock.lan:3100')).status).toBe(200)
    expect((await demo(t, 'other.lan')).status).toBe(403)
  })
})

describe('every repeatable create takes an Idempotency-Key', () => {
  const parallel = <T>(n: number, make: () => Promise<T>) => Promise.all(Array.from({ length: n }, make))

  it('20 parallel identical applications make one case', async () => {
    const t = createTestApp()
    const who = await people(t)
    const item = cityItem(t.seed, '居民身份证换领')
    const input = validApplication(buildFormSchema(item, '2022-03-01', UPLOAD_LIMITS), who.fileId)
    const responses = await parallel(20, () => t.submit<Case>(who.resident, input, 'parallel-application-1'))
    expect(responses.map((r) => r.status).sort()).toEqual([...Array<number>(19).fill(200), 201])
    expect(Object.keys(t.store.dump().cases)).toHaveLength(1)
  })

  it('20 parallel identical certificate requests make one request; the key with another body is a 409', async () => {
    const w = await certificateWorld(createTestApp())
    const headers = { 'Idempotency-Key': 'parallel-certificate-1' }
    const responses = await parallel(20, () => w.t.post<CertificateRequest>('/api/v1/certificate-requests', { token: w.resident, json: residenceInput(w.fileId), headers }))
    expect(responses.map((r) => r.status).sort()).toEqual([...Array<number>(19).fill(200), 201])
    expect(new Set(responses.map((r) => r.body.id)).size).toBe(1)
    expect(Object.keys(w.t.store.dump().certificateRequests)).toHaveLength(1)
    const changed = await w.t.post('/api/v1/certificate-requests', { token: w.resident, json: residenceInput(w.fileId, { purpose: '用于办理居住证' }), headers })
    expect(changed.status).toBe(409)
    expect(changed.body).toEqual({ error: { code: 'CONFLICT', message: IDEMPOTENCY_KEY_REUSED } })
  })

  it('20 parallel identical complaints make one; a retry gets it with 200; the key with another body is a 409', async () => {
    const t = createTestApp()
    const { token } = await t.signIn('resident')
    const headers = { 'Idempotency-Key': 'parallel-complaint-1' }
    const json = { kind: 'complaint', content: '窗口排队时间太长了' }
    const responses = await parallel(20, () => t.post<Complaint>('/api/v1/complaints', { token, json, headers }))
    expect(responses.map((r) => r.status).sort()).toEqual([...Array<number>(19).fill(200), 201])
    expect(new Set(responses.map((r) => r.body.id)).size).toBe(1)
    expect(Object.keys(t.store.dump().complaints)).toHaveLength(1)
    const retry = await t.post<Complaint>('/api/v1/complaints', { token, json, headers })
    expect(retry.status).toBe(200)
    expect(retry.body).toEqual(responses.find((r) => r.status === 201)!.body)
    const changed = await t.post('/api/v1/complaints', { token, json: { ...json, content: '窗口排队时间实在太长了' }, headers })
    expect(changed.status).toBe(409)
    expect(changed.body).toEqual({ error: { code: 'CONFLICT', message: IDEMPOTENCY_KEY_REUSED } })
    // The key is the sender's: another person with the same key makes their own.
    const other = (await t.signIn('business')).token
    expect((await t.post('/api/v1/complaints', { token: other, json, headers })).status).toBe(201)
    // Without a key every post is a new complaint, as before.
    expect((await t.post('/api/v1/complaints', { token, json })).status).toBe(201)
    expect(Object.keys(t.store.dump().complaints)).toHaveLength(3)
    expect((await t.post('/api/v1/complaints', { token, json, headers: { 'Idempotency-Key': 'bad key!' } })).status).toBe(400)
  })

  it('20 parallel identical assist requests make one; the key with another body is a 409', async () => {
    const t = createTestApp()
    const { token } = await t.signIn('resident')
    const item = cityItem(t.seed, '居民身份证首次申领')
    const headers = { 'Idempotency-Key': 'parallel-assist-1' }
    const json = { itemId: item.id, phone: '13905950000', note: '老人行动不便', preferredTime: '上午' }
    const responses = await parallel(20, () => t.post<AssistRequest>('/api/v1/assist-requests', { token, json, headers }))
    expect(responses.map((r) => r.status).sort()).toEqual([...Array<number>(19).fill(200), 201])
    expect(new Set(responses.map((r) => r.body.id)).size).toBe(1)
    expect(Object.keys(t.store.dump().assistRequests)).toHaveLength(1)
    const changed = await t.post('/api/v1/assist-requests', { token, json: { ...json, note: '需要上门采集' }, headers })
    expect(changed.status).toBe(409)
    expect(changed.body).toEqual({ error: { code: 'CONFLICT', message: IDEMPOTENCY_KEY_REUSED } })
  })
})

describe('text fields are stored without bidi-override, zero-width or control characters', () => {
  it('strips them from a complaint before storing and showing it', async () => {
    const t = createTestApp()
    const { token } = await t.signIn('resident')
    // U+202E would show the rest of the line reversed to the cadre; U+200B and U+FEFF are invisible.
    const res = await t.post<Complaint>('/api/v1/complaints', { token, json: { kind: 'complaint', content: '\ufeff窗口\u202e排队时间\u200b太长了\u2066！\u2069' } })
    expect(res.status).toBe(201)
    expect(res.body.content).toBe('窗口排队时间太长了！')
    expect(t.store.dump().complaints[res.body.id].content).toBe('窗口排队时间太长了！')
  })

  it('counts the length without them: invisible characters cannot make a too-short text pass', async () => {
    const t = createTestApp()
    const { token } = await t.signIn('resident')
    const res = await t.post('/api/v1/complaints', { token, json: { kind: 'complaint', content: '太慢\u200b\u200b\u200b\u200b' } })
    expect(res.status).toBe(422)
  })

  it('strips them from the fields of an application', async () => {
    const t = createTestApp()
    const who = await people(t)
    const item = cityItem(t.seed, '居民身份证换领')
    const schema = buildFormSchema(item, '2022-03-01', UPLOAD_LIMITS)
    const input = validApplication(schema, who.fileId)
    const textField = schema.fields.find((f) => f.kind === 'address' || f.kind === 'text' || f.kind === 'textarea')
    if (!textField) throw new Error('the item has no text field')
    const clean = String(input.fields[textField.key])
    const res = await t.submit<Case>(who.resident, { ...input, fields: { ...input.fields, [textField.key]: `\u202e${clean}\u200d` } })
    expect(res.status).toBe(201)
    expect(t.store.dump().cases[res.body.caseNo].fields.find((f) => f.key === textField.key)?.value).toBe(clean)
  })
})
