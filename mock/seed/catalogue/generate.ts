// Expands the compact definitions (defs/*, common.ts, bundles.ts) into the full catalogue of the
// city and the 13 service regions. Deterministic: every random choice is seeded by the region and
// the item name, so the same definitions always give the same catalogue, in well under a second.
import type { Department } from '../../../types/department'
import type { Region } from '../../../types/region'
import { ITEM_TAGS, type Audience, type Fee, type ItemTag, type Material, type ProcessStep, type ServiceLocation, type Theme } from '../../../types/service-item'
import { implementingDepartment, type DeptKind } from '../departments'
import type { CatalogueItem } from '../types'
import { BUNDLES, INDUSTRY_LICENSE_PILOTS, type BundleDef } from './bundles'
import { COMMON_GUIDES, type CommonGuide } from './common'
import { agricultureEnvironment } from './defs/agriculture-environment'
import { construction } from './defs/construction'
import { healthEducation } from './defs/health-education'
import { market } from './defs/market'
import { others } from './defs/others'
import { publicSecurity } from './defs/public-security'
import { social } from './defs/social'
import { taxes } from './defs/tax'
import { extraPeople } from './defs/extra-people'
import { extraBusiness } from './defs/extra-business'
import { consulting } from './defs/consulting'
import { extraMore } from './defs/extra-more'
import { utilities } from './defs/utilities'
import { residentAsks } from './defs/resident-asks'
import { localPhone, regionHalls, type RegionHalls } from './locations'
import { actionOf, type Action, type BaseDef, type ItemType, type MatSpec, type MaterialDef, type VariantDef } from './model'
import { hash32, mix, mixInt, token } from './prng'
import * as T from './texts'

const ALL_DEFS: BaseDef[] = [
  ...publicSecurity,
  ...social,
  ...market,
  ...taxes,
  ...construction,
  ...healthEducation,
  ...agricultureEnvironment,
  ...others,
  ...extraPeople,
  ...extraBusiness,
  ...extraMore,
  ...utilities,
  ...consulting,
  ...residentAsks,
]

/** An item before it is placed in a region. */
interface Spec {
  name: string
  dept: DeptKind
  aud: 'p' | 'l' | 'b'
  t: ItemType
  th: string[]
  lv: 'c' | 'x' | 'b'
  only: string[] | null
  action: Action
  variant: boolean
  law: string[]
  res: string | null
  mats: MatSpec[]
  cond: string[]
  std: string[]
  legal: number
  inst: boolean | undefined
  site: boolean
  vis: number | undefined
  fee: [string, string | null] | null
  pop: number
  al: string[]
  cross: boolean
  prov: boolean
  palm: boolean
  /** Always 掌上办 where implemented (BaseDef.palmAlways): never drawn offline, always palm. */
  palmAlways: boolean
  /** Size of the base item's family (splits × variants), to drop from large families first. */
  family: number
  /** hash32(name) and token(name), computed once: every per-region random choice mixes them. */
  h: number
  tok: string
  /** Built guide parts, by whether visits are needed (stat) and by visits/online/instant (flow). */
  stat?: (StaticParts | undefined)[]
  flow?: ({ result: GuideParts['result']; process: ProcessStep[] } | undefined)[]
  bare: boolean
  /** Always selected where eligible (BaseDef.must). */
  must: boolean
  common: CommonGuide | null
  bundle: BundleDef | null
}

/** Target sizes (SPEC §2): 2,245 items at the city and 22,175 citywide; `offline` items cannot be
 * applied for online, so that 99.3% can. `factor` scales popularity by the region's case volume. */
const TARGETS: Record<string, { items: number; offline: number; factor: number }> = {
  '350500': { items: 2245, offline: 16, factor: 1 },
  '350502': { items: 1512, offline: 11, factor: 0.35 },
  '350503': { items: 1546, offline: 11, factor: 0.45 },
  '350504': { items: 1498, offline: 10, factor: 0.22 },
  '350505': { items: 1510, offline: 11, factor: 0.22 },
  '350581': { items: 1565, offline: 11, factor: 0.42 },
  '350582': { items: 1640, offline: 11, factor: 0.9 },
  '350583': { items: 1612, offline: 11, factor: 0.7 },
  '350521': { items: 1566, offline: 11, factor: 0.45 },
  '350524': { items: 1575, offline: 11, factor: 0.5 },
  '350525': { items: 1512, offline: 11, factor: 0.26 },
  '350526': { items: 1528, offline: 11, factor: 0.22 },
  '350599': { items: 1480, offline: 10, factor: 0.2 },
  '350598': { items: 1386, offline: 10, factor: 0.12 },
}
/** 掌上办 items at the city (SPEC §2); regions get the same share of their catalogue. */
const CITY_PALM = 617
const COUNTY_PALM_SHARE = 0.26
/** 跨省通办 / 省内通办 lists (SPEC §2): the same items carry the tag wherever they are implemented. */
const CROSS_COUNT = 137
const PROV_COUNT = 37
/** 一件事: 57 at the city + 33 in each region = 486 (SPEC §2). */
const CITY_BUNDLES = 57
const COUNTY_BUNDLES = 33
const INSTANT_SHARE = 0.8
const ZERO_TRIP_SHARE = 0.9003
const AT_MOST_ONE_TRIP_SHARE = 0.9911

