import type { Case as SubmittedCase } from '@contract/case'
import { cityItem, schemaOf, validApplication } from '../test-support/fixtures'
import { certificateWorld, concludedCase, issuedCertificate, pendingRequest, people, rated } from '../test-support/worlds'
import { createTestApp, isErrorBody, type RequestOptions, type TestApp } from '../test-support/test-app'

/**
 * Malformed input on every route: the answer is always a 4xx with the contract's error body and a
 * Chinese message — never a 500, a crash, or a body of another shape.
 */
type Case = [method: string, path: string, options?: RequestOptions]
// Every row gets all three values: jest passes a `done` callback in place of a missing argument.
const complete = (rows: Case[]): [string, string, RequestOptions][] => rows.map(([m, p, o]) => [m, p, o ?? {}])

const json = (body: string): RequestOptions => ({ body, headers: { 'Content-Type': 'application/json' } })

/**
 * One row of a signed-in sweep: `fill` puts the ids made in beforeAll into its path and body; the
 * answer must be a 4xx with the error body.
 */
async function expectRefused(t: TestApp, token: string | null, method: string, path: string, options: RequestOptions, fill: (text: string) => string): Promise<void> {
  const headers = { ...options.headers, ...(token === null ? {} : { Authorization: `Bearer ${token}` }) }
  const body = typeof options.body === 'string' ? fill(options.body) : options.body
  const res = await t.request(method, fill(path), { ...options, body, headers })
  expect(res.status).toBeGreaterThanOrEqual(400)
  expect(res.status).toBeLessThan(500)
  expect(isErrorBody(res.body)).toBe(true)
}

const bodies: RequestOptions[] = [
  json(''),
  json('   '),
  json('null'),
  json('[]'),
  json('[{"code":"abc"}]'),
  json('"abc"'),
  json('42'),
  json('true'),
  json('{'),
  json('{"code":'),
  json("{'code':'abc'}"),
  json('{"code":"abc",}'),
  json('{"code":["abc"]}'),
  json('{"code":{"a":1}}'),
  json('{"code":NaN}'),
  json('{"code":-1e999}'),
  json('{"code":"\\ud800"}'),
  json('{"code":"\\u0000"}'),
  json('{"code":"🙂🙂"}'),
  json('{"account":"resident\\u0000"}'),
  json(`{"code":"${'a'.repeat(60_000)}"}`),
  json(`{"code":"${'a'.repeat(70_000)}"}`),
  json('['.repeat(20_000) + ']'.repeat(20_000)),
  json(`{"a":${'{"a":'.repeat(5_000)}1${'}'.repeat(5_000)}}`),
  { body: '{"code":"abc"}' },
  { body: '{"code":"abc"}', headers: { 'Content-Type': 'text/plain' } },
  { body: 'code=abc', headers: { 'Content-Type': 'application/x-www-form-urlencoded' } },
  { body: '--x\r\nContent-Disposition: form-data; name="code"\r\n\r\nabc\r\n--x--', headers: { 'Content-Type': 'multipart/form-data; boundary=x' } },
  { body: '{"code":"abc"}', headers: { 'Content-Type': 'application/jsonp' } },
]

const badQueries: Record<string, string[]> = {
  '/api/v1/items': [
    `q=${'社'.repeat(51)}`,
    'q=%FF',
    'q=%ED%A0%80',
    'q=a%00b',
    `q=${'a'.repeat(3000)}`,
    'page=NaN',
    'page=-1',
    'page=0',
    'page=1.5',
    'page=1e3',
    'page=1001',
    'page=99999999999999999999',
    'page=Infinity',
    'page=%EF%BC%91',
    'page=1&page=2',
    'pageSize=0',
    'pageSize=51',
    'pageSize=abc',
    'audience=both',
    'audience=PERSONAL',
    'tags=fast',
    'tags=palm,fast',
    'tags=palm&tags=zero-trip',
    'region=abc',
    'region=110101000000',
    'region=350582101000',
    'department=nope',
    `department=${'d'.repeat(65)}`,
    'theme=nope',
    'keyword=社保',
    'q=社保&q=医保',
  ],
  '/api/v1/items/suggest': [`q=${'a'.repeat(51)}`, 'q=%FF', 'limit=0', 'limit=21', 'limit=x', 'region=350582000000', 'q=a&q=b'],
  '/api/v1/items/hot': ['region=abc', 'region=110101000000', 'region=350582101201', 'limit=0', 'limit=51', 'limit=-5', 'q=社保'],
  '/api/v1/regions': ['parent=abc', 'parent=110101000000', 'parent=%00', 'parent=1&parent=2', 'level=county'],
  '/api/v1/departments': ['region=abc', 'region=110101000000', 'region=350582101000', 'region=350582101201', 'kind=police'],
  '/api/v1/themes': ['audience=both', 'audience=personal&audience=legal', 'x=1'],
}

