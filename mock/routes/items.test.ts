import type { Page } from '@contract/common'
import type { Guide, ItemSuggestion, ItemSummary } from '@contract/service-item'
import { createTestApp, isErrorBody } from '../test-support/test-app'

type Summaries = Page<ItemSummary>

const t = createTestApp()
const search = (query: string) => t.get<Summaries>(`/api/v1/items?${query}`)
const q = (text: string) => search(`q=${encodeURIComponent(text)}`)

describe('GET /items — what a resident types finds the right item first', () => {
  it.each([
    ['Chinese', '身份证', '居民身份证换领'],
    ['a fragment', '身份', '居民身份证换领'],
    ['full pinyin', 'shenfenzheng', '居民身份证换领'],
    ['initials', 'sfz', '居民身份证换领'],
    ['a homophone', '身分证', '居民身份证换领'],
    ['the alias 社保卡', '社保卡', '社会保障卡申领'],
    // The service a resident means (issue 13): its colloquial name typed whole ranks it with names that start with it.
    ['the alias 结婚', '结婚', '内地居民结婚登记'],
    // A life event (issue 14): the 一件事 bundle first; the single item it needs most follows (below).
    ['the colloquial 开饭店', '开饭店', '我要开餐饮店一件事'],
    ['the alias 摆摊', '摆摊', '个体工商户设立登记'],
    ['the alias 公积金', '公积金', '住房公积金提取（购买自住住房）'],
  ])('%s: %s → %s', async (_kind, text, first) => {
    const res = await q(text)
    expect(res.status).toBe(200)
    expect(res.body.items[0]?.name).toBe(first)
    expect(res.body.total).toBeGreaterThan(0)
  })

  it('开饭店: after the 一件事 bundle comes the 食品经营许可 the intent names, before every other single item', async () => {
    const res = await q('开饭店')
    expect(res.body.items.slice(0, 2).map((i) => i.name)).toEqual(['我要开餐饮店一件事', '食品经营许可（新办）'])
    expect(res.body.items[0].tags).toContain('bundle')
  })

  it('highlights the matched part of the name', async () => {
    const res = await q('身份证')
    const top = res.body.items[0]
    const [start, end] = top.highlights?.[0] ?? [0, 0]
    expect(top.name.slice(start, end)).toBe('身份证')
  })

  it('says why an item matched when the name does not contain the words', async () => {
    const res = await q('摆摊')
    expect(res.body.items[0].matchedBy).toBe('常用名：摆摊')
  })

  it('sends summaries only: no aliases, popularity or guide details', async () => {
    const res = await q('社保卡')
    const top = res.body.items[0] as unknown as Record<string, unknown>
    expect(top).not.toHaveProperty('aliases')
    expect(top).not.toHaveProperty('popularity')
    expect(top).not.toHaveProperty('materials')
    expect(top).toEqual(expect.objectContaining({ id: expect.any(String), code: expect.any(String), department: expect.any(Object), region: expect.any(Object) }))
  })

  it('answers a search nobody can match with an empty page, not an error', async () => {
    const res = await q('量子纠缠望远镜')
    expect(res.status).toBe(200)
    expect(res.body).toEqual({ items: [], total: 0, page: 1, pageSize: 20 })
  })

  it('browses the whole catalogue without q, one result per service, 20 a page, with public caching', async () => {
    const res = await search('')
    expect(res.body.total).toBe(new Set(t.seed.items.map((i) => i.serviceId)).size)
    expect(res.body.items).toHaveLength(20)
    expect(res.headers.get('cache-control')).toBe('public, max-age=300')
  })
})

