import type { HighlightRange, ItemSummary } from '../../types/service-item'
import { createCatalogueIndex, toSummary, type CatalogueIndex } from './index'
import { CITY, JINJIANG, LICHENG, createItem, fixtureCatalogue, material } from './test-items'

/** The highlighted characters of a result, to assert on what a resident would see marked. */
function marked(name: string, highlights: HighlightRange[] | undefined): string[] {
  return (highlights ?? []).map(([start, end]) => name.slice(start, end))
}

function names(results: { items: ItemSummary[] }): string[] {
  return results.items.map((item) => item.name)
}

let index: CatalogueIndex

beforeAll(() => {
  index = createCatalogueIndex(fixtureCatalogue())
})

describe('finding items by what residents type', () => {
  it('finds every item whose name contains a Chinese word, most used first', () => {
    const result = index.search({ q: '身份证' })
    const matchingByName = result.items.filter((item) => item.name.includes('身份证'))
    expect(matchingByName.map((item) => `${item.name}@${item.region.name}`).slice(0, 4)).toEqual([
      '居民身份证换领@泉州市',
      '居民身份证换领@晋江市',
      '居民身份证换领@鲤城区',
      '居民身份证首次申领@泉州市',
    ])
    expect(matchingByName).toHaveLength(6)
    expect(marked(result.items[0].name, result.items[0].highlights)).toEqual(['身份证'])
  })

  it('finds a fragment of a name and marks exactly that fragment', () => {
    const result = index.search({ q: '公积金提取' })
    expect(result.items[0].name).toBe('住房公积金提取')
    expect(result.items[0].highlights).toEqual([[2, 7]])
  })

  it.each([
    ['full pinyin', 'shenfenzheng', ['身份证']],
    ['spaced pinyin', 'shen fen zheng', ['身份证']],
    ['initials', 'sfz', ['身份证']],
    ['a pinyin prefix', 'shenfen', ['身份']],
    ['mixed syllables and initials', 'shenfz', ['身份证']],
    ['an unfinished last syllable', 'shenfenzh', ['身份证']],
    ['a homophone typo', '身分证', ['身份证']],
    ['full-width capitals', 'ＳＦＺ', ['身份证']],
  ])('finds 居民身份证换领 first by %s (%s) and marks the characters it spelled', (_kind, q, expected) => {
    const result = index.search({ q })
    expect(result.items[0].name).toBe('居民身份证换领')
    expect(marked(result.items[0].name, result.items[0].highlights)).toEqual(expected)
    expect(result.items[0].matchedBy).toBeUndefined()
  })

  it('reads polyphonic and ü syllables either way a resident types them (lvshi, lushi)', () => {
    for (const q of ['lvshi', 'lushi', 'lszy']) {
      const result = index.search({ q })
      expect(result.items[0].name).toBe('律师执业许可')
    }
    expect(marked('律师执业许可', index.search({ q: 'lushi' }).items[0].highlights)).toEqual(['律师'])
  })

  it('marks characters across punctuation that search ignores', () => {
    const result = index.search({ q: '首次签发' })
    expect(result.items[0].name).toBe('出生医学证明（首次签发）')
    expect(marked(result.items[0].name, result.items[0].highlights)).toEqual(['首次签发'])
    expect(index.search({ q: '证明首次' }).items[0].name).toBe('出生医学证明（首次签发）')
  })

  it('is case-insensitive and ignores punctuation inside a term', () => {
    expect(names(index.search({ q: 'SFZ' }))).toEqual(names(index.search({ q: 'sfz' })))
    expect(index.search({ q: '公积金·提取！' }).items[0].name).toBe('住房公积金提取')
  })
})

describe('colloquial names', () => {
  it.each([
    ['社保卡', '社会保障卡申领'],
    ['开饭店', '食品经营许可'],
    ['结婚', '内地居民结婚登记'],
    ['公积金', '住房公积金提取'],
    ['换驾照', '机动车驾驶证换证'],
    ['准生证', '生育登记'],
    ['医保', '医疗保障参保登记'],
    ['sbk', '社会保障卡申领'],
  ])('%s finds %s first', (q, expected) => {
    expect(index.search({ q }).items[0].name).toBe(expected)
  })

  it('says which common name matched when the name itself did not', () => {
    const byAlias = index.search({ q: '换驾照' }).items[0]
    expect(byAlias.matchedBy).toBe('常用名：换驾照')
    expect(byAlias.highlights).toEqual([])
    expect(index.search({ q: 'sbk' }).items[0].matchedBy).toBe('常用名：社保卡')
  })

  it('finds a common name or a whole item name inside a sentence', () => {
    const restaurant = index.search({ q: '我要开饭店' }).items[0]
    expect(restaurant).toMatchObject({ name: '食品经营许可', matchedBy: '常用名：开饭店' })
    expect(index.search({ q: '怎么换身份证' }).items[0].name).toBe('居民身份证换领')
    const pasted = index.search({ q: '我想办理居民身份证换领业务' }).items[0]
    expect(pasted.name).toBe('居民身份证换领')
    expect(pasted.highlights).toEqual([[0, 7]])
  })

  it('marks the official wording a colloquial fragment stands for', () => {
    const result = index.search({ q: '社保卡' }).items[0]
    expect(marked(result.name, result.highlights)).toEqual(['社会保障卡'])
    expect(marked('食品经营许可', index.search({ q: '开饭店' }).items[0].highlights)).toEqual(['食品经营'])
  })
})