/** Query strings of the routes that need a sign-in (sent with a resident's or the admin's token). */
const badSignedInQueries: Record<string, string[]> = {
  '/api/v1/me/licenses': ['type=居民身份证', 'page=1', 'x=%FF'],
  '/api/v1/assist-requests': ['page=0', 'page=abc', 'pageSize=51', 'page=1&page=2', 'status=pending', 'q=%00'],
  '/api/v1/cases': ['status=done', 'status=submitted,,', 'status=SUBMITTED', 'status=submitted&status=accepted', 'group=all', 'group=active,ended', 'page=0', 'pageSize=51', 'status=%FF', 'x=1'],
}
const badAdminQueries: Record<string, string[]> = {
  '/api/v1/admin/assist-requests': ['status=done', 'status=PENDING', 'page=-1', 'pageSize=1e3', 'status=pending&status=closed', 'x=1'],
  '/api/v1/admin/cases': ['status=done', `status=${'submitted,'.repeat(20)}submitted`, 'group=all', 'page=0', 'x=1'],
  '/api/v1/admin/notices': ['caseNo=abc', 'caseNo=QZ2022030100000000&caseNo=QZ2022030100000001', 'page=0', 'event=accepted'],
  '/api/v1/admin/clock': ['now=2026-01-01T00:00:00Z'],
}

/** Bodies aimed at the application's shape: wrong types, prototype keys, oversized collections. */
const applicationBodies: string[] = [
  '{}',
  '{"itemId":null,"applicantKind":null,"fields":null,"materials":null,"commitmentAccepted":null}',
  '{"itemId":"../../etc/passwd","applicantKind":"personal","fields":{},"materials":[],"commitmentAccepted":false}',
  '{"itemId":"ITEM","applicantKind":"personal","fields":{"__proto__":{"admin":true}},"materials":[],"commitmentAccepted":false}',
  '{"itemId":"ITEM","applicantKind":"personal","fields":{"constructor":"x","toString":1},"materials":[],"commitmentAccepted":false}',
  '{"itemId":"ITEM","applicantKind":"personal","fields":{"phone":{"a":1}},"materials":[],"commitmentAccepted":false}',
  `{"itemId":"ITEM","applicantKind":"personal","fields":{"phone":[${'"1",'.repeat(60)}"1"]},"materials":[],"commitmentAccepted":false}`,
  '{"itemId":"ITEM","applicantKind":"personal","fields":{"phone":-1e999},"materials":[],"commitmentAccepted":false}',
  '{"itemId":"ITEM","applicantKind":"personal","fields":{},"materials":[{"key":"__proto__","fileIds":[],"licenseId":null}],"commitmentAccepted":false}',
  '{"itemId":"ITEM","applicantKind":"personal","fields":{},"materials":[{"key":"m1","fileIds":"f0","licenseId":null}],"commitmentAccepted":false}',
  '{"itemId":"ITEM","applicantKind":"personal","fields":{},"materials":[{"key":"m1","fileIds":["../db.json"],"licenseId":"../x"}],"commitmentAccepted":false}',
  `{"itemId":"ITEM","applicantKind":"personal","fields":{},"materials":[${'{"key":"m1","fileIds":[],"licenseId":null},'.repeat(60)}{}],"commitmentAccepted":false}`,
  '{"itemId":"ITEM","applicantKind":"personal","fields":{},"materials":[],"commitmentAccepted":"true"}',
  '{"itemId":"ITEM","applicantKind":"legal","fields":{"phone":"\u0000"},"materials":[],"commitmentAccepted":true}',
]

/** Bodies aimed at the lifecycle's shapes; none may move the case or the clock. */
const transitionBodies: string[] = [
  '{}',
  '{"action":null,"note":null}',
  '{"action":{"$ne":1},"note":""}',
  '{"action":"ACCEPT","note":""}',
  '{"action":"accept","note":"\\u0000"}',
  '{"action":"accept","note":["x"]}',
  '{"action":"accept","note":"x","supplementItems":"a"}',
  '{"action":"request-supplement","note":"x","supplementItems":[1,2]}',
  '{"action":"request-supplement","note":"x","supplementItems":[{"a":1}]}',
  `{"action":"request-supplement","note":"x","supplementItems":[${'"a",'.repeat(50)}"a"]}`,
  '{"action":"approve","note":"x","result":{"text":"x"}}',
  '{"action":"accept","note":"x","__proto__":{"status":"concluded"}}',
  '{"action":"refuse"}',
]
const clockBodies: string[] = [
  '{"now":"2026-02-13T09:30:00+08:00x"}',
  '{"now":["2026-02-13T09:30:00+08:00"]}',
  '{"now":"0000-01-01T00:00:00Z"}',
  '{"now":"+275760-09-13T00:00:00Z"}',
  '{"now":"2026-02-13T09:30:00+99:99"}',
  '{"now":"2026-13-01T09:30:00+08:00"}',
  '{"now":null}',
  '{"now":"2026-02-13T09:30:00+08:00","fixed":true}',
]
const supplementBodies: string[] = [
  '{}',
  '{"materials":"x"}',
  '{"materials":[{"name":"x","fileIds":["../db.json"]}]}',
  '{"materials":[{"name":{"a":1},"fileIds":[]}]}',
  `{"materials":[${'{"name":"x","fileIds":[]},'.repeat(20)}{}]}`,
  '{"materials":[],"note":5}',
]

const multipart = (body: string | Uint8Array, type = 'multipart/form-data; boundary=x'): RequestOptions => ({ body, headers: { 'Content-Type': type } })

