import type { Case } from '@contract/case'
import type { RatingStats, RatingStatsGroup } from '@contract/rating'
import { concludedCase, concludedCaseOf, drive, people, type People, rated, reply, setClock, submitCase } from '../test-support/worlds'
import { TEST_REGIONS, pickPalmItem } from '../test-support/fixtures'
import { createTestApp, type TestApp } from '../test-support/test-app'

const stats = (t: TestApp, query = '') => t.get<RatingStats>(`/api/v1/ratings/stats${query ? `?${query}` : ''}`)

const POLICE = { key: 'dept-350500-public-security', name: '泉州市公安局' }
const HR = { key: 'dept-350500-human-resources', name: '泉州市人力资源和社会保障局' }

/**
 * A known set of ratings (clock in China time; every case submitted 2022-03-01 09:00):
 *   公安 (居民身份证换领)  a1 5, a2 5, a3 2 (replied) on 03-02; a5 4 at 03-08 23:59:59; a4 1 at 03-09 00:00 (outside)
 *   人社 (社会保障卡申领)  b1 1 (no reply), b2 3 on 03-02; b3 1 at 03-01 23:59:59 (outside); b4 never rated →
 *                          default 4 at 03-08 09:00
 * In 2022-03-02 … 2022-03-08: 7 ratings, 公安 4 and 人社 3, 2 bad of which 1 replied.
 */
async function knownRatings(): Promise<{ t: TestApp; who: People; cases: Record<string, Case>; secrets: string[] }> {
  const t = createTestApp()
  const who = await people(t)
  const cases: Record<string, Case> = {}
  for (const name of ['a1', 'a2', 'a3']) cases[name] = await concludedCase(t, who)
  for (const name of ['b1', 'b2', 'b3', 'b4']) cases[name] = await concludedCase(t, who, '社会保障卡申领')
  for (const name of ['a4', 'a5']) cases[name] = await drive(t, who, (await submitCase(t, who.resident, who.fileId)).caseNo, ['accept', 'approve'])

  const comments: string[] = []
  const rate = async (name: string, level: 1 | 2 | 3 | 4 | 5, tags: ('efficiency' | 'attitude')[] = []) => {
    const comment = `评价说明-${name}`
    comments.push(comment)
    return rated(t, who.resident, cases[name].caseNo, { level, tags, comment })
  }

  await setClock(t, who.admin, '2022-03-01T23:59:59+08:00')
  const b3 = await rate('b3', 1, ['attitude'])
  await setClock(t, who.admin, '2022-03-02T10:00:00+08:00')
  const ids = [b3.id]
  ids.push((await rate('a1', 5)).id, (await rate('a2', 5)).id)
  const a3 = await rate('a3', 2, ['efficiency'])
  ids.push(a3.id, (await rate('b1', 1, ['attitude'])).id, (await rate('b2', 3)).id)
  await setClock(t, who.admin, '2022-03-05T09:00:00+08:00')
  for (const name of ['a4', 'a5']) await drive(t, who, cases[name].caseNo, ['conclude'])
  await setClock(t, who.admin, '2022-03-08T23:59:59+08:00')
  ids.push((await rate('a5', 4)).id)
  await setClock(t, who.admin, '2022-03-09T00:00:00+08:00')
  ids.push((await rate('a4', 1, ['efficiency'])).id)
  expect((await reply(t, who.admin, a3.id)).status).toBe(200)
  await setClock(t, who.admin, '2022-03-10T12:00:00+08:00')

  const secrets = [...Object.values(cases).map((c) => c.caseNo), ...ids, ...comments, 'demo-resident', '测试居民', 'efficiency', 'attitude', '办事效率', '服务态度', who.resident]
  return { t, who, cases, secrets }
}

