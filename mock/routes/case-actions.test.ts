import type { Case, CaseSummary } from '@contract/case'
import type { Page } from '@contract/common'
import { PNG } from '../test-support/fixtures'
import { drive, people, setClock, submitCase, transition } from '../test-support/worlds'
import { createTestApp, isErrorBody, type TestApp } from '../test-support/test-app'

type Who = { resident: string; admin: string; fileId: string }

describe('GET /cases (the 办件 tab)', () => {
  let t: TestApp
  let who: Who
  beforeEach(async () => {
    t = createTestApp()
    who = await people(t)
  })

  async function threeCases(): Promise<Case[]> {
    const made: Case[] = []
    for (const [i, path] of [[], ['accept', 'request-supplement'], ['refuse']].entries()) {
      await setClock(t, who.admin, `2022-03-0${i + 1}T09:00:00+08:00`)
      const c = await submitCase(t, who.resident, who.fileId, '居民身份证换领', '2022-03-01')
      await drive(t, who, c.caseNo, path as never)
      made.push(c)
    }
    return made
  }

  it('lists only my cases, newest first, as summaries with deadlines, never cached', async () => {
    const [a, b, c] = await threeCases()
    const other = await t.signIn('business')
    const res = await t.get<Page<CaseSummary>>('/api/v1/cases', { token: who.resident })
    expect(res.status).toBe(200)
    expect(res.headers.get('cache-control')).toBe('no-store')
    expect(res.body).toEqual(expect.objectContaining({ total: 3, page: 1, pageSize: 20 }))
    expect(res.body.items.map((s) => [s.caseNo, s.status, s.step])).toEqual([
      [c.caseNo, 'not-accepted', 'concluded'],
      [b.caseNo, 'needs-supplement', 'processing'],
      [a.caseNo, 'submitted', 'submitted'],
    ])
    expect(Object.keys(res.body.items[0]).sort()).toEqual(['caseNo', 'dueBy', 'dueByProvisional', 'item', 'overdue', 'paused', 'remainingWorkingDays', 'status', 'step', 'submittedAt'])
    expect(res.body.items[1]).toEqual(expect.objectContaining({ item: { id: a.item.id, name: '居民身份证换领', department: a.item.department }, paused: true }))
    expect((await t.get<Page<CaseSummary>>('/api/v1/cases', { token: other.token })).body.total).toBe(0)
  })

  it('filters by one status, a comma list, or a group, and pages', async () => {
    const [a, b, c] = await threeCases()
    const list = async (q: string) => (await t.get<Page<CaseSummary>>(`/api/v1/cases?${q}`, { token: who.resident })).body
    expect((await list('status=submitted')).items.map((s) => s.caseNo)).toEqual([a.caseNo])
    expect((await list('status=submitted,not-accepted')).items.map((s) => s.caseNo)).toEqual([c.caseNo, a.caseNo])
    expect((await list('group=active')).items.map((s) => s.caseNo)).toEqual([b.caseNo, a.caseNo])
    expect((await list('group=needs-supplement')).items.map((s) => s.caseNo)).toEqual([b.caseNo])
    expect((await list('group=ended')).items.map((s) => s.caseNo)).toEqual([c.caseNo])
    expect(await list('page=2&pageSize=2')).toEqual(expect.objectContaining({ total: 3, page: 2, pageSize: 2, items: [expect.objectContaining({ caseNo: a.caseNo })] }))
  })

  it('answers a wrong filter with 400 and a Chinese reason, and 401 without a sign-in', async () => {
    const bad = await t.get('/api/v1/cases?status=done', { token: who.resident })
    expect(bad.status).toBe(400)
    expect(bad.body).toEqual({ error: { code: 'BAD_REQUEST', message: expect.stringContaining('状态须为 submitted、accepted'), fields: { 'status.0': expect.stringContaining('多个用逗号分隔') } } })
    expect((await t.get('/api/v1/cases?group=all', { token: who.resident })).body).toEqual({ error: { code: 'BAD_REQUEST', message: '分组须为 active、needs-supplement、ended 之一', fields: { group: '分组须为 active、needs-supplement、ended 之一' } } })
    expect((await t.get('/api/v1/cases')).status).toBe(401)
  })
})