/** Broken uploads: wrong or missing content types, broken framing, parts that are not files. */
const uploadBodies: RequestOptions[] = [
  {},
  { body: '' },
  multipart(''),
  multipart('--x--'),
  multipart('--x\r\nnonsense'),
  multipart('--x\r\nContent-Disposition: form-data; name="file"\r\n\r\nabc\r\n--x--'),
  multipart('--x\r\nContent-Disposition: form-data; name="file"; filename="a.jpg"\r\nContent-Type: image/jpeg\r\n\r\nnot a jpeg\r\n--x--'),
  multipart('--x\r\nContent-Disposition: form-data; name="file"; filename="a.jpg"\r\n\r\n\r\n--x--'),
  multipart('--y\r\nContent-Disposition: form-data; name="file"; filename="a.jpg"\r\n\r\nabc\r\n--y--'),
  multipart('abc', 'multipart/form-data'),
  multipart('abc', 'multipart/mixed; boundary=x'),
  multipart('{"file":"abc"}', 'application/json'),
  multipart('file=abc', 'application/x-www-form-urlencoded'),
  multipart(new Uint8Array([0xff, 0xd8, 0xff, 0x00]), 'image/jpeg'),
]

const cases: Case[] = [
  ...bodies.flatMap((b): Case[] => [
    ['POST', '/api/v1/auth/wechat', b],
    ['POST', '/api/v1/auth/demo', b],
    ['POST', '/api/v1/cases/lookup', b],
  ]),
  ...[
    '{"caseNo":{"a":1},"queryCode":"123456"}',
    '{"caseNo":"QZ2022030100000000","queryCode":"１２３４５６"}',
    '{"caseNo":"QZ2022030100000000","queryCode":"12345\\u0000"}',
    `{"caseNo":"${'Q'.repeat(5000)}","queryCode":"123456"}`,
    '{"caseNo":"QZ2022030100000000","queryCode":"123456","__proto__":{"x":1}}',
  ].map((b): Case => ['POST', '/api/v1/cases/lookup', json(b)]),
  ['GET', '/api/v1/cases/lookup'],
  ...Object.entries(badQueries).flatMap(([path, queries]) => queries.map((q): Case => ['GET', `${path}?${q}`])),
  ['GET', '/api/v1/items/not-an-item'],
  ['GET', '/api/v1/items/%00'],
  ['GET', '/api/v1/items/..%2F..%2Fetc%2Fpasswd'],
  ['GET', `/api/v1/items/${'x'.repeat(65)}`],
  ['GET', '/api/v1/items/%E7%A4%BE%E4%BF%9D'],
  ['GET', '/api/v1/regions/abc'],
  ['GET', '/api/v1/regions/%FF'],
  ['GET', '/api/v1/regions/999999999999'],
  ['GET', '/api/v1/me', { headers: { Authorization: 'Bearer' } }],
  ['GET', '/api/v1/me', { headers: { Authorization: `Bearer ${'a'.repeat(10_000)}` } }],
  ['GET', '/api/v1/me', { headers: { Authorization: 'Bearer \u00e9\u00e9' } }],
  ['GET', '/api/v1/me', { headers: { Authorization: 'Token abc' } }],
  ['POST', '/api/v1/auth/logout'],
  ['POST', '/api/v1/auth/logout', { headers: { Authorization: `Bearer ${'0'.repeat(64)}` } }],
  ['PUT', '/api/v1/items'],
  ['DELETE', '/api/v1/me'],
  ['GET', '/api/v1/auth/wechat'],
  ['GET', '/api/v2/items'],
  ['GET', '/'],
]

describe('malformed input on every route', () => {
  const t = createTestApp()

  it.each(complete(cases))('%s %s → 4xx with the error body', async (method, path, options) => {
    const res = await t.request(method, path, options)
    expect(res.status).toBeGreaterThanOrEqual(400)
    expect(res.status).toBeLessThan(500)
    expect(isErrorBody(res.body)).toBe(true)
  })

  it('logged no unexpected error along the way', () => {
    expect(t.logs).toEqual([])
  })
})