function group(key: string, name: string, counts: [number, number, number, number, number], rest: Omit<RatingStatsGroup, 'key' | 'name' | 'counts' | 'shares' | 'total'> & { shares: [number, number, number, number, number] }): RatingStatsGroup {
  const [c5, c4, c3, c2, c1] = counts
  const [s5, s4, s3, s2, s1] = rest.shares
  return {
    key,
    name,
    total: c5 + c4 + c3 + c2 + c1,
    counts: { 5: c5, 4: c4, 3: c3, 2: c2, 1: c1 },
    shares: { 5: s5, 4: s4, 3: s3, 2: s2, 1: s1 },
    badCount: rest.badCount,
    badShare: rest.badShare,
    rectifiedCount: rest.rectifiedCount,
    rectificationRate: rest.rectificationRate,
  }
}

describe('the public figures of 好差评 (GET /ratings/stats, no login)', () => {
  let world: Awaited<ReturnType<typeof knownRatings>>
  beforeAll(async () => {
    world = await knownRatings()
  })

  it('counts a known set exactly, per department, with the default rating and the period’s first and last moments', async () => {
    const res = await stats(world.t, 'from=2022-03-02&to=2022-03-08')
    expect(res.status).toBe(200)
    expect(res.body).toEqual({
      from: '2022-03-02',
      to: '2022-03-08',
      by: 'department',
      overall: group('all', '全部', [2, 2, 1, 1, 1], { shares: [0.2857, 0.2857, 0.1429, 0.1429, 0.1429], badCount: 2, badShare: 0.2857, rectifiedCount: 1, rectificationRate: 0.5 }),
      groups: [
        group(POLICE.key, POLICE.name, [2, 1, 0, 1, 0], { shares: [0.5, 0.25, 0, 0.25, 0], badCount: 1, badShare: 0.25, rectifiedCount: 1, rectificationRate: 1 }),
        group(HR.key, HR.name, [0, 1, 1, 0, 1], { shares: [0, 0.3333, 0.3333, 0, 0.3333], badCount: 1, badShare: 0.3333, rectifiedCount: 0, rectificationRate: 0 }),
      ],
    })
  })

  it('puts a rating in the period by the China date it was given', async () => {
    const first = await stats(world.t, 'from=2022-03-01&to=2022-03-01')
    expect(first.body.overall).toEqual(group('all', '全部', [0, 0, 0, 0, 1], { shares: [0, 0, 0, 0, 1], badCount: 1, badShare: 1, rectifiedCount: 0, rectificationRate: 0 }))
    const ninth = await stats(world.t, 'from=2022-03-09&to=2022-03-09')
    expect(ninth.body.groups.map((g) => [g.key, g.total, g.counts[1]])).toEqual([[POLICE.key, 1, 1]])
    const eighth = await stats(world.t, 'from=2022-03-08&to=2022-03-08')
    // a5 (03-08 23:59:59) and b4's default (03-08 09:00); equal totals go by key.
    expect(eighth.body.groups.map((g) => [g.key, g.total, g.counts[4]])).toEqual([
      [HR.key, 1, 1],
      [POLICE.key, 1, 1],
    ])
  })

  it('groups by the item’s region on request', async () => {
    const res = await stats(world.t, 'from=2022-03-02&to=2022-03-08&by=region')
    expect(res.body.by).toBe('region')
    expect(res.body.groups).toEqual([{ ...res.body.overall, key: '350500000000', name: '泉州市' }])
  })

  it('covers the last 30 days up to today by the clock when no period is given', async () => {
    const res = await stats(world.t)
    expect(res.body).toEqual(expect.objectContaining({ from: '2022-02-09', to: '2022-03-10', by: 'department' }))
    expect(res.body.overall.total).toBe(9)
    expect((await stats(world.t, 'to=2022-03-01')).body).toEqual(expect.objectContaining({ from: '2022-01-31', to: '2022-03-01' }))
    expect((await stats(world.t, 'from=2022-03-09')).body).toEqual(expect.objectContaining({ from: '2022-03-09', to: '2022-03-10' }))
  })

  it('says there is nothing to rate rather than dividing by zero', async () => {
    const res = await stats(world.t, 'from=2021-01-01&to=2021-12-31')
    expect(res.body.groups).toEqual([])
    expect(res.body.overall).toEqual(group('all', '全部', [0, 0, 0, 0, 0], { shares: [0, 0, 0, 0, 0], badCount: 0, badShare: 0, rectifiedCount: 0, rectificationRate: null }))
  })

  it('never reveals a rater, a case, a rating, a comment or a reason', async () => {
    for (const query of ['from=2022-03-01&to=2022-03-10', 'from=2022-03-01&to=2022-03-10&by=region']) {
      const res = await stats(world.t, query)
      expect(res.body.overall.total).toBe(9)
      for (const secret of world.secrets) expect(res.text).not.toContain(secret)
    }
  })

  it('may be cached briefly by anyone; a bad query is not cached', async () => {
    expect((await stats(world.t)).headers.get('cache-control')).toBe('no-cache')
    expect((await stats(world.t, 'from=2022-03-09&to=2022-03-01')).headers.get('cache-control')).toBe('no-store')
  })

  it('moves when the back office replies: the rectification rate counts only replied bad ratings', async () => {
    const { t, who } = await knownRatings()
    const before = (await stats(t, 'from=2022-03-02&to=2022-03-08')).body
    expect(before.groups[1].rectificationRate).toBe(0)
    const b1 = t.store.dump().ratings[Object.values(t.store.dump().cases).find((c) => c.item.name === '社会保障卡申领' && t.store.dump().ratings[c.caseNo]?.level === 1 && t.store.dump().ratings[c.caseNo].ratedAt.startsWith('2022-03-02'))!.caseNo]
    expect((await reply(t, who.admin, b1.id)).status).toBe(200)
    const after = (await stats(t, 'from=2022-03-02&to=2022-03-08')).body
    expect(after.groups[1]).toEqual(expect.objectContaining({ key: HR.key, rectifiedCount: 1, rectificationRate: 1 }))
    expect(after.overall).toEqual(expect.objectContaining({ rectifiedCount: 2, rectificationRate: 1 }))
  })
})

