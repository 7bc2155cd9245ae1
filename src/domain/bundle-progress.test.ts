import type { CaseStatus } from '@contract/case'
import { bundleProgress, bundleTimeline, type BundlePartProgress } from './bundle-progress'

function part(status: CaseStatus, extra: Partial<BundlePartProgress> = {}): BundlePartProgress {
  const ended = ['concluded', 'not-accepted', 'withdrawn', 'denied'].includes(status)
  return {
    name: '出生登记',
    status,
    ending: null,
    accepted: !['submitted', 'not-accepted', 'withdrawn'].includes(status),
    dueBy: status === 'withdrawn' || status === 'not-accepted' ? null : '2022-03-10',
    remainingWorkingDays: ended ? null : 5,
    overdue: false,
    paused: status === 'needs-supplement',
    concludedAt: status === 'concluded' || status === 'not-accepted' ? '2022-03-05T10:00:00+08:00' : null,
    timeline: [],
    ...extra,
  }
}

describe('bundleProgress', () => {
  it('is submitted while no part has moved, and counts nothing concluded', () => {
    const p = bundleProgress([part('submitted'), part('submitted')])
    expect(p).toMatchObject({ status: 'submitted', step: 'submitted', concludedParts: 0, partCount: 2, ending: null })
  })

  it('is concluded once every part concluded, at the last part’s conclusion', () => {
    const p = bundleProgress([part('concluded', { concludedAt: '2022-03-05T10:00:00+08:00' }), part('concluded', { concludedAt: '2022-03-08T10:00:00+08:00' })])
    expect(p).toMatchObject({ status: 'concluded', step: 'concluded', concludedParts: 2, ending: null, concludedAt: '2022-03-08T10:00:00+08:00', remainingWorkingDays: null, overdue: false })
  })

  it('needs a supplement when any part does, even if others are further on', () => {
    const p = bundleProgress([part('concluded'), part('needs-supplement'), part('in-review')])
    expect(p).toMatchObject({ status: 'needs-supplement', step: 'processing', paused: true, concludedParts: 1 })
  })

  it('is in review (办理中) while some parts concluded and others still run', () => {
    expect(bundleProgress([part('concluded'), part('submitted')]).status).toBe('in-review')
    expect(bundleProgress([part('accepted'), part('submitted')]).status).toBe('accepted')
    expect(bundleProgress([part('accepted'), part('withdrawn', { ending: 'withdrawn' })]).status).toBe('accepted')
  })

  it('says 不予许可 / 不予受理 / 撤回 honestly when no part succeeded, never 办结', () => {
    expect(bundleProgress([part('withdrawn', { ending: 'withdrawn' }), part('withdrawn', { ending: 'withdrawn' })])).toMatchObject({ status: 'withdrawn', ending: 'withdrawn', concludedParts: 0 })
    expect(bundleProgress([part('withdrawn', { ending: 'withdrawn' }), part('not-accepted', { ending: 'not-accepted' })])).toMatchObject({ status: 'not-accepted', ending: 'not-accepted' })
    expect(bundleProgress([part('concluded', { ending: 'denied' }), part('not-accepted', { ending: 'not-accepted' })])).toMatchObject({ status: 'denied', ending: 'denied', concludedParts: 0 })
    expect(bundleProgress([part('denied'), part('withdrawn', { ending: 'withdrawn' })])).toMatchObject({ status: 'denied', ending: 'denied' })
  })

  it('is concluded when one part succeeded and the others ended short; the count says how many', () => {
    const p = bundleProgress([part('concluded'), part('withdrawn', { ending: 'withdrawn' }), part('concluded', { ending: 'denied' })])
    expect(p).toMatchObject({ status: 'concluded', ending: null, concludedParts: 1, partCount: 3 })
  })

  it('takes the latest deadline of the parts still running, and is overdue when any is', () => {
    const p = bundleProgress([
      part('concluded', { dueBy: '2022-03-30' }),
      part('in-review', { dueBy: '2022-03-15', remainingWorkingDays: 4 }),
      part('accepted', { dueBy: '2022-03-20', remainingWorkingDays: 7 }),
      part('accepted', { dueBy: '2022-03-02', remainingWorkingDays: -1, overdue: true }),
    ])
    expect(p).toMatchObject({ dueBy: '2022-03-20', remainingWorkingDays: 7, overdue: true })
    const done = bundleProgress([part('concluded', { dueBy: '2022-03-30' }), part('concluded', { dueBy: '2022-03-12' })])
    expect(done).toMatchObject({ dueBy: '2022-03-30', remainingWorkingDays: null, overdue: false })
    expect(bundleProgress([part('withdrawn', { ending: 'withdrawn' })]).dueBy).toBeNull()
  })
})

describe('bundleTimeline', () => {
  it('merges the parts’ timelines oldest first, each titled with its part, without the parts’ own submissions', () => {
    const own = [{ at: '2022-03-01T09:00:00+08:00', status: 'submitted' as const, actor: '申请人', title: '已提交申请', note: null }]
    const a = {
      name: '出生登记',
      timeline: [
        { at: '2022-03-01T09:00:00+08:00', status: 'submitted' as const, actor: '申请人', title: '已提交申请', note: null },
        { at: '2022-03-03T09:00:00+08:00', status: 'accepted' as const, actor: '公安局', title: '已受理', note: null },
      ],
    }
    const b = {
      name: '新生儿参保登记',
      timeline: [
        { at: '2022-03-01T09:00:00+08:00', status: 'submitted' as const, actor: '申请人', title: '已提交申请', note: null },
        { at: '2022-03-02T01:00:00Z', status: 'accepted' as const, actor: '医保局', title: '已受理', note: null },
      ],
    }
    expect(bundleTimeline(own, [a, b]).map((e) => e.title)).toEqual(['已提交申请', '新生儿参保登记：已受理', '出生登记：已受理'])
  })
})
