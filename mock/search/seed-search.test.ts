import type { ItemQuery, ItemSummary } from '../../types/service-item'
import { loadSeed, type CatalogueItem } from '../seed'
import { createCatalogueIndex, type CatalogueIndex } from './index'

/**
 * The search on the real seed catalogue (~22k items): what residents commonly type finds the
 * item they mean, and what every result promises (filters, highlights, paging) holds everywhere.
 */

let items: CatalogueItem[]
let index: CatalogueIndex
let cityCode: string
let countyCodes: string[]

beforeAll(() => {
  const seed = loadSeed()
  items = seed.items
  index = createCatalogueIndex(items)
  cityCode = seed.regions.find((region) => region.level === 'city')?.code ?? ''
  countyCodes = seed.regions.filter((region) => region.level === 'county').map((region) => region.code)
}, 30_000)

describe('life events find their 一件事 bundle first (issue 14)', () => {
  it.each([
    ['宝宝出生', '新生儿出生一件事'],
    ['退休', '职工退休一件事'],
    ['办后事', '身后一件事'],
    ['卖房', '二手房转移登记及水电气联动过户一件事'],
  ])('%s → %s above every single item', (q, bundle) => {
    const page = index.searchServices({ q, page: 1, pageSize: 10 })
    expect(page.items[0]?.name).toBe(bundle)
    expect(page.items[0]?.tags).toContain('bundle')
  })

  it('with an intent (开饭店 = 开 + 饭店) the bundle comes first, then the one variant that serves the intent, above every other item', () => {
    const names = index.searchServices({ q: '开饭店', page: 1, pageSize: 10 }).items.map((i) => i.name)
    expect(names.slice(0, 3)).toEqual(['我要开餐饮店一件事', '食品经营许可（新办）', '个体工商户设立登记'])
  })

  it('a plain item search is not taken over by a bundle that merely contains the words', () => {
    expect(index.searchServices({ q: '社会保障卡', page: 1, pageSize: 5 }).items[0]?.name).toBe('社会保障卡申领')
  })
})

describe('common searches on the real catalogue', () => {
  it.each([
    ['身份证', '身份证'],
    ['sfz', '身份证'],
    ['shenfenzheng', '身份证'],
    ['shen fen zheng', '身份证'],
    ['身分证', '身份证'],
    ['公积金', '公积金'],
    ['gjj', '公积金'],
    ['公积金提取', '公积金'],
    ['社会保障卡', '社会保障卡'],
    ['结婚', '结婚'],
    ['驾驶证', '驾驶证'],
    ['营业执照', '营业执照'],
  ])('%s finds an item named with %s first', (q, fragment) => {
    const result = index.search({ q })
    expect(result.total).toBeGreaterThan(0)
    expect(result.items[0].name).toContain(fragment)
    const [start, end] = result.items[0].highlights?.[0] ?? [0, 0]
    expect(result.items[0].name.slice(start, end)).not.toBe('')
  })

  it.each([
    ['社保卡', /社会保障卡|社保卡/],
    ['开饭店', /食品经营|餐饮/],
    ['驾照', /驾驶证|驾驶人/],
    ['医保', /医疗保障|医疗保险|医保/],
  ])('the colloquial %s finds the official item', (q, official) => {
    expect(index.search({ q }).items[0].name).toMatch(official)
  })
})

function passes(item: ItemSummary, query: ItemQuery): boolean {
  if (query.region !== undefined && item.region.code !== query.region) return false
  if (query.department !== undefined && item.department.id !== query.department) return false
  if (query.audience === 'personal' && item.audience === 'legal') return false
  if (query.audience === 'legal' && item.audience === 'personal') return false
  if (query.theme !== undefined && !item.themes.includes(query.theme)) return false
  return (query.tags ?? []).every((tag) => item.tags.includes(tag))
}

