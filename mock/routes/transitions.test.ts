import type { Case, CaseNotice, CaseStatus, CaseSummary } from '@contract/case'
import type { Page } from '@contract/common'
import { ACTION_TITLES, nextStatus, STATUS_LABELS, type LifecycleAction } from '@/domain/case-lifecycle'
import { act, drive, people, submitCase, transition } from '../test-support/worlds'
import { createTestApp, isErrorBody, type TestApp } from '../test-support/test-app'

/**
 * The state machine as the backend enforces it. The table below is written by hand (what SPEC §4
 * says); the tests check that it covers every status and action of the shared module, that the
 * module agrees with it, and that the API moves a case for each legal pair and answers 409 — with
 * nothing changed — for each illegal one.
 */
type Situation = { status: CaseStatus; accepted: boolean; path: LifecycleAction[] }

const SITUATIONS: Situation[] = [
  { status: 'submitted', accepted: false, path: [] },
  { status: 'needs-supplement', accepted: false, path: ['request-supplement'] },
  { status: 'needs-supplement', accepted: true, path: ['accept', 'request-supplement'] },
  { status: 'accepted', accepted: true, path: ['accept'] },
  { status: 'in-review', accepted: true, path: ['accept', 'start-review'] },
  { status: 'approved', accepted: true, path: ['accept', 'approve'] },
  { status: 'denied', accepted: true, path: ['accept', 'deny'] },
  { status: 'concluded', accepted: true, path: ['accept', 'approve', 'conclude'] },
  { status: 'not-accepted', accepted: false, path: ['refuse'] },
  { status: 'withdrawn', accepted: false, path: ['withdraw'] },
]

/** Legal moves by hand; every pair not listed is illegal. */
const LEGAL: Record<string, Partial<Record<LifecycleAction, CaseStatus>>> = {
  'submitted/false': { accept: 'accepted', refuse: 'not-accepted', 'request-supplement': 'needs-supplement', withdraw: 'withdrawn' },
  'needs-supplement/false': { supply: 'submitted', withdraw: 'withdrawn' },
  'needs-supplement/true': { supply: 'in-review' },
  'accepted/true': { 'start-review': 'in-review', 'request-supplement': 'needs-supplement', approve: 'approved', deny: 'denied' },
  'in-review/true': { 'request-supplement': 'needs-supplement', approve: 'approved', deny: 'denied' },
  'approved/true': { conclude: 'concluded' },
  'denied/true': { conclude: 'concluded' },
  'concluded/true': {},
  'not-accepted/false': {},
  'withdrawn/false': {},
}

const STATUSES = Object.keys(STATUS_LABELS) as CaseStatus[]
const ACTIONS = Object.keys(ACTION_TITLES) as LifecycleAction[]
const keyOf = (s: Situation) => `${s.status}/${s.accepted}`
const PAIRS = SITUATIONS.flatMap((s) => ACTIONS.map((action) => [keyOf(s), action, LEGAL[keyOf(s)][action] ?? null, s] as const))

describe('the transition table', () => {
  it('covers every status and every action of the shared state machine', () => {
    expect(new Set(SITUATIONS.map((s) => s.status))).toEqual(new Set(STATUSES))
    expect([...ACTIONS].sort()).toEqual(['accept', 'approve', 'conclude', 'deny', 'refuse', 'request-supplement', 'start-review', 'supply', 'withdraw'])
    expect(PAIRS).toHaveLength(10 * 9)
    expect(PAIRS.filter(([, , to]) => to !== null)).toHaveLength(16)
  })

  it.each(PAIRS.map(([key, action, to]) => [key, action, to]))('%s + %s → %s in the shared module', (key, action, to) => {
    const [status, accepted] = key.split('/')
    expect(nextStatus(status as CaseStatus, action, { accepted: accepted === 'true' })).toBe(to)
  })
})

describe('the backend enforces the state machine on every (status × action) pair', () => {
  const t = createTestApp()
  let who: { resident: string; admin: string; fileId: string }

  beforeAll(async () => {
    who = await people(t)
  })

  it.each(PAIRS.map(([key, action, to, situation]) => [key, action, to, situation] as const))('%s + %s → %s', async (_key, action, to, situation) => {
    const { caseNo } = await submitCase(t, who.resident, who.fileId)
    const before = await drive(t, who, caseNo, situation.path)
    expect(before.status).toBe(situation.status)
    const stored = structuredClone(t.store.dump().cases[caseNo])
    const res = await act(t, who, caseNo, action)
    if (to === null) {
      expect(res.status).toBe(409)
      expect(isErrorBody(res.body)).toBe(true)
      expect(t.store.dump().cases[caseNo]).toEqual(stored)
    } else {
      expect(res.status).toBe(200)
      expect(res.body.status).toBe(to)
      const last = res.body.timeline[res.body.timeline.length - 1]
      expect(last).toEqual(expect.objectContaining({ status: to, title: ACTION_TITLES[action] }))
      expect(res.body.timeline).toHaveLength(before.timeline.length + 1)
    }
  })

  it('logged no unexpected error', () => {
    expect(t.logs).toEqual([])
  })
})

