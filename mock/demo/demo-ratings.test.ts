import type { Page } from '@contract/common'
import type { PendingRating, Rating } from '@contract/rating'
import { createTestApp } from '../test-support/test-app'
import { createDemoCases } from './demo-cases'

describe('demo ratings for npm start', () => {
  it('gives the demo resident a case to rate, a 不满意 with the department’s reply to follow up, and a default 满意', async () => {
    const t = createTestApp()
    await createDemoCases(t.app)
    const { token } = await t.signIn('resident')

    const pending = (await t.get<Page<PendingRating>>('/api/v1/ratings/pending', { token })).body
    expect(pending.items.map((p) => p.item.name)).toEqual(['居民身份证换领'])

    const mine = (await t.get<Page<Rating>>('/api/v1/ratings/mine', { token })).body.items
    expect(mine.map((r) => [r.item.name, r.level, r.source])).toEqual([
      ['出生登记', 2, 'person'],
      ['社会保障卡申领', 4, 'default'],
    ])
    expect(mine[0]).toEqual(expect.objectContaining({ tags: ['efficiency'], canFollowUp: true, reply: expect.objectContaining({ rectification: '高峰时段增开一个窗口，并开通线上预约取号' }) }))
    // Concluded 2022-02-14 12:00 (15 days before the test clock's 2022-03-01 09:00 plus 3 hours): the period ended 7 × 24 h later.
    expect(mine[1].ratedAt).toBe('2022-02-21T12:00:00.000+08:00')
    expect(t.logs).toEqual([])
  })
})