describe('what every result promises', () => {
  const queries = ['', '身份证', 'sfz', '登记', '许可', 'gjj', '社保', '户口簿', '证明', 'yyzz', '不动产 转移']

  it('satisfies every filter, with sorted, disjoint highlights inside the name, and no internal fields', () => {
    const filters: ItemQuery[] = [
      {},
      { region: cityCode },
      { region: countyCodes[0], audience: 'personal' },
      { audience: 'legal', tags: ['zero-trip'] },
      { tags: ['palm', 'one-trip'] },
      { theme: items[0].themes[0], region: items[0].region.code },
      { department: items[0].department.id },
    ]
    for (const q of queries) {
      for (const filter of filters) {
        const query = { ...filter, q, pageSize: 50 }
        const result = index.search(query)
        expect(result.items.length).toBeLessThanOrEqual(Math.min(50, result.total))
        for (const item of result.items) {
          expect(passes(item, query)).toBe(true)
          expect(item).not.toHaveProperty('aliases')
          expect(item).not.toHaveProperty('popularity')
          let last = 0
          for (const [start, end] of item.highlights ?? []) {
            expect(start).toBeGreaterThanOrEqual(last)
            expect(end).toBeGreaterThan(start)
            expect(end).toBeLessThanOrEqual(item.name.length)
            last = end
          }
        }
      }
    }
  })

  it('pages through a long result list without gaps, repeats or a changing total', () => {
    for (const q of ['登记', 'sfz', '']) {
      const whole = index.search({ q, pageSize: 45 })
      const paged: string[] = []
      for (let page = 1; page <= 3; page++) {
        const part = index.search({ q, page, pageSize: 15 })
        expect(part.total).toBe(whole.total)
        paged.push(...part.items.map((item) => item.id))
      }
      expect(paged).toEqual(whole.items.map((item) => item.id))
    }
  })

  it('suggests distinct names, at most the limit', () => {
    for (const q of ['身', 'sfz', '公积', 'she', '登记']) {
      const texts = index.suggest(q, 10).map((suggestion) => suggestion.text)
      expect(texts.length).toBeGreaterThan(0)
      expect(texts.length).toBeLessThanOrEqual(10)
      expect(new Set(texts).size).toBe(texts.length)
    }
  })

  it("shows each region distinct hot items of its own or of the city", () => {
    for (const region of countyCodes) {
      const hot = index.hot(10, region)
      expect(hot).toHaveLength(10)
      expect(new Set(hot.map((item) => item.name)).size).toBe(10)
      expect(hot.every((item) => item.region.code === region || item.region.code === cityCode)).toBe(true)
    }
  })

  it('finds every catalogue item by its id', () => {
    for (const item of items) expect(index.get(item.id)).toBe(item)
  })
})

describe('precision on the real catalogue', () => {
  it('lists the 身份证 items for 身份证, not every item that asks for an ID card as a material', () => {
    const page = index.search({ q: '身份证', page: 1, pageSize: 50 })
    expect(page.total).toBeLessThan(500)
    expect(page.items.every((item) => !item.matchedBy?.startsWith('材料：'))).toBe(true)
    const materialUsers = items.filter((item) => item.materials.some((m) => m.name.includes('身份证')))
    expect(materialUsers.length).toBeGreaterThan(page.total * 10)
  })

  it('still finds items by department when no name matches', () => {
    const page = index.search({ q: '公安局', page: 1, pageSize: 5 })
    expect(page.total).toBeGreaterThan(100)
    expect(page.items[0].matchedBy).toMatch(/^部门：.*公安局$/)
  })

  it('does not pass off a two-character sound-alike as a match (犬只 is not 权质)', () => {
    expect(index.search({ q: '犬只', page: 1, pageSize: 5 }).items.map((item) => item.name)).not.toContain('商标专用权质权登记')
  })

  it('still forgives a two-character typo that keeps one character (户藉 → 户籍)', () => {
    const first = index.search({ q: '户藉', page: 1, pageSize: 1 }).items[0]
    expect(first.name).toContain('户籍')
  })
})