describe('ranking', () => {
  it('puts an exact name before a name prefix before a name that contains the words', () => {
    const result = index.search({ q: '税务登记' })
    expect(names(result).slice(0, 3)).toEqual(['税务登记', '税务登记信息变更', '注销税务登记'])
    expect(result.items[0].highlights).toEqual([[0, 4]])
  })

  it('lists only name matches when there are any: department and material matches are a fallback', () => {
    const result = index.search({ q: '税务' })
    expect(names(result)).toEqual(['税务登记信息变更', '税务登记', '注销税务登记'])
    expect(result.total).toBe(3)
  })

  it('ranks department matches above material matches, whatever their popularity, when no name matches', () => {
    const result = index.search({ q: '税务局' })
    const byDepartment = result.items.filter((item) => item.matchedBy === '部门：国家税务总局泉州市税务局')
    expect(byDepartment.map((item) => item.name).sort()).toEqual(['发票领用', '注销税务登记', '税务登记', '税务登记信息变更'].sort())
    expect(byDepartment[0].highlights).toEqual([])
    const local = createCatalogueIndex([
      createItem({ id: 'by-material', name: '企业注销登记', popularity: 9999, materials: [material('清税证明')] }),
      createItem({ id: 'by-department', name: '发票领用', popularity: 1, department: { id: 'qz-tax', name: '国家税务总局泉州市税务局' } }),
    ], { synonyms: {} })
    const fallback = local.search({ q: '税' })
    expect(fallback.items.map((item) => item.id)).toEqual(['by-department', 'by-material'])
    expect(fallback.items[1].matchedBy).toBe('材料：清税证明')
  })

  it('ranks a name match above an alias match above a pinyin match', () => {
    const catalogue = [
      createItem({ id: 'pinyin', name: '社会保障卡申领', popularity: 9000 }),
      createItem({ id: 'alias', name: '就业登记', aliases: ['社保卡登记'], popularity: 5000 }),
      createItem({ id: 'name', name: '社保卡挂失', popularity: 10 }),
    ]
    const local = createCatalogueIndex(catalogue, { synonyms: {} })
    expect(local.search({ q: '社保卡' }).items.map((item) => item.id)).toEqual(['name', 'alias', 'pinyin'])
  })

  it('breaks ties by popularity, then by the shorter name, then by code', () => {
    const catalogue = [
      createItem({ id: 'long', code: 'A', name: '居民身份证换领（异地）', popularity: 50 }),
      createItem({ id: 'short-b', code: 'C', name: '居民身份证换领', popularity: 50 }),
      createItem({ id: 'short-a', code: 'B', name: '居民身份证补领', popularity: 50 }),
      createItem({ id: 'popular', code: 'D', name: '居民身份证首次申领', popularity: 70 }),
    ]
    const local = createCatalogueIndex(catalogue)
    expect(local.search({ q: '身份证' }).items.map((item) => item.id)).toEqual(['popular', 'short-a', 'short-b', 'long'])
  })

  it('requires every space-separated term and marks each of them', () => {
    const result = index.search({ q: '身份证 换领' })
    expect(new Set(names(result))).toEqual(new Set(['居民身份证换领']))
    expect(result.total).toBe(3)
    expect(marked(result.items[0].name, result.items[0].highlights)).toEqual(['身份证换领'])
  })

  it('lets one term match the department and explains it', () => {
    const result = index.search({ q: '晋江 身份证' })
    expect(result.total).toBe(1)
    expect(result.items[0].region).toEqual(JINJIANG)
    expect(result.items[0].matchedBy).toBe('部门：晋江市公安局')
    expect(marked(result.items[0].name, result.items[0].highlights)).toEqual(['身份证'])
  })
})