describe('malformed input on the routes that need a sign-in', () => {
  const t = createTestApp()
  const tokens: Record<'resident' | 'admin', string> = { resident: '', admin: '' }
  let caseNo = ''
  let itemId = ''

  beforeAll(async () => {
    tokens.resident = (await t.signIn('resident')).token
    tokens.admin = (await t.signIn('admin')).token
    await t.verifyRealName(tokens.resident)
    const file = await t.upload(tokens.resident)
    const item = cityItem(t.seed, '居民身份证换领')
    itemId = item.id
    const res = await t.submit<SubmittedCase>(tokens.resident, validApplication(schemaOf(item), file.fileId))
    caseNo = res.body.caseNo
  })

  type Row = [who: 'resident' | 'admin' | 'nobody', method: string, path: string, options: RequestOptions]
  const key = { 'Idempotency-Key': 'fuzz-key-0001' }
  const withKey = (o: RequestOptions): RequestOptions => ({ ...o, headers: { ...o.headers, ...key } })
  const rows: Row[] = [
    ...bodies.flatMap((b): Row[] => [
      ['resident', 'PUT', '/api/v1/me/real-name', b],
      ['resident', 'PUT', '/api/v1/me/enterprise', b],
      ['resident', 'POST', '/api/v1/applications', withKey(b)],
      ['resident', 'POST', '/api/v1/assist-requests', b],
      ['resident', 'PUT', '/api/v1/cases/CASE/notices', b],
      ['resident', 'POST', '/api/v1/uploads', b],
      ['resident', 'POST', '/api/v1/cases/CASE/withdraw', b],
      ['resident', 'POST', '/api/v1/cases/CASE/supplements', b],
      ['admin', 'POST', '/api/v1/admin/cases/CASE/transition', b],
      ['admin', 'PUT', '/api/v1/admin/clock', b],
    ]),
    ...transitionBodies.map((b): Row => ['admin', 'POST', '/api/v1/admin/cases/CASE/transition', json(b)]),
    ...clockBodies.map((b): Row => ['admin', 'PUT', '/api/v1/admin/clock', json(b)]),
    ...supplementBodies.map((b): Row => ['resident', 'POST', '/api/v1/cases/CASE/supplements', json(b)]),
    ['resident', 'POST', '/api/v1/cases/CASE/withdraw', json('{"reason":["x"]}')],
    ['resident', 'POST', '/api/v1/cases/CASE/withdraw', json('{"reason":"\\u0000"}')],
    ['resident', 'POST', '/api/v1/cases/CASE/withdraw', {}],
    ['resident', 'POST', '/api/v1/cases/abc/withdraw', json('{}')],
    ['resident', 'GET', '/api/v1/admin/cases', {}],
    ['resident', 'GET', '/api/v1/admin/cases/CASE', {}],
    ['resident', 'POST', '/api/v1/admin/cases/CASE/transition', json('{"action":"accept","note":""}')],
    ['resident', 'PUT', '/api/v1/admin/clock', json('{"now":"2026-01-01T00:00:00Z"}')],
    ['resident', 'DELETE', '/api/v1/admin/clock', {}],
    ['resident', 'GET', '/api/v1/admin/notices', {}],
    ['admin', 'GET', '/api/v1/admin/cases/abc', {}],
    ['admin', 'GET', '/api/v1/admin/cases/QZ2022030100000000', {}],
    ['admin', 'POST', '/api/v1/admin/cases/QZ2022030100000000/transition', json('{"action":"accept","note":""}')],
    ['admin', 'POST', '/api/v1/admin/cases/CASE/transition', json('{"action":"conclude","note":""}')],
    ['admin', 'PATCH', '/api/v1/admin/clock', json('{"now":"2026-01-01T00:00:00Z"}')],
    ['nobody', 'GET', '/api/v1/cases', {}],
    ['nobody', 'POST', '/api/v1/cases/CASE/withdraw', json('{}')],
    ['nobody', 'POST', '/api/v1/cases/CASE/supplements', json('{"materials":[]}')],
    ['nobody', 'POST', '/api/v1/admin/cases/CASE/transition', json('{"action":"accept","note":""}')],
    ['nobody', 'GET', '/api/v1/admin/clock', {}],
    ...applicationBodies.map((b): Row => ['resident', 'POST', '/api/v1/applications', withKey(json(b))]),
    ...uploadBodies.map((o): Row => ['resident', 'POST', '/api/v1/uploads', o]),
    ...Object.entries(badSignedInQueries).flatMap(([path, qs]) => qs.map((q): Row => ['resident', 'GET', `${path}?${q}`, {}])),
    ...Object.entries(badAdminQueries).flatMap(([path, qs]) => qs.map((q): Row => ['admin', 'GET', `${path}?${q}`, {}])),
    ['resident', 'PUT', '/api/v1/me/real-name', json('{"name":"陈小明","idNumber":"3505821990030712345678901234567890"}')],
    ['resident', 'PUT', '/api/v1/me/real-name', json(`{"name":"${'陈'.repeat(300)}","idNumber":1}`)],
    ['resident', 'PUT', '/api/v1/me/real-name', json('{"name":"陈\u202e明","idNumber":"x"}')],
    ['resident', 'PUT', '/api/v1/me/enterprise', json('{"name":"<script>","creditCode":"91350582MA2Y3K7P0X"}')],
    ['resident', 'POST', '/api/v1/assist-requests', json('{"itemId":"ITEM","phone":"+86 139 0595 0000 0000","note":"x"}')],
    ['resident', 'POST', '/api/v1/assist-requests', json('{"itemId":{"$ne":null},"phone":13905950000,"note":["x"]}')],
    ['resident', 'PUT', '/api/v1/cases/CASE/notices', json('{"events":"accepted"}')],
    ['resident', 'PUT', '/api/v1/cases/CASE/notices', json(`{"events":[${'"accepted",'.repeat(10)}"accepted"]}`)],
    ['resident', 'POST', '/api/v1/applications', json('{}')],
    ['resident', 'POST', '/api/v1/applications', { ...json('{}'), headers: { 'Content-Type': 'application/json', 'Idempotency-Key': '../../../x' } }],
    ['resident', 'POST', '/api/v1/applications', { ...json('{}'), headers: { 'Content-Type': 'application/json', 'Idempotency-Key': 'k'.repeat(5000) } }],
    ['resident', 'GET', '/api/v1/items/ITEM/form?x=%FF', {}],
    ['nobody', 'GET', '/api/v1/items/not-an-item/form', {}],
    ['nobody', 'GET', '/api/v1/items/%00/form', {}],
    ['nobody', 'GET', `/api/v1/items/${'x'.repeat(65)}/form`, {}],
    ['resident', 'GET', '/api/v1/uploads/abc', {}],
    ['resident', 'GET', '/api/v1/uploads/..%2F..%2Fdb.json', {}],
    ['resident', 'GET', `/api/v1/uploads/f${'0'.repeat(24)}`, {}],
    ['resident', 'GET', '/api/v1/uploads/%00', {}],
    ['resident', 'GET', '/api/v1/cases/abc', {}],
    ['resident', 'GET', '/api/v1/cases/%FF%FE', {}],
    ['resident', 'GET', `/api/v1/cases/QZ${'9'.repeat(40)}`, {}],
    ['resident', 'PUT', '/api/v1/cases/abc/notices', json('{"events":[]}')],
    ['resident', 'GET', '/api/v1/admin/assist-requests', {}],
    ['resident', 'DELETE', '/api/v1/cases/CASE', {}],
    ['resident', 'PUT', '/api/v1/applications', {}],
    ['admin', 'POST', '/api/v1/applications', withKey(json('{}'))],
    ['admin', 'GET', '/api/v1/admin/nothing', {}],
    ['nobody', 'PUT', '/api/v1/me/real-name', json('{"name":"陈小明","idNumber":"x"}')],
    ['nobody', 'POST', '/api/v1/uploads', multipart('--x--')],
    ['nobody', 'POST', '/api/v1/applications', withKey(json('{}'))],
    ['nobody', 'GET', '/api/v1/admin/assist-requests', {}],
  ]

  it.each(rows.map(([who, m, p, o]) => [who, m, p, o] as const))('%s: %s %s → 4xx with the error body', async (who, method, path, options) => {
    const fill = (text: string) => text.replace('CASE', caseNo).replace(/ITEM/g, itemId)
    await expectRefused(t, who === 'nobody' ? null : tokens[who], method, path, options, fill)
  })

  it('created nothing from all that and logged no unexpected error', async () => {
    expect(Object.keys(t.store.dump().cases)).toEqual([caseNo])
    expect(t.store.dump().cases[caseNo].status).toBe('submitted')
    expect(t.store.dump().cases[caseNo].timeline).toHaveLength(1)
    expect(t.store.dump().notices).toEqual({})
    expect((await t.get('/api/v1/admin/clock', { token: tokens.admin })).body).toEqual({ now: '2022-03-01T09:00:00.000+08:00', fixed: false })
    expect(Object.keys(t.store.dump().uploads)).toHaveLength(1)
    expect(t.store.dump().assistRequests).toEqual({})
    expect(t.store.dump().users['demo-resident'].enterprise).toBeNull()
    expect(t.logs).toEqual([])
  })
})

