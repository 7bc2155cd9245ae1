import type { Case, CaseSummary } from '@contract/case'
import type { Page } from '@contract/common'
import { createFixedClock } from '../lib/clock'
import { isWorkingDay } from '../lib/working-days'
import { people, setClock, submitCase, supply, transition } from '../test-support/worlds'
import { createTestApp, type TestApp } from '../test-support/test-app'

/**
 * Deadlines as the applicant reads them: computed by the server on the official working-day
 * calendar from the acceptance day, stopped by supplement pauses, and moved by the settable clock.
 * Expected dates are worked out by hand from the State Council's 2026 schedule.
 */
type Who = { resident: string; admin: string; fileId: string }

async function setUp(submittedAt: string): Promise<{ t: TestApp; who: Who }> {
  const t = createTestApp({ clock: createFixedClock(submittedAt) })
  return { t, who: await people(t) }
}

const read = (t: TestApp, who: Who, caseNo: string) => t.get<Case>(`/api/v1/cases/${caseNo}`, { token: who.resident }).then((r) => r.body)
const deadline = (c: Case) => ({ dueBy: c.dueBy, dueByProvisional: c.dueByProvisional, remainingWorkingDays: c.remainingWorkingDays, overdue: c.overdue, paused: c.paused })

describe('the calendar these tests rely on (2026 schedule)', () => {
  it('has the Spring Festival and National Day holidays with their make-up working days', () => {
    expect(['2026-02-15', '2026-02-20', '2026-02-23'].map(isWorkingDay)).toEqual([false, false, false])
    expect(['2026-02-14', '2026-02-28'].map(isWorkingDay)).toEqual([true, true])
    expect(['2026-10-01', '2026-10-07', '2026-09-25'].map(isWorkingDay)).toEqual([false, false, false])
    expect(['2026-09-20', '2026-10-10'].map(isWorkingDay)).toEqual([true, true])
  })
})