describe('filters', () => {
  it('keeps only items of the exact region; the city code means city-level items', () => {
    const licheng = index.search({ region: LICHENG.code, pageSize: 50 })
    expect(licheng.total).toBe(4)
    expect(licheng.items.every((item) => item.region.code === LICHENG.code)).toBe(true)
    const city = index.search({ q: '身份证', region: CITY.code })
    expect(city.items.every((item) => item.region.code === CITY.code)).toBe(true)
    expect(city.items.map((item) => item.name)).toContain('居民身份证换领')
  })

  it('keeps only items of the department', () => {
    const result = index.search({ department: 'qz-tax', pageSize: 50 })
    expect(names(result)).toEqual(['发票领用', '注销税务登记', '税务登记信息变更', '税务登记'])
  })

  it('counts items for both audiences as personal and as legal', () => {
    const personal = index.search({ q: '社会保险', audience: 'personal' })
    expect(names(personal)).toContain('社会保险关系转移')
    const legal = index.search({ audience: 'legal', pageSize: 50 })
    expect(names(legal)).toContain('社会保险关系转移')
    expect(names(legal)).toContain('食品经营许可')
    expect(names(legal)).not.toContain('居民身份证换领')
    expect(names(index.search({ audience: 'personal', pageSize: 50 }))).not.toContain('发票领用')
  })

  it('keeps only items of the theme', () => {
    expect(new Set(names(index.search({ theme: 'marriage', pageSize: 50 })))).toEqual(new Set(['内地居民结婚登记', '内地居民离婚登记']))
  })

  it('requires all given tags', () => {
    const result = index.search({ tags: ['zero-trip', 'palm'], pageSize: 50 })
    expect(result.items.length).toBeGreaterThan(0)
    expect(result.items.every((item) => item.tags.includes('zero-trip') && item.tags.includes('palm'))).toBe(true)
    expect(names(result)).not.toContain('社会保险关系转移')
  })

  it('combines query, region, audience, theme and tags', () => {
    const result = index.search({ q: 'sfz', region: LICHENG.code, audience: 'personal', theme: 'id-docs', tags: ['cross-province'] })
    expect(result.total).toBe(1)
    expect(result.items[0]).toMatchObject({ name: '居民身份证换领', region: LICHENG })
    expect(index.search({ q: 'sfz', region: LICHENG.code, tags: ['palm'] }).total).toBe(0)
  })
})

describe('paging', () => {
  const catalogue = Array.from({ length: 45 }, (_, i) =>
    createItem({ id: `p-${i}`, name: `居民身份证换领${String.fromCharCode(0x4e00 + i)}`, popularity: 1000 - i }),
  )
  const paged = createCatalogueIndex(catalogue)

  it('reports the total and cuts pages at their boundaries', () => {
    const first = paged.search({ q: '身份证', page: 1, pageSize: 20 })
    const second = paged.search({ q: '身份证', page: 2, pageSize: 20 })
    expect(first.total).toBe(45)
    expect(first.items.map((item) => item.id)).toEqual(catalogue.slice(0, 20).map((item) => item.id))
    expect(second.items.map((item) => item.id)).toEqual(catalogue.slice(20, 40).map((item) => item.id))
    expect(second).toMatchObject({ page: 2, pageSize: 20, total: 45 })
  })

  it('gives a short last page and an empty page after it', () => {
    expect(paged.search({ q: '身份证', page: 3, pageSize: 20 }).items.map((item) => item.id)).toEqual(
      catalogue.slice(40).map((item) => item.id),
    )
    const beyond = paged.search({ q: '身份证', page: 4, pageSize: 20 })
    expect(beyond.items).toEqual([])
    expect(beyond.total).toBe(45)
  })

  it('pages across match tiers without repeating or skipping items', () => {
    const seen: string[] = []
    for (let page = 1; page <= 6; page++) seen.push(...index.search({ q: '身份证', page, pageSize: 2 }).items.map((item) => item.id))
    const all = index.search({ q: '身份证', pageSize: 50 })
    expect(seen).toEqual(all.items.map((item) => item.id))
    expect(new Set(seen).size).toBe(seen.length)
  })
})

describe('queries that are not words', () => {
  it('lists the filtered catalogue by popularity when there is no query', () => {
    const result = index.search({})
    expect(result.total).toBe(fixtureCatalogue().length)
    expect(result.items[0].name).toBe('企业注销登记')
    const popularity = new Map(fixtureCatalogue().map((item) => [item.id, item.popularity]))
    const shown = result.items.map((item) => popularity.get(item.id) ?? 0)
    expect(shown).toEqual([...shown].sort((a, b) => b - a))
  })

  it('treats a query of only punctuation and spaces as no query', () => {
    expect(index.search({ q: ' ！？。，…… ' })).toEqual(index.search({}))
    expect(index.suggest('，。！')).toEqual([])
  })

  it('answers a very long query quickly, without crashing', () => {
    for (const q of ['身'.repeat(5000), 'shen'.repeat(2000), 'a b c d e f g h i j k l m n '.repeat(100), '(('.repeat(3000)]) {
      const started = Date.now()
      const result = index.search({ q })
      expect(Date.now() - started).toBeLessThan(200)
      expect(result.total).toBeGreaterThanOrEqual(0)
      index.suggest(q)
    }
  })

  it('finds nothing for words no item, alias, department or material contains', () => {
    expect(index.search({ q: '火星移民' })).toEqual({ items: [], total: 0, page: 1, pageSize: 20 })
    expect(index.search({ q: 'qqqxxx' }).total).toBe(0)
    expect(index.suggest('火星移民')).toEqual([])
  })
})