describe('random query strings on /items', () => {
  // A small deterministic PRNG, so a failure names a reproducible input.
  function prng(seed: number): () => number {
    let s = seed >>> 0
    return () => {
      s = (s * 1664525 + 1013904223) >>> 0
      return s / 2 ** 32
    }
  }
  const alphabet = ['q', 'page', 'pageSize', 'tags', 'region', 'audience', '=', '&', '%', 'FF', '00', 'E7', '社', '保', '1', '-', '.', ',', 'palm', ' ', '+', '#', '?', 'e', '9']

  it('never answers 5xx, and every answer is a page or the error body', async () => {
    const t = createTestApp()
    const random = prng(20220301)
    for (let i = 0; i < 300; i += 1) {
      const length = 1 + Math.floor(random() * 12)
      let query = ''
      for (let j = 0; j < length; j += 1) query += alphabet[Math.floor(random() * alphabet.length)]
      const res = await t.request('GET', `/api/v1/items?${encodeURI(query).replace(/%25/g, '%')}`)
      if (res.status >= 500) throw new Error(`5xx for ?${query}`)
      if (res.status === 200) expect(res.body).toEqual(expect.objectContaining({ items: expect.any(Array), total: expect.any(Number) }))
      else expect(isErrorBody(res.body)).toBe(true)
    }
    expect(t.logs).toEqual([])
  })
})

