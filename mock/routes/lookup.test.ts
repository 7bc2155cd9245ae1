import type { CaseLookupResult } from '@contract/case'
import { drive, people, submitCase } from '../test-support/worlds'
import { createTestApp, type TestApp } from '../test-support/test-app'

const NOT_FOUND = { error: { code: 'NOT_FOUND', message: '办件编号或查询码不正确，请核对回执' } }

/** A case with a few steps behind it, and a wall clock the throttle reads that the test can move. */
async function setUp(limits?: { perCase?: { max: number; windowMs: number }; perClient?: { max: number; windowMs: number } }) {
  let wall = 1_700_000_000_000
  const t = createTestApp({ lookupLimits: { ...limits, now: () => wall } })
  const who = await people(t)
  const c = await submitCase(t, who.resident, who.fileId)
  await drive(t, who, c.caseNo, ['accept', 'start-review'])
  const lookup = (caseNo: string, queryCode: string, headers?: Record<string, string>, remoteAddress?: string) =>
    t.post<CaseLookupResult>('/api/v1/cases/lookup', { json: { caseNo, queryCode }, headers, remoteAddress })
  return { t, c, lookup, advance: (ms: number) => (wall += ms) }
}

const wrongCode = (code: string) => (code === '000000' ? '000001' : '000000')

