import { createHash } from 'node:crypto'
import { ITEM_TAGS, type ItemTag } from '../../types/service-item'
import { COMMON_ITEM_NAMES, loadSeed, type CatalogueItem, type Seed } from './index'
import { E_LICENSES } from './catalogue/model'
import { SERVICE_REGION_NAMES as SERVICE_REGIONS } from '../test-support/spec-facts'

const CITY = '350500000000'

let seed: Seed
let buildMs = 0

beforeAll(() => {
  const started = performance.now()
  seed = loadSeed()
  buildMs = performance.now() - started
  // Reported, not asserted: the machine running the tests may be busy.
  process.stdout.write(`seed: ${seed.items.length} items built in ${Math.round(buildMs)} ms\n`)
}, 60_000)

const cityItems = () => seed.items.filter((i) => i.region.code === CITY)
const byCode = () => new Map(seed.regions.map((r) => [r.code, r]))
const childrenOf = (code: string) => seed.regions.filter((r) => r.parent === code)

describe('regions', () => {
  it('start with the city, then the 13 service regions in SPEC order', () => {
    expect(seed.regions[0]).toEqual({ code: CITY, name: '泉州市', level: 'city', parent: null, hasChildren: true })
    const counties = seed.regions.filter((r) => r.level === 'county')
    expect(counties.map((r) => r.name)).toEqual(SERVICE_REGIONS)
    expect(seed.regions.slice(1, 14).map((r) => r.name)).toEqual(SERVICE_REGIONS)
    expect(counties.every((r) => r.parent === CITY)).toBe(true)
    expect(counties.find((r) => r.name === '晋江市')?.code).toBe('350582000000')
    expect(counties.find((r) => r.name === '泉州台商投资区')?.code).toBe('350599000000')
    expect(counties.find((r) => r.name === '泉州经济技术开发区')?.code).toBe('350598000000')
    expect(seed.regions.some((r) => r.name === '金门县')).toBe(false)
  })

  it('use 12-digit codes, valid parents one level up, and a correct hasChildren', () => {
    const codes = byCode()
    const parentLevel = { city: null, county: 'city', township: 'county', village: 'township' } as const
    expect(codes.size).toBe(seed.regions.length)
    const parents = new Set(seed.regions.map((r) => r.parent))
    const bad = seed.regions.filter((r) => {
      const parent = r.parent ? codes.get(r.parent) : null
      return !/^\d{12}$/.test(r.code) || (parent?.level ?? null) !== parentLevel[r.level] || r.hasChildren !== parents.has(r.code)
    })
    expect(bad).toEqual([])
  })

  it('have real township and village names and codes', () => {
    const codes = byCode()
    expect(codes.get('350582101000')).toMatchObject({ name: '安海镇', level: 'township', parent: '350582000000' })
    expect(codes.get('350582101001')).toMatchObject({ name: '兴胜社区居委会', level: 'village', parent: '350582101000' })
    expect(codes.get('350502001000')).toMatchObject({ name: '海滨街道', parent: '350502000000' })
    expect(codes.get('350503001002')).toMatchObject({ name: '东湖社区居委会', level: 'village' })
  })

  it('count 163 real townships (+ 清濛) and 2,4xx–2,6xx villages without 虚拟社区', () => {
    const townships = seed.regions.filter((r) => r.level === 'township')
    const villages = seed.regions.filter((r) => r.level === 'village')
    expect(townships).toHaveLength(164)
    expect(villages.length).toBeGreaterThanOrEqual(2400)
    expect(villages.length).toBeLessThan(2700)
    expect(villages.some((v) => v.name.includes('虚拟社区'))).toBe(false)
  })

  it('put the zones’ towns under the zones', () => {
    expect(childrenOf('350599000000').map((r) => r.name)).toEqual(['洛阳镇', '东园镇', '张坂镇', '百崎回族乡'])
    expect(childrenOf('350599000000').every((t) => t.hasChildren)).toBe(true)
    expect(childrenOf('350598000000').map((r) => r.name)).toEqual(['清濛经济开发区'])
    const huian = childrenOf('350521000000').map((r) => r.name)
    expect(huian).toContain('螺城镇')
    expect(huian).not.toContain('洛阳镇')
    expect(childrenOf('350502000000').map((r) => r.name)).not.toContain('清濛经济开发区')
  })
})