const DEFAULT_LEGAL: Record<ItemType, number> = {
  permit: 20,
  confirm: 20,
  benefit: 20,
  levy: 15,
  ruling: 60,
  reward: 30,
  filing: 10,
  other: 20,
  service: 10,
}
const ACTION_POP: Record<Action, number> = { new: 1, change: 0.45, renew: 0.3, cancel: 0.25, reissue: 0.15, other: 0.5 }
const TYPE_CODE: Record<ItemType, string> = {
  permit: '01',
  levy: '04',
  benefit: '05',
  confirm: '07',
  reward: '08',
  ruling: '09',
  filing: '10',
  other: '10',
  service: '20',
}
const AUDIENCE: Record<'p' | 'l' | 'b', Audience> = { p: 'personal', l: 'legal', b: 'both' }
const BUNDLE_LAW = '《国务院关于进一步优化政务服务提升行政效能推动“高效办成一件事”的指导意见》（国发〔2024〕3号）'
const FREE_PERMIT_BASIS = '《中华人民共和国行政许可法》第五十八条'

// ---------------------------------------------------------------------------------------------
// Expansion of the definitions (region-independent, computed once).

function expandDef(def: BaseDef): Spec[] {
  const splits: (string | null)[] = def.s ?? [null]
  const variants: (VariantDef | null)[] = (def.v ?? [null]).map((v) => (v === null ? null : typeof v === 'string' ? { label: v } : v))
  if (def.s && !def.n.includes('{s}') && !variants.some((v) => v?.name?.includes('{s}'))) throw new Error(`catalogue: ${def.n} has splits but no {s}`)
  const family = splits.length * variants.length
  const out: Spec[] = []
  for (const [index, s] of splits.entries()) {
    const baseName = s === null ? def.n : def.n.replace('{s}', s)
    // Split lists put the most common case first; later ones are used less.
    const splitShare = 1 / (1 + 0.35 * index)
    for (const v of variants) {
      const name = v === null ? baseName : v.name ? v.name.replace('{n}', baseName).replace('{s}', s ?? '') : `${baseName}（${v.label}）`
      const action = v === null ? actionOf(s ?? def.n) : v.action ?? actionOf(v.label)
      out.push({
        name,
        dept: def.dept,
        aud: def.aud,
        t: def.t,
        th: def.th,
        lv: def.lv ?? 'b',
        only: def.only ?? null,
        action,
        variant: v !== null,
        law: def.lawBy?.find(([word]) => name.includes(word))?.[1] ?? def.law,
        res: v?.res ?? def.res ?? null,
        mats: [...(def.mats ?? []), ...(v?.mats ?? [])],
        cond: [...(def.cond ?? []), ...(v?.cond ?? [])],
        std: [...(def.std ?? []), ...(v?.std ?? [])],
        legal: v?.legal ?? def.legal ?? DEFAULT_LEGAL[def.t],
        inst: v?.inst ?? def.inst,
        // On-site checks for a first application or renewal, and for changes of premises or scope.
        site: (def.site ?? false) && (v === null || action === 'new' || action === 'renew' || (action === 'change' && /场所|地址|面积|库房|仓储|住所|范围|科目|床位|区域|地点/.test(v.label))),
        vis: v?.vis ?? def.vis,
        fee: def.fee ?? null,
        pop: Math.max(1, Math.round((def.pop ?? 100) * splitShare * (v ? v.pop ?? ACTION_POP[action] : 1))),
        al: def.al ?? [],
        cross: def.cross ?? false,
        prov: def.prov ?? false,
        palm: def.palm ?? false,
        palmAlways: def.palmAlways?.includes(s ?? def.n) ?? false,
        family,
        h: hash32(name),
        tok: token(name),
        bare: def.bare ?? false,
        must: def.must ?? false,
        common: null,
        bundle: null,
      })
    }
    if (def.cm && def.t === 'permit') out.push(commitmentSpec(def, baseName, family))
  }
  return out
}

/** The 告知承诺 way of a permit: granted on the spot against a signed commitment, checked later. */
function commitmentSpec(def: BaseDef, baseName: string, family: number): Spec {
  return {
    name: `${baseName}（告知承诺）`,
    dept: def.dept,
    aud: def.aud,
    t: def.t,
    th: def.th,
    lv: def.lv ?? 'b',
    only: def.only ?? null,
    action: 'new',
    variant: false,
    law: [...def.law, '《国务院关于深化“证照分离”改革进一步激发市场主体发展活力的通知》（国发〔2021〕7号）'],
    res: def.res ?? null,
    mats: [...(def.mats ?? []), '承诺书'],
    cond: [...(def.cond ?? []), '申请人自愿选择告知承诺方式，书面承诺已经符合许可条件并愿意承担不实承诺的法律责任'],
    std: [...(def.std ?? []), '申请人已签署告知承诺书，承诺内容与许可条件一致；审批部门作出许可决定后按规定开展核查'],
    legal: def.legal ?? DEFAULT_LEGAL[def.t],
    inst: true,
    site: false,
    vis: 0,
    fee: def.fee ?? null,
    pop: Math.max(1, Math.round((def.pop ?? 100) * 0.6)),
    al: def.al ?? [],
    cross: false,
    prov: false,
    palm: true,
    palmAlways: false,
    family,
    h: hash32(`${baseName}（告知承诺）`),
    tok: token(`${baseName}（告知承诺）`),
    bare: false,
    must: false,
    common: null,
    bundle: null,
  }
}

