import type { Page } from '@contract/common'
import type { Complaint } from '@contract/rating'
import type { Message } from '@contract/message'
import { createTestApp, type TestApp } from '../test-support/test-app'
import {
  cadreActs,
  certificateWorld,
  concludedCase,
  drive,
  issuedCertificate,
  pendingRequest,
  people,
  rated,
  repliedComplaint,
  repliedRating,
  revoke,
  setClock,
  submitCase,
  transition,
} from '../test-support/worlds'

const messagesOf = async (t: TestApp, token: string): Promise<Message[]> => {
  const res = await t.get<Page<Message>>('/api/v1/me/messages?pageSize=50', { token })
  expect(res.status).toBe(200)
  return res.body.items
}

const unread = async (t: TestApp, token: string): Promise<number> => (await t.get<{ count: number }>('/api/v1/me/messages/unread-count', { token })).body.count

describe('消息: every event a person waits for', () => {
  it('turns case events into messages for the applicant, subscribed or not, linking to the case (补正 to its page)', async () => {
    const t = createTestApp()
    const who = await people(t)
    const refused = await submitCase(t, who.resident, who.fileId)
    expect(await messagesOf(t, who.resident)).toEqual([])
    await transition(t, who.admin, refused.caseNo, 'refuse', { note: '不属于本部门受理范围' })
    const c = await submitCase(t, who.resident, who.fileId)
    await drive(t, who, c.caseNo, ['accept', 'request-supplement'])

    const items = await messagesOf(t, who.resident)
    expect(items.map((m) => m.title)).toEqual(['请补正材料', '办件已受理', '办件不予受理'])
    expect(items.every((m) => m.kind === 'case' && m.readAt === null)).toBe(true)
    expect(items[0].link).toBe(`/packages/apply/supplement/index?caseNo=${c.caseNo}`)
    expect(items[1].link).toBe(`/packages/cases/detail/index?caseNo=${c.caseNo}`)
    expect(items[2]).toEqual({
      id: expect.stringMatching(/^m[0-9a-f]{24}$/),
      kind: 'case',
      title: '办件不予受理',
      body: `「居民身份证换领」不予受理。办件编号 ${refused.caseNo}。理由：不属于本部门受理范围`,
      link: `/packages/cases/detail/index?caseNo=${refused.caseNo}`,
      createdAt: '2022-03-01T09:00:00.000+08:00',
      readAt: null,
    })
    // What the person did themselves is not news to them.
    await drive(t, who, c.caseNo, ['supply'])
    expect(await unread(t, who.resident)).toBe(3)
    // Nobody else sees them.
    const other = (await t.signIn('business')).token
    expect(await messagesOf(t, other)).toEqual([])
  })

  it('tells the holder of a certificate request returned, issued, rejected and revoked, linking to the request or the certificate', async () => {
    const t = createTestApp()
    const w = await certificateWorld(t)
    const returned = await pendingRequest(w)
    await cadreActs(t, returned, 'return', '请补充租赁合同最后一页', w.cadre)
    const rejected = await pendingRequest(w)
    await cadreActs(t, rejected, 'reject', '该事项不属于村（居）证明范围', w.cadre)
    const certificate = await issuedCertificate(w)
    await revoke(t, certificate.no)

    const items = await messagesOf(t, w.resident)
    expect(items.map((m) => [m.kind, m.title])).toEqual([
      ['certificate', '证明已被撤销'],
      ['certificate', '证明已出具'],
      ['certificate', '证明申请不予出具'],
      ['certificate', '证明申请被退回'],
    ])
    expect(items[0].link).toBe(`/packages/certificate/detail/index?no=${encodeURIComponent(certificate.no)}`)
    expect(items[0].body).toContain('原因：申请人提供的情况不实')
    expect(items[3].link).toBe(`/packages/certificate/request/index?id=${returned}`)
    expect(items[3].body).toContain('退回原因：请补充租赁合同最后一页')
    expect(items[2].link).toBe(`/packages/certificate/request/index?id=${rejected}`)
    expect(await messagesOf(t, w.cadre)).toEqual([])
  })

  it('tells the holder once, 7 days before 有效期至, that a certificate is about to expire', async () => {
    const t = createTestApp()
    const w = await certificateWorld(t)
    const certificate = await issuedCertificate(w)
    // Issued 2022-03-01 with 有效期至 2022-05-30 (as certificate-trust.test.ts has it).
    await setClock(t, w.admin, '2022-05-23T09:00:00+08:00')
    await t.get('/api/v1/certificate-requests', { token: w.resident })
    await t.get('/api/v1/certificate-requests', { token: w.resident })
    const expiring = (await messagesOf(t, w.resident)).filter((m) => m.title === '证明即将到期')
    expect(expiring).toEqual([expect.objectContaining({ kind: 'certificate', link: `/packages/certificate/detail/index?no=${encodeURIComponent(certificate.no)}` })])
  })

  it('tells the person when their complaint is answered', async () => {
    const t = createTestApp()
    const who = await people(t)
    const c = await submitCase(t, who.resident, who.fileId)
    const complaint = await t.post<Complaint>('/api/v1/complaints', { token: who.resident, json: { kind: 'cannot-do', content: '线上提交后一直没有受理', caseNo: c.caseNo } })
    expect(await messagesOf(t, who.resident)).toEqual([])
    await repliedComplaint(t, complaint.body.id, '已督促部门今日受理')
    const [message] = await messagesOf(t, who.resident)
    expect(message).toEqual(expect.objectContaining({ kind: 'complaint', title: '反映已答复', link: `/packages/rating/complaint/index?caseNo=${c.caseNo}` }))
    expect(message.body).toBe(`关于办件 ${c.caseNo} 的反映已答复。答复：已督促部门今日受理`)
  })

  it('tells the person when the department replies to their rating', async () => {
    const t = createTestApp()
    const who = await people(t)
    const c = await concludedCase(t, who)
    const rating = await rated(t, who.resident, c.caseNo, { level: 1, tags: ['efficiency'], comment: '等了很久' })
    const before = (await messagesOf(t, who.resident)).length
    await repliedRating(t, rating.id, '经核实，窗口办理时间过长', '增设自助取号机')
    const items = await messagesOf(t, who.resident)
    expect(items).toHaveLength(before + 1)
    expect(items[0]).toEqual(expect.objectContaining({ kind: 'rating', title: '评价已回复', link: '/packages/rating/mine/index' }))
    expect(items[0].body).toBe('您对「居民身份证换领」的评价已收到部门回复。回复：经核实，窗口办理时间过长')
  })
})