describe('departments and themes', () => {
  it('have unique ids, a known region, and same-kind departments across levels', () => {
    const ids = new Set(seed.departments.map((d) => d.id))
    expect(ids.size).toBe(seed.departments.length)
    const counties = new Set(seed.regions.filter((r) => r.level !== 'township' && r.level !== 'village').map((r) => r.code))
    for (const d of seed.departments) {
      expect(counties.has(d.region)).toBe(true)
      expect(d.id).toBe(`dept-${d.region.slice(0, 6)}-${d.kind}`)
    }
    const police = seed.departments.filter((d) => d.kind === 'public-security').map((d) => d.name)
    expect(police).toEqual(expect.arrayContaining(['泉州市公安局', '晋江市公安局', '泉州市公安局鲤城分局']))
    expect(seed.departments.find((d) => d.id === 'dept-350500-housing-fund')?.name).toBe('泉州市住房公积金中心')
    expect(seed.departments.filter((d) => d.region === CITY).length).toBeGreaterThanOrEqual(38)
  })

  it('themes have stable unique ids for both audiences, and every theme has items at the city', () => {
    expect(new Set(seed.themes.map((t) => t.id)).size).toBe(seed.themes.length)
    expect(seed.themes.filter((t) => t.audience === 'personal').map((t) => t.name)).toEqual(expect.arrayContaining(['生育收养', '户籍办理', '社会保障', '婚姻登记', '出境入境']))
    expect(seed.themes.filter((t) => t.audience === 'legal').map((t) => t.name)).toEqual(expect.arrayContaining(['设立变更', '准营准办', '工程建设', '税收财务']))
    const city = cityItems()
    for (const theme of seed.themes) expect(city.some((i) => i.themes.includes(theme.id))).toBe(true)
  })
})

describe('catalogue scale (SPEC §2)', () => {
  it('has ~22k items, 2,245 at the city and ~1,530 per service region', () => {
    expect(seed.items.length).toBeGreaterThanOrEqual(21000)
    expect(seed.items.length).toBeLessThanOrEqual(23000)
    expect(cityItems()).toHaveLength(2245)
    for (const name of SERVICE_REGIONS) {
      const n = seed.items.filter((i) => i.region.name === name).length
      expect(n).toBeGreaterThan(1300)
      expect(n).toBeLessThan(1700)
    }
  })

  it('matches the seed figures for online, palm, lists, bundles, instant and trips', () => {
    const all = seed.items
    const city = cityItems()
    const count = (items: CatalogueItem[], tag: ItemTag) => items.filter((i) => i.tags.includes(tag)).length
    expect(all.filter((i) => i.online).length / all.length).toBeCloseTo(0.993, 3)
    expect(count(city, 'palm')).toBe(617)
    expect(count(city, 'cross-province')).toBe(137)
    expect(count(city, 'in-province')).toBe(37)
    expect(count(all, 'bundle')).toBe(486)
    expect(count(all, 'instant') / all.length).toBeCloseTo(0.8, 2)
    expect(count(all, 'zero-trip') / all.length).toBeCloseTo(0.9003, 2)
    expect(all.filter((i) => i.visits <= 1).length / all.length).toBeCloseTo(0.9911, 2)
  })
})