describe('GET /cases/{caseNo} with the lifecycle fields', () => {
  it('shows a new case with no acceptance, no supplement, no result, and that it can still be withdrawn', async () => {
    const t = createTestApp()
    const who = await people(t)
    const c = await submitCase(t, who.resident, who.fileId)
    const res = await t.get<Case>(`/api/v1/cases/${c.caseNo}`, { token: who.resident })
    expect(res.body).toEqual(expect.objectContaining({ acceptedAt: null, concludedAt: null, supplement: null, result: null, canWithdraw: true, paused: false, overdue: false }))
  })
})

describe('POST /cases/{caseNo}/withdraw', () => {
  let t: TestApp
  let who: Who
  beforeEach(async () => {
    t = createTestApp()
    who = await people(t)
  })

  it('withdraws a case before acceptance, with the reason in the timeline', async () => {
    const c = await submitCase(t, who.resident, who.fileId)
    const res = await t.post<Case>(`/api/v1/cases/${c.caseNo}/withdraw`, { token: who.resident, json: { reason: '材料拍错了，重新申请' } })
    expect(res.status).toBe(200)
    expect(res.body).toEqual(expect.objectContaining({ status: 'withdrawn', step: 'concluded', canWithdraw: false, concludedAt: null }))
    expect(res.body.timeline[1]).toEqual({ at: '2022-03-01T09:00:00.000+08:00', status: 'withdrawn', actor: '申请人', title: '申请人已撤回申请', note: '材料拍错了，重新申请' })
  })

  it('withdraws while a pre-review supplement is outstanding (no reason needed)', async () => {
    const c = await submitCase(t, who.resident, who.fileId)
    await transition(t, who.admin, c.caseNo, 'request-supplement')
    const res = await t.post<Case>(`/api/v1/cases/${c.caseNo}/withdraw`, { token: who.resident, json: {} })
    expect(res.body.status).toBe('withdrawn')
    expect(res.body.timeline[2].note).toBeNull()
  })

  it('refuses once accepted (409), a reason over 200 characters (422), and someone else (404)', async () => {
    const c = await submitCase(t, who.resident, who.fileId)
    const long = await t.post(`/api/v1/cases/${c.caseNo}/withdraw`, { token: who.resident, json: { reason: '因'.repeat(201) } })
    expect(long.body).toEqual({ error: { code: 'VALIDATION_FAILED', message: '撤回原因最多 200 个字，现在是 201 个', fields: { reason: '撤回原因最多 200 个字，现在是 201 个' } } })
    const other = await t.signIn('business')
    const theirs = await t.post(`/api/v1/cases/${c.caseNo}/withdraw`, { token: other.token, json: {} })
    expect(theirs.status).toBe(404)
    expect(theirs.body).toEqual({ error: { code: 'NOT_FOUND', message: '办件不存在' } })
    await transition(t, who.admin, c.caseNo, 'accept')
    const late = await t.post(`/api/v1/cases/${c.caseNo}/withdraw`, { token: who.resident, json: {} })
    expect(late.status).toBe(409)
    expect(late.body).toEqual({ error: { code: 'CONFLICT', message: '办件已受理，不能撤回' } })
    expect(t.store.dump().cases[c.caseNo].status).toBe('accepted')
  })
})

