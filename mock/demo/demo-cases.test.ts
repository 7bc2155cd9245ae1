import type { Case, CaseSummary } from '@contract/case'
import type { Page } from '@contract/common'
import { STATUS_LABELS } from '@/domain/case-lifecycle'
import { createTestApp } from '../test-support/test-app'
import { createDemoCases, DEMO_SPECS } from './demo-cases'

describe('demo cases for npm start', () => {
  it('creates cases of the demo resident in every state through the API, one overdue and one instant, and gives the clock back', async () => {
    const t = createTestApp()
    const lines: string[] = []
    const result = await createDemoCases(t.app, (line) => lines.push(line))
    expect(result.skipped).toBe(false)
    expect(result.created).toHaveLength(DEMO_SPECS.length)
    expect(lines).toEqual([`[mock] demo: created ${DEMO_SPECS.length} cases for the demo resident account (see them with: npm run case -- list)`])

    const { token } = await t.signIn('resident')
    const list = await t.get<Page<CaseSummary>>('/api/v1/cases?pageSize=50', { token })
    expect(list.body.total).toBe(DEMO_SPECS.length)
    expect(new Set(list.body.items.map((c) => c.status))).toEqual(new Set(Object.keys(STATUS_LABELS)))
    expect(list.body.items.some((c) => c.overdue)).toBe(true)
    expect(list.body.items.some((c) => c.paused)).toBe(true)

    const details = await Promise.all(list.body.items.map((c) => t.get<Case>(`/api/v1/cases/${c.caseNo}`, { token }).then((r) => r.body)))
    const instant = details.filter((c) => c.item.kind === 'instant' && c.status === 'concluded')
    expect(instant).not.toHaveLength(0)
    expect(instant[0].concludedAt?.slice(0, 10)).toBe(instant[0].acceptedAt?.slice(0, 10))
    expect(details.find((c) => c.status === 'concluded' && c.item.kind === 'promised')?.timeline.map((e) => e.title)).toEqual(['已提交申请', '已受理', '需要补正材料', '已提交补正材料', '审批通过', '已办结'])

    const admin = await t.signIn('admin')
    expect((await t.get('/api/v1/admin/clock', { token: admin.token })).body).toEqual({ now: '2022-03-01T09:00:00.000+08:00', fixed: false })
    expect((await t.get<Page<unknown>>('/api/v1/admin/notices', { token: admin.token })).body.total).toBeGreaterThan(0)
    expect(t.logs).toEqual([])
  })

  it('does nothing when the demo resident already has cases', async () => {
    const t = createTestApp()
    await createDemoCases(t.app)
    const again = await createDemoCases(t.app)
    expect(again).toEqual({ created: [], skipped: true })
    expect(Object.keys(t.store.dump().cases)).toHaveLength(DEMO_SPECS.length)
  })
})