describe('every item', () => {
  // Checked by hand and reported together: ~22k items × dozens of expect() calls would be slow.
  const nonEmpty = (s: unknown) => typeof s === 'string' && s.trim().length > 0
  const problems = (check: (item: CatalogueItem, fail: (what: string) => void) => void) => {
    const out: string[] = []
    for (const item of seed.items) check(item, (what) => out.push(`${item.id} ${item.name}: ${what}`))
    return out.slice(0, 20)
  }

  it('has every Guide attribute, filled in', () => {
    const themeIds = new Set(seed.themes.map((t) => t.id))
    const depts = new Map(seed.departments.map((d) => [d.id, d]))
    const regions = byCode()
    const ids = new Set<string>()
    const codes = new Set<string>()
    const phone = /^0595-\d{8}$/
    const found = problems((item, fail) => {
      if (!/^it-\d{6}-[a-z0-9]+$/.test(item.id) || ids.has(item.id)) fail('id')
      ids.add(item.id)
      if (!/^11\d{6}[0-9A-Z]{10}\d{2}[0-9A-Z]{9}$/.test(item.code) || codes.has(item.code)) fail('code')
      codes.add(item.code)
      if (!nonEmpty(item.name) || /示例|lorem|TODO|undefined|null|\{s\}|\{n\}/.test(item.name)) fail('name')
      const dept = depts.get(item.department.id)
      if (dept?.name !== item.department.name || dept.region !== item.region.code) fail('department')
      if (regions.get(item.region.code)?.name !== item.region.name) fail('region')
      if (!['personal', 'legal', 'both'].includes(item.audience)) fail('audience')
      if (item.themes.length === 0 || item.themes.some((t) => !themeIds.has(t))) fail('themes')
      if (item.conditions.length === 0 || !item.conditions.every(nonEmpty)) fail('conditions')
      if (!nonEmpty(item.fee.description) || (item.fee.charged && item.fee.description === '不收费')) fail('fee')
      if (item.materials.length === 0) fail('no materials')
      for (const m of item.materials) {
        if (!(nonEmpty(m.name) && nonEmpty(m.form) && nonEmpty(m.source) && nonEmpty(m.note))) fail(`material ${m.name}`)
        if (!(Number.isInteger(m.originals) && m.originals >= 0 && Number.isInteger(m.copies) && m.copies >= 0)) fail(`material counts ${m.name}`)
        if (typeof m.required !== 'boolean' || /材料\d|示例材料/.test(m.name)) fail(`material ${m.name}`)
      }
      if (item.process.length < 2 || !item.process.every((st) => nonEmpty(st.name) && nonEmpty(st.description))) fail('process')
      if (item.locations.length === 0) fail('locations')
      for (const l of item.locations) {
        if (!(nonEmpty(l.name) && nonEmpty(l.address) && nonEmpty(l.hours) && phone.test(l.phone))) fail('location')
        if (!(l.latitude > 24.5 && l.latitude < 25.7 && l.longitude > 118 && l.longitude < 119.1)) fail('coordinates')
      }
      if (!phone.test(item.phone) || item.complaintPhone !== '12345') fail('phones')
      if (item.legalBasis.length === 0 || !item.legalBasis.every((law) => /^《[^《》]+》/.test(law))) fail('legal basis')
      if (item.reviewStandards.length === 0 || !item.reviewStandards.every(nonEmpty)) fail('review standards')
      if (!nonEmpty(item.result.name) || item.result.delivery.length === 0) fail('result')
      if (!/^2025-\d{2}-\d{2}T\d{2}:\d{2}:00\+08:00$/.test(item.updatedAt) || Number.isNaN(Date.parse(item.updatedAt))) fail('updatedAt')
      if (!(Number.isInteger(item.popularity) && item.popularity > 0)) fail('popularity')
    })
    expect(found).toEqual([])
  })

  it('is internally consistent: tags ↔ flags ↔ visits and kind, limits', () => {
    const found = problems((item, fail) => {
      const expected: Record<ItemTag, boolean> = {
        'zero-trip': item.visits === 0,
        'one-trip': item.visits === 1,
        instant: item.kind === 'instant',
        palm: item.palm,
        'cross-province': item.crossProvince,
        'in-province': item.inProvince,
        bundle: item.bundle,
      }
      if (item.tags.join() !== ITEM_TAGS.filter((t) => expected[t]).join()) fail(`tags ${item.tags.join()}`)
      if ((item.kind === 'instant') !== (item.promisedLimitDays === 0)) fail('kind vs promised limit')
      if (item.legalLimitDays < 1) fail('legal limit')
      if (item.promisedLimitDays > Math.floor(item.legalLimitDays * 0.35)) fail('promised limit above 35% of legal')
      if (!Number.isInteger(item.visits) || item.visits < 0) fail('visits')
      if ((item.palm || item.visits === 0) && !item.online) fail('palm or zero-trip but not online')
      if (!item.online && item.visits === 0) fail('offline but zero-trip')
    })
    expect(found).toEqual([])
  })

  it('offers an e-license only for a material it can replace', () => {
    let withELicense = 0
    const found = problems((item, fail) => {
      for (const m of item.materials) {
        if (m.eLicenseType === null) continue
        withELicense++
        const keyword = E_LICENSES[m.eLicenseType]
        if (!keyword || !m.name.includes(keyword)) fail(`${m.name} ← ${m.eLicenseType}`)
      }
    })
    expect(found).toEqual([])
    expect(withELicense).toBeGreaterThan(10000)
  })
})