describe('409 messages name the current status and the action', () => {
  let t: TestApp
  let who: { resident: string; admin: string; fileId: string }
  beforeEach(async () => {
    t = createTestApp()
    who = await people(t)
  })

  it('refusing an accepted case', async () => {
    const { caseNo } = await submitCase(t, who.resident, who.fileId)
    await drive(t, who, caseNo, ['accept'])
    const res = await transition(t, who.admin, caseNo, 'refuse')
    expect(res.status).toBe(409)
    expect(res.body).toEqual({ error: { code: 'CONFLICT', message: '办件当前为「已受理」，不能「不予受理」' } })
  })

  it('concluding a case that is still waiting for acceptance', async () => {
    const { caseNo } = await submitCase(t, who.resident, who.fileId)
    const res = await transition(t, who.admin, caseNo, 'conclude')
    expect(res.body).toEqual({ error: { code: 'CONFLICT', message: '办件当前为「待受理」，不能「办结」' } })
  })

  it('withdrawing an accepted case, and supplying when nothing was asked', async () => {
    const { caseNo } = await submitCase(t, who.resident, who.fileId)
    await drive(t, who, caseNo, ['accept', 'start-review'])
    expect((await act(t, who, caseNo, 'withdraw')).body).toEqual({ error: { code: 'CONFLICT', message: '办件已受理，不能撤回' } })
    expect((await act(t, who, caseNo, 'supply')).body).toEqual({ error: { code: 'CONFLICT', message: '办件当前为「审查中」，无需补正材料' } })
  })

  it('withdrawing twice', async () => {
    const { caseNo } = await submitCase(t, who.resident, who.fileId)
    await drive(t, who, caseNo, ['withdraw'])
    expect((await act(t, who, caseNo, 'withdraw')).body).toEqual({ error: { code: 'CONFLICT', message: '办件当前为「已撤回」，不能「撤回」' } })
  })
})

