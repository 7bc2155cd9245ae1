import { Hono } from 'hono'
import { z } from 'zod'
import { handleError } from './errors'
import { chineseIssueMessage, intParam, parseJson, parseQuery, parseWith } from './validate'

describe('chinese messages for zod issues', () => {
  const schema = z.object({
    name: z.string().min(2).max(4),
    age: z.number().int().min(0).max(150),
    kind: z.enum(['a', 'b']),
    list: z.array(z.string()).min(1),
    flag: z.boolean(),
  })

  it('gives every failing field a Chinese message, never zod English', () => {
    const result = parseWith(schema, { name: 'x', age: 200, kind: 'c', list: [], flag: 'yes' })
    expect(result).toEqual({
      ok: false,
      fields: {
        name: '不能少于 2 个字符',
        age: '不能大于 150',
        kind: '须为以下之一：a、b',
        list: '至少 1 项',
        flag: '应为布尔值（true/false）',
      },
    })
  })

  it('says a missing field is required', () => {
    const result = parseWith(z.object({ name: z.string() }), {})
    expect(result).toEqual({ ok: false, fields: { name: '此项必填' } })
  })

  it('keys nested fields by their path', () => {
    const result = parseWith(z.object({ a: z.object({ b: z.array(z.string().max(1)) }) }), { a: { b: ['ok'.slice(0, 1), 'too long'] } })
    expect(result).toEqual({ ok: false, fields: { 'a.b.1': '不能超过 1 个字符' } })
  })

  it('lets a schema message win over the default', () => {
    expect(parseWith(z.string().min(1, '请输入姓名'), '')).toEqual({ ok: false, fields: { _: '请输入姓名' } })
  })

  it('maps an issue it has no special words for to 格式不正确', () => {
    expect(chineseIssueMessage({ code: 'invalid_format', format: 'email', input: 'x' })).toBe('格式不正确')
  })
})

describe('query and body readers', () => {
  const app = new Hono()
  app.onError((err, c) => handleError(err, c, () => undefined))
  app.get('/q', (c) => c.json(parseQuery(c, z.strictObject({ page: intParam('页码有误', 1, 10), q: z.string().optional() }))))
  app.post('/b', async (c) => c.json(await parseJson(c, z.object({ name: z.string().max(3) }))))

  it.each(['NaN', '-1', '0', '1.5', '1e1', '0x10', '11', '99999999999999999999', '１'])('refuses page=%s with the schema message', async (page) => {
    const res = await app.request(`/q?page=${encodeURIComponent(page)}`)
    expect(res.status).toBe(400)
    expect(await res.json()).toEqual({ error: { code: 'BAD_REQUEST', message: '页码有误', fields: { page: '页码有误' } } })
  })

  it('treats empty values as absent and trims the rest', async () => {
    const res = await app.request('/q?page=&q=%20%E7%A4%BE%E4%BF%9D%20')
    expect(await res.json()).toEqual({ q: '社保' })
  })

  it('refuses undecodable bytes and control characters in the query', async () => {
    for (const raw of ['q=%ED%A0%80', 'q=%FF', 'q=a%00b', 'q=%1B[31m']) {
      const res = await app.request(`/q?${raw}`)
      expect(res.status).toBe(400)
      expect(((await res.json()) as { error: { message: string } }).error.message).toBe('请求参数包含无法识别的字符，请使用 UTF-8 编码')
    }
  })

  it('treats __proto__ and constructor as ordinary unknown parameters', async () => {
    const res = await app.request('/q?__proto__=1&constructor=2')
    expect(res.status).toBe(400)
    expect(await res.json()).toMatchObject({ error: { fields: { ['__proto__']: '不支持的参数：__proto__', constructor: '不支持的参数：constructor' } } })
  })

  it('refuses a query string over 2048 characters', async () => {
    const res = await app.request(`/q?q=${'a'.repeat(2100)}`)
    expect(res.status).toBe(400)
  })

  it('refuses a body with invalid UTF-8', async () => {
    const body = new Uint8Array([0x7b, 0x22, 0x6e, 0x61, 0x6d, 0x65, 0x22, 0x3a, 0x22, 0xff, 0x22, 0x7d])
    const res = await app.request('/b', { method: 'POST', body, headers: { 'Content-Type': 'application/json' } })
    expect(res.status).toBe(400)
  })

  it('answers a too long field with 422 and its Chinese message', async () => {
    const res = await app.request('/b', { method: 'POST', body: '{"name":"张三丰大侠"}', headers: { 'Content-Type': 'application/json' } })
    expect(res.status).toBe(422)
    expect(await res.json()).toEqual({
      error: { code: 'VALIDATION_FAILED', message: '不能超过 3 个字符', fields: { name: '不能超过 3 个字符' } },
    })
  })
})