function commonSpec(g: CommonGuide): Spec {
  return {
    name: g.name,
    dept: g.dept,
    aud: g.aud,
    t: g.t,
    th: g.th,
    lv: 'b',
    only: null,
    action: 'new',
    variant: false,
    law: g.law,
    res: g.result.name,
    mats: g.materials,
    cond: g.conditions,
    std: g.std,
    legal: g.legal,
    inst: g.promised === 0,
    site: false,
    vis: g.visits,
    fee: null,
    pop: g.pop,
    al: g.al,
    cross: g.cross,
    prov: g.prov,
    palm: g.palm,
    palmAlways: false,
    family: 1,
    h: hash32(g.name),
    tok: token(g.name),
    bare: false,
    must: false,
    common: g,
    bundle: null,
  }
}

function bundleSpec(b: BundleDef): Spec {
  return {
    name: b.name,
    dept: b.dept,
    aud: b.aud,
    t: 'service',
    th: b.th,
    lv: b.lv,
    only: null,
    action: 'new',
    variant: false,
    law: [BUNDLE_LAW],
    res: null,
    mats: [],
    cond: [],
    std: [],
    legal: 20,
    inst: undefined,
    site: false,
    vis: undefined,
    fee: null,
    pop: b.pop,
    al: b.al,
    cross: false,
    prov: false,
    palm: true,
    palmAlways: false,
    family: 1,
    h: hash32(b.name),
    tok: token(b.name),
    bare: false,
    must: false,
    common: null,
    bundle: b,
  }
}

let specCache: { regular: Spec[]; bundles: Spec[]; byName: Map<string, Spec> } | null = null

function specs() {
  if (specCache) return specCache
  const byName = new Map<string, Spec>()
  const regular: Spec[] = []
  const add = (s: Spec) => {
    if (byName.has(s.name)) throw new Error(`catalogue: duplicate item name ${s.name}`)
    byName.set(s.name, s)
    regular.push(s)
  }
  COMMON_GUIDES.forEach((g) => add(commonSpec(g)))
  ALL_DEFS.flatMap(expandDef).forEach(add)
  const bundles = BUNDLES.map(bundleSpec)
  for (const b of bundles) {
    if (byName.has(b.name)) throw new Error(`catalogue: duplicate item name ${b.name}`)
    for (const part of b.bundle?.parts ?? []) if (!byName.has(part)) throw new Error(`catalogue: bundle ${b.name} names unknown item ${part}`)
    for (const part of b.bundle?.opt ?? []) if (!b.bundle?.parts.includes(part)) throw new Error(`catalogue: bundle ${b.name} makes ${part} optional but does not name it`)
    if (b.bundle && b.bundle.opt && b.bundle.opt.length >= b.bundle.parts.length) throw new Error(`catalogue: bundle ${b.name} has no required part`)
  }
  specCache = { regular, bundles, byName }
  return specCache
}

// ---------------------------------------------------------------------------------------------
// Helpers.

const FALLBACK: Partial<Record<DeptKind, DeptKind>> = {
  forestry: 'agriculture',
  'ocean-fishery': 'agriculture',
  sports: 'culture-tourism',
  'science-technology': 'industry-it',
  'civil-air-defense': 'housing-construction',
}

const deptCache = new WeakMap<ReadonlyMap<string, Department>, Map<string, Department | null>>()

function departmentFor(byId: ReadonlyMap<string, Department>, region: string, kind: DeptKind): Department | undefined {
  let cache = deptCache.get(byId)
  if (!cache) deptCache.set(byId, (cache = new Map()))
  const key = `${region}|${kind}`
  const hit = cache.get(key)
  if (hit !== undefined) return hit ?? undefined
  const fallback = FALLBACK[kind]
  const found = implementingDepartment(byId, region, kind) ?? (fallback ? implementingDepartment(byId, region, fallback) : undefined)
  cache.set(key, found ?? null)
  return found
}

/** Weighted sampling key (Efraimidis–Spirakis): the larger, the more likely to be chosen. */
function sampleKey(u: number, weight: number): number {
  return Math.log(Math.max(u, 1e-12)) / Math.max(weight, 1e-9)
}

/** Salts that separate the independent random choices made for the same item and region. */
const enum Purpose {
  Select = 1,
  Bundle,
  Instant,
  Offline,
  Visit,
  Visit2,
  Palm,
  Cross,
  Prov,
  Promised,
  Popularity,
  Revised,
}