describe('suggestions while typing', () => {
  it('offers each matching name once, even when many regions carry it, most used first', () => {
    const suggestions = index.suggest('身份证')
    expect(suggestions.map((s) => s.text)).toEqual(['居民身份证换领', '居民身份证首次申领', '临时居民身份证申领', '居民身份证挂失申报'])
    expect(suggestions[0].highlights).toEqual([[2, 5]])
  })

  it('suggests from pinyin and initials with the spelled characters marked', () => {
    const suggestions = index.suggest('gjj')
    expect(suggestions.map((s) => s.text)).toEqual(['住房公积金提取', '住房公积金缴存登记'])
    expect(marked(suggestions[0].text, suggestions[0].highlights)).toEqual(['公积金'])
  })

  it('puts a name starting with the typed text before one containing it', () => {
    expect(index.suggest('税务').map((s) => s.text)).toEqual(['税务登记信息变更', '税务登记', '注销税务登记'])
  })

  it('suggests by common name without marking the official name', () => {
    expect(index.suggest('换驾照')).toEqual([{ text: '机动车驾驶证换证', highlights: [] }])
  })

  it('never suggests by department or material', () => {
    expect(index.suggest('户口簿')).toEqual([])
  })

  it('respects the limit and offers nothing for an empty query', () => {
    expect(index.suggest('s', 3)).toHaveLength(3)
    expect(index.suggest('')).toEqual([])
    expect(index.suggest('   ')).toEqual([])
  })
})

describe('hot items', () => {
  it('lists the most used names once each', () => {
    const hot = index.hot(5)
    expect(hot.map((item) => item.name)).toEqual(['居民身份证换领', '企业注销登记', '住房公积金提取', '社会保障卡申领', '内地居民结婚登记'])
    expect(hot[0].region).toEqual(CITY)
  })

  it("prefers the region's own items, falls back to city-level ones, and leaves out other regions' items", () => {
    const hot = index.hot(50, LICHENG.code)
    expect(hot.find((item) => item.name === '居民身份证换领')?.region).toEqual(LICHENG)
    expect(hot.find((item) => item.name === '住房公积金提取')?.region).toEqual(CITY)
    expect(hot.every((item) => item.region.code === LICHENG.code || item.region.code === CITY.code)).toBe(true)
    expect(new Set(hot.map((item) => item.name)).size).toBe(hot.length)
  })

  it('returns at most the limit', () => {
    expect(index.hot(3)).toHaveLength(3)
  })
})

describe('the term cache', () => {
  it('gives the same answers as uncached searching, also for repeated terms in new combinations', () => {
    const uncached = createCatalogueIndex(fixtureCatalogue(), { termCacheSize: 0 })
    const cached = createCatalogueIndex(fixtureCatalogue(), { termCacheSize: 2 })
    for (const q of ['身份证', 'sfz', '身份证 换领', '换领 身份证', 'sfz', '税务', '身份证', 'shen fen zheng']) {
      expect(cached.search({ q })).toEqual(uncached.search({ q }))
      expect(cached.suggest(q)).toEqual(uncached.suggest(q))
    }
  })
})

describe('what leaves the index', () => {
  it('never exposes aliases or popularity in summaries', () => {
    const summary = index.search({ q: '社保卡' }).items[0]
    expect(summary).not.toHaveProperty('aliases')
    expect(summary).not.toHaveProperty('popularity')
    expect(summary).not.toHaveProperty('materials')
    expect(Object.keys(toSummary(createItem())).sort()).toEqual(
      // serviceId: the service an implementation belongs to (issue 13), public like the rest.
      ['audience', 'code', 'department', 'id', 'kind', 'name', 'promisedLimitDays', 'region', 'serviceId', 'tags', 'themes', 'visits'].sort(),
    )
  })

  it('returns the full catalogue item by id, and nothing for an unknown id', () => {
    expect(index.get('fx-01')?.aliases).toEqual(['换身份证', '身份证到期'])
    expect(index.get('no-such-item')).toBeUndefined()
  })

  it('does not let a caller change the index through a returned summary', () => {
    const first = index.search({ q: '身份证' }).items[0]
    first.tags.push('bundle')
    first.department.name = '改过的'
    expect(index.search({ q: '身份证' }).items[0].tags).not.toContain('bundle')
    expect(index.get(first.id)?.department.name).toBe('泉州市公安局')
  })
})