describe('GET /items — filters', () => {
  it('region: only items of 晋江市', async () => {
    const res = await search('q=身份证&region=350582000000&pageSize=50')
    expect(res.body.items.length).toBeGreaterThan(0)
    expect(res.body.items.every((i) => i.region.code === '350582000000')).toBe(true)
    expect(res.body.items[0].name).toBe('居民身份证换领')
  })

  it('department: only items of that department', async () => {
    const police = t.seed.departments.find((d) => d.name === '晋江市公安局')
    expect(police?.region).toBe('350582000000')
    const res = await search(`department=${police?.id}&pageSize=50`)
    expect(res.body.total).toBeGreaterThan(0)
    expect(res.body.items.every((i) => i.department.id === police?.id)).toBe(true)
  })

  it('audience: legal excludes personal-only items', async () => {
    const res = await search('audience=legal&pageSize=50')
    expect(res.body.total).toBeGreaterThan(0)
    expect(res.body.total).toBeLessThan(t.seed.items.length)
    expect(res.body.items.every((i) => i.audience === 'legal' || i.audience === 'both')).toBe(true)
  })

  it('tags: every result carries every tag asked for', async () => {
    const res = await search('tags=palm,zero-trip&pageSize=50')
    expect(res.body.total).toBeGreaterThan(0)
    expect(res.body.items.every((i) => i.tags.includes('palm') && i.tags.includes('zero-trip'))).toBe(true)
    const palmOnly = await search('tags=palm')
    expect(palmOnly.body.total).toBeGreaterThan(res.body.total)
  })

  it('theme: only items of the theme', async () => {
    const res = await search('theme=p-marriage&pageSize=50')
    expect(res.body.total).toBeGreaterThan(0)
    expect(res.body.items.every((i) => i.themes.includes('p-marriage'))).toBe(true)
  })

  it('filters combine, and an empty filter value means no filter', async () => {
    const all = await search('q=社保卡')
    const withEmpty = await search('q=社保卡&region=&tags=&audience=')
    expect(withEmpty.body.total).toBe(all.body.total)
    // One result per service: every 社保卡 service is offered to residents in 晋江市, so narrow a broader query.
    const broad = await search('q=许可')
    const narrowed = await search('q=许可&region=350582000000&audience=personal')
    expect(narrowed.body.total).toBeLessThan(broad.body.total)
    expect(narrowed.body.items.every((i) => i.region.code === '350582000000')).toBe(true)
  })
})

describe('GET /items — paging', () => {
  it('page 2 continues page 1 without overlap and keeps the total', async () => {
    const one = await search('q=公积金&pageSize=10')
    const two = await search('q=公积金&pageSize=10&page=2')
    expect(two.body).toMatchObject({ page: 2, pageSize: 10, total: one.body.total })
    expect(two.body.items).toHaveLength(10)
    const ids = new Set(one.body.items.map((i) => i.id))
    expect(two.body.items.some((i) => ids.has(i.id))).toBe(false)
  })

  it('the last page holds the rest; a page past it is empty with the real total (not clamped)', async () => {
    const first = await search('q=社保卡&pageSize=50')
    const total = first.body.total
    const lastPage = Math.ceil(total / 50)
    const last = await search(`q=社保卡&pageSize=50&page=${lastPage}`)
    expect(last.body.items).toHaveLength(total - (lastPage - 1) * 50)
    const past = await search(`q=社保卡&pageSize=50&page=${lastPage + 1}`)
    expect(past.status).toBe(200)
    expect(past.body).toEqual({ items: [], total, page: lastPage + 1, pageSize: 50 })
  })
})