/** The `count` items with the largest keys (each key computed once, no per-item objects). */
function topBy<T>(items: T[], count: number, key: (item: T) => number): Set<T> {
  if (count <= 0) return new Set()
  const keys = new Float64Array(items.length)
  for (let i = 0; i < items.length; i++) keys[i] = key(items[i])
  const order = Array.from({ length: items.length }, (_, i) => i).sort((a, b) => keys[b] - keys[a])
  const out = new Set<T>()
  for (let i = 0; i < Math.min(count, order.length); i++) out.add(items[order[i]])
  return out
}

const GB32100 = '0123456789ABCDEFGHJKLMNPQRTUWXY'
const GB32100_WEIGHTS = [1, 3, 9, 27, 19, 26, 16, 17, 20, 29, 25, 13, 8, 24, 10, 30, 28]

/** A 统一社会信用代码 for a government body (登记管理部门 1, 机关 1), with valid check characters. */
const creditCache = new Map<string, string>()

function creditCode(seed: string, region6: string): string {
  const cached = creditCache.get(seed)
  if (cached) return cached
  const code = computeCreditCode(seed, region6)
  creditCache.set(seed, code)
  return code
}

function computeCreditCode(seed: string, region6: string): string {
  const body = String(hash32(seed) % 100000000).padStart(8, '0')
  const weights = [3, 7, 9, 10, 5, 8, 4, 2]
  const sum = [...body].reduce((acc, ch, i) => acc + Number(ch) * weights[i], 0)
  const c9 = 11 - (sum % 11)
  const orgCode = body + (c9 === 10 ? 'X' : c9 === 11 ? '0' : String(c9))
  const first17 = `11${region6}${orgCode}`
  const total = [...first17].reduce((acc, ch, i) => acc + GB32100.indexOf(ch) * GB32100_WEIGHTS[i], 0)
  const check = (31 - (total % 31)) % 31
  return first17 + GB32100[check]
}

// Weekdays between 2025-01-06 and 2025-10-31, when guides were last revised (computed once).
const REVISION_DAYS: string[] = (() => {
  const days: string[] = []
  for (let t = Date.UTC(2025, 0, 6); t <= Date.UTC(2025, 9, 31); t += 86400000) {
    const d = new Date(t)
    if (d.getUTCDay() !== 0 && d.getUTCDay() !== 6) days.push(d.toISOString().slice(0, 10))
  }
  return days
})()

function updatedAt(h: number): string {
  const day = REVISION_DAYS[h % REVISION_DAYS.length]
  const hh = String(9 + ((h >>> 12) % 8)).padStart(2, '0')
  const mm = String(((h >>> 20) % 6) * 10).padStart(2, '0')
  return `${day}T${hh}:${mm}:00+08:00`
}

function dedupe(list: string[]): string[] {
  return [...new Set(list)]
}

// ---------------------------------------------------------------------------------------------
// One region.

interface Placed {
  spec: Spec
  dept: Department
  instant: boolean
  visits: number
  online: boolean
  palm: boolean
}

function eligible(spec: Spec, region6: string, isCity: boolean): boolean {
  if (isCity) return spec.lv !== 'x'
  if (spec.lv === 'c') return false
  return !spec.only || spec.only.includes(region6)
}

function selectItems(region: Region, byId: ReadonlyMap<string, Department>, isCity: boolean) {
  const region6 = region.code.slice(0, 6)
  const target = TARGETS[region6]
  if (!target) throw new Error(`catalogue: no target for region ${region.code}`)
  const { regular, bundles } = specs()
  const salt = hash32(region6)
  const withDept = (s: Spec) => {
    const dept = departmentFor(byId, region.code, s.dept)
    return dept && eligible(s, region6, isCity) ? { spec: s, dept } : null
  }
  const bundlePool = bundles.map(withDept).filter((x): x is { spec: Spec; dept: Department } => x !== null)
  const bundleCount = isCity ? CITY_BUNDLES : COUNTY_BUNDLES
  // 一业一证 bundles are always offered in the pilot regions that issue their 行业综合许可证.
  const pilot = (s: Spec) => !isCity && !!s.bundle?.lic && INDUSTRY_LICENSE_PILOTS.includes(region6)
  const chosenBundles = topBy(bundlePool, bundleCount, (x) => (pilot(x.spec) ? Infinity : sampleKey(mix(x.spec.h, salt, Purpose.Bundle), 1 + Math.log10(x.spec.pop + 1))))
  const pool = regular.map(withDept).filter((x): x is { spec: Spec; dept: Department } => x !== null)
  const wanted = target.items - chosenBundles.size
  if (pool.length < wanted) throw new Error(`catalogue: region ${region.name} has ${pool.length} items, needs ${wanted}`)
  const chosen = topBy(pool, wanted, (x) =>
    x.spec.common || x.spec.must ? Infinity : sampleKey(mix(x.spec.h, salt, Purpose.Select), (1 + Math.log10(x.spec.pop + 1)) / Math.sqrt(x.spec.family)),
  )
  const keep = (x: { spec: Spec }) => chosen.has(x as never) || chosenBundles.has(x as never)
  return [...pool, ...bundlePool].filter(keep)
}