describe('grouping by region with cases of two regions', () => {
  it('gives each region its own group, the larger first', async () => {
    const t = createTestApp()
    const who = await people(t)
    const { item } = pickPalmItem(t.seed, (i, schema) => i.region.code === TEST_REGIONS.county && schema.applicantKinds.includes('personal'))
    const county = await concludedCaseOf(t, who, item)
    const city1 = await concludedCase(t, who)
    const city2 = await concludedCase(t, who)
    await rated(t, who.resident, county.caseNo, { level: 2, tags: ['efficiency'], comment: '' })
    await rated(t, who.resident, city1.caseNo, { level: 5, tags: [], comment: '' })
    await rated(t, who.resident, city2.caseNo, { level: 4, tags: [], comment: '' })
    const res = await stats(t, 'by=region')
    expect(res.body.groups.map((g) => [g.key, g.name, g.total, g.badCount, g.rectificationRate])).toEqual([
      ['350500000000', '泉州市', 2, 0, null],
      [TEST_REGIONS.county, item.region.name, 1, 1, 0],
    ])
  })
})

describe('bad periods', () => {
  const t = createTestApp()
  it.each([
    ['from=2022-03-09&to=2022-03-01', 'from', '开始日期不能晚于结束日期'],
    ['from=2021-01-01&to=2022-01-02', 'from', '统计区间最长 366 天'],
    ['from=2022-3-1', 'from', '开始日期须为 YYYY-MM-DD 格式，例如 2022-03-01'],
    ['to=2022-02-30', 'to', '结束日期不存在'],
    ['to=20220301', 'to', '结束日期须为 YYYY-MM-DD 格式，例如 2022-03-01'],
    ['by=person', 'by', '分组须为 department（部门）或 region（地区）'],
    ['from=2022-03-01&from=2022-03-02', 'from', '参数 from 只能出现一次'],
    ['caseNo=QZ1', 'caseNo', '不支持的参数：caseNo'],
  ])('?%s → 400 on %s', async (query, field, message) => {
    const res = await stats(t, query)
    expect(res.status).toBe(400)
    expect((res.body as unknown as { error: { fields: Record<string, string> } }).error.fields[field]).toBe(message)
  })

  it('takes a whole leap year (366 days)', async () => {
    expect((await stats(t, 'from=2024-01-01&to=2024-12-31')).status).toBe(200)
  })
})