describe('malformed input on the village certificate routes', () => {
  const t = createTestApp()
  const tokens: Record<'resident' | 'cadre' | 'other' | 'admin', string> = { resident: '', cadre: '', other: '', admin: '' }
  let requestId = ''
  let certificateNo = ''

  beforeAll(async () => {
    const w = await certificateWorld(t)
    Object.assign(tokens, { resident: w.resident, cadre: w.cadre, other: w.other, admin: w.admin })
    requestId = await pendingRequest(w)
    certificateNo = (await issuedCertificate(w)).no
  })

  type Row = [who: keyof typeof tokens | 'nobody', method: string, path: string, options: RequestOptions]
  const requestBodies: string[] = [
    '{}',
    '{"typeId":null,"villageCode":null,"purpose":null,"fields":null,"materials":null}',
    '{"typeId":"../../x","villageCode":"350582101201","purpose":"子女入学","fields":{},"materials":[]}',
    '{"typeId":"residence","villageCode":350582101201,"purpose":"子女入学","fields":{},"materials":[]}',
    '{"typeId":"residence","villageCode":"350582101201","purpose":"子女入学","fields":{"__proto__":{"x":1}},"materials":[]}',
    '{"typeId":"residence","villageCode":"350582101201","purpose":"子女入学","fields":{"constructor":"x","toString":1},"materials":[]}',
    '{"typeId":"residence","villageCode":"350582101201","purpose":"子女入学","fields":{"address":{"a":1},"since":-1e999},"materials":[]}',
    '{"typeId":"residence","villageCode":"350582101201","purpose":"\\u0000","fields":{},"materials":[]}',
    '{"typeId":"residence","villageCode":"350582101201","purpose":"子女入学","fields":{},"materials":[{"key":"__proto__","fileIds":[]}]}',
    '{"typeId":"residence","villageCode":"350582101201","purpose":"子女入学","fields":{},"materials":[{"key":"m1","fileIds":"f0"}]}',
    '{"typeId":"residence","villageCode":"350582101201","purpose":"子女入学","fields":{},"materials":[{"key":"m1","fileIds":["../db.json"]}]}',
    `{"typeId":"residence","villageCode":"350582101201","purpose":"子女入学","fields":{},"materials":[${'{"key":"m1","fileIds":[]},'.repeat(30)}{}]}`,
    '{"typeId":"residence","villageCode":"350582101201","purpose":["子女入学"],"fields":[],"materials":{}}',
  ]
  const reasonBodies = ['{}', '{"reason":null}', '{"reason":1}', '{"reason":["x"]}', '{"reason":"\\u0000\\u0000"}', '{"reason":"\\ud800x"}', `{"reason":"${'理'.repeat(300)}"}`]
  const rows: Row[] = [
    ...bodies.flatMap((b): Row[] => [
      ['resident', 'POST', '/api/v1/certificate-requests', b],
      ['resident', 'PUT', '/api/v1/certificate-requests/REQ', b],
      ['cadre', 'POST', '/api/v1/cadre/certificate-requests/REQ/return', b],
      ['cadre', 'POST', '/api/v1/cadre/certificate-requests/REQ/reject', b],
      ['cadre', 'POST', '/api/v1/cadre/certificates/CERT/revoke', b],
    ]),
    ...requestBodies.map((b): Row => ['resident', 'POST', '/api/v1/certificate-requests', json(b)]),
    ...requestBodies.map((b): Row => ['resident', 'PUT', '/api/v1/certificate-requests/REQ', json(b)]),
    ...reasonBodies.flatMap((b): Row[] => [
      ['cadre', 'POST', '/api/v1/cadre/certificate-requests/REQ/return', json(b)],
      ['cadre', 'POST', '/api/v1/cadre/certificate-requests/REQ/reject', json(b)],
      ['cadre', 'POST', '/api/v1/cadre/certificates/CERT/revoke', json(b)],
    ]),
    ...['x=1', 'page=0', 'pageSize=51', 'status=pending'].map((q): Row => ['resident', 'GET', `/api/v1/certificate-requests?${q}`, {}]),
    ...['status=done', 'status=PENDING', 'status=pending&status=issued', 'page=-1', 'pageSize=1e3', 'village=350583119201'].map((q): Row => [
      'cadre',
      'GET',
      `/api/v1/cadre/certificate-requests?${q}`,
      {},
    ]),
    ...['status=lapsed', 'status=expired,revoked', 'status=valid,revoked', 'page=abc&page=1', 'q=%FF'].map((q): Row => ['cadre', 'GET', `/api/v1/cadre/certificates?${q}`, {}]),
    ...[
      '',
      'no=CERT',
      'code=ABCDEFGH',
      'no=CERT&code=',
      'no=CERT&code=ABC',
      'no=CERT&code=ABCDEFGHI',
      'no=CERT&code=%00%00%00%00%00%00%00%00',
      'no=CERT&code=%FF%FF%FF%FF',
      'no=CERT&code=ABCDEFGH&code=ABCDEFGH',
      'no=350582101201-2022-1&code=ABCDEFGH',
      `no=${'9'.repeat(40)}&code=ABCDEFGH`,
      'no=../../db.json&code=ABCDEFGH',
      'no=CERT&code=ABCDEFGH&x=1',
      'no=CERT&code=%E6%B5%8B%E8%AF%95%E6%B5%8B%E8%AF%95%E6%B5%8B%E8%AF%95%E6%B5%8B%E8%AF%95',
    ].map((q): Row => ['nobody', 'GET', `/api/v1/certificates/verify?${q}`, {}]),
    ['nobody', 'GET', '/api/v1/certificate-types?x=1', {}],
    ['nobody', 'POST', '/api/v1/certificate-types', {}],
    ['nobody', 'POST', '/api/v1/certificate-requests', json('{}')],
    ['nobody', 'GET', '/api/v1/certificates/CERT', {}],
    ['nobody', 'GET', '/api/v1/cadre/certificate-requests', {}],
    ['resident', 'GET', '/api/v1/certificate-requests/abc', {}],
    ['resident', 'GET', '/api/v1/certificate-requests/%FF%FE', {}],
    ['resident', 'GET', `/api/v1/certificate-requests/CR${'9'.repeat(40)}`, {}],
    ['resident', 'GET', '/api/v1/certificates/abc', {}],
    ['resident', 'GET', '/api/v1/certificates/..%2F..%2Fdb.json', {}],
    ['resident', 'DELETE', '/api/v1/certificate-requests/REQ', {}],
    ['resident', 'POST', '/api/v1/cadre/certificate-requests/REQ/approve', {}],
    ['admin', 'GET', '/api/v1/cadre/certificates', {}],
    ['other', 'POST', '/api/v1/cadre/certificate-requests/REQ/approve', {}],
    ['other', 'POST', '/api/v1/cadre/certificates/CERT/revoke', json('{"reason":"出具有误"}')],
    ['cadre', 'GET', '/api/v1/cadre/certificate-requests/abc', {}],
    ['cadre', 'GET', '/api/v1/cadre/certificate-requests/%00', {}],
    ['cadre', 'POST', '/api/v1/cadre/certificate-requests/abc/approve', {}],
    ['cadre', 'POST', '/api/v1/cadre/certificates/abc/revoke', json('{"reason":"出具有误"}')],
    ['cadre', 'POST', '/api/v1/cadre/certificate-requests/REQ/withdraw', {}],
    ['cadre', 'POST', '/api/v1/certificate-requests', json('{}')],
  ]

  it.each(rows.map(([who, m, p, o]) => [who, m, p, o] as const))('%s: %s %s → 4xx with the error body', async (who, method, path, options) => {
    const fill = (text: string) => text.replace(/REQ/g, requestId).replace(/CERT/g, certificateNo)
    await expectRefused(t, who === 'nobody' ? null : tokens[who], method, path, options, fill)
  })

  it('changed nothing with all that and logged no unexpected error', () => {
    const data = t.store.dump()
    expect(Object.keys(data.certificateRequests)).toHaveLength(2)
    expect(data.certificateRequests[requestId].status).toBe('pending')
    expect(data.certificates[certificateNo].status).toBe('valid')
    expect(t.logs).toEqual([])
  })
})