describe('deadlines from acceptance', () => {
  it('before acceptance: an estimate (acceptance the next working day + the limit)', async () => {
    const { t, who } = await setUp('2026-02-12T10:00:00+08:00')
    const c = await submitCase(t, who.resident, who.fileId)
    // Acceptance estimated on Fri 2/13; then 2/14 (make-up), 2/24–2/28 (2/28 make-up), 3/2–3/5.
    expect(deadline(c)).toEqual({ dueBy: '2026-03-05', dueByProvisional: false, remainingWorkingDays: 11, overdue: false, paused: false })
    expect(c.acceptedAt).toBeNull()
    expect(c.canWithdraw).toBe(true)
  })

  it('accepted on the Friday before the Spring Festival: 5 days → 2/27, 10 days → 3/5 (make-up days 2/14 and 2/28 count)', async () => {
    const { t, who } = await setUp('2026-02-12T10:00:00+08:00')
    const ten = await submitCase(t, who.resident, who.fileId, '居民身份证换领')
    const five = await submitCase(t, who.resident, who.fileId, '普通护照签发')
    await setClock(t, who.admin, '2026-02-13T16:30:00+08:00')
    const a = (await transition(t, who.admin, ten.caseNo, 'accept')).body
    const b = (await transition(t, who.admin, five.caseNo, 'accept')).body
    expect(a.acceptedAt).toBe('2026-02-13T16:30:00.000+08:00')
    expect(deadline(a)).toEqual({ dueBy: '2026-03-05', dueByProvisional: false, remainingWorkingDays: 10, overdue: false, paused: false })
    expect(deadline(b)).toEqual({ dueBy: '2026-02-27', dueByProvisional: false, remainingWorkingDays: 5, overdue: false, paused: false })
    // In the middle of the holiday, only the make-up Saturday 2/14 has passed.
    await setClock(t, who.admin, '2026-02-18T12:00:00+08:00')
    expect((await read(t, who, five.caseNo)).remainingWorkingDays).toBe(4)
  })

  it('around National Day: accepted 9/18 → 5 days 9/24 (make-up 9/20), 10 days 10/9 (中秋 9/25, 10/1–10/7 off); accepted 9/30 → 5 days 10/13 (make-up 10/10)', async () => {
    const { t, who } = await setUp('2026-09-17T10:00:00+08:00')
    const ten = await submitCase(t, who.resident, who.fileId, '居民身份证换领')
    const five = await submitCase(t, who.resident, who.fileId, '普通护照签发')
    await setClock(t, who.admin, '2026-09-18T09:00:00+08:00')
    expect((await transition(t, who.admin, ten.caseNo, 'accept')).body.dueBy).toBe('2026-10-09')
    expect((await transition(t, who.admin, five.caseNo, 'accept')).body.dueBy).toBe('2026-09-24')

    const late = await submitCase(t, who.resident, who.fileId, '普通护照签发', '2026-09-18')
    await setClock(t, who.admin, '2026-09-30T09:00:00+08:00')
    const accepted = (await transition(t, who.admin, late.caseNo, 'accept')).body
    expect(deadline(accepted)).toEqual({ dueBy: '2026-10-13', dueByProvisional: false, remainingWorkingDays: 5, overdue: false, paused: false })
  })

  it('a supplement stops the clock: remaining days stay frozen while it is outstanding, the deadline moves by the paused days', async () => {
    const { t, who } = await setUp('2026-02-27T10:00:00+08:00')
    const c = await submitCase(t, who.resident, who.fileId, '普通护照签发')
    await setClock(t, who.admin, '2026-03-02T09:00:00+08:00')
    expect((await transition(t, who.admin, c.caseNo, 'accept')).body.dueBy).toBe('2026-03-09')
    await setClock(t, who.admin, '2026-03-04T15:00:00+08:00')
    const asked = (await transition(t, who.admin, c.caseNo, 'request-supplement', { note: '照片不清晰', supplementItems: ['近期免冠照片'] })).body
    expect(deadline(asked)).toEqual({ dueBy: '2026-03-09', dueByProvisional: false, remainingWorkingDays: 3, overdue: false, paused: true })
    await setClock(t, who.admin, '2026-03-05T15:00:00+08:00')
    expect(deadline(await read(t, who, c.caseNo))).toEqual({ dueBy: '2026-03-10', dueByProvisional: false, remainingWorkingDays: 3, overdue: false, paused: true })
    await setClock(t, who.admin, '2026-03-06T15:00:00+08:00')
    const supplied = (await supply(t, who.resident, c.caseNo, who.fileId)).body
    expect(supplied.status).toBe('in-review')
    // 3/5 and 3/6 did not count: 3/3, 3/4, then 3/9, 3/10, 3/11.
    expect(deadline(supplied)).toEqual({ dueBy: '2026-03-11', dueByProvisional: false, remainingWorkingDays: 3, overdue: false, paused: false })
    expect(supplied.supplement).toBeNull()
  })

  it('a supplement across the Spring Festival: asked on acceptance day 2/13, supplied 2/25 → 10 days end 3/10', async () => {
    const { t, who } = await setUp('2026-02-12T10:00:00+08:00')
    const c = await submitCase(t, who.resident, who.fileId, '居民身份证换领')
    await setClock(t, who.admin, '2026-02-13T09:00:00+08:00')
    await transition(t, who.admin, c.caseNo, 'accept')
    await transition(t, who.admin, c.caseNo, 'request-supplement', { note: '缺户口簿', supplementItems: ['户口簿'] })
    await setClock(t, who.admin, '2026-02-25T10:00:00+08:00')
    expect((await supply(t, who.resident, c.caseNo, who.fileId)).body.dueBy).toBe('2026-03-10')
  })

  it('a case accepted in late December 2026 is due in 2027 on a provisional calendar', async () => {
    const { t, who } = await setUp('2026-12-25T10:00:00+08:00')
    const c = await submitCase(t, who.resident, who.fileId, '居民身份证换领')
    await setClock(t, who.admin, '2026-12-28T09:00:00+08:00')
    const accepted = (await transition(t, who.admin, c.caseNo, 'accept')).body
    // 12/29–12/31, 2027-01-01 (元旦) off, then 1/4–1/8 and 1/11–1/12.
    expect(deadline(accepted)).toEqual({ dueBy: '2027-01-12', dueByProvisional: true, remainingWorkingDays: 10, overdue: false, paused: false })
    const list = await t.get<Page<CaseSummary>>('/api/v1/cases', { token: who.resident })
    expect(list.body.items[0].dueByProvisional).toBe(true)
  })

  it('an instant item is due the acceptance day, and overdue the next working day', async () => {
    const { t, who } = await setUp('2026-03-02T09:00:00+08:00')
    const c = await submitCase(t, who.resident, who.fileId, '社会保障卡申领')
    expect(c.item).toEqual(expect.objectContaining({ kind: 'instant', promisedLimitDays: 0 }))
    await setClock(t, who.admin, '2026-03-03T10:00:00+08:00')
    const accepted = (await transition(t, who.admin, c.caseNo, 'accept')).body
    expect(deadline(accepted)).toEqual({ dueBy: '2026-03-03', dueByProvisional: false, remainingWorkingDays: 0, overdue: false, paused: false })
    await setClock(t, who.admin, '2026-03-04T10:00:00+08:00')
    expect(deadline(await read(t, who, c.caseNo))).toEqual({ dueBy: '2026-03-03', dueByProvisional: false, remainingWorkingDays: -1, overdue: true, paused: false })
  })

  it('a deadline on a Friday: overdue on the weekend by 1, then by the working days since', async () => {
    const { t, who } = await setUp('2026-02-27T10:00:00+08:00')
    const c = await submitCase(t, who.resident, who.fileId, '社会保障卡申领')
    await setClock(t, who.admin, '2026-03-06T09:00:00+08:00')
    await transition(t, who.admin, c.caseNo, 'accept')
    await setClock(t, who.admin, '2026-03-07T09:00:00+08:00')
    expect(deadline(await read(t, who, c.caseNo))).toEqual(expect.objectContaining({ dueBy: '2026-03-06', remainingWorkingDays: -1, overdue: true }))
    await setClock(t, who.admin, '2026-03-10T09:00:00+08:00')
    expect(deadline(await read(t, who, c.caseNo))).toEqual(expect.objectContaining({ remainingWorkingDays: -2, overdue: true }))
  })

  it('moving the clock past the deadline makes a case overdue; concluding it ends the count', async () => {
    const { t, who } = await setUp('2026-02-27T10:00:00+08:00')
    const c = await submitCase(t, who.resident, who.fileId, '普通护照签发')
    await setClock(t, who.admin, '2026-03-02T09:00:00+08:00')
    await transition(t, who.admin, c.caseNo, 'accept')
    await setClock(t, who.admin, '2026-03-12T09:00:00+08:00')
    expect(deadline(await read(t, who, c.caseNo))).toEqual({ dueBy: '2026-03-09', dueByProvisional: false, remainingWorkingDays: -3, overdue: true, paused: false })
    const list = await t.get<Page<CaseSummary>>('/api/v1/cases', { token: who.resident })
    expect(list.body.items[0]).toEqual(expect.objectContaining({ overdue: true, remainingWorkingDays: -3 }))
    await transition(t, who.admin, c.caseNo, 'approve')
    const concluded = (await transition(t, who.admin, c.caseNo, 'conclude')).body
    expect(deadline(concluded)).toEqual({ dueBy: '2026-03-09', dueByProvisional: false, remainingWorkingDays: null, overdue: false, paused: false })
    // Back on the base clock (submission day): the concluded case still shows no count.
    await t.request('DELETE', '/api/v1/admin/clock', { token: who.admin })
    expect((await read(t, who, c.caseNo)).remainingWorkingDays).toBeNull()
  })

  it('a withdrawn case has no deadline', async () => {
    const { t, who } = await setUp('2026-03-02T09:00:00+08:00')
    const c = await submitCase(t, who.resident, who.fileId)
    const res = await t.post<Case>(`/api/v1/cases/${c.caseNo}/withdraw`, { token: who.resident, json: {} })
    expect(deadline(res.body)).toEqual({ dueBy: null, dueByProvisional: false, remainingWorkingDays: null, overdue: false, paused: false })
  })
})