describe('消息: unread counts and reading', () => {
  it('counts unread messages, marks one read (once), and 全部已读 marks the rest', async () => {
    const t = createTestApp()
    const who = await people(t)
    const c = await submitCase(t, who.resident, who.fileId)
    await drive(t, who, c.caseNo, ['accept', 'approve', 'conclude'])
    expect(await unread(t, who.resident)).toBe(3)
    const [newest, middle] = await messagesOf(t, who.resident)

    const read = await t.post<Message>(`/api/v1/me/messages/${middle.id}/read`, { token: who.resident })
    expect(read.status).toBe(200)
    expect(read.body).toEqual({ ...middle, readAt: '2022-03-01T09:00:00.000+08:00' })
    expect(await unread(t, who.resident)).toBe(2)
    expect((await t.post<Message>(`/api/v1/me/messages/${middle.id}/read`, { token: who.resident })).body.readAt).toBe(read.body.readAt)
    expect(await unread(t, who.resident)).toBe(2)

    const all = await t.post<{ count: number }>('/api/v1/me/messages/read-all', { token: who.resident })
    expect(all.body).toEqual({ count: 0 })
    expect(await unread(t, who.resident)).toBe(0)
    expect((await messagesOf(t, who.resident)).find((m) => m.id === newest.id)?.readAt).not.toBeNull()
  })

  it('pages newest first in the contract list shape', async () => {
    const t = createTestApp()
    const who = await people(t)
    const c = await submitCase(t, who.resident, who.fileId)
    await drive(t, who, c.caseNo, ['accept', 'approve', 'conclude'])
    const page = await t.get<Page<Message>>('/api/v1/me/messages?page=2&pageSize=2', { token: who.resident })
    expect(page.body).toEqual({ items: [expect.objectContaining({ title: '办件已受理' })], total: 3, page: 2, pageSize: 2 })
    expect((await t.get('/api/v1/me/messages?pageSize=0', { token: who.resident })).status).toBe(400)
  })

  it('answers 404 for another person’s message or a malformed id, and 401 without a token', async () => {
    const t = createTestApp()
    const who = await people(t)
    const c = await submitCase(t, who.resident, who.fileId)
    await transition(t, who.admin, c.caseNo, 'accept')
    const [mine] = await messagesOf(t, who.resident)
    const other = (await t.signIn('business')).token
    expect((await t.post(`/api/v1/me/messages/${mine.id}/read`, { token: other })).status).toBe(404)
    expect((await t.post('/api/v1/me/messages/nope/read', { token: who.resident })).status).toBe(404)
    expect(await unread(t, who.resident)).toBe(1)
    expect((await t.post('/api/v1/me/messages/read-all', { token: other })).body).toEqual({ count: 0 })
    expect(await unread(t, who.resident)).toBe(1)
    expect((await t.get('/api/v1/me/messages')).status).toBe(401)
    expect((await t.get('/api/v1/me/messages/unread-count')).status).toBe(401)
  })
})