describe('malformed input on the rating and complaint routes', () => {
  const t = createTestApp()
  const tokens: Record<'resident' | 'other' | 'admin', string> = { resident: '', other: '', admin: '' }
  let caseNo = ''
  let ratingId = ''
  let complaintId = ''

  beforeAll(async () => {
    const who = await people(t)
    Object.assign(tokens, { resident: who.resident, admin: who.admin, other: (await t.signIn('business')).token })
    caseNo = (await concludedCase(t, who)).caseNo
    const bad = await concludedCase(t, who)
    ratingId = (await rated(t, who.resident, bad.caseNo, { level: 1, tags: ['other'], comment: '' })).id
    complaintId = (await t.post<{ id: string }>('/api/v1/complaints', { token: who.resident, json: { kind: 'suggestion', content: '建议增加夜间服务' } })).body.id
  })

  type Row = [who: keyof typeof tokens | 'nobody', method: string, path: string, options: RequestOptions]
  const ratingBodies = [
    '{}',
    '{"level":null,"tags":null,"comment":null}',
    '{"level":"5"}',
    '{"level":5.5}',
    '{"level":-1e999}',
    '{"level":1e999}',
    '{"level":{"$gt":0}}',
    '{"level":[5]}',
    '{"level":1,"tags":[]}',
    '{"level":1,"tags":[null]}',
    '{"level":1,"tags":"efficiency"}',
    '{"level":1,"tags":["__proto__"]}',
    `{"level":1,"tags":[${'"other",'.repeat(20)}"other"]}`,
    '{"level":5,"comment":"\\u0000"}',
    '{"level":5,"comment":"\\ud800"}',
    `{"level":5,"comment":"${'好'.repeat(501)}"}`,
    '{"level":5,"__proto__":{"source":"default"}}',
  ]
  const replyBodies = ['{}', '{"text":null,"rectification":null}', '{"text":["已核实"],"rectification":"已整改"}', '{"text":"已核实","rectification":"\\u0000\\u0000"}', `{"text":"${'答'.repeat(501)}","rectification":"已整改"}`]
  const complaintBodies = [
    '{}',
    '{"kind":null,"content":null}',
    '{"kind":"complaint","content":"\\u0000\\u0000\\u0000\\u0000\\u0000"}',
    '{"kind":"complaint","content":"窗口排队时间太长","caseNo":["x"]}',
    '{"kind":"complaint","content":"窗口排队时间太长","caseNo":"../../db.json"}',
    '{"kind":"complaint","content":"窗口排队时间太长","caseNo":"QZ20220301ABCDEFGH"}',
    '{"kind":["complaint"],"content":"窗口排队时间太长"}',
    `{"kind":"complaint","content":"${'慢'.repeat(501)}"}`,
  ]
  const rows: Row[] = [
    ...bodies.flatMap((b): Row[] => [
      ['resident', 'POST', '/api/v1/cases/CASE/rating', b],
      ['resident', 'POST', '/api/v1/ratings/RATING/follow-up', b],
      ['admin', 'POST', '/api/v1/admin/ratings/RATING/reply', b],
      ['resident', 'POST', '/api/v1/complaints', b],
      ['admin', 'POST', '/api/v1/admin/complaints/COMPLAINT/reply', b],
    ]),
    ...ratingBodies.map((b): Row => ['resident', 'POST', '/api/v1/cases/CASE/rating', json(b)]),
    ...ratingBodies.map((b): Row => ['resident', 'POST', '/api/v1/ratings/RATING/follow-up', json(b)]),
    ...replyBodies.map((b): Row => ['admin', 'POST', '/api/v1/admin/ratings/RATING/reply', json(b)]),
    ...replyBodies.map((b): Row => ['admin', 'POST', '/api/v1/admin/complaints/COMPLAINT/reply', json(b)]),
    ...complaintBodies.map((b): Row => ['resident', 'POST', '/api/v1/complaints', json(b)]),
    ...['from=2022-3-1', 'from=2022-02-30', 'to=99999-01-01', 'from=1999-12-31', 'to=2100-01-01', 'from=2022-03-02&to=2022-03-01', 'from=2020-01-01&to=2022-01-01', 'by=person', 'by=department&by=region', 'from=%FF', 'to=%00', 'x=1'].map(
      (q): Row => ['nobody', 'GET', `/api/v1/ratings/stats?${q}`, {}],
    ),
    ...['page=0', 'pageSize=51', 'x=1', 'page=1&page=2'].flatMap((q): Row[] => [
      ['resident', 'GET', `/api/v1/ratings/mine?${q}`, {}],
      ['resident', 'GET', `/api/v1/ratings/pending?${q}`, {}],
      ['resident', 'GET', `/api/v1/complaints?${q}`, {}],
    ]),
    ...['bad=yes', 'overdue=1', 'bad=TRUE', 'bad=true&bad=false', 'page=0', 'q=x'].map((q): Row => ['admin', 'GET', `/api/v1/admin/ratings?${q}`, {}]),
    ...['status=open', 'status=PENDING', 'pageSize=0', 'x=1'].map((q): Row => ['admin', 'GET', `/api/v1/admin/complaints?${q}`, {}]),
    ['resident', 'POST', '/api/v1/cases/abc/rating', json('{"level":5}')],
    ['resident', 'POST', `/api/v1/cases/QZ${'9'.repeat(40)}/rating`, json('{"level":5}')],
    ['other', 'POST', '/api/v1/cases/CASE/rating', json('{"level":5}')],
    ['other', 'POST', '/api/v1/ratings/RATING/follow-up', json('{"level":5}')],
    ['resident', 'POST', '/api/v1/ratings/RATING/follow-up', json('{"level":5}')],
    ['resident', 'POST', '/api/v1/ratings/abc/follow-up', json('{"level":5}')],
    ['resident', 'POST', '/api/v1/ratings/%00/follow-up', json('{"level":5}')],
    ['resident', 'GET', '/api/v1/admin/ratings', {}],
    ['resident', 'POST', '/api/v1/admin/ratings/RATING/reply', json('{"text":"已核实","rectification":"已整改"}')],
    ['resident', 'GET', '/api/v1/admin/complaints', {}],
    ['resident', 'POST', '/api/v1/admin/complaints/COMPLAINT/reply', json('{"text":"已处理"}')],
    ['admin', 'POST', '/api/v1/admin/ratings/abc/reply', json('{"text":"已核实","rectification":"已整改"}')],
    ['admin', 'POST', '/api/v1/admin/complaints/abc/reply', json('{"text":"已处理"}')],
    ['admin', 'POST', '/api/v1/admin/complaints/TS99999999999999/reply', json('{"text":"已处理"}')],
    ['nobody', 'POST', '/api/v1/cases/CASE/rating', json('{"level":5}')],
    ['nobody', 'GET', '/api/v1/ratings/mine', {}],
    ['nobody', 'GET', '/api/v1/ratings/pending', {}],
    ['nobody', 'POST', '/api/v1/complaints', json('{"kind":"suggestion","content":"建议增加夜间服务"}')],
    ['nobody', 'GET', '/api/v1/admin/ratings', {}],
    ['resident', 'DELETE', '/api/v1/ratings/RATING', {}],
    ['resident', 'PUT', '/api/v1/ratings/stats', {}],
  ]

  it.each(rows.map(([who, m, p, o]) => [who, m, p, o] as const))('%s: %s %s → 4xx with the error body', async (who, method, path, options) => {
    const fill = (text: string) => text.replace(/CASE/g, caseNo).replace(/RATING/g, ratingId).replace(/COMPLAINT/g, complaintId)
    await expectRefused(t, who === 'nobody' ? null : tokens[who], method, path, options, fill)
  })

  it('changed nothing with all that and logged no unexpected error', () => {
    const data = t.store.dump()
    expect(Object.keys(data.ratings)).toHaveLength(1)
    expect(data.ratings[caseNo]).toBeUndefined()
    expect(Object.values(data.ratings)[0]).toEqual(expect.objectContaining({ reply: null, followUp: null }))
    expect(Object.keys(data.complaints)).toEqual([complaintId])
    expect(data.complaints[complaintId].reply).toBeNull()
    expect(t.logs).toEqual([])
  })
})
