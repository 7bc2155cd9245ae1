import type { Complaint } from '@contract/rating'
import type { Page } from '@contract/common'
import { people, setClock, submitCase } from '../test-support/worlds'
import { createTestApp } from '../test-support/test-app'

const fields = (body: unknown) => (body as { error: { fields: Record<string, string> } }).error.fields

describe('办不成事反映 / 投诉建议', () => {
  it('records a report with a number and a pending state, optionally about one of my cases, and lists mine newest first', async () => {
    const t = createTestApp()
    const { resident, fileId } = await people(t)
    const c = await submitCase(t, resident, fileId)
    const first = await t.post<Complaint>('/api/v1/complaints', { token: resident, json: { kind: 'cannot-do', content: '  线上提交后一直没有受理  ', caseNo: c.caseNo.toLowerCase() } })
    expect(first.status).toBe(201)
    expect(first.headers.get('cache-control')).toBe('no-store')
    expect(first.body).toEqual({
      id: expect.stringMatching(/^TS20220301\d{6}$/),
      kind: 'cannot-do',
      content: '线上提交后一直没有受理',
      caseNo: c.caseNo,
      status: 'pending',
      reply: null,
      createdAt: '2022-03-01T09:00:00.000+08:00',
    })
    await setClock(t, (await t.signIn('admin')).token, '2022-03-02T09:00:00+08:00')
    const second = await t.post<Complaint>('/api/v1/complaints', { token: resident, json: { kind: 'suggestion', content: '建议增加夜间自助服务', caseNo: null } })
    expect(second.status).toBe(201)
    expect(second.body.caseNo).toBeNull()
    const third = await t.post<Complaint>('/api/v1/complaints', { token: resident, json: { kind: 'complaint', content: '窗口排队时间太长了' } })
    expect(third.body.caseNo).toBeNull()

    const list = await t.get<Page<Complaint>>('/api/v1/complaints', { token: resident })
    expect(list.body).toEqual(expect.objectContaining({ total: 3, page: 1, pageSize: 20 }))
    expect(list.body.items.map((x) => x.id)).toEqual([third.body.id, second.body.id, first.body.id])

    const other = (await t.signIn('business')).token
    expect((await t.get<Page<Complaint>>('/api/v1/complaints', { token: other })).body.total).toBe(0)
    expect((await t.get('/api/v1/complaints')).status).toBe(401)
    expect((await t.post('/api/v1/complaints', { json: { kind: 'suggestion', content: '建议增加夜间服务' } })).status).toBe(401)
  })

  it.each([
    [{ content: '没有受理进度' }, 'kind', '请选择反映类型'],
    [{ kind: 'praise', content: '没有受理进度' }, 'kind', '反映类型须为 cannot-do（办不成事）、complaint（投诉）或 suggestion（建议）之一'],
    [{ kind: 'complaint', content: '太慢了' }, 'content', '请填写反映内容（至少 5 个字）'],
    [{ kind: 'complaint' }, 'content', '请填写反映内容（至少 5 个字）'],
    [{ kind: 'complaint', content: '慢'.repeat(501) }, 'content', '反映内容最多 500 个字，现在是 501 个'],
    [{ kind: 'complaint', content: '窗口排队时间太长', caseNo: 'QZ20220301ABCDEFGH' }, 'caseNo', '办件不存在，请选择本人的办件'],
    [{ kind: 'complaint', content: '窗口排队时间太长', caseNo: 'abc' }, 'caseNo', '办件不存在，请选择本人的办件'],
    [{ kind: 'complaint', content: '窗口排队时间太长', caseNo: 5 }, 'caseNo', '办件编号应为文本'],
  ])('refuses %j with 422 on %s', async (body, field, message) => {
    const t = createTestApp()
    const { resident } = await people(t)
    const res = await t.post('/api/v1/complaints', { token: resident, json: body })
    expect(res.status).toBe(422)
    expect(fields(res.body)[field]).toBe(message)
    expect(t.store.dump().complaints).toEqual({})
  })

  it('refuses someone else’s case as if it did not exist', async () => {
    const t = createTestApp()
    const { resident, fileId } = await people(t)
    const c = await submitCase(t, resident, fileId)
    const other = (await t.signIn('business')).token
    const res = await t.post('/api/v1/complaints', { token: other, json: { kind: 'complaint', content: '窗口排队时间太长', caseNo: c.caseNo } })
    expect(res.status).toBe(422)
    expect(fields(res.body)).toEqual({ caseNo: '办件不存在，请选择本人的办件' })
  })

  it('lets the back office list them by state and reply once; the person then sees the reply', async () => {
    const t = createTestApp()
    const { resident, admin } = await people(t)
    const a = (await t.post<Complaint>('/api/v1/complaints', { token: resident, json: { kind: 'cannot-do', content: '系统提示材料格式错误无法提交' } })).body
    const b = (await t.post<Complaint>('/api/v1/complaints', { token: resident, json: { kind: 'suggestion', content: '建议增加夜间自助服务' } })).body

    expect((await t.get('/api/v1/admin/complaints', { token: resident })).status).toBe(403)
    expect((await t.post(`/api/v1/admin/complaints/${a.id}/reply`, { token: resident, json: { text: '已处理' } })).status).toBe(403)
    expect((await t.get<Page<Complaint>>('/api/v1/admin/complaints?status=pending', { token: admin })).body.total).toBe(2)

    await setClock(t, admin, '2022-03-02T14:00:00+08:00')
    const short = await t.post(`/api/v1/admin/complaints/${a.id}/reply`, { token: admin, json: { text: '好' } })
    expect(short.status).toBe(422)
    expect(fields(short.body)).toEqual({ text: '请填写答复内容（至少 2 个字）' })
    const replied = await t.post<Complaint>(`/api/v1/admin/complaints/${a.id}/reply`, { token: admin, json: { text: '已修复上传格式校验，请重新提交' } })
    expect(replied.status).toBe(200)
    expect(replied.body).toEqual({ ...a, status: 'replied', reply: { text: '已修复上传格式校验，请重新提交', repliedAt: '2022-03-02T14:00:00.000+08:00' } })
    const twice = await t.post(`/api/v1/admin/complaints/${a.id}/reply`, { token: admin, json: { text: '再次答复' } })
    expect(twice.status).toBe(409)
    expect(twice.body).toEqual({ error: { code: 'CONFLICT', message: '该反映已答复，不能重复答复' } })
    expect((await t.post('/api/v1/admin/complaints/TS20220301000000/reply', { token: admin, json: { text: '已处理' } })).status).toBe(404)

    expect((await t.get<Page<Complaint>>('/api/v1/admin/complaints?status=pending', { token: admin })).body.items.map((x) => x.id)).toEqual([b.id])
    expect((await t.get<Page<Complaint>>('/api/v1/admin/complaints?status=replied', { token: admin })).body.items.map((x) => x.id)).toEqual([a.id])
    expect((await t.get<Page<Complaint>>('/api/v1/complaints', { token: resident })).body.items.find((x) => x.id === a.id)).toEqual(replied.body)
  })
})