describe('common items', () => {
  const at = (name: string, region = CITY) => seed.items.find((i) => i.name === name && i.region.code === region)

  it('all exist at the city with their hand-written guides', () => {
    expect(COMMON_ITEM_NAMES.length).toBeGreaterThanOrEqual(25)
    for (const name of COMMON_ITEM_NAMES) expect(at(name)?.name).toBe(name)
    expect(COMMON_ITEM_NAMES).toEqual(
      expect.arrayContaining([
        '居民身份证换领',
        '居民身份证补领',
        '户口迁移（迁入）',
        '出生登记',
        '内地居民结婚登记',
        '生育登记',
        '社会保障卡申领',
        '城乡居民基本养老保险参保登记',
        '职工基本医疗保险参保登记',
        '住房公积金提取（购买自住住房）',
        '个体工商户设立登记',
        '有限责任公司设立登记',
        '食品经营许可（新办）',
        '药品零售企业经营许可（新办）',
        '建设工程规划许可证核发',
        '不动产登记（首次登记）',
        '机动车驾驶证换证',
        '道路货物运输经营许可（新办）',
        '残疾人证申领',
        '最低生活保障审核确认',
        '高龄津贴申领',
        '特困人员认定',
        '义务教育阶段新生入学登记',
        '普通护照签发',
        '医师执业注册（首次注册）',
        '公共场所卫生许可（新办）',
      ]),
    )
  })

  it('carry the real fees, limits and laws', () => {
    expect(at('居民身份证换领')?.fee.description).toContain('工本费20元')
    expect(at('居民身份证补领')?.fee.description).toContain('工本费40元')
    expect(at('普通护照签发')?.fee.description).toBe('每本120元')
    expect(at('内地居民结婚登记')).toMatchObject({ kind: 'instant', visits: 1, fee: { charged: false } })
    expect(at('不动产登记（首次登记）')?.legalLimitDays).toBe(30)
    expect(at('居民身份证换领')?.legalBasis.join('')).toContain('《中华人民共和国居民身份证法》第五条、第十一条')
    expect(at('居民身份证换领')?.materials.some((m) => m.name.includes('照片'))).toBe(true)
    expect(at('出生登记')?.materials.some((m) => m.eLicenseType === '出生医学证明')).toBe(true)
  })

  it('are implemented in the service regions by their own departments', () => {
    const jinjiang = at('居民身份证换领', '350582000000')
    expect(jinjiang?.department.name).toBe('晋江市公安局')
    expect(jinjiang?.locations[0].name).toBe('晋江市行政服务中心')
    expect(at('最低生活保障审核确认', '350599000000')?.department.name).toBe('泉州台商投资区社会事业局')
  })
})

describe('search helpers', () => {
  const aliasesOf = (name: string) => cityItems().find((i) => i.name === name)?.aliases ?? []

  it('have colloquial aliases for what residents type', () => {
    const pairs: [string, string][] = [
      ['社保卡', '社会保障卡申领'],
      ['结婚', '内地居民结婚登记'],
      ['领证', '内地居民结婚登记'],
      ['开饭店', '食品经营许可（新办）'],
      ['开饭店', '个体工商户设立登记'],
      ['公积金', '住房公积金提取（购买自住住房）'],
      ['提公积金', '住房公积金提取（购买自住住房）'],
      ['身份证', '居民身份证换领'],
      ['护照', '普通护照签发'],
      ['驾照', '机动车驾驶证换证'],
      ['低保', '最低生活保障审核确认'],
      ['上学', '义务教育阶段新生入学登记'],
      ['准生证', '生育登记'],
      ['上户口', '出生登记'],
      ['房产证', '不动产登记（首次登记）'],
      ['营业执照', '个体工商户设立登记'],
    ]
    for (const [alias, name] of pairs) expect(aliasesOf(name)).toContain(alias)
    expect(new Set(seed.items.flatMap((i) => i.aliases)).size).toBeGreaterThanOrEqual(60)
  })

  it('rank the everyday items as the most popular at the city', () => {
    const top = [...cityItems()].sort((a, b) => b.popularity - a.popularity).slice(0, 15).map((i) => i.name)
    expect(top[0]).toBe('居民身份证换领')
    expect(top).toEqual(expect.arrayContaining(['社会保障卡申领', '住房公积金提取（购买自住住房）', '户口迁移（迁入）']))
  })
})

describe('determinism', () => {
  it('builds the same seed again from scratch', () => {
    const digest = (items: CatalogueItem[]) => {
      const hash = createHash('sha256')
      for (const item of items) hash.update(JSON.stringify(item))
      return hash.digest('hex')
    }
    let again: Seed | undefined
    jest.isolateModules(() => {
      // A fresh module registry: nothing cached from the first build is reused.
      // eslint-disable-next-line @typescript-eslint/no-require-imports -- isolateModules is synchronous, so only require() loads the module into the fresh registry
      again = (require('./index') as typeof import('./index')).loadSeed()
    })
    expect(again?.items.length).toBe(seed.items.length)
    expect(again?.items).not.toBe(seed.items)
    expect(again?.regions).toEqual(seed.regions)
    expect(again?.departments).toEqual(seed.departments)
    expect(digest(again?.items ?? [])).toBe(digest(seed.items))
  }, 60_000)
})