describe('POST /cases/lookup (no sign-in)', () => {
  it('answers the right number and code with progress and the masked name only', async () => {
    const { c, lookup } = await setUp()
    const res = await lookup(c.caseNo, c.queryCode)
    expect(res.status).toBe(200)
    expect(res.headers.get('cache-control')).toBe('no-store')
    expect(res.body).toEqual({
      caseNo: c.caseNo,
      item: { id: c.item.id, name: '居民身份证换领', department: c.item.department },
      status: 'in-review',
      step: 'processing',
      submittedAt: c.submittedAt,
      dueBy: '2022-03-15',
      dueByProvisional: false,
      remainingWorkingDays: 10,
      overdue: false,
      paused: false,
      applicantName: '测***',
      timeline: [
        expect.objectContaining({ title: '已提交申请', actor: '申请人' }),
        expect.objectContaining({ title: '已受理', actor: '泉州市公安局' }),
        expect.objectContaining({ title: '进入审查' }),
      ],
    })
    expect(Object.keys(res.body)).not.toContain('queryCode')
    expect(res.text).not.toContain('测试居民')
  })

  it('accepts the number in lower case and with spaces around it', async () => {
    const { c, lookup } = await setUp()
    expect((await lookup(` ${c.caseNo.toLowerCase()} `, c.queryCode)).status).toBe(200)
  })

  it('answers a wrong code and an unknown number with the same 404 body', async () => {
    const { c, lookup } = await setUp()
    const wrong = await lookup(c.caseNo, wrongCode(c.queryCode))
    const unknown = await lookup('QZ2022030100000000', c.queryCode)
    expect(wrong.status).toBe(404)
    expect(unknown.status).toBe(404)
    expect(wrong.body).toEqual(NOT_FOUND)
    expect(unknown.text).toBe(wrong.text)
    expect([...unknown.headers.keys()].sort()).toEqual([...wrong.headers.keys()].sort())
  })

  it.each([
    [{}, { caseNo: '请输入办件编号', queryCode: '请输入查询码' }],
    [{ caseNo: 'QZ123', queryCode: '123456' }, { caseNo: '办件编号格式不正确，请核对回执（QZ 开头，共 18 位）' }],
    [{ caseNo: 'QZ2022030100000000', queryCode: '12345' }, { queryCode: '查询码为 6 位数字' }],
    [{ caseNo: 'QZ2022030100000000', queryCode: 123456 }, { queryCode: '查询码应为文本' }],
    [{ caseNo: 'QZ2022030100000000', queryCode: '123456', name: 'x' }, { name: '不支持的参数：name' }],
  ])('refuses a malformed body %j with 422 %j', async (json, fields) => {
    const { t } = await setUp()
    const res = await t.post('/api/v1/cases/lookup', { json })
    expect(res.status).toBe(422)
    expect((res.body as { error: { fields: unknown } }).error.fields).toEqual(fields)
  })

  it('slows down wrong guesses per case number: after 5 even the right code waits for the window', async () => {
    const { c, lookup, advance } = await setUp()
    for (let i = 0; i < 5; i += 1) expect((await lookup(c.caseNo, wrongCode(c.queryCode), { 'x-forwarded-for': `10.0.0.${i}` })).status).toBe(404)
    const blocked = await lookup(c.caseNo, c.queryCode, { 'x-forwarded-for': '10.0.0.99' })
    expect(blocked.status).toBe(429)
    expect(blocked.headers.get('retry-after')).toBe('900')
    expect(blocked.body).toEqual({ error: { code: 'TOO_MANY_REQUESTS', message: '查询错误次数过多，请 15 分钟后再试' } })
    advance(14 * 60_000 + 30_000)
    const soon = await lookup(c.caseNo, c.queryCode)
    expect(soon.headers.get('retry-after')).toBe('30')
    expect(soon.body).toEqual({ error: { code: 'TOO_MANY_REQUESTS', message: '查询错误次数过多，请 30 秒后再试' } })
    advance(30_000)
    expect((await lookup(c.caseNo, c.queryCode)).status).toBe(200)
  })

  it('the 429 looks the same for a number that exists and one that does not', async () => {
    const { c, lookup } = await setUp()
    const unknown = 'QZ2022030100000000'
    for (let i = 0; i < 5; i += 1) {
      await lookup(c.caseNo, wrongCode(c.queryCode), { 'x-forwarded-for': `10.0.1.${i}` })
      await lookup(unknown, '123456', { 'x-forwarded-for': `10.0.2.${i}` })
    }
    const a = await lookup(c.caseNo, c.queryCode, { 'x-forwarded-for': '10.0.3.1' })
    const b = await lookup(unknown, '123456', { 'x-forwarded-for': '10.0.3.2' })
    expect(a.status).toBe(429)
    expect(b.status).toBe(429)
    expect(a.text).toBe(b.text)
    expect(a.headers.get('retry-after')).toBe(b.headers.get('retry-after'))
  })

  it('slows down one client guessing across many numbers, not the others', async () => {
    const { c, lookup } = await setUp({ perClient: { max: 3, windowMs: 60_000 } })
    // Clients are told apart by their connection address; a header of their own changes nothing.
    for (let i = 0; i < 3; i += 1) await lookup(`QZ202203010000000${i}`, '123456', {}, '192.0.2.7')
    const blocked = await lookup(c.caseNo, c.queryCode, { 'x-forwarded-for': '10.0.0.1' }, '192.0.2.7')
    expect(blocked.status).toBe(429)
    expect(blocked.body).toEqual({ error: { code: 'TOO_MANY_REQUESTS', message: '查询错误次数过多，请 1 分钟后再试' } })
    expect((await lookup(c.caseNo, c.queryCode, {}, '192.0.2.8')).status).toBe(200)
  })

  it('right answers do not use up the allowance', async () => {
    const { c, lookup } = await setUp({ perCase: { max: 2, windowMs: 60_000 } })
    for (let i = 0; i < 10; i += 1) expect((await lookup(c.caseNo, c.queryCode)).status).toBe(200)
  })
})

describe('lookup needs no account but works with one', () => {
  it('ignores a sign-in', async () => {
    const { t, c } = await setUp()
    const other = await (t as TestApp).signIn('business')
    const res = await t.post('/api/v1/cases/lookup', { token: other.token, json: { caseNo: c.caseNo, queryCode: c.queryCode } })
    expect(res.status).toBe(200)
  })
})