describe('POST /admin/cases/{caseNo}/transition', () => {
  let t: TestApp
  let who: { resident: string; admin: string; fileId: string }
  beforeEach(async () => {
    t = createTestApp()
    who = await people(t)
  })

  it('records what each step means: department, times, supplement, result with the guide’s delivery', async () => {
    const { caseNo } = await submitCase(t, who.resident, who.fileId)
    const accepted = (await transition(t, who.admin, caseNo, 'accept', { note: '材料齐全，予以受理' })).body
    expect(accepted.status).toBe('accepted')
    expect(accepted.step).toBe('accepted')
    expect(accepted.acceptedAt).toBe('2022-03-01T09:00:00.000+08:00')
    expect(accepted.canWithdraw).toBe(false)
    expect(accepted.timeline[1]).toEqual({ at: '2022-03-01T09:00:00.000+08:00', status: 'accepted', actor: '泉州市公安局', title: '已受理', note: '材料齐全，予以受理' })

    const asked = (await transition(t, who.admin, caseNo, 'request-supplement', { note: '照片不清晰', supplementItems: ['近期免冠照片', '户口簿'] })).body
    expect(asked.status).toBe('needs-supplement')
    expect(asked.step).toBe('processing')
    expect(asked.paused).toBe(true)
    expect(asked.supplement).toEqual({ requestedAt: '2022-03-01T09:00:00.000+08:00', note: '照片不清晰', items: ['近期免冠照片', '户口簿'] })
    expect(asked.timeline[2]).toEqual(expect.objectContaining({ title: '需要补正材料', note: '照片不清晰（需补正：「近期免冠照片」「户口簿」）' }))

    const approved = (await drive(t, who, caseNo, ['supply', 'approve']))
    expect(approved.result).toEqual({ text: '审批通过，请按所选方式领取办理结果', delivery: ['受理点领取', '免费邮寄送达'] })
    const concluded = (await transition(t, who.admin, caseNo, 'conclude', { note: '', result: '新证已制作完成，请到受理点领取' })).body
    expect(concluded.status).toBe('concluded')
    expect(concluded.concludedAt).toBe('2022-03-01T09:00:00.000+08:00')
    expect(concluded.result).toEqual({ text: '新证已制作完成，请到受理点领取', delivery: ['受理点领取', '免费邮寄送达'] })
    expect(concluded.timeline.map((e) => e.title)).toEqual(['已提交申请', '已受理', '需要补正材料', '已提交补正材料', '审批通过', '已办结'])
    expect(concluded.timeline[5].note).toBeNull()
  })

  it('a denial keeps its reason as the result', async () => {
    const { caseNo } = await submitCase(t, who.resident, who.fileId)
    await drive(t, who, caseNo, ['accept'])
    const denied = (await transition(t, who.admin, caseNo, 'deny', { note: '不符合换领条件' })).body
    expect(denied.result).toEqual({ text: '不符合换领条件', delivery: ['受理点领取', '免费邮寄送达'] })
  })

  it('a refusal ends the case with its reason and no deadline', async () => {
    const { caseNo } = await submitCase(t, who.resident, who.fileId)
    const refused = (await transition(t, who.admin, caseNo, 'refuse', { note: '不属于本部门受理范围' })).body
    expect(refused).toEqual(expect.objectContaining({ status: 'not-accepted', step: 'concluded', concludedAt: '2022-03-01T09:00:00.000+08:00', dueBy: null, remainingWorkingDays: null, overdue: false, canWithdraw: false }))
    expect(refused.timeline[1].note).toBe('不属于本部门受理范围')
  })

  it.each([
    ['refuse', { note: '' }, { note: '请填写不予受理的理由' }],
    ['deny', { note: '   ' }, { note: '请填写不予许可的理由' }],
    ['request-supplement', { note: '', supplementItems: ['户口簿'] }, { note: '请说明需要补正的原因' }],
    ['request-supplement', { note: '缺材料', supplementItems: undefined }, { supplementItems: '请列出需要补正的材料（1–10 项）' }],
    ['request-supplement', { note: '缺材料', supplementItems: [] }, { supplementItems: '请列出需要补正的材料（1–10 项）' }],
    ['request-supplement', { note: '缺材料', supplementItems: Array.from({ length: 11 }, (_, i) => `材料${i}`) }, { supplementItems: '请列出需要补正的材料（1–10 项）' }],
    ['request-supplement', { note: '缺材料', supplementItems: [' '] }, { 'supplementItems.0': '补正材料名称不能为空' }],
    ['accept', { note: '备'.repeat(201) }, { note: '备注最多 200 个字，现在是 201 个' }],
    ['accept', { supplementItems: ['户口簿'] }, { supplementItems: '只有要求补正时才能列出补正材料' }],
    ['accept', { result: '好' }, { result: '只有审批通过、不予许可或办结时才能填写办理结果' }],
    ['approve', { result: '果'.repeat(201) }, { result: '办理结果最多 200 个字，现在是 201 个' }],
  ] as const)('%s with %j → 422 %j, nothing changed', async (action, extra, fields) => {
    const { caseNo } = await submitCase(t, who.resident, who.fileId)
    const before = structuredClone(t.store.dump().cases[caseNo])
    const res = await transition(t, who.admin, caseNo, action, extra as never)
    expect(res.status).toBe(422)
    expect((res.body as unknown as { error: { fields: unknown } }).error.fields).toEqual(fields)
    expect(t.store.dump().cases[caseNo]).toEqual(before)
  })

  it('rejects an unknown action (422), unknown case (404), other accounts (403) and no sign-in (401)', async () => {
    const { caseNo } = await submitCase(t, who.resident, who.fileId)
    const bad = await t.post(`/api/v1/admin/cases/${caseNo}/transition`, { token: who.admin, json: { action: 'delete', note: '' } })
    expect(bad.status).toBe(422)
    expect(bad.body).toEqual({ error: { code: 'VALIDATION_FAILED', message: '操作须为 accept、refuse、request-supplement、start-review、approve、deny、conclude 之一', fields: { action: '操作须为 accept、refuse、request-supplement、start-review、approve、deny、conclude 之一' } } })
    const unknown = await transition(t, who.admin, 'QZ2022030100000000', 'accept')
    expect(unknown.status).toBe(404)
    expect(unknown.body).toEqual({ error: { code: 'NOT_FOUND', message: '办件不存在' } })
    const resident = await transition(t, who.resident, caseNo, 'accept')
    expect(resident.status).toBe(403)
    expect(resident.body).toEqual({ error: { code: 'FORBIDDEN', message: '当前账号没有权限进行此操作' } })
    expect((await t.post(`/api/v1/admin/cases/${caseNo}/transition`, { json: { action: 'accept', note: '' } })).status).toBe(401)
    expect(t.store.dump().cases[caseNo].status).toBe('submitted')
  })
})

