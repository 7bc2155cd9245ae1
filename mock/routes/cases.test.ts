import type { Case } from '@contract/case'
import { cityItem, schemaOf, validApplication } from '../test-support/fixtures'
import { createTestApp, isErrorBody, type TestApp } from '../test-support/test-app'

async function submitted(t: TestApp): Promise<{ token: string; caseNo: string; created: Case }> {
  const { token } = await t.signIn('resident')
  await t.verifyRealName(token)
  const file = await t.upload(token)
  const res = await t.submit<Case>(token, validApplication(schemaOf(cityItem(t.seed, '居民身份证换领')), file.fileId))
  if (res.status !== 201) throw new Error(`submission answered ${res.status}`)
  return { token, caseNo: res.body.caseNo, created: res.body }
}

describe('GET /cases/{caseNo}', () => {
  it('shows the owner the case as it was created, never cached', async () => {
    const t = createTestApp()
    const { token, caseNo, created } = await submitted(t)
    const res = await t.get<Case>(`/api/v1/cases/${caseNo}`, { token })
    expect(res.status).toBe(200)
    expect(res.body).toEqual(created)
    expect(res.headers.get('cache-control')).toBe('no-store')
  })

  it('answers anyone else — even the back office — as if the case did not exist (404)', async () => {
    const t = createTestApp()
    const { caseNo } = await submitted(t)
    for (const account of ['business', 'admin'] as const) {
      const other = await t.signIn(account)
      const res = await t.get(`/api/v1/cases/${caseNo}`, { token: other.token })
      expect(res.status).toBe(404)
      expect(res.body).toEqual({ error: { code: 'NOT_FOUND', message: '办件不存在' } })
    }
  })

  it('answers 404 for numbers that do not exist or cannot be case numbers, and 401 without a sign-in', async () => {
    const t = createTestApp()
    const { token, caseNo } = await submitted(t)
    expect((await t.get('/api/v1/cases/QZ2022030100000000', { token })).status).toBe(404)
    expect((await t.get(`/api/v1/cases/${caseNo.toLowerCase()}`, { token })).status).toBe(404)
    expect((await t.get('/api/v1/cases/%00', { token })).status).toBe(404)
    expect((await t.get(`/api/v1/cases/${caseNo}`)).status).toBe(401)
  })
})

describe('PUT /cases/{caseNo}/notices', () => {
  it('records the progress notices the person chose, in a fixed order without repeats', async () => {
    const t = createTestApp()
    const { token, caseNo } = await submitted(t)
    const res = await t.put(`/api/v1/cases/${caseNo}/notices`, { token, json: { events: ['concluded', 'accepted', 'concluded'] } })
    expect(res.status).toBe(200)
    expect(res.body).toEqual({ events: ['accepted', 'concluded'] })
    expect((await t.get<Case>(`/api/v1/cases/${caseNo}`, { token })).body.notices).toEqual(['accepted', 'concluded'])
  })

  it('replaces the choice: an empty list turns every notice off', async () => {
    const t = createTestApp()
    const { token, caseNo } = await submitted(t)
    await t.put(`/api/v1/cases/${caseNo}/notices`, { token, json: { events: ['accepted', 'needs-supplement', 'concluded'] } })
    const res = await t.put(`/api/v1/cases/${caseNo}/notices`, { token, json: { events: [] } })
    expect(res.body).toEqual({ events: [] })
    expect(t.store.dump().cases[caseNo].notices).toEqual([])
  })

  it('refuses an unknown notice (422) and another person’s case (404)', async () => {
    const t = createTestApp()
    const { token, caseNo } = await submitted(t)
    const bad = await t.put(`/api/v1/cases/${caseNo}/notices`, { token, json: { events: ['rated'] } })
    expect(bad.status).toBe(422)
    expect(bad.body).toEqual({ error: { code: 'VALIDATION_FAILED', message: '提醒类型须为 accepted、needs-supplement、concluded 之一', fields: { 'events.0': '提醒类型须为 accepted、needs-supplement、concluded 之一' } } })
    const other = await t.signIn('business')
    const theirs = await t.put(`/api/v1/cases/${caseNo}/notices`, { token: other.token, json: { events: ['accepted'] } })
    expect(theirs.status).toBe(404)
    expect(isErrorBody(theirs.body)).toBe(true)
    expect(t.store.dump().cases[caseNo].notices).toEqual([])
  })
})