function instantWeight(s: Spec): number {
  const byAction: Record<Action, number> = { cancel: 6, reissue: 6, change: 4, renew: 2.5, new: 1.2, other: 2 }
  const byType: Partial<Record<ItemType, number>> = { filing: 3, service: 3, levy: 3, confirm: 1.5, ruling: 0.2 }
  return byAction[s.action] * (byType[s.t] ?? 1) * (s.site ? 0.3 : 1) * (s.bundle ? 0.5 : 1)
}

function placeRegion(region: Region, byId: ReadonlyMap<string, Department>, isCity: boolean, crossSet: Set<string>, provSet: Set<string>): Placed[] {
  const region6 = region.code.slice(0, 6)
  const target = TARGETS[region6]
  const selected = selectItems(region, byId, isCity)
  const n = selected.length
  const salt = hash32(region6)
  const key = (s: Spec, what: Purpose) => mix(s.h, salt, what)

  // 即办件: fixed by the definitions where they say so, the rest chosen to reach the share.
  const forcedInstant = (s: Spec) => s.inst === true || Math.floor(s.legal * 0.35) < 1
  const forcedPromised = (s: Spec) => !forcedInstant(s) && s.inst === false
  const open = selected.filter((x) => !forcedInstant(x.spec) && !forcedPromised(x.spec))
  const forcedCount = selected.filter((x) => forcedInstant(x.spec)).length
  const instantOpen = topBy(open, Math.round(n * INSTANT_SHARE) - forcedCount, (x) => sampleKey(key(x.spec, Purpose.Instant), instantWeight(x.spec)))

  const placed: Placed[] = selected.map((x) => ({
    spec: x.spec,
    dept: x.dept,
    instant: forcedInstant(x.spec) || instantOpen.has(x),
    visits: x.spec.vis ?? 0,
    online: true,
    palm: false,
  }))

  // Offline items: rare, site-heavy approvals nobody applies for from a phone.
  const offlineCandidates = placed.filter((p) => !p.spec.common && !p.spec.bundle && !p.spec.palm && !p.spec.palmAlways && !p.spec.cross && !p.spec.prov)
  for (const p of topBy(offlineCandidates, target.offline, (p) => sampleKey(key(p.spec, Purpose.Offline), (p.spec.site ? 4 : 1) / (1 + Math.log10(p.spec.pop + 1))))) {
    p.online = false
    p.visits = Math.max(p.visits, 1)
  }

  // On-site visits: 90.03% zero-trip, 99.11% at most one trip (SPEC §2 seed figures).
  const zeroQuota = Math.round(n * ZERO_TRIP_SHARE)
  const zero = placed.filter((p) => p.visits === 0)
  const movable = zero.filter((p) => !p.spec.common && p.spec.vis === undefined)
  for (const p of topBy(movable, zero.length - zeroQuota, (p) => sampleKey(key(p.spec, Purpose.Visit), (p.spec.site ? 3 : 1) * (p.spec.t === 'permit' ? 2 : 1) * (p.instant ? 0.5 : 1)))) {
    p.visits = 1
  }
  const twoQuota = n - Math.round(n * AT_MOST_ONE_TRIP_SHARE)
  const twoNow = placed.filter((p) => p.visits >= 2).length
  const ones = placed.filter((p) => p.visits === 1 && !p.spec.common && p.spec.vis === undefined && !p.instant)
  for (const p of topBy(ones, twoQuota - twoNow, (p) => sampleKey(key(p.spec, Purpose.Visit2), p.online ? 1 : 3))) p.visits = 2

  // 掌上办.
  const palmQuota = isCity ? CITY_PALM : Math.round(n * COUNTY_PALM_SHARE)
  // Bundles are always palm: applying for every part in one go is what a 一件事 is for (issue 14).
  // So are items whose hand-written form is made for the phone (BaseDef.palmAlways, issue 18).
  const palmForced = placed.filter((p) => p.spec.common?.palm || ((p.spec.bundle || p.spec.palmAlways) && p.online))
  const palmOpen = placed.filter((p) => p.online && !p.spec.common && !p.spec.bundle && !p.spec.palmAlways)
  const palmWeight = (p: Placed) => (p.spec.palm ? 6 : 1) * (p.spec.aud === 'p' ? 1.5 : 1) * (1 + Math.log10(p.spec.pop + 1)) * (p.visits === 0 ? 1.5 : 0.5)
  for (const p of palmForced) p.palm = true
  for (const p of topBy(palmOpen, palmQuota - palmForced.length, (p) => sampleKey(key(p.spec, Purpose.Palm), palmWeight(p)))) p.palm = true

  // 跨省通办 / 省内通办 lists are drawn at the city and reused by name in the regions.
  if (isCity) {
    const pickList = (flag: (s: Spec) => boolean, count: number, what: Purpose, exclude: Set<string>) => {
      const forced = placed.filter((p) => p.spec.common && flag(p.spec))
      const open = placed.filter((p) => !p.spec.common && flag(p.spec) && !exclude.has(p.spec.name) && p.online)
      const chosen = topBy(open, count - forced.length, (p) => sampleKey(key(p.spec, what), 1 + Math.log10(p.spec.pop + 1)))
      return new Set([...forced, ...chosen].map((p) => p.spec.name))
    }
    pickList((s) => s.cross, CROSS_COUNT, Purpose.Cross, new Set()).forEach((name) => crossSet.add(name))
    pickList((s) => s.prov, PROV_COUNT, Purpose.Prov, crossSet).forEach((name) => provSet.add(name))
  }
  return placed
}