describe('GET /admin/cases', () => {
  it('lists every case newest first with its query code and the actions possible now, filterable by status', async () => {
    const t = createTestApp()
    const who = await people(t)
    const first = await submitCase(t, who.resident, who.fileId)
    await t.put('/api/v1/admin/clock', { token: who.admin, json: { now: '2022-03-01T10:00:00+08:00' } })
    const second = await submitCase(t, who.resident, who.fileId)
    await transition(t, who.admin, second.caseNo, 'accept')
    const res = await t.get<Page<CaseSummary & { queryCode: string; actions: string[] }>>('/api/v1/admin/cases', { token: who.admin })
    expect(res.status).toBe(200)
    expect(res.body.total).toBe(2)
    expect(res.body.items.map((c) => c.caseNo)).toEqual([second.caseNo, first.caseNo])
    expect(res.body.items[0]).toEqual(expect.objectContaining({ status: 'accepted', queryCode: second.queryCode, actions: ['request-supplement', 'start-review', 'approve', 'deny'] }))
    expect(res.body.items[1].actions).toEqual(['accept', 'refuse', 'request-supplement'])
    const submitted = await t.get<Page<CaseSummary>>('/api/v1/admin/cases?status=submitted', { token: who.admin })
    expect(submitted.body.items.map((c) => c.caseNo)).toEqual([first.caseNo])
    const detail = await t.get<Case & { actions: string[] }>(`/api/v1/admin/cases/${first.caseNo}`, { token: who.admin })
    expect(detail.body).toEqual(expect.objectContaining({ caseNo: first.caseNo, status: 'submitted', actions: ['accept', 'refuse', 'request-supplement'] }))
    expect((await t.get('/api/v1/admin/cases', { token: who.resident })).status).toBe(403)
    expect((await t.get('/api/v1/admin/cases?status=done', { token: who.admin })).status).toBe(400)
  })
})

describe('progress notices', () => {
  it('stores a notice within WeChat’s limits for each subscribed event, none for the others', async () => {
    const t = createTestApp()
    const who = await people(t)
    const { caseNo } = await submitCase(t, who.resident, who.fileId)
    await t.put(`/api/v1/cases/${caseNo}/notices`, { token: who.resident, json: { events: ['accepted', 'concluded'] } })
    await transition(t, who.admin, caseNo, 'accept', { note: '您的申请材料齐全，已予受理，请耐心等待审核结果' })
    await drive(t, who, caseNo, ['request-supplement', 'supply', 'approve', 'conclude'])
    const res = await t.get<Page<CaseNotice>>(`/api/v1/admin/notices?caseNo=${caseNo}`, { token: who.admin })
    expect(res.status).toBe(200)
    expect(res.body.items.map((n) => n.event)).toEqual(['concluded', 'accepted'])
    expect(res.body.items[1]).toEqual({
      id: expect.stringMatching(/^n[0-9a-f]{24}$/),
      caseNo,
      event: 'accepted',
      data: { thing1: '居民身份证换领', character_string2: caseNo, phrase3: '已受理', time4: '2022年3月1日 09:00', thing5: '您的申请材料齐全，已予受理，请耐心等待…' },
      createdAt: '2022-03-01T09:00:00.000+08:00',
    })
    expect(res.body.items[0].data).toEqual(expect.objectContaining({ phrase3: '已办结', thing5: 'conclude 的备注' }))
  })

  it('sends nothing when the applicant did not subscribe', async () => {
    const t = createTestApp()
    const who = await people(t)
    const { caseNo } = await submitCase(t, who.resident, who.fileId)
    await drive(t, who, caseNo, ['accept', 'request-supplement', 'supply', 'approve', 'conclude'])
    expect((await t.get<Page<CaseNotice>>('/api/v1/admin/notices', { token: who.admin })).body.total).toBe(0)
  })

  it('a refusal is a 办结 notice saying 不予受理; a supplement request a 补正 notice', async () => {
    const t = createTestApp()
    const who = await people(t)
    const a = await submitCase(t, who.resident, who.fileId)
    const b = await submitCase(t, who.resident, who.fileId)
    for (const c of [a, b]) await t.put(`/api/v1/cases/${c.caseNo}/notices`, { token: who.resident, json: { events: ['accepted', 'needs-supplement', 'concluded'] } })
    await transition(t, who.admin, a.caseNo, 'refuse', { note: '非本部门事项' })
    await transition(t, who.admin, b.caseNo, 'request-supplement', { note: '请补充材料', supplementItems: ['户口簿'] })
    const all = (await t.get<Page<CaseNotice>>('/api/v1/admin/notices', { token: who.admin })).body.items
    expect(all.map((n) => [n.caseNo, n.event, n.data.phrase3, n.data.thing5])).toEqual([
      [b.caseNo, 'needs-supplement', '需补正', '请补充材料'],
      [a.caseNo, 'concluded', '不予受理', '非本部门事项'],
    ])
  })
})
