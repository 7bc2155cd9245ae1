import type { Case, CaseLookupResult } from '@contract/case'
import { endingOf } from '@/domain/case-lifecycle'
import { createTestApp, type TestApp } from '../test-support/test-app'
import { drive, people, promisedItem, submitItem, type People } from '../test-support/worlds'

async function world(): Promise<{ t: TestApp; who: People; fileId: string }> {
  const t = createTestApp()
  const who = await people(t)
  return { t, who, fileId: who.fileId }
}

async function caseOf(t: TestApp, token: string, caseNo: string): Promise<Case> {
  return (await t.get<Case>(`/api/v1/cases/${caseNo}`, { token })).body
}

describe('final-state projections (SPEC §7 honest final states)', () => {
  it('a withdrawn case: ending withdrawn, no deadline, the remedy is to apply again (no reviewing body)', async () => {
    const { t, who, fileId } = await world()
    const created = await submitItem(t, who.resident, fileId, promisedItem(t.seed))
    const c = await drive(t, who, created.caseNo, ['withdraw'])
    expect(c.ending).toBe('withdrawn')
    expect(c.remainingWorkingDays).toBeNull()
    expect(c.dueBy).toBeNull()
    expect(c.remedy).toEqual({ title: '申请已撤回', text: expect.stringContaining('可以重新申报') as string, reviewBody: null })
  })

  it('不予受理: ending not-accepted, no deadline; the remedy names 复议 to the department’s government and 诉讼', async () => {
    const { t, who, fileId } = await world()
    const item = promisedItem(t.seed)
    const created = await submitItem(t, who.resident, fileId, item)
    const c = await drive(t, who, created.caseNo, ['refuse'])
    expect(c.ending).toBe('not-accepted')
    expect(c.remainingWorkingDays).toBeNull()
    expect(c.remedy?.reviewBody).toBe(`${item.region.name}人民政府`)
    expect(c.remedy?.text).toContain('60 日内')
    expect(c.remedy?.text).toContain('6 个月内')
  })

  it('不予许可: no countdown and never overdue, even long after; the ending stays once the decision is delivered', async () => {
    const { t, who, fileId } = await world()
    const item = promisedItem(t.seed)
    const created = await submitItem(t, who.resident, fileId, item)
    const denied = await drive(t, who, created.caseNo, ['accept', 'deny'])
    expect(denied.ending).toBe('denied')
    expect(denied.remainingWorkingDays).toBeNull()
    expect(denied.overdue).toBe(false)
    expect(denied.dueBy).not.toBeNull()
    expect(denied.remedy).toEqual({
      title: '如对不予许可决定不服',
      text: `可以自知道该决定之日起 60 日内向${item.region.name}人民政府申请行政复议，也可以自知道该决定之日起 6 个月内依法向人民法院提起行政诉讼。`,
      reviewBody: `${item.region.name}人民政府`,
    })

    // A year later nothing has started counting.
    await t.put('/api/v1/admin/clock', { token: who.admin, json: { now: '2023-03-01T09:00:00+08:00' } })
    const later = await caseOf(t, who.resident, created.caseNo)
    expect(later.remainingWorkingDays).toBeNull()
    expect(later.overdue).toBe(false)

    const concluded = await drive(t, who, created.caseNo, ['conclude'])
    expect(concluded.status).toBe('concluded')
    expect(concluded.ending).toBe('denied')
    expect(concluded.remedy?.reviewBody).toBe(`${item.region.name}人民政府`)
  })

  it('an approved and concluded case has no ending; the lookup’s timeline gives the same ending by the same rule', async () => {
    const { t, who, fileId } = await world()
    const ok = await submitItem(t, who.resident, fileId, promisedItem(t.seed))
    const done = await drive(t, who, ok.caseNo, ['accept', 'approve', 'conclude'])
    expect(done.ending).toBeNull()
    expect(done.remedy).toBeNull()
    const refused = await submitItem(t, who.resident, fileId, promisedItem(t.seed))
    await drive(t, who, refused.caseNo, ['refuse'])

    const lookup = await t.post<CaseLookupResult>('/api/v1/cases/lookup', { json: { caseNo: refused.caseNo, queryCode: refused.queryCode } })
    expect(endingOf(lookup.body.status, lookup.body.timeline.map((e) => e.status))).toBe('not-accepted')
    const shown = await caseOf(t, who.resident, refused.caseNo)
    expect(shown.ending).toBe('not-accepted')
  })
})