describe('GET /items — bad parameters', () => {
  it.each([
    [`q=${'社'.repeat(51)}`, 'q', '搜索词不能超过 50 个字'],
    ['page=0', 'page', '页码须为 1 到 1000 之间的整数'],
    ['page=-1', 'page', '页码须为 1 到 1000 之间的整数'],
    ['page=1.5', 'page', '页码须为 1 到 1000 之间的整数'],
    ['page=NaN', 'page', '页码须为 1 到 1000 之间的整数'],
    ['page=1001', 'page', '页码须为 1 到 1000 之间的整数'],
    ['page=99999999999999999999', 'page', '页码须为 1 到 1000 之间的整数'],
    ['pageSize=51', 'pageSize', '每页条数须为 1 到 50 之间的整数'],
    ['pageSize=0', 'pageSize', '每页条数须为 1 到 50 之间的整数'],
    ['audience=both', 'audience', '服务对象须为 personal（个人）或 legal（法人）'],
    ['tags=palm,fast', 'tags', '未知的标签：fast（可选：zero-trip、one-trip、instant、palm、cross-province、in-province、bundle）'],
    ['region=3505', 'region', '地区编码须为 12 位数字'],
    ['region=110101000000', 'region', '地区不存在'],
    ['region=350582101000', 'region', '事项只能按市级或县级（区）地区筛选'],
    ['department=dept-nope', 'department', '部门不存在'],
    ['theme=p-nope', 'theme', '主题不存在'],
    ['keyword=社保', 'keyword', '不支持的参数：keyword'],
    ['page=1&page=2', 'page', '参数 page 只能出现一次'],
  ])('?%s → 400 with fields.%s', async (query, field, message) => {
    const res = await t.get(`/api/v1/items?${query.replace(/[^\x20-\x7e]/g, encodeURIComponent)}`)
    expect(res.status).toBe(400)
    expect(res.body).toEqual({ error: { code: 'BAD_REQUEST', message, fields: { [field]: message } } })
  })

  it('names every bad parameter at once', async () => {
    const res = await t.get('/api/v1/items?page=0&pageSize=500&audience=x')
    expect(res.status).toBe(400)
    expect(res.body).toMatchObject({
      error: {
        message: '请求参数有误，请检查后重试',
        fields: { page: '页码须为 1 到 1000 之间的整数', pageSize: '每页条数须为 1 到 50 之间的整数', audience: expect.any(String) },
      },
    })
  })

  it('counts a 50-character search by characters, so 50 Chinese characters pass', async () => {
    const res = await q('社'.repeat(50))
    expect(res.status).toBe(200)
  })
})

describe('GET /items/suggest', () => {
  it('completes initials into item names with highlights', async () => {
    const res = await t.get<Page<ItemSuggestion>>('/api/v1/items/suggest?q=sfz')
    expect(res.status).toBe(200)
    expect(res.body.items[0].text).toBe('居民身份证换领')
    expect(res.body.items[0].highlights.length).toBeGreaterThan(0)
    expect(res.body.items.length).toBeLessThanOrEqual(10)
  })

  it('honours limit and answers an empty list for an empty q', async () => {
    const limited = await t.get<Page<ItemSuggestion>>('/api/v1/items/suggest?q=%E7%A4%BE%E4%BF%9D&limit=3')
    expect(limited.body.items.length).toBeLessThanOrEqual(3)
    expect(limited.body.items.length).toBeGreaterThan(0)
    const empty = await t.get('/api/v1/items/suggest?q=')
    expect(empty.body).toEqual({ items: [], total: 0, page: 1, pageSize: 10 })
  })

  it('refuses limit=21 with 400', async () => {
    const res = await t.get('/api/v1/items/suggest?q=a&limit=21')
    expect(res.status).toBe(400)
    expect(res.body).toMatchObject({ error: { fields: { limit: '条数须为 1 到 20 之间的整数' } } })
  })
})

describe('GET /items/hot', () => {
  it('lists the ten most used items citywide, distinct names', async () => {
    const res = await t.get<Summaries>('/api/v1/items/hot')
    expect(res.status).toBe(200)
    expect(res.body.items).toHaveLength(10)
    expect(new Set(res.body.items.map((i) => i.name)).size).toBe(10)
    expect(res.body.items.map((i) => i.name)).toContain('居民身份证换领')
  })

  it('prefers the region’s own items for a region', async () => {
    const res = await t.get<Summaries>('/api/v1/items/hot?region=350582000000&limit=5')
    expect(res.body.items).toHaveLength(5)
    expect(res.body.items.every((i) => i.region.code === '350582000000' || i.region.code === '350500000000')).toBe(true)
    expect(res.body.items.some((i) => i.region.code === '350582000000')).toBe(true)
  })

  it('refuses an unknown region with 400', async () => {
    const res = await t.get('/api/v1/items/hot?region=110101000000')
    expect(res.status).toBe(400)
    expect(isErrorBody(res.body)).toBe(true)
  })
})