// ---------------------------------------------------------------------------------------------
// Guides.

function promisedLimit(legal: number, u: number): number {
  const max = Math.floor(legal * 0.35)
  const min = Math.max(1, Math.ceil(legal * 0.1))
  return min >= max ? max : min + Math.floor(u * (max - min + 1))
}

// Small shared objects: one per department, region and tag combination.
const deptRefs = new Map<string, { id: string; name: string }>()
const regionRefs = new Map<string, { code: string; name: string }>()
const tagSets = new Map<number, ItemTag[]>()
const locationLists = new Map<string, ServiceLocation[]>()

function deptRef(d: Department) {
  let ref = deptRefs.get(d.id)
  if (!ref) deptRefs.set(d.id, (ref = { id: d.id, name: d.name }))
  return ref
}

function regionRef(r: Region) {
  let ref = regionRefs.get(r.code)
  if (!ref) regionRefs.set(r.code, (ref = { code: r.code, name: r.name }))
  return ref
}

function tagList(flags: boolean[]): ItemTag[] {
  const mask = flags.reduce((m, on, i) => (on ? m | (1 << i) : m), 0)
  let tags = tagSets.get(mask)
  if (!tags) tagSets.set(mask, (tags = ITEM_TAGS.filter((_, i) => flags[i])))
  return tags
}

/** Departments whose 个人 items townships' 便民服务中心 also handle (就近办). */
const TOWNSHIP_KINDS = new Set<string>(['civil-affairs', 'human-resources', 'medical-security', 'health', 'disabled-persons', 'veterans'])
/** Departments whose instant palm items the 24-hour self-service kiosks handle. */
const KIOSK_KINDS = new Set<string>(['market-regulation', 'tax', 'housing-fund', 'human-resources', 'medical-security'])

/** Every hall that handles an item in its region (see SOURCE.md); lists are shared per combination. */
function locationList(halls: RegionHalls, regionCode: string, township: boolean, kiosk: boolean): ServiceLocation[] {
  const key = `${regionCode}|${township ? 1 : 0}${kiosk ? 1 : 0}`
  let list = locationLists.get(key)
  if (!list) {
    list = [halls.center, ...(kiosk ? [halls.selfService] : []), ...(township ? halls.townships : [])]
    locationLists.set(key, list)
  }
  return list
}

function bundleParts(spec: Spec): Spec[] {
  const { byName } = specs()
  return (spec.bundle?.parts ?? []).map((name) => byName.get(name)).filter((s): s is Spec => !!s)
}

/** The region-independent parts of a guide. */
interface GuideParts {
  process: ProcessStep[]
  aliases: string[]
  materials: Material[]
  conditions: string[]
  standards: string[]
  law: string[]
  fee: Fee
  result: { name: string; delivery: string[] }
}

// The same item in 14 regions shares these parts (and the objects): built once per combination of
// visits/online/instant, which keeps the whole build well under a second. Consumers must not
// mutate them.

function textContext(spec: Spec): T.TextContext {
  return {
    name: spec.name,
    aud: spec.aud,
    t: spec.t,
    action: spec.action,
    variant: spec.variant,
    bare: spec.bare,
    res: spec.res,
    site: spec.site,
    establish: spec.th.includes('l-establish') && spec.action === 'new',
  }
}

type StaticParts = Omit<GuideParts, 'process' | 'result'> & { resultName: string }

