import { createTestApp, isErrorBody, type RequestOptions } from '../test-support/test-app'

/**
 * Malformed input on every route: the answer is always a 4xx with the contract's error body and a
 * Chinese message — never a 500, a crash, or a body of another shape.
 */
type Case = [method: string, path: string, options?: RequestOptions]
// Every row gets all three values: jest passes a `done` callback in place of a missing argument.
const complete = (rows: Case[]): [string, string, RequestOptions][] => rows.map(([m, p, o]) => [m, p, o ?? {}])

const json = (body: string): RequestOptions => ({ body, headers: { 'Content-Type': 'application/json' } })

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

const cases: Case[] = [
  ...bodies.flatMap((b): Case[] => [
    ['POST', '/api/v1/auth/wechat', b],
    ['POST', '/api/v1/auth/demo', b],
  ]),
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