describe('POST /cases/{caseNo}/supplements', () => {
  let t: TestApp
  let who: Who
  let caseNo: string
  beforeEach(async () => {
    t = createTestApp()
    who = await people(t)
    caseNo = (await submitCase(t, who.resident, who.fileId)).caseNo
  })
  const post = (json: unknown, token = who.resident) => t.post<Case>(`/api/v1/cases/${caseNo}/supplements`, { token, json })

  it('before acceptance: stores the files, ends the pause, and returns the case to pre-review', async () => {
    await transition(t, who.admin, caseNo, 'request-supplement', { note: '缺少户口簿', supplementItems: ['户口簿', '近期免冠照片'] })
    const png = await t.upload(who.resident, PNG, 'hukou.png', 'image/png')
    const res = await post({ materials: [{ name: '近期免冠照片', fileIds: [who.fileId] }, { name: '户口簿', fileIds: [png.fileId, png.fileId] }], note: '已补充户口簿' })
    expect(res.status).toBe(200)
    expect(res.body).toEqual(expect.objectContaining({ status: 'submitted', step: 'submitted', supplement: null, paused: false, canWithdraw: true }))
    expect(res.body.timeline[2]).toEqual({ at: '2022-03-01T09:00:00.000+08:00', status: 'submitted', actor: '申请人', title: '已提交补正材料', note: '已补充户口簿' })
    const stored = t.store.dump().cases[caseNo]
    expect(stored.pauses).toEqual([{ from: '2022-03-01', to: '2022-03-01' }])
    expect(stored.supplements).toEqual([
      {
        request: { requestedAt: '2022-03-01T09:00:00.000+08:00', note: '缺少户口簿', items: ['户口簿', '近期免冠照片'] },
        suppliedAt: '2022-03-01T09:00:00.000+08:00',
        note: '已补充户口簿',
        materials: [
          { name: '户口簿', files: [{ fileId: png.fileId, name: 'hukou.png', size: PNG.length, mime: 'image/png' }] },
          { name: '近期免冠照片', files: [{ fileId: who.fileId, name: 'photo.jpg', size: 14, mime: 'image/jpeg' }] },
        ],
      },
    ])
  })

  it('after acceptance: back to review', async () => {
    await drive(t, who, caseNo, ['accept'])
    await transition(t, who.admin, caseNo, 'request-supplement', { note: '照片不清晰', supplementItems: ['近期免冠照片'] })
    const res = await post({ materials: [{ name: '近期免冠照片', fileIds: [who.fileId] }], note: '' })
    expect(res.body).toEqual(expect.objectContaining({ status: 'in-review', step: 'processing' }))
    expect(res.body.timeline[3].note).toBeNull()
  })

  it('needs a file of my own for every requested item, and only requested items (422, nothing stored)', async () => {
    await transition(t, who.admin, caseNo, 'request-supplement', { note: '缺材料', supplementItems: ['户口簿', '近期免冠照片'] })
    const other = await t.signIn('business')
    const theirs = await t.upload(other.token)
    const missing = await post({ materials: [{ name: '户口簿', fileIds: [who.fileId] }], note: '' })
    expect(missing.status).toBe(422)
    expect(missing.body).toEqual({ error: { code: 'VALIDATION_FAILED', message: '请上传「近期免冠照片」', fields: { 'items.1': '请上传「近期免冠照片」' } } })
    const wrong = await post({ materials: [{ name: '户口簿', fileIds: [theirs.fileId] }, { name: '近期免冠照片', fileIds: [] }, { name: '结婚证', fileIds: [who.fileId] }] })
    expect(wrong.body).toEqual({
      error: {
        code: 'VALIDATION_FAILED',
        message: '补正材料不完整，请检查后再提交',
        fields: { 'materials.2': '「结婚证」不在补正清单中', 'items.0': '「户口簿」的文件不存在或已失效，请重新上传', 'items.1': '请上传「近期免冠照片」' },
      },
    })
    const longNote = await post({ materials: [{ name: '户口簿', fileIds: [who.fileId] }, { name: '近期免冠照片', fileIds: [who.fileId] }], note: '说'.repeat(201) })
    expect(longNote.body).toEqual({ error: { code: 'VALIDATION_FAILED', message: '补正说明最多 200 个字，现在是 201 个', fields: { note: '补正说明最多 200 个字，现在是 201 个' } } })
    expect(t.store.dump().cases[caseNo].status).toBe('needs-supplement')
    expect(t.store.dump().cases[caseNo].supplements).toEqual([])
  })

  it('refuses when no supplement is outstanding (409) and for someone else’s case (404)', async () => {
    const res = await post({ materials: [], note: '' })
    expect(res.status).toBe(409)
    expect(res.body).toEqual({ error: { code: 'CONFLICT', message: '办件当前为「待受理」，无需补正材料' } })
    const other = await t.signIn('business')
    const theirs = await post({ materials: [], note: '' }, other.token)
    expect(theirs.status).toBe(404)
    expect(isErrorBody(theirs.body)).toBe(true)
  })
})
