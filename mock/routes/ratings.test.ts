import { mkdtempSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import type { Case } from '@contract/case'
import type { Page } from '@contract/common'
import type { PendingRating, Rating } from '@contract/rating'
import { openStore, STORE_FILE } from '../lib/store'
import { concludedCase, drive, people, type People, rate, rated, reply, setClock, submitCase } from '../test-support/worlds'
import { createTestApp, isErrorBody, type TestApp } from '../test-support/test-app'

const mine = async (t: TestApp, token: string) => (await t.get<Page<Rating>>('/api/v1/ratings/mine', { token })).body
const pending = async (t: TestApp, token: string) => (await t.get<Page<PendingRating>>('/api/v1/ratings/pending', { token })).body
const detail = async (t: TestApp, token: string, caseNo: string) => (await t.get<Case>(`/api/v1/cases/${caseNo}`, { token })).body

async function world(): Promise<{ t: TestApp; who: People; other: string }> {
  const t = createTestApp()
  const who = await people(t)
  const other = (await t.signIn('business')).token
  await t.verifyRealName(other, { name: '另一居民' })
  return { t, who, other }
}

describe('rating a concluded case (一事一评)', () => {
  it('lets the applicant rate a concluded case once; the case then shows the rating and invites no more', async () => {
    const { t, who } = await world()
    const c = await concludedCase(t, who)
    expect(c.rating).toBeNull()
    expect(c.rateBy).toBe('2022-03-08T09:00:00.000+08:00')

    const res = await rate(t, who.resident, c.caseNo, { level: 5, tags: [], comment: '  窗口人员很耐心  ' })
    expect(res.status).toBe(201)
    expect(res.headers.get('cache-control')).toBe('no-store')
    expect(res.body).toEqual({
      id: expect.stringMatching(/^PJ20220301[0-9A-Z]{8}$/),
      caseNo: c.caseNo,
      item: { id: c.item.id, name: '居民身份证换领' },
      department: { id: 'dept-350500-public-security', name: '泉州市公安局' },
      region: { code: '350500000000', name: '泉州市' },
      level: 5,
      tags: [],
      comment: '窗口人员很耐心',
      source: 'person',
      ratedAt: '2022-03-01T09:00:00.000+08:00',
      replyDueBy: null,
      replyOverdue: false,
      reply: null,
      followUp: null,
      canFollowUp: false,
    })
    const after = await detail(t, who.resident, c.caseNo)
    expect(after.rating).toEqual({ id: res.body.id, level: 5, source: 'person' })
    expect(after.rateBy).toBeNull()
    expect((await mine(t, who.resident)).items).toEqual([res.body])

    const again = await rate(t, who.resident, c.caseNo, { level: 4, tags: [], comment: '' })
    expect(again.status).toBe(409)
    expect(again.body).toEqual({ error: { code: 'CONFLICT', message: '该办件已评价，每件只能评价一次' } })
    expect((await mine(t, who.resident)).items.map((r) => r.level)).toEqual([5])
  })

  it('answers someone else, or an unknown number, exactly like a case that does not exist; nobody signed in gets 401', async () => {
    const { t, who, other } = await world()
    const c = await concludedCase(t, who)
    for (const [token, caseNo] of [
      [other, c.caseNo],
      [who.admin, c.caseNo],
      [who.resident, 'QZ20220301ABCDEFGH'],
      [who.resident, 'nonsense'],
    ]) {
      const res = await rate(t, token, caseNo, { level: 5, tags: [], comment: '' })
      expect(res.status).toBe(404)
      expect(res.body).toEqual({ error: { code: 'NOT_FOUND', message: '办件不存在' } })
    }
    const anonymous = await t.post(`/api/v1/cases/${c.caseNo}/rating`, { json: { level: 5, tags: [], comment: '' } })
    expect(anonymous.status).toBe(401)
    expect(t.store.dump().ratings).toEqual({})
  })

  it('refuses a case that has not concluded yet (409), whatever state it is in', async () => {
    const { t, who } = await world()
    const c = await submitCase(t, who.resident, who.fileId)
    for (const step of [[], ['accept'], ['start-review'], ['approve']] as const) {
      if (step.length > 0) await drive(t, who, c.caseNo, step)
      const res = await rate(t, who.resident, c.caseNo, { level: 5, tags: [], comment: '' })
      expect(res.status).toBe(409)
      expect(res.body).toEqual({ error: { code: 'CONFLICT', message: '办件办结后才能评价' } })
    }
    const refused = await submitCase(t, who.resident, who.fileId)
    await drive(t, who, refused.caseNo, ['refuse'])
    expect((await rate(t, who.resident, refused.caseNo, { level: 5, tags: [], comment: '' })).status).toBe(409)
    expect(t.store.dump().ratings).toEqual({})
  })

  it('refuses a bad rating without a reason (422 on tags) and takes it with one', async () => {
    const { t, who } = await world()
    const c = await concludedCase(t, who)
    for (const level of [2, 1]) {
      const res = await rate(t, who.resident, c.caseNo, { level, tags: [], comment: '等了很久' })
      expect(res.status).toBe(422)
      expect(res.body).toEqual({ error: { code: 'VALIDATION_FAILED', message: '请至少选择一项不满意的原因', fields: { tags: '请至少选择一项不满意的原因' } } })
      const missing = await rate(t, who.resident, c.caseNo, { level, comment: '' })
      expect(missing.status).toBe(422)
    }
    expect(t.store.dump().ratings).toEqual({})
    expect((await detail(t, who.resident, c.caseNo)).rating).toBeNull()

    const ok = await rate(t, who.resident, c.caseNo, { level: 2, tags: ['attitude', 'efficiency', 'attitude'], comment: '等了很久' })
    expect(ok.status).toBe(201)
    // Kept once each, in the fixed list's order.
    expect(ok.body.tags).toEqual(['efficiency', 'attitude'])
    expect(ok.body.replyDueBy).toBe('2022-03-15')
  })

  it.each([
    ['level', '请选择满意程度', { tags: [], comment: '' }],
    ['level', '满意程度须为 1 到 5 的整数（5 非常满意 … 1 非常不满意）', { level: 0, tags: [], comment: '' }],
    ['level', '满意程度须为 1 到 5 的整数（5 非常满意 … 1 非常不满意）', { level: 6, tags: [], comment: '' }],
    ['level', '满意程度须为 1 到 5 的整数（5 非常满意 … 1 非常不满意）', { level: 4.5, tags: [], comment: '' }],
    ['level', '满意程度须为 1 到 5 的整数（5 非常满意 … 1 非常不满意）', { level: '5', tags: [], comment: '' }],
    ['tags.0', '请从列出的原因中选择：办事效率、办事指南精确度、办事便捷度、平台操作性、服务态度、其他', { level: 2, tags: ['rude'], comment: '' }],
    ['tags', '原因 tags 应为数组', { level: 2, tags: 'efficiency', comment: '' }],
    ['comment', '补充说明最多 500 个字，现在是 501 个', { level: 5, tags: [], comment: '好'.repeat(501) }],
    ['comment', '补充说明包含无法识别的字符', { level: 5, tags: [], comment: 'a\u0000b' }],
    ['caseNo', '不支持的参数：caseNo', { level: 5, tags: [], comment: '', caseNo: 'x' }],
  ])('refuses a wrong %s with 422: %s', async (field, message, body) => {
    const { t, who } = await world()
    const c = await concludedCase(t, who)
    const res = await rate(t, who.resident, c.caseNo, body)
    expect(res.status).toBe(422)
    expect(isErrorBody(res.body)).toBe(true)
    expect((res.body as unknown as { error: { fields: Record<string, string> } }).error.fields[field]).toBe(message)
    expect(t.store.dump().ratings).toEqual({})
  })

  it('takes a comment of exactly 500 characters', async () => {
    const { t, who } = await world()
    const c = await concludedCase(t, who)
    expect((await rate(t, who.resident, c.caseNo, { level: 3, tags: [], comment: '好'.repeat(500) })).status).toBe(201)
  })

  it('makes one rating of a double submission', async () => {
    const { t, who } = await world()
    const c = await concludedCase(t, who)
    const [a, b] = await Promise.all([
      rate(t, who.resident, c.caseNo, { level: 5, tags: [], comment: '' }),
      rate(t, who.resident, c.caseNo, { level: 1, tags: ['other'], comment: '' }),
    ])
    expect([a.status, b.status].sort()).toEqual([201, 409])
    expect(Object.keys(t.store.dump().ratings)).toEqual([c.caseNo])
    expect((await mine(t, who.resident)).total).toBe(1)
  })
})

describe('the 7-day default (Fujian): 满意 when nobody rated, on the settable clock', () => {
  it('is still pending after 6 days 23 hours, is recorded at 7 days, and a rating is then refused', async () => {
    const { t, who } = await world()
    const c = await concludedCase(t, who)
    expect((await pending(t, who.resident)).items).toEqual([
      { caseNo: c.caseNo, item: { id: c.item.id, name: '居民身份证换领' }, department: c.item.department, concludedAt: '2022-03-01T09:00:00.000+08:00', rateBy: '2022-03-08T09:00:00.000+08:00' },
    ])

    await setClock(t, who.admin, '2022-03-08T08:59:59+08:00')
    expect((await detail(t, who.resident, c.caseNo)).rating).toBeNull()
    expect((await pending(t, who.resident)).total).toBe(1)
    expect((await mine(t, who.resident)).total).toBe(0)

    await setClock(t, who.admin, '2022-03-08T09:00:00+08:00')
    const shown = await detail(t, who.resident, c.caseNo)
    expect(shown.rating).toEqual({ id: expect.stringMatching(/^PJ20220308/), level: 4, source: 'default' })
    expect(shown.rateBy).toBeNull()
    expect((await pending(t, who.resident)).total).toBe(0)
    const [recorded] = (await mine(t, who.resident)).items
    expect(recorded).toEqual(
      expect.objectContaining({ id: shown.rating?.id, caseNo: c.caseNo, level: 4, source: 'default', tags: [], comment: '', ratedAt: '2022-03-08T09:00:00.000+08:00', replyDueBy: null, canFollowUp: false }),
    )

    const late = await rate(t, who.resident, c.caseNo, { level: 5, tags: [], comment: '' })
    expect(late.status).toBe(409)
    expect(late.body).toEqual({ error: { code: 'CONFLICT', message: '已超过评价期限，系统已默认记为「满意」' } })
  })

  it('dates the default at the end of the period, however late it is first looked at, and records it once', async () => {
    const { t, who } = await world()
    const c = await concludedCase(t, who)
    await setClock(t, who.admin, '2022-06-01T10:00:00+08:00')
    // A rating attempt is the first thing after the period: refused as already defaulted.
    expect((await rate(t, who.resident, c.caseNo, { level: 1, tags: ['other'], comment: '' })).body).toEqual({ error: { code: 'CONFLICT', message: '已超过评价期限，系统已默认记为「满意」' } })
    const first = await mine(t, who.resident)
    const second = await mine(t, who.resident)
    expect(first.items).toHaveLength(1)
    expect(first.items[0].ratedAt).toBe('2022-03-08T09:00:00.000+08:00')
    expect(second).toEqual(first)
    expect((await t.get<Page<Rating>>('/api/v1/admin/ratings', { token: who.admin })).body.items.map((r) => r.id)).toEqual([first.items[0].id])
  })

  it('leaves a case rated in time alone', async () => {
    const { t, who } = await world()
    const c = await concludedCase(t, who)
    await setClock(t, who.admin, '2022-03-08T08:00:00+08:00')
    await rated(t, who.resident, c.caseNo, { level: 3, tags: [], comment: '' })
    await setClock(t, who.admin, '2022-04-01T08:00:00+08:00')
    expect((await mine(t, who.resident)).items.map((r) => [r.level, r.source])).toEqual([[3, 'person']])
  })
})

describe('待评价 and 我的评价', () => {
  it('lists my concluded unrated cases, the period ending first on top, and nobody else’s', async () => {
    const { t, who, other } = await world()
    const first = await concludedCase(t, who)
    await setClock(t, who.admin, '2022-03-02T10:00:00+08:00')
    const second = await concludedCase(t, who, '社会保障卡申领')
    await submitCase(t, who.resident, who.fileId)
    const rated1 = await concludedCase(t, who)
    await rated(t, who.resident, rated1.caseNo, { level: 5, tags: [], comment: '' })
    const list = await pending(t, who.resident)
    expect(list.items.map((p) => [p.caseNo, p.rateBy])).toEqual([
      [first.caseNo, '2022-03-08T09:00:00.000+08:00'],
      [second.caseNo, '2022-03-09T10:00:00.000+08:00'],
    ])
    expect(list).toEqual(expect.objectContaining({ total: 2, page: 1, pageSize: 20 }))
    expect((await pending(t, other)).total).toBe(0)
    expect((await mine(t, other)).total).toBe(0)
    expect((await t.get('/api/v1/ratings/pending')).status).toBe(401)
    expect((await t.get('/api/v1/ratings/mine')).status).toBe(401)
  })

  it('lists my ratings newest first, a bad one with its reply due 10 working days later and overdue after that', async () => {
    const { t, who } = await world()
    const a = await concludedCase(t, who)
    const b = await concludedCase(t, who)
    // 2022-03-01 is a Tuesday: 10 working days later is Tuesday 2022-03-15.
    const bad = await rated(t, who.resident, a.caseNo, { level: 1, tags: ['efficiency'], comment: '跑了三趟' })
    await setClock(t, who.admin, '2022-03-02T09:00:00+08:00')
    const good = await rated(t, who.resident, b.caseNo, { level: 4, tags: [], comment: '' })
    expect((await mine(t, who.resident)).items.map((r) => r.id)).toEqual([good.id, bad.id])
    expect(bad).toEqual(expect.objectContaining({ replyDueBy: '2022-03-15', replyOverdue: false }))
    expect(good).toEqual(expect.objectContaining({ replyDueBy: null, replyOverdue: false }))

    await setClock(t, who.admin, '2022-03-15T23:59:00+08:00')
    expect((await mine(t, who.resident)).items[1].replyOverdue).toBe(false)
    await setClock(t, who.admin, '2022-03-16T00:00:00+08:00')
    expect((await mine(t, who.resident)).items[1].replyOverdue).toBe(true)
    const overdue = await t.get<Page<Rating>>('/api/v1/admin/ratings?overdue=true', { token: who.admin })
    expect(overdue.body.items.map((r) => [r.id, r.replyOverdue])).toEqual([[bad.id, true]])

    expect((await reply(t, who.admin, bad.id)).status).toBe(200)
    const after = (await mine(t, who.resident)).items[1]
    expect(after.replyOverdue).toBe(false)
    expect((await t.get<Page<Rating>>('/api/v1/admin/ratings?overdue=true', { token: who.admin })).body.total).toBe(0)
  })
})

describe('the department’s reply and the one follow-up (回访)', () => {
  it('lets the rater see the reply and give one follow-up rating of it, only after the reply', async () => {
    const { t, who, other } = await world()
    const c = await concludedCase(t, who)
    const bad = await rated(t, who.resident, c.caseNo, { level: 2, tags: ['guide-accuracy'], comment: '指南写的材料不全' })
    const early = await t.post(`/api/v1/ratings/${bad.id}/follow-up`, { token: who.resident, json: { level: 4, comment: '' } })
    expect(early.status).toBe(409)
    expect(early.body).toEqual({ error: { code: 'CONFLICT', message: '部门尚未答复，答复后才能回访评价' } })

    await setClock(t, who.admin, '2022-03-03T15:00:00+08:00')
    const replied = await reply(t, who.admin, bad.id, { text: '  经核实，指南缺少「户口簿」一项  ', rectification: '已更新办事指南' })
    expect(replied.status).toBe(200)
    expect(replied.body.reply).toEqual({ text: '经核实，指南缺少「户口簿」一项', rectification: '已更新办事指南', repliedAt: '2022-03-03T15:00:00.000+08:00' })
    const seen = (await mine(t, who.resident)).items[0]
    expect(seen).toEqual(expect.objectContaining({ reply: replied.body.reply, canFollowUp: true, followUp: null }))

    expect((await t.post(`/api/v1/ratings/${bad.id}/follow-up`, { token: other, json: { level: 5, comment: '' } })).status).toBe(404)
    const bodyless = await t.post(`/api/v1/ratings/${bad.id}/follow-up`, { token: who.resident, json: { level: 9, comment: '' } })
    expect(bodyless.status).toBe(422)

    await setClock(t, who.admin, '2022-03-04T10:00:00+08:00')
    const follow = await t.post<Rating>(`/api/v1/ratings/${bad.id}/follow-up`, { token: who.resident, json: { level: 4, comment: '问题已解决' } })
    expect(follow.status).toBe(200)
    expect(follow.body).toEqual(expect.objectContaining({ level: 2, followUp: { level: 4, comment: '问题已解决', at: '2022-03-04T10:00:00.000+08:00' }, canFollowUp: false }))
    expect((await mine(t, who.resident)).items[0]).toEqual(follow.body)

    const twice = await t.post(`/api/v1/ratings/${bad.id}/follow-up`, { token: who.resident, json: { level: 5, comment: '' } })
    expect(twice.status).toBe(409)
    expect(twice.body).toEqual({ error: { code: 'CONFLICT', message: '已回访评价，每条评价只能回访一次' } })
    expect((await t.post('/api/v1/ratings/PJ20220301ABCDEFGH/follow-up', { token: who.resident, json: { level: 5, comment: '' } })).status).toBe(404)
  })
})

describe('the back office (admin only)', () => {
  it('refuses everyone but the admin account', async () => {
    const { t, who } = await world()
    const c = await concludedCase(t, who)
    const bad = await rated(t, who.resident, c.caseNo, { level: 1, tags: ['attitude'], comment: '' })
    expect((await t.get('/api/v1/admin/ratings', { token: who.resident })).status).toBe(403)
    expect((await t.get('/api/v1/admin/ratings')).status).toBe(401)
    expect((await reply(t, who.resident, bad.id)).status).toBe(403)
    expect(t.store.dump().ratings[c.caseNo].reply).toBeNull()
  })

  it('lists ratings newest first, filters the bad ones, and replies to a bad rating once', async () => {
    const { t, who } = await world()
    const a = await concludedCase(t, who)
    const b = await concludedCase(t, who)
    const bad = await rated(t, who.resident, a.caseNo, { level: 1, tags: ['attitude'], comment: '态度差' })
    await setClock(t, who.admin, '2022-03-01T10:00:00+08:00')
    const good = await rated(t, who.resident, b.caseNo, { level: 5, tags: [], comment: '' })

    const all = await t.get<Page<Rating>>('/api/v1/admin/ratings', { token: who.admin })
    expect(all.body.items.map((r) => r.id)).toEqual([good.id, bad.id])
    expect(all.headers.get('cache-control')).toBe('no-store')
    expect((await t.get<Page<Rating>>('/api/v1/admin/ratings?bad=true', { token: who.admin })).body.items.map((r) => r.id)).toEqual([bad.id])
    expect((await t.get<Page<Rating>>('/api/v1/admin/ratings?bad=false', { token: who.admin })).body.items.map((r) => r.id)).toEqual([good.id])
    expect((await t.get<Page<Rating>>('/api/v1/admin/ratings?pageSize=1&page=2', { token: who.admin })).body).toEqual(expect.objectContaining({ total: 2, page: 2, items: [expect.objectContaining({ id: bad.id })] }))

    const notBad = await reply(t, who.admin, good.id)
    expect(notBad.status).toBe(409)
    expect(notBad.body).toEqual({ error: { code: 'CONFLICT', message: '只有差评（不满意、非常不满意）需要答复整改' } })

    for (const [body, field, message] of [
      [{ text: '好', rectification: '已整改完毕' }, 'text', '请填写答复内容（至少 2 个字）'],
      [{ text: '已核实情况' }, 'rectification', '请填写整改措施（至少 2 个字）'],
      [{ text: '已核实情况', rectification: '改'.repeat(501) }, 'rectification', '整改措施最多 500 个字，现在是 501 个'],
    ] as const) {
      const res = await reply(t, who.admin, bad.id, body)
      expect(res.status).toBe(422)
      expect((res.body as unknown as { error: { fields: Record<string, string> } }).error.fields[field]).toBe(message)
    }
    expect((await reply(t, who.admin, bad.id)).status).toBe(200)
    const twice = await reply(t, who.admin, bad.id)
    expect(twice.status).toBe(409)
    expect(twice.body).toEqual({ error: { code: 'CONFLICT', message: '该差评已答复，不能重复答复' } })
    expect((await reply(t, who.admin, 'PJ20220301ABCDEFGH')).status).toBe(404)
  })
})

describe('a db.json written before 好差评', () => {
  it('is imported, with no ratings or complaints yet', () => {
    const dir = mkdtempSync(join(tmpdir(), 'ratings-db-'))
    const file = join(dir, 'db.json')
    const logs: string[] = []
    const stored = { version: 1, users: {}, sessions: {}, uploads: {}, cases: {}, idempotency: {}, assistRequests: {}, notices: {} }
    writeFileSync(file, JSON.stringify(stored))
    const store = openStore({ file: join(dir, STORE_FILE), importJson: file, log: (line) => logs.push(line) })
    expect(store.dump().ratings).toEqual({})
    expect(store.dump().complaints).toEqual({})
    store.close()
    // Imported (one notice line), not refused as bad.
    expect(logs).toEqual([expect.stringContaining('imported db.json')])
  })
})