describe('GET /items/{id}', () => {
  it('returns the full guide: materials, process, locations, limits — without aliases or popularity', async () => {
    const found = await q('身份证')
    const id = found.body.items[0].id
    const res = await t.get<Guide>(`/api/v1/items/${id}`)
    expect(res.status).toBe(200)
    expect(res.body).toMatchObject({ id, name: '居民身份证换领' })
    expect(res.body.materials.length).toBeGreaterThan(0)
    expect(res.body.materials[0]).toEqual(expect.objectContaining({ name: expect.any(String), required: expect.any(Boolean) }))
    expect(res.body.process.length).toBeGreaterThan(0)
    expect(res.body.locations.length).toBeGreaterThan(0)
    expect(typeof res.body.legalLimitDays).toBe('number')
    expect(res.body).not.toHaveProperty('aliases')
    expect(res.body).not.toHaveProperty('popularity')
    expect(res.body).not.toHaveProperty('highlights')
    expect(res.headers.get('cache-control')).toBe('public, max-age=300')
  })

  it('answers 404 事项不存在或已下线 for an unknown id', async () => {
    const res = await t.get('/api/v1/items/it-000000-nothing')
    expect(res.status).toBe(404)
    expect(res.body).toEqual({ error: { code: 'NOT_FOUND', message: '事项不存在或已下线' } })
    expect(res.headers.get('cache-control')).toBe('no-store')
  })
})