/** Materials, conditions, standards, law and fee: they depend only on whether visits are needed. */
function staticParts(spec: Spec, visits: number): StaticParts {
  const slot = visits > 0 ? 1 : 0
  const cached = spec.stat?.[slot]
  if (cached) return cached
  const ctx = textContext(spec)
  const g = spec.common
  let materialDefs: MaterialDef[]
  let rest: Omit<StaticParts, 'materials' | 'standards' | 'aliases'> & { standards: string[] | null }
  if (g) {
    materialDefs = g.materials
    rest = { conditions: g.conditions, standards: g.std, law: g.law, fee: g.fee, resultName: g.result.name }
  } else if (spec.bundle) {
    const members = bundleParts(spec)
    const seen = new Set<string>()
    materialDefs = [{ name: '“一件事”集成套餐联办申请表', source: '窗口提供，也可在线填写', note: '一张表单填报各部门所需信息，无需重复填写' }]
    for (const part of members) {
      for (const m of part.common ? part.common.materials : part.mats.map(T.resolveMaterial)) {
        if (seen.has(m.name) || /委托|申请表|申请书|登记表|备案表|审核表|申报表/.test(m.name)) continue
        seen.add(m.name)
        materialDefs.push(m)
      }
    }
    materialDefs = materialDefs.slice(0, 10)
    rest = {
      conditions: ['符合所含各单项事项的办理条件', `本“一件事”包含：${spec.bundle.parts.join('、')}`, '可选择全部或部分事项一并申请'],
      standards: ['所含各单项事项的审查标准均适用', '联办申请表填写完整，各部门所需信息齐全', '申请人身份或主体资格经核验真实有效'],
      law: dedupe([BUNDLE_LAW, ...members.flatMap((s) => s.law)]).slice(0, 6),
      fee: members.some((s) => s.fee || s.common?.fee.charged)
        ? { charged: true, description: '所含事项中依法收费的，按各事项收费标准收取，其余不收费', basis: null }
        : { charged: false, description: '不收费', basis: null },
      resultName: '所含各单项事项的办理结果（统一出件）',
    }
  } else {
    materialDefs = T.buildMaterialDefs(ctx, spec.mats, visits)
    rest = {
      conditions: T.buildConditions(ctx, spec.cond),
      standards: null,
      law: dedupe(spec.law),
      fee: spec.fee
        ? { charged: true, description: spec.fee[0], basis: spec.fee[1] }
        : { charged: false, description: '不收费', basis: spec.t === 'permit' ? FREE_PERMIT_BASIS : null },
      resultName: T.resultName(ctx),
    }
  }
  for (const m of materialDefs) T.checkELicense(m, spec.name)
  const materials = materialDefs.map((m) => T.toMaterial(m, spec.aud))
  const out: StaticParts = {
    ...rest,
    materials,
    standards: rest.standards ?? T.buildStandards(ctx, spec.std, materials),
    aliases: dedupe(spec.al.filter((a) => a !== spec.name)),
  }
  ;(spec.stat ??= [])[slot] = out
  return out
}

/** Result and steps: they depend on visits, online and instant (shared across regions). */
function flowParts(spec: Spec, p: Placed, stat: StaticParts): { result: GuideParts['result']; process: ProcessStep[] } {
  const slot = (p.visits > 0 ? 1 : 0) | (p.online ? 2 : 0) | (p.instant ? 4 : 0)
  let flow = spec.flow?.[slot]
  if (!flow) {
    const g = spec.common
    const delivery = g ? g.result.delivery : spec.bundle ? (p.online ? ['电子证照', '免费邮寄送达', '窗口领取'] : ['窗口领取']) : T.resultDelivery(textContext(spec), p.online)
    const result = g ? g.result : { name: stat.resultName, delivery }
    const process = g
      ? g.process
      : spec.bundle
        ? bundleProcess(spec.bundle, delivery)
        : T.buildProcess({ ctx: textContext(spec), instant: p.instant, online: p.online, visits: p.visits, delivery })
    flow = { result, process }
    ;(spec.flow ??= [])[slot] = flow
  }
  return flow
}

function bundleProcess(bundle: BundleDef, delivery: string[]): ProcessStep[] {
  return [
    { name: '一次告知', description: '通过“泉服务”小程序或行政服务中心“一件事”综合窗口了解办理条件和材料清单' },
    { name: '一表申请', description: '填写一张联办申请表，提交一套材料，系统自动分发至各相关部门' },
    { name: '并联办理', description: `${bundle.parts.join('、')}由相关部门同步审查办理` },
    { name: '统一出件', description: `各事项办结后统一出件：${delivery.join('、')}` },
  ]
}

const phones = new Map<string, string>()

const kindHashes = new Map<string, number>()