describe('GET /items — one service, many places (issue 13)', () => {
  const top3 = async (text: string, extra = '') => {
    const res = await search(`q=${encodeURIComponent(text)}&pageSize=50${extra}`)
    expect(res.status).toBe(200)
    return res.body.items
  }
  const onceInTop3 = (items: ItemSummary[], name: string) => {
    expect(items.slice(0, 3).map((i) => i.name)).toContain(name)
    expect(items.filter((i) => i.name === name)).toHaveLength(1)
  }

  it.each([
    ['营业执照', '个体工商户设立登记'],
    ['低保', '最低生活保障审核确认'],
    ['身份证', '居民身份证首次申领'],
    ['房产证', '不动产登记（首次登记）'],
    ['犬只登记', '犬只登记'],
    ['养狗', '犬只登记'],
    ['食品小作坊登记', '食品小作坊登记'],
    ['医疗费用报销', '医疗费用报销'],
    ['机动车检验合格标志', '核发机动车检验合格标志'],
    ['招用工备案', '招用工备案'],
  ])('%s answers %s within the top 3, once', async (text, name) => {
    onceInTop3(await top3(text), name)
  })

  it.each([
    ['身份证丢了', ['居民身份证补领', '居民身份证挂失申报']],
    ['社保卡丢了', ['社会保障卡补领', '社会保障卡挂失']],
    ['注销营业执照', ['个体工商户注销登记']],
    ['营业执照不干了', ['个体工商户注销登记']],
    ['驾照到期', ['机动车驾驶证换证']],
    ['新办营业执照', ['个体工商户设立登记']],
  ])('intent words pick the variant: %s → %s first', async (text, firsts) => {
    const items = await top3(text)
    expect(firsts).toContain(items[0].name)
    for (const name of firsts) expect(items.slice(0, 3).map((i) => i.name)).toContain(name)
  })

  it('says which colloquial name matched: the one typed exactly', async () => {
    const items = await top3('营业执照')
    expect(items.find((i) => i.name === '个体工商户设立登记')?.matchedBy).toBe('常用名：营业执照')
  })

  it('gives one result per service, each saying where it can be handled', async () => {
    const items = await top3('身份证')
    expect(new Set(items.map((i) => i.serviceId)).size).toBe(items.length)
    const first = items[0]
    expect(first.availability).toEqual({ citywide: true, regions: expect.arrayContaining([{ code: '350582000000', name: '晋江市' }]) })
    expect(first.availability?.regions[0]).toEqual({ code: '350500000000', name: '泉州市' })
    expect(first.region.code).toBe('350500000000')
  })

  it('a region filter answers that region’s implementation of each service', async () => {
    const items = await top3('营业执照', '&region=350582000000')
    expect(items.every((i) => i.region.code === '350582000000')).toBe(true)
    onceInTop3(items, '个体工商户设立登记')
    expect(items[0].department.name).toContain('晋江')
  })

  it('所在地 (home) picks that region’s implementation but hides nothing', async () => {
    const items = await top3('营业执照', '&home=350582000000')
    expect(items.every((i) => i.region.code === '350582000000')).toBe(true)
    const all = await top3('机动车检验合格标志', '&home=350598000000')
    expect(all.length).toBeGreaterThan(0)
  })

  it('paging never repeats a service', async () => {
    const seen = new Set<string>()
    let total = 0
    for (let page = 1; page <= 4; page++) {
      const res = await search(`q=登记&pageSize=50&page=${page}`)
      total = res.body.total
      for (const item of res.body.items) {
        expect(seen.has(item.serviceId ?? '')).toBe(false)
        seen.add(item.serviceId ?? '')
      }
    }
    expect(seen.size).toBe(Math.min(total, 200))
  })

  it('hot items are services, each once, as the 所在地’s implementation', async () => {
    const res = await t.get<Page<ItemSummary>>('/api/v1/items/hot?home=350582000000&limit=20')
    expect(new Set(res.body.items.map((i) => i.serviceId)).size).toBe(res.body.items.length)
    expect(res.body.items.filter((i) => i.region.code === '350582000000').length).toBeGreaterThan(10)
  })

  it('the guide lists every implementation and every hall that handles it', async () => {
    const items = await top3('最低生活保障审核确认', '&region=350582000000')
    const res = await t.get<Guide>(`/api/v1/items/${items[0].id}`)
    expect(res.body.implementations?.length).toBe(14)
    expect(res.body.implementations).toContainEqual({ id: items[0].id, region: { code: '350582000000', name: '晋江市' } })
    const halls = res.body.locations
    expect(halls[0]).toMatchObject({ name: '晋江市行政服务中心', kind: 'center' })
    expect(halls.filter((h) => h.kind === 'township').length).toBeGreaterThan(10)
    expect(halls.map((h) => h.name)).toContain('安海镇便民服务中心')
    for (const hall of halls) expect(hall).toEqual(expect.objectContaining({ address: expect.any(String), hours: expect.any(String), phone: expect.stringMatching(/^0595-\d{8}$/), latitude: expect.any(Number), longitude: expect.any(Number) }))
  })

  it('existing implementation ids still open their own region’s guide', async () => {
    const res = await t.get<Guide>('/api/v1/items/' + t.seed.items.find((i) => i.name === '居民身份证换领' && i.region.name === '南安市')?.id)
    expect(res.status).toBe(200)
    expect(res.body.region.name).toBe('南安市')
    expect(res.body.serviceId).toMatch(/^sv-/)
  })

  it('maps a location to the nearest region, and refuses a bad one', async () => {
    const ok = await t.get<{ code: string; name: string }>('/api/v1/items/nearest-region?latitude=24.78&longitude=118.55')
    expect(ok.body).toEqual({ code: '350582000000', name: '晋江市' })
    const bad = await t.get('/api/v1/items/nearest-region?latitude=abc&longitude=118.55')
    expect(bad.status).toBe(400)
  })
})