function buildItem(p: Placed, region: Region, halls: RegionHalls, salt: number, crossSet: Set<string>, provSet: Set<string>, themeIds: Set<string>): CatalogueItem {
  const { spec, dept } = p
  const region6 = region.code.slice(0, 6)
  let kindSalt = kindHashes.get(dept.kind)
  if (kindSalt === undefined) kindHashes.set(dept.kind, (kindSalt = hash32(dept.kind)))
  for (const th of spec.th) if (!themeIds.has(th)) throw new Error(`catalogue: ${spec.name} has unknown theme ${th}`)
  const g = spec.common
  const legal = spec.legal
  const promised = g ? g.promised : p.instant ? 0 : promisedLimit(legal, mix(spec.h, salt, Purpose.Promised))
  const stat = staticParts(spec, p.visits)
  const { result, process } = flowParts(spec, p, stat)
  const { materials, conditions, standards, law, fee, aliases } = stat

  const crossProvince = crossSet.has(spec.name)
  const inProvince = provSet.has(spec.name)
  const bundle = spec.bundle !== null
  // Same order as ITEM_TAGS.
  const tags = tagList([p.visits === 0, p.visits === 1, promised === 0, p.palm, crossProvince, inProvince, bundle])
  const popularity = Math.max(1, Math.round(spec.pop * TARGETS[region6].factor * (0.7 + 0.6 * mix(spec.h, salt, Purpose.Popularity))))
  const kindHash = mixInt(spec.h, kindSalt, 0)
  let phone = phones.get(dept.id)
  if (!phone) phones.set(dept.id, (phone = localPhone(region.code, dept.id)))

  return {
    id: `it-${region6}-${spec.tok}`,
    serviceId: `sv-${spec.tok}`,
    // Filled in once every region is built (linkImplementations).
    implementations: [],
    code: `${creditCode(dept.id, region6)}${TYPE_CODE[spec.t]}${kindHash.toString(36).toUpperCase().padStart(7, '0')}${(spec.h % 1296).toString(36).toUpperCase().padStart(2, '0')}`,
    name: spec.name,
    department: deptRef(dept),
    region: regionRef(region),
    audience: AUDIENCE[spec.aud],
    kind: promised === 0 ? 'instant' : 'promised',
    tags,
    themes: spec.th,
    promisedLimitDays: promised,
    visits: p.visits,
    legalLimitDays: legal,
    online: p.online,
    palm: p.palm,
    crossProvince,
    inProvince,
    bundle,
    conditions,
    fee,
    materials,
    process,
    locations: locationList(halls, region.code, spec.aud !== 'l' && TOWNSHIP_KINDS.has(dept.kind) && !spec.bundle, promised === 0 && p.palm && KIOSK_KINDS.has(dept.kind)),
    phone,
    complaintPhone: '12345',
    legalBasis: law,
    reviewStandards: standards,
    result,
    updatedAt: updatedAt(mixInt(spec.h, salt, Purpose.Revised)),
    aliases,
    popularity,
  }
}

/** The whole catalogue: the city's items first, then each service region's, in region order. */
export function buildCatalogue(regions: Region[], departments: Department[], themes: Theme[]): CatalogueItem[] {
  const byId = new Map(departments.map((d) => [d.id, d]))
  const deptOrder = new Map(departments.map((d, i) => [d.id, i]))
  const specOrder = new Map([...specs().regular, ...specs().bundles].map((s, i) => [s.name, i]))
  const themeIds = new Set(themes.map((t) => t.id))
  const city = regions.find((r) => r.level === 'city')
  if (!city) throw new Error('buildCatalogue: no city region')
  const counties = regions.filter((r) => r.level === 'county')
  const crossSet = new Set<string>()
  const provSet = new Set<string>()
  const townships = new Map<string, Region[]>()
  for (const r of regions) {
    if (r.level !== 'township' || r.parent === null) continue
    const list = townships.get(r.parent) ?? []
    list.push(r)
    townships.set(r.parent, list)
  }
  const items: CatalogueItem[] = []
  for (const region of [city, ...counties]) {
    const placed = placeRegion(region, byId, region === city, crossSet, provSet)
    // Department order, then definition order (numeric keys computed once per item).
    const sortKey = new Map(placed.map((p) => [p, (deptOrder.get(p.dept.id) ?? 0) * 100000 + (specOrder.get(p.spec.name) ?? 0)]))
    placed.sort((a, b) => (sortKey.get(a) ?? 0) - (sortKey.get(b) ?? 0))
    const ids = new Set<string>()
    const salt = hash32(region.code.slice(0, 6))
    const halls = regionHalls(region.code, region.name, region === city ? [] : (townships.get(region.code) ?? []))
    for (const p of placed) {
      const item = buildItem(p, region, halls, salt, crossSet, provSet, themeIds)
      if (ids.has(item.id)) throw new Error(`catalogue: id collision ${item.id}`)
      ids.add(item.id)
      items.push(item)
    }
  }
  linkImplementations(items)
  return items
}

/**
 * Every implementation of a service, in catalogue order (the city first, then SPEC §2's region
 * order): one array shared by all of them, for the guide's 选择办理地区.
 */
function linkImplementations(items: CatalogueItem[]): void {
  const byService = new Map<string, { id: string; region: { code: string; name: string } }[]>()
  for (const item of items) {
    const list = byService.get(item.serviceId)
    const entry = { id: item.id, region: item.region }
    if (list) list.push(entry)
    else byService.set(item.serviceId, [entry])
  }
  for (const item of items) item.implementations = byService.get(item.serviceId) ?? []
}

/** Pool sizes per region, for checking the definitions against the targets. */
export function poolSizes(regions: Region[], departments: Department[]): Record<string, number> {
  const byId = new Map(departments.map((d) => [d.id, d]))
  const out: Record<string, number> = {}
  for (const region of regions.filter((r) => r.level === 'city' || r.level === 'county')) {
    const region6 = region.code.slice(0, 6)
    const isCity = region.level === 'city'
    out[region.name] = specs().regular.filter((s) => departmentFor(byId, region.code, s.dept) && eligible(s, region6, isCity)).length
  }
  return out
}
