import type { Page } from '../../types/common'
import type { HighlightRange, ItemQuery, ItemSuggestion, ItemSummary, ItemTag, ServiceAvailability } from '../../types/service-item'
import { ITEM_TAGS } from '../../types/service-item'
import type { CatalogueItem } from '../seed/types'
import { LruCache } from './lru'
import { hasHan, isAllHan, isLatinLetters, splitTerms } from './normalize'
import { spellMixedTerm } from './pinyin'
import { INTENTS, intentOfName, readIntent, type Intent } from './intent'
import { DEFAULT_SYNONYMS, synonymVariants } from './synonyms'
import { TextTable, type Span, type TextEntry } from './text-table'

/** The searchable catalogue the `/items` routes answer from. */
export interface CatalogueIndex {
  /** Filters, ranks (best first), pages, highlights: every matching implementation. */
  search(query: ItemQuery): Page<ItemSummary>
  /**
   * The same, one result per service (the services of `GET /items`): each as the implementation
   * of the filtered region, else of `home`, else the city's, else the most used; with where the
   * service can be handled. Intent words (丢了, 注销 …) put the matching variants first.
   */
  searchServices(query: ItemQuery): Page<ItemSummary>
  /** The nearest region (by its 行政服务中心) to a point, for 所在地 from the phone's location. */
  nearestRegion(latitude: number, longitude: number): { code: string; name: string } | undefined
  /** Distinct item names matching what has been typed so far, best first. */
  suggest(q: string, limit?: number): ItemSuggestion[]
  /** The most used items, one per distinct name, preferring the region's own or city-level items. */
  hot(limit?: number, region?: string, home?: string): ItemSummary[]
  get(id: string): CatalogueItem | undefined
}

export interface CatalogueIndexOptions {
  /** Region code of city-level items (泉州市); `hot` falls back to them. Default 350500000000. */
  cityRegionCode?: string
  /** Colloquial fragment → official wordings; default DEFAULT_SYNONYMS. */
  synonyms?: Readonly<Record<string, readonly string[]>>
  /** How many query terms keep their match sets cached (typing repeats terms). 0 disables. Default 256. */
  termCacheSize?: number
}

/**
 * Match tiers, best first. An item's tier for a query is the weakest of its terms' tiers
 * (every term must match somewhere), so a match that needs a material to explain one term
 * ranks with the material matches. Popularity only orders items inside a tier.
 */
export const TIER = {
  exact: 0,
  namePrefix: 1,
  name: 2,
  /** The name holds the official wording of a colloquial fragment (synonyms.ts): 医保 → 医疗保障. */
  synonym: 3,
  /** An item alias (colloquial name) holds the term, or the term holds an alias. */
  alias: 4,
  /** The name by pinyin, initials, homophones, or the term's characters in order with small gaps. */
  pinyin: 5,
  /** An alias by pinyin or homophones (sbk → 社保卡): one step further from what was typed. */
  aliasPinyin: 6,
  department: 7,
  material: 8,
} as const

const NO_MATCH = 255
/** Scratch tier slots (SearchIndex.scratch): one per term being combined, one for lowest(), then one per alternative. */
const SLOT_TERM = 0
const SLOT_LOWEST = 1
const SLOT_ALTERNATIVES = 2
const TIER_COUNT = Object.keys(TIER).length
const DEFAULT_CITY = '350500000000'
const DEFAULT_PAGE_SIZE = 20
const MAX_PAGE_SIZE = 50
const DEFAULT_SUGGESTIONS = 10
const MAX_SUGGESTIONS = 20
const DEFAULT_HOT = 10
/** Shorter or longer Chinese terms gain nothing from matching scattered characters. */
const SCATTERED_MIN = 3
const SCATTERED_MAX = 12

/**
 * Where one query term matches, at the level of distinct texts (names, aliases, departments,
 * materials): a tier per text (NO_MATCH where it does not match) plus the list of matching ids.
 * Highlight spans are not kept here; they are recomputed for the few results on the page.
 */
interface TermHits {
  term: string
  /** Official wordings of colloquial fragments in the term (synonym table). */
  variants: string[]
  /** The term as pinyin letters, when it is (or contains) Latin letters; '' otherwise. */
  spelled: string
  nameTier: Uint8Array
  nameIds: number[]
  aliasTier: Uint8Array
  aliasIds: number[]
  departmentTier: Uint8Array
  departmentIds: number[]
  materialTier: Uint8Array
  materialIds: number[]
}

/** Builds the index once at startup; later calls only read it. */
export function createCatalogueIndex(items: CatalogueItem[], options: CatalogueIndexOptions = {}): CatalogueIndex {
  return new SearchIndex(items, options)
}

/** The public summary of an item: never aliases, popularity or guide details. */
export function toSummary(item: CatalogueItem): ItemSummary {
  return {
    id: item.id,
    code: item.code,
    name: item.name,
    serviceId: item.serviceId,
    department: { id: item.department.id, name: item.department.name },
    region: { code: item.region.code, name: item.region.name },
    audience: item.audience,
    kind: item.kind,
    tags: [...item.tags],
    themes: [...item.themes],
    promisedLimitDays: item.promisedLimitDays,
    visits: item.visits,
  }
}

const AUDIENCE_BITS = { personal: 1, legal: 2, both: 3 } as const

class SearchIndex implements CatalogueIndex {
  private readonly items: CatalogueItem[]
  private readonly byId = new Map<string, number>()
  private readonly cityRegion: string
  private readonly synonyms: Readonly<Record<string, readonly string[]>>
  private readonly termCache: LruCache<string, TermHits>

  private readonly names = new TextTable(true)
  private readonly aliases = new TextTable(true)
  private readonly departments = new TextTable(false)
  private readonly materials = new TextTable(false)

  // Per item (indexed like `items`).
  private readonly nameOf: Int32Array
  private readonly departmentOf: Int32Array
  private readonly aliasesOf: Int32Array[]
  private readonly materialsOf: Int32Array[]
  private readonly audienceOf: Uint8Array
  private readonly tagsOf: Uint8Array
  /** Items by popularity desc, then shorter name, then code, then id: the order inside a tier. */
  private readonly rankOrder: Int32Array
  /** Per item: its position in rankOrder (searchServices breaks ties by it when not walking in that order). */
  private readonly rankPosition: Int32Array
  private readonly rankOrderByRegion = new Map<string, Int32Array>()
  /** Scratch: the final tier of each rank position during one search (searches never overlap). */
  private readonly finalTiers: Uint8Array

  // Per distinct text: the items carrying it, in rank order.
  private readonly itemsOfName: Int32Array[]
  private readonly itemsOfAlias: Int32Array[]
  private readonly itemsOfDepartment: Int32Array[]
  private readonly itemsOfMaterial: Int32Array[]
  private readonly namesOfAlias: Int32Array[]
  /** Distinct names by total popularity of their items; orders suggestions and hot items. */
  private readonly nameRankOrder: Int32Array
  /** Per distinct name (= service): where it can be handled, and which intent its name serves. */
  private readonly availabilityOf: ServiceAvailability[]
  private readonly intentOf: Uint8Array
  /** Scratch of searchServices, per name: best tier and the implementation standing for it. */
  private readonly groupTier: Uint8Array
  private readonly groupItem: Int32Array
  /**
   * Scratch of searchServices, per name: 1 = typed exactly, 2 = an alias of it typed exactly,
   * 4 = a 一件事 bundle whose alias was typed exactly with its intent words (开饭店).
   */
  private readonly groupMark: Uint8Array
  /** Per name: 1 for a 一件事 bundle (a life event's services in one application). */
  private readonly bundleName: Uint8Array
  /**
   * Per service × region position (service * regionCodes.length + region): its most used
   * implementation there, -1 where it has none. Browsing picks each service's row from here
   * instead of walking all 22k implementations.
   */
  private readonly implementationIn: Int32Array
  /** Scratch per-item tier arrays, reused by every search (searches never overlap): GC was a large share. */
  private readonly tierScratch: Uint8Array[] = []
  private readonly regionCentres: { code: string; name: string; latitude: number; longitude: number }[] = []
  /** Per item: its region's position in regionCodes (a byte compare instead of a string compare per item). */
  private readonly regionOf: Uint8Array
  private readonly regionCodes: string[]

  constructor(items: CatalogueItem[], options: CatalogueIndexOptions) {
    this.items = items
    this.cityRegion = options.cityRegionCode ?? DEFAULT_CITY
    this.synonyms = options.synonyms ?? DEFAULT_SYNONYMS
    this.termCache = new LruCache(options.termCacheSize ?? 256)

    const count = items.length
    this.nameOf = new Int32Array(count)
    this.departmentOf = new Int32Array(count)
    this.aliasesOf = new Array<Int32Array>(count)
    this.materialsOf = new Array<Int32Array>(count)
    this.audienceOf = new Uint8Array(count)
    this.tagsOf = new Uint8Array(count)

    items.forEach((item, index) => {
      this.byId.set(item.id, index)
      this.nameOf[index] = this.names.intern(item.name)
      this.departmentOf[index] = this.departments.intern(item.department.name)
      this.aliasesOf[index] = internAll(this.aliases, item.aliases)
      this.materialsOf[index] = internAll(this.materials, item.materials.map((material) => material.name))
      this.audienceOf[index] = AUDIENCE_BITS[item.audience]
      this.tagsOf[index] = tagMask(item.tags)
    })

    const order = Array.from({ length: count }, (_, index) => index)
    order.sort((a, b) => compareItems(items[a], items[b]))
    this.rankOrder = Int32Array.from(order)
    this.rankPosition = new Int32Array(count)
    order.forEach((index, position) => {
      this.rankPosition[index] = position
    })
    this.finalTiers = new Uint8Array(count)

    const byRegion = new Map<string, number[]>()
    const ofName = buckets(this.names.size)
    const ofAlias = buckets(this.aliases.size)
    const ofDepartment = buckets(this.departments.size)
    const ofMaterial = buckets(this.materials.size)
    const namesOfAlias = Array.from({ length: this.aliases.size }, () => new Set<number>())
    const namePopularity = new Float64Array(this.names.size)
    for (const index of order) {
      const item = items[index]
      pushTo(byRegion, item.region.code, index)
      ofName[this.nameOf[index]].push(index)
      ofDepartment[this.departmentOf[index]].push(index)
      for (const alias of this.aliasesOf[index]) {
        ofAlias[alias].push(index)
        namesOfAlias[alias].add(this.nameOf[index])
      }
      for (const material of this.materialsOf[index]) ofMaterial[material].push(index)
      namePopularity[this.nameOf[index]] += Math.max(0, item.popularity)
    }
    for (const [region, list] of byRegion) this.rankOrderByRegion.set(region, Int32Array.from(list))
    this.itemsOfName = ofName.map((list) => Int32Array.from(list))
    this.itemsOfAlias = ofAlias.map((list) => Int32Array.from(list))
    this.itemsOfDepartment = ofDepartment.map((list) => Int32Array.from(list))
    this.itemsOfMaterial = ofMaterial.map((list) => Int32Array.from(list))
    this.namesOfAlias = namesOfAlias.map((set) => Int32Array.from(set))

    const nameOrder = Array.from({ length: this.names.size }, (_, id) => id)
    nameOrder.sort((a, b) => {
      const byPopularity = namePopularity[b] - namePopularity[a]
      if (byPopularity !== 0) return byPopularity
      const textA = this.names.entries[a].text
      const textB = this.names.entries[b].text
      if (textA.length !== textB.length) return textA.length - textB.length
      return textA < textB ? -1 : textA > textB ? 1 : 0
    })
    this.nameRankOrder = Int32Array.from(nameOrder)

    // Services: regions in catalogue order (the seed lists the city first, then SPEC §2's order).
    const regionOrder = new Map<string, { code: string; name: string }>()
    for (const item of items) {
      if (regionOrder.has(item.region.code)) continue
      regionOrder.set(item.region.code, item.region)
      const centre = item.locations.find((hall) => hall.kind === 'center') ?? item.locations[0]
      if (centre !== undefined) this.regionCentres.push({ ...item.region, latitude: centre.latitude, longitude: centre.longitude })
    }
    const rank = new Map([...regionOrder.keys()].map((code, i) => [code, i]))
    this.regionCodes = [...regionOrder.keys()]
    this.regionOf = Uint8Array.from(items, (item) => rank.get(item.region.code) ?? 0)
    const serviceRegions = [...regionOrder.keys()].filter((code) => code !== this.cityRegion).length
    this.availabilityOf = this.itemsOfName.map((list) => {
      const codes = [...new Set(Array.from(list, (index) => items[index].region.code))].sort((a, b) => (rank.get(a) ?? 0) - (rank.get(b) ?? 0))
      const regions = codes.map((code) => regionOrder.get(code) ?? { code, name: code })
      return { citywide: serviceRegions > 0 && codes.filter((code) => code !== this.cityRegion).length === serviceRegions, regions }
    })
    this.intentOf = Uint8Array.from(this.names.entries, (entry) => {
      const intent = intentOfName(entry.text)
      return intent === null ? 0 : INTENTS.indexOf(intent) + 1
    })
    this.groupTier = new Uint8Array(this.names.size)
    this.groupItem = new Int32Array(this.names.size)
    this.groupMark = new Uint8Array(this.names.size)
    this.bundleName = new Uint8Array(this.names.size)
    items.forEach((item, index) => {
      if (item.bundle) this.bundleName[this.nameOf[index]] = 1
    })
    const regionCount = this.regionCodes.length
    this.implementationIn = new Int32Array(this.names.size * regionCount).fill(-1)
    for (const index of this.rankOrder) {
      const slot = this.nameOf[index] * regionCount + this.regionOf[index]
      if (this.implementationIn[slot] < 0) this.implementationIn[slot] = index
    }
  }

  nearestRegion(latitude: number, longitude: number): { code: string; name: string } | undefined {
    let best: { code: string; name: string } | undefined
    let bestDistance = Infinity
    for (const centre of this.regionCentres) {
      // The city centre is not a region anyone lives in apart from its districts.
      if (centre.code === this.cityRegion) continue
      const dLat = centre.latitude - latitude
      const dLng = (centre.longitude - longitude) * Math.cos((latitude * Math.PI) / 180)
      const distance = dLat * dLat + dLng * dLng
      if (distance < bestDistance) {
        bestDistance = distance
        best = { code: centre.code, name: centre.name }
      }
    }
    return best
  }

  searchServices(query: ItemQuery): Page<ItemSummary> {
    const page = clampInt(query.page, 1, Number.MAX_SAFE_INTEGER, 1)
    const pageSize = clampInt(query.pageSize, 1, MAX_PAGE_SIZE, DEFAULT_PAGE_SIZE)
    const accepts = this.filterFor(query)
    const skip = (page - 1) * pageSize
    const terms = splitTerms(query.q ?? '')
    const wanted = query.region ?? query.home
    const groupTier = this.groupTier
    const groupItem = this.groupItem
    groupTier.fill(NO_MATCH)
    const items = this.items
    // Which implementation stands for a service: the wanted region's, else the city's, else the
    // most used (rankOrder is most used first, so the first seen of a preference wins).
    const wantedRegion = wanted === undefined ? -1 : this.regionCodes.indexOf(wanted)
    const cityRegion = this.regionCodes.indexOf(this.cityRegion)
    const regionOf = this.regionOf
    const nameOf = this.nameOf

    if (terms.length === 0) {
      const pageItems: ItemSummary[] = []
      let total = 0
      if (accepts === null || onlyRegionFilter(query)) {
        // No filter but the region: each service's row comes straight from implementationIn.
        const regionCount = this.regionCodes.length
        const implementationIn = this.implementationIn
        const filtered = query.region !== undefined
        for (const service of this.nameRankOrder) {
          let index = -1
          if (filtered) {
            if (wantedRegion >= 0) index = implementationIn[service * regionCount + wantedRegion]
          } else {
            if (wantedRegion >= 0) index = implementationIn[service * regionCount + wantedRegion]
            if (index < 0 && cityRegion >= 0) index = implementationIn[service * regionCount + cityRegion]
            if (index < 0) index = this.itemsOfName[service][0] ?? -1
          }
          if (index < 0) continue
          if (total >= skip && pageItems.length < pageSize) pageItems.push(this.withAvailability(toSummary(items[index]), service))
          total++
        }
        return { items: pageItems, total, page, pageSize }
      }
      for (let position = 0; position < this.rankOrder.length; position++) {
        const index = this.rankOrder[position]
        if (!accepts(index)) continue
        const service = nameOf[index]
        const region = regionOf[index]
        const current = groupTier[service]
        if (current === NO_MATCH) {
          groupTier[service] = 0
          groupItem[service] = index
        } else if (region !== regionOf[groupItem[service]] && preferenceOf(region, wantedRegion, cityRegion) < preferenceOf(regionOf[groupItem[service]], wantedRegion, cityRegion)) {
          groupItem[service] = index
        }
      }
      for (const service of this.nameRankOrder) {
        if (groupTier[service] === NO_MATCH) continue
        if (total >= skip && pageItems.length < pageSize) pageItems.push(this.withAvailability(toSummary(items[groupItem[service]]), service))
        total++
      }
      return { items: pageItems, total, page, pageSize }
    }

    const read = readIntent(terms)
    const alternatives = this.alternativesFor(terms)
    if (read !== null) alternatives.push(...this.alternativesFor(read.terms))
    // First by name and alias only: department and material matches (身份证 is a material of most
    // implementations) are a fallback, needed only when nothing matches by name or alias, or for an
    // implementation of a service whose alias was typed (promoted below; fixed up after the pass).
    let light = true
    let tiers = alternatives.map((alternative, slot) => this.itemTiers(alternative, slot, light))
    // The best over alternatives, read per candidate (lowest() would walk all 22k implementations).
    const tierOf = (index: number): number => {
      let tier = tiers[0][index]
      for (let k = 1; k < tiers.length; k++) if (tiers[k][index] < tier) tier = tiers[k][index]
      return tier
    }
    const exact = [...this.names.idsWithNorm(terms.join('')), ...(read ? this.names.idsWithNorm(read.terms.join('')) : [])]
    // A colloquial name typed whole (营业执照, 低保, 社保卡) names its service as well as a name prefix
    // does. With an intent, only what is left without the intent words counts: 开饭店 is 开 + 饭店, a
    // restaurant's 食品经营许可 (synonyms.ts) before the 个体工商户 whose alias it also is.
    // Marked per service so the per-implementation loop below does one byte read, not a list/Set lookup.
    const mark = this.groupMark
    mark.fill(0)
    for (const service of exact) mark[service] |= 1
    for (const aliasId of this.aliases.idsWithNorm(read ? read.terms.join('') : terms.join(''))) {
      for (const service of this.namesOfAlias[aliasId]) mark[service] |= 2
    }
    // A life event typed as a bundle's colloquial name keeps its intent words: 开饭店 names the
    // 开餐饮店 bundle as a whole (not just 饭店), so the bundle comes first (issue 14).
    if (read !== null) {
      for (const aliasId of this.aliases.idsWithNorm(terms.join(''))) {
        for (const service of this.namesOfAlias[aliasId]) if (this.bundleName[service] === 1) mark[service] |= 4
      }
    }
    // A region filter only ever accepts that region's implementations: walk just those (same rank order).
    const order = query.region === undefined ? this.rankOrder : this.rankOrderByRegion.get(query.region) ?? NONE
    const rankPosition = this.rankPosition
    const consider = (index: number, tier: number): void => {
      const service = nameOf[index]
      const marked = mark[service]
      if (tier <= TIER.name && (marked & 1) !== 0) tier = TIER.exact
      else if (tier > TIER.namePrefix && (marked & 2) !== 0) tier = TIER.namePrefix
      const current = groupTier[service]
      if (tier > current) return
      if (tier === current) {
        // Same tier: the better region, then the most used (what a walk in rank order keeps first).
        const held = groupItem[service]
        const preference = preferenceOf(regionOf[index], wantedRegion, cityRegion)
        const heldPreference = preferenceOf(regionOf[held], wantedRegion, cityRegion)
        if (preference > heldPreference || (preference === heldPreference && rankPosition[index] >= rankPosition[held])) return
      }
      groupTier[service] = tier
      groupItem[service] = index
    }
    // Only implementations the first term of a reading matches by name or alias can match it at all:
    // walk those instead of all 22k (consider() breaks ties by rank position, so order does not matter;
    // one seen twice changes nothing).
    let found = false
    const filteredRegion = query.region !== undefined
    const visit = (list: Int32Array): void => {
      for (let k = 0; k < list.length; k++) {
        const index = list[k]
        if (filteredRegion && regionOf[index] !== wantedRegion) continue
        const tier = tierOf(index)
        if (tier === NO_MATCH || (accepts !== null && !accepts(index))) continue
        found = true
        consider(index, tier)
      }
    }
    for (const alternative of alternatives) {
      const first = alternative[0]
      for (const nameId of first.nameIds) visit(this.itemsOfName[nameId])
      for (const aliasId of first.aliasIds) visit(this.itemsOfAlias[aliasId])
    }
    if (!found) {
      // Nothing by name or alias: the department and material matches are the answer.
      light = false
      tiers = alternatives.map((alternative, slot) => this.itemTiers(alternative, slot, light))
      const best = this.lowest(tiers)
      for (let position = 0; position < order.length; position++) {
        const index = order[position]
        const tier = best[index]
        if (tier === NO_MATCH || (accepts !== null && !accepts(index))) continue
        consider(index, tier)
      }
    } else {
      // An implementation matched only by department or material still stands for a service whose
      // alias was typed (it is promoted to namePrefix): find those, and give them their real tiers
      // (describe() reads them).
      for (let service = 0; service < mark.length; service++) {
        if ((mark[service] & 2) === 0) continue
        for (const index of this.itemsOfName[service]) {
          if (tierOf(index) !== NO_MATCH) continue
          if (filteredRegion && regionOf[index] !== wantedRegion) continue
          if (accepts !== null && !accepts(index)) continue
          let lowestTier = NO_MATCH
          alternatives.forEach((alternative, k) => {
            const tier = this.alternativeTierOf(alternative, index)
            tiers[k][index] = tier
            if (tier < lowestTier) lowestTier = tier
          })
          if (lowestTier === NO_MATCH) continue
          consider(index, lowestTier)
        }
      }
    }

    // Order: with an intent, the variants that serve it first among the services named outright
    // (tiers up to alias); otherwise (and after them) by tier. Popularity of the service inside.
    const wantedIntent = read === null ? 0 : INTENTS.indexOf(read.intent as Intent) + 1
    const INTENT_SPAN = TIER.alias + 1
    const keyOf = (service: number): number => {
      const tier = groupTier[service]
      if (wantedIntent === 0) return tier
      if (tier > TIER.alias) return 2 * INTENT_SPAN + tier
      return (this.intentOf[service] === wantedIntent ? 0 : INTENT_SPAN) + tier
    }
    const buckets: number[][] = []
    let strongest = NO_MATCH
    for (const service of this.nameRankOrder) {
      const tier = groupTier[service]
      if (tier === NO_MATCH) continue
      if (tier < strongest) strongest = tier
      const key = keyOf(service)
      ;(buckets[key] ??= []).push(service)
    }
    // Department and material matches are a fallback, as in search().
    const ordered: number[] = []
    for (const bucket of buckets) {
      if (bucket === undefined) continue
      for (const service of bucket) if (strongest >= TIER.department || groupTier[service] < TIER.department) ordered.push(service)
    }
    const ranked = this.lifeEventsFirst(ordered, wantedIntent !== 0)
    const pageItems = ranked
      .slice(skip, skip + pageSize)
      .map((service) => this.withAvailability(this.describe(groupItem[service], alternatives, tiers, exact), service))
    return { items: pageItems, total: ordered.length, page, pageSize }
  }

  /**
   * A 一件事 bundle whose colloquial name was typed (开饭店, 宝宝出生, 退休, 办后事, 卖房) comes before the
   * single items (issue 14): the life event is what the person asked about, and the bundle does all
   * of it at once. With an intent (开饭店 = 开 + 饭店, issue 13) the single item ranked first for it
   * (食品经营许可（新办）) comes right after the bundle, before the rest. Without such a bundle the order
   * is untouched.
   */
  private lifeEventsFirst(ordered: number[], withIntent: boolean): number[] {
    const mark = this.groupMark
    const tiers = this.groupTier
    const isBundle = this.bundleName
    const promoted = (service: number) => isBundle[service] === 1 && (mark[service] & 6) !== 0 && tiers[service] <= TIER.alias
    if (!ordered.some(promoted)) return ordered
    const named = withIntent && isBundle[ordered[0]] === 0 ? [ordered[0]] : []
    const events = ordered.filter(promoted)
    return [...events, ...named, ...ordered.filter((service) => !events.includes(service) && !named.includes(service))]
  }

  private withAvailability(summary: ItemSummary, service: number): ItemSummary {
    summary.availability = this.availabilityOf[service]
    return summary
  }

  get(id: string): CatalogueItem | undefined {
    const index = this.byId.get(id)
    return index === undefined ? undefined : this.items[index]
  }

  search(query: ItemQuery): Page<ItemSummary> {
    const page = clampInt(query.page, 1, Number.MAX_SAFE_INTEGER, 1)
    const pageSize = clampInt(query.pageSize, 1, MAX_PAGE_SIZE, DEFAULT_PAGE_SIZE)
    const accepts = this.filterFor(query)
    const skip = (page - 1) * pageSize
    const terms = splitTerms(query.q ?? '')

    if (terms.length === 0) {
      // Browsing without a query: the filtered catalogue, most used first.
      const order = query.region === undefined ? this.rankOrder : this.rankOrderByRegion.get(query.region)
      const pageItems: ItemSummary[] = []
      let total = 0
      if (order !== undefined) {
        for (let position = 0; position < order.length; position++) {
          const index = order[position]
          if (accepts !== null && !accepts(index)) continue
          if (total >= skip && pageItems.length < pageSize) pageItems.push(toSummary(this.items[index]))
          total++
        }
      }
      return { items: pageItems, total, page, pageSize }
    }

    const alternatives = this.alternativesFor(terms)
    const tiers = alternatives.map((alternative, slot) => this.itemTiers(alternative, slot))
    const best = this.lowest(tiers)
    const exact = this.names.idsWithNorm(terms.join(''))
    // One pass records each item's final tier (by rank position) and counts the tiers; the page
    // is then read from the tiers it overlaps. Materializing every match would cost more than the
    // matching itself on broad queries (身份证 is a material of most items).
    const rankOrder = this.rankOrder
    const final = this.finalTiers
    const counts = new Int32Array(TIER_COUNT)
    for (let position = 0; position < rankOrder.length; position++) {
      const index = rankOrder[position]
      let tier = best[index]
      if (tier !== NO_MATCH && accepts !== null && !accepts(index)) tier = NO_MATCH
      if (tier <= TIER.name && exact.includes(this.nameOf[index])) tier = TIER.exact
      final[position] = tier
      if (tier !== NO_MATCH) counts[tier]++
    }

    // Department and material matches are a fallback: 身份证 is a material of most items, and a
    // resident who typed it wants the 身份证 items, not "共 19,916 项". They are listed only when
    // nothing matches by name or alias.
    let tierLimit = TIER_COUNT
    for (let tier = 0; tier < TIER.department; tier++) {
      if (counts[tier] > 0) {
        tierLimit = TIER.department
        counts[TIER.department] = 0
        counts[TIER.material] = 0
        break
      }
    }

    const pageItems: ItemSummary[] = []
    let tierStart = 0
    for (let tier = 0; tier < tierLimit && pageItems.length < pageSize; tier++) {
      const tierEnd = tierStart + counts[tier]
      if (tierEnd > skip) {
        let seen = tierStart
        for (let position = 0; position < rankOrder.length && pageItems.length < pageSize; position++) {
          if (final[position] !== tier) continue
          if (seen >= skip) pageItems.push(this.describe(rankOrder[position], alternatives, tiers, exact))
          seen++
        }
      }
      tierStart = tierEnd
    }
    let total = 0
    for (const count of counts) total += count
    return { items: pageItems, total, page, pageSize }
  }

  suggest(q: string, limit: number = DEFAULT_SUGGESTIONS): ItemSuggestion[] {
    const terms = splitTerms(q)
    if (terms.length === 0) return []
    const wanted = clampInt(limit, 1, MAX_SUGGESTIONS, DEFAULT_SUGGESTIONS)
    const alternatives = this.alternativesFor(terms)
    const tiers = alternatives.map((alternative) => this.nameTiers(alternative))
    const best = lowest(tiers)
    const exact = this.names.idsWithNorm(terms.join(''))
    // Suggestions are names, so department and material matches (which say nothing about the name) never qualify.
    const tierBuckets: number[][] = Array.from({ length: TIER.aliasPinyin + 1 }, () => [])
    const nameRankOrder = this.nameRankOrder
    for (let position = 0; position < nameRankOrder.length; position++) {
      const nameId = nameRankOrder[position]
      let tier = best[nameId]
      if (tier > TIER.aliasPinyin) continue
      if (tier <= TIER.name && exact.includes(nameId)) tier = TIER.exact
      tierBuckets[tier].push(nameId)
      if (tier === TIER.exact && tierBuckets[TIER.exact].length >= wanted) break
    }
    const suggestions: ItemSuggestion[] = []
    for (const bucket of tierBuckets) {
      for (const nameId of bucket) {
        if (suggestions.length === wanted) return suggestions
        const entry = this.names.entries[nameId]
        const highlights = exact.includes(nameId)
          ? [[0, entry.text.length] as HighlightRange]
          : toHighlights(entry, this.bestNameSpans(nameId, alternatives, tiers))
        suggestions.push({ text: entry.text, highlights })
      }
    }
    return suggestions
  }

  hot(limit: number = DEFAULT_HOT, region?: string, home?: string): ItemSummary[] {
    const wanted = clampInt(limit, 1, MAX_PAGE_SIZE, DEFAULT_HOT)
    const hot: ItemSummary[] = []
    for (const nameId of this.nameRankOrder) {
      // 所在地 picks the implementation but, unlike the region filter, hides nothing.
      const index = region === undefined && home !== undefined ? this.representative(nameId, home, true) : this.representative(nameId, region)
      if (index < 0) continue
      hot.push(this.withAvailability(toSummary(this.items[index]), nameId))
      if (hot.length === wanted) break
    }
    return hot
  }

  /**
   * The item that stands for a name: the region's own, else the city-level one. Without a region,
   * the city-level one, else the most used. A name offered neither in the region nor by the city
   * is left out, because a resident cannot apply for it there.
   */
  private representative(nameId: number, region: string | undefined, anywhere = false): number {
    const candidates = this.itemsOfName[nameId]
    let city = -1
    for (const index of candidates) {
      const code = this.items[index].region.code
      if (region !== undefined && code === region) return index
      if (code === this.cityRegion && city < 0) city = index
    }
    if (city >= 0) return city
    return (region === undefined || anywhere) && candidates.length > 0 ? candidates[0] : -1
  }

  /**
   * The ways to read the terms. Space-separated pinyin ("shen fen zheng") is one word typed in
   * syllables, so the joined spelling is tried first; only when it matches nothing are the
   * syllables AND-ed as separate terms (which would otherwise flood results with names that
   * merely contain those syllables somewhere).
   */
  private alternativesFor(terms: string[]): TermHits[][] {
    if (terms.length > 1 && terms.every(isLatinLetters)) {
      const joined = this.hitsFor(terms.join(''))
      if (joined.nameIds.length > 0 || joined.aliasIds.length > 0) return [[joined]]
    }
    return [terms.map((term) => this.hitsFor(term))]
  }

  private hitsFor(term: string): TermHits {
    const cached = this.termCache.get(term)
    if (cached !== undefined) return cached
    const allHan = isAllHan(term)
    // Some keyboards type ü itself; pinyin here spells it v.
    const latin = term.replace(/ü/g, 'v')
    const hits: TermHits = {
      term,
      variants: synonymVariants(term, this.synonyms),
      spelled: allHan ? '' : isLatinLetters(latin) ? latin : hasHan(term) ? spellMixedTerm(term) : '',
      nameTier: new Uint8Array(this.names.size).fill(NO_MATCH),
      nameIds: [],
      aliasTier: new Uint8Array(this.aliases.size).fill(NO_MATCH),
      aliasIds: [],
      departmentTier: new Uint8Array(this.departments.size).fill(NO_MATCH),
      departmentIds: [],
      materialTier: new Uint8Array(this.materials.size).fill(NO_MATCH),
      materialIds: [],
    }
    const name = (tier: number) => (id: number): void => record(hits.nameTier, hits.nameIds, id, tier)
    const alias = (tier: number) => (id: number): void => record(hits.aliasTier, hits.aliasIds, id, tier)
    const department = (id: number): void => record(hits.departmentTier, hits.departmentIds, id, TIER.department)
    const material = (id: number): void => record(hits.materialTier, hits.materialIds, id, TIER.material)

    this.names.findLiteral(term, (id, start) => record(hits.nameTier, hits.nameIds, id, start === 0 ? TIER.namePrefix : TIER.name))
    this.aliases.findLiteral(term, alias(TIER.alias))
    this.departments.findLiteral(term, department)
    this.materials.findLiteral(term, material)
    for (const variant of hits.variants) {
      this.names.findLiteral(variant, name(TIER.synonym))
      this.aliases.findLiteral(variant, alias(TIER.alias))
      this.departments.findLiteral(variant, department)
      this.materials.findLiteral(variant, material)
    }
    if (hasHan(term)) {
      this.names.findContainedIn(term, name(TIER.name))
      this.aliases.findContainedIn(term, alias(TIER.alias))
    }
    if (allHan) {
      const length = Array.from(term).length
      if (length >= 2) {
        // Two syllables alone match too much by sound (犬只 ~ 商标专用权质权登记's 权质); a two-character
        // typo such as 户藉 still keeps one of its characters, so require that.
        const plausible = (text: string): boolean => length > 2 || Array.from(term).some((char) => text.includes(char))
        this.names.findHomophone(term, (id) => {
          if (plausible(this.names.entries[id].text)) name(TIER.pinyin)(id)
        })
        this.aliases.findHomophone(term, (id) => {
          if (plausible(this.aliases.entries[id].text)) alias(TIER.aliasPinyin)(id)
        })
      }
      if (length >= SCATTERED_MIN && length <= SCATTERED_MAX) this.names.findScattered(term, name(TIER.pinyin))
    } else if (hits.spelled.length > 0) {
      this.names.findPinyin(hits.spelled, name(TIER.pinyin))
      this.aliases.findPinyin(hits.spelled, alias(TIER.aliasPinyin))
    }
    this.termCache.set(term, hits)
    return hits
  }

  /** Which characters of name `nameId` made the term match (recomputed for displayed results only). */
  private nameSpans(hits: TermHits, nameId: number): Span[] {
    const names = this.names
    const tier = hits.nameTier[nameId]
    if (tier === TIER.namePrefix || tier === TIER.name) {
      // Not inside the name: the whole name was inside the term.
      return [names.literalSpan(nameId, hits.term) ?? [0, names.entries[nameId].chars.length]]
    }
    if (tier === TIER.synonym) {
      for (const variant of hits.variants) {
        const span = names.literalSpan(nameId, variant)
        if (span !== null) return [span]
      }
    }
    if (tier === TIER.pinyin) {
      if (hits.spelled.length > 0) return optional(names.pinyinSpan(nameId, hits.spelled))
      const span = names.homophoneSpan(nameId, hits.term)
      if (span !== null) return [span]
      return names.scatteredSpans(nameId, hits.term) ?? []
    }
    return []
  }

  /**
   * Scratch per-item tier array `slot` (SLOT_TERM, SLOT_LOWEST, SLOT_ALTERNATIVES + k). Valid until the
   * next search: callers use it within one synchronous call.
   */
  private scratch(slot: number): Uint8Array {
    let tiers = this.tierScratch[slot]
    if (tiers === undefined) {
      tiers = new Uint8Array(this.items.length)
      this.tierScratch[slot] = tiers
    }
    return tiers
  }

  /** Per item: the best tier over the alternative readings of the query. */
  private lowest(tiers: Uint8Array[]): Uint8Array {
    if (tiers.length === 1) return tiers[0]
    const best = this.scratch(SLOT_LOWEST)
    best.set(tiers[0])
    for (let k = 1; k < tiers.length; k++) {
      const other = tiers[k]
      for (let i = 0; i < best.length; i++) if (other[i] < best[i]) best[i] = other[i]
    }
    return best
  }

  /** Best tier of every item for one term; NO_MATCH where the term matches nothing of the item. */
  private termTiers(hits: TermHits, first: boolean, tiers: Uint8Array, light = false): Uint8Array {
    tiers.fill(NO_MATCH)
    const lower = (list: Int32Array, tier: number): void => {
      for (let k = 0; k < list.length; k++) if (tier < tiers[list[k]]) tiers[list[k]] = tier
    }
    if (!light) {
      for (const id of hits.materialIds) lower(this.itemsOfMaterial[id], TIER.material)
      for (const id of hits.departmentIds) lower(this.itemsOfDepartment[id], TIER.department)
    }
    for (const id of hits.aliasIds) lower(this.itemsOfAlias[id], hits.aliasTier[id])
    for (const id of hits.nameIds) lower(this.itemsOfName[id], nameTier(hits.nameTier[id], first))
    return tiers
  }

  /** itemTiers for one item (every kind of match), as termTiers would give it. */
  private alternativeTierOf(alternative: TermHits[], index: number): number {
    let weakest = 0
    alternative.forEach((hits, k) => {
      let tier = NO_MATCH
      const byName = hits.nameTier[this.nameOf[index]]
      if (byName !== NO_MATCH) tier = nameTier(byName, k === 0)
      for (const aliasId of this.aliasesOf[index]) if (hits.aliasTier[aliasId] < tier) tier = hits.aliasTier[aliasId]
      if (tier > TIER.department && hits.departmentTier[this.departmentOf[index]] !== NO_MATCH) tier = TIER.department
      if (tier > TIER.material) {
        for (const materialId of this.materialsOf[index]) {
          if (hits.materialTier[materialId] !== NO_MATCH) {
            tier = TIER.material
            break
          }
        }
      }
      if (tier > weakest) weakest = tier
    })
    return weakest
  }

  /** Tier of every item for all terms of one alternative: the weakest term decides. */
  private itemTiers(alternative: TermHits[], slot: number, light = false): Uint8Array {
    const combined = this.termTiers(alternative[0], true, this.scratch(SLOT_ALTERNATIVES + slot), light)
    for (let k = 1; k < alternative.length; k++) {
      const next = this.termTiers(alternative[k], false, this.scratch(SLOT_TERM), light)
      for (let index = 0; index < combined.length; index++) if (next[index] > combined[index]) combined[index] = next[index]
    }
    return combined
  }

  /** The same as itemTiers, for distinct names (suggestions): only name and alias matches count. */
  private nameTiers(alternative: TermHits[]): Uint8Array {
    let combined: Uint8Array | null = null
    alternative.forEach((hits, k) => {
      const tiers = new Uint8Array(this.names.size).fill(NO_MATCH)
      for (const aliasId of hits.aliasIds) {
        const tier = hits.aliasTier[aliasId]
        for (const nameId of this.namesOfAlias[aliasId]) if (tier < tiers[nameId]) tiers[nameId] = tier
      }
      for (const nameId of hits.nameIds) {
        const tier = nameTier(hits.nameTier[nameId], k === 0)
        if (tier < tiers[nameId]) tiers[nameId] = tier
      }
      if (combined === null) combined = tiers
      else for (let id = 0; id < tiers.length; id++) if (tiers[id] > combined[id]) combined[id] = tiers[id]
    })
    return combined ?? new Uint8Array(this.names.size).fill(NO_MATCH)
  }

  /** Name spans of the alternative that ranked this name best. */
  private bestNameSpans(nameId: number, alternatives: TermHits[][], tiers: Uint8Array[]): Span[] {
    const spans: Span[] = []
    for (const hits of alternatives[bestAlternative(tiers, nameId)]) {
      if (hits.nameTier[nameId] !== NO_MATCH) spans.push(...this.nameSpans(hits, nameId))
    }
    return spans
  }

  /** The summary of a result, with what matched: name highlights, or a reason for other matches. */
  private describe(index: number, alternatives: TermHits[][], tiers: Uint8Array[], exact: readonly number[]): ItemSummary {
    const item = this.items[index]
    const summary = toSummary(item)
    const nameId = this.nameOf[index]
    const entry = this.names.entries[nameId]
    if (exact.includes(nameId) && bestTier(tiers, index) <= TIER.name) {
      summary.highlights = [[0, item.name.length]]
      return summary
    }
    const spans: Span[] = []
    const reasons: string[] = []
    alternatives[bestAlternative(tiers, index)].forEach((hits, k) => {
      const byName = hits.nameTier[nameId]
      let best = byName === NO_MATCH ? NO_MATCH : nameTier(byName, k === 0)
      let reason: string | null = null
      for (const aliasId of this.aliasesOf[index]) {
        const tier = hits.aliasTier[aliasId]
        // On a tie, the alias that is exactly what was typed explains the match best (营业执照, not 办营业执照).
        const exactAlias = tier !== NO_MATCH && tier === best && reason !== null && this.aliases.entries[aliasId].norm === hits.term
        if (tier < best || exactAlias) {
          best = hits.aliasTier[aliasId]
          reason = `常用名：${this.aliases.entries[aliasId].text}`
        }
      }
      if (best > TIER.department && hits.departmentTier[this.departmentOf[index]] !== NO_MATCH) {
        best = TIER.department
        reason = `部门：${item.department.name}`
      }
      if (best > TIER.material) {
        for (const materialId of this.materialsOf[index]) {
          if (hits.materialTier[materialId] !== NO_MATCH) {
            reason = `材料：${this.materials.entries[materialId].text}`
            break
          }
        }
      }
      if (reason === null) spans.push(...this.nameSpans(hits, nameId))
      else if (!reasons.includes(reason)) reasons.push(reason)
    })
    summary.highlights = toHighlights(entry, spans)
    if (reasons.length > 0) summary.matchedBy = reasons.join('；')
    return summary
  }

  /** The filter of a query; null when it filters nothing (the common case skips the call). */
  private filterFor(query: ItemQuery): ((index: number) => boolean) | null {
    const { region, department, audience, theme } = query
    if (region === undefined && department === undefined && audience === undefined && theme === undefined && (query.tags === undefined || query.tags.length === 0)) {
      return null
    }
    const wantedTags = query.tags !== undefined && query.tags.length > 0 ? tagMask(query.tags) : 0
    // A tag this index does not know can never be present: nothing matches.
    const impossible = wantedTags < 0
    const audienceBit = audience === undefined ? 0 : AUDIENCE_BITS[audience]
    const items = this.items
    // Byte compare of region positions instead of a string compare per item; -1 (unknown region) matches nothing.
    const regionIndex = region === undefined ? -2 : this.regionCodes.indexOf(region)
    return (index) => {
      if (impossible) return false
      const item = items[index]
      if (regionIndex !== -2 && this.regionOf[index] !== regionIndex) return false
      if (department !== undefined && item.department.id !== department) return false
      if (audienceBit !== 0 && (this.audienceOf[index] & audienceBit) === 0) return false
      if (wantedTags !== 0 && (this.tagsOf[index] & wantedTags) !== wantedTags) return false
      if (theme !== undefined && !item.themes.includes(theme)) return false
      return true
    }
  }
}

/** The route validates numbers; this only keeps a direct caller's NaN or 0 from breaking paging. */
function clampInt(value: number | undefined, min: number, max: number, fallback: number): number {
  if (value === undefined || !Number.isFinite(value)) return fallback
  return Math.min(max, Math.max(min, Math.floor(value)))
}

/** How well an implementation's region fits: 0 the wanted region, 1 the city, 2 elsewhere. */
function preferenceOf(region: number, wantedRegion: number, cityRegion: number): number {
  return region === wantedRegion ? 0 : region === cityRegion ? 1 : 2
}

/** Whether the region is the query's only filter (browsing then needs no per-implementation walk). */
function onlyRegionFilter(query: ItemQuery): boolean {
  return query.department === undefined && query.audience === undefined && query.theme === undefined && (query.tags === undefined || query.tags.length === 0)
}

function nameTier(tier: number, firstTerm: boolean): number {
  // Only the first term can make a name-prefix match; later terms merely occur in the name.
  return tier === TIER.namePrefix && !firstTerm ? TIER.name : tier
}

function record(tiers: Uint8Array, ids: number[], id: number, tier: number): void {
  if (tiers[id] === NO_MATCH) ids.push(id)
  if (tier < tiers[id]) tiers[id] = tier
}

function optional(span: Span | null): Span[] {
  return span === null ? [] : [span]
}

/** Per name: the best tier over the alternative readings of the query (suggestions). */
function lowest(tiers: Uint8Array[]): Uint8Array {
  if (tiers.length === 1) return tiers[0]
  const best = Uint8Array.from(tiers[0])
  for (let k = 1; k < tiers.length; k++) {
    const other = tiers[k]
    for (let i = 0; i < best.length; i++) if (other[i] < best[i]) best[i] = other[i]
  }
  return best
}

function bestTier(tiers: Uint8Array[], index: number): number {
  let best = NO_MATCH
  for (const perItem of tiers) if (perItem[index] < best) best = perItem[index]
  return best
}

function bestAlternative(tiers: Uint8Array[], index: number): number {
  let best = 0
  for (let k = 1; k < tiers.length; k++) if (tiers[k][index] < tiers[best][index]) best = k
  return best
}

/** Normalized-character spans → sorted, merged [start, end) ranges over the original name. */
function toHighlights(entry: TextEntry, spans: Span[]): HighlightRange[] {
  const ranges: HighlightRange[] = spans
    .filter(([start, end]) => end > start)
    .map(([start, end]) => [entry.starts[start], entry.ends[end - 1]] as HighlightRange)
    .sort((a, b) => a[0] - b[0] || a[1] - b[1])
  const merged: HighlightRange[] = []
  for (const range of ranges) {
    const last = merged[merged.length - 1]
    if (last !== undefined && range[0] <= last[1]) last[1] = Math.max(last[1], range[1])
    else merged.push([range[0], range[1]])
  }
  return merged
}

/** Bit mask of tags; -1 when a tag is unknown. */
function tagMask(tags: readonly ItemTag[]): number {
  let mask = 0
  for (const tag of tags) {
    const bit = ITEM_TAGS.indexOf(tag)
    if (bit < 0) return -1
    mask |= 1 << bit
  }
  return mask
}

function compareItems(a: CatalogueItem, b: CatalogueItem): number {
  if (a.popularity !== b.popularity) return b.popularity - a.popularity
  if (a.name.length !== b.name.length) return a.name.length - b.name.length
  if (a.code !== b.code) return a.code < b.code ? -1 : 1
  return a.id < b.id ? -1 : a.id > b.id ? 1 : 0
}

const NONE = new Int32Array(0)

/** Ids of the distinct texts, each once (most items have no alias: they share one empty array). */
function internAll(table: TextTable, texts: string[]): Int32Array {
  if (texts.length === 0) return NONE
  const ids: number[] = []
  for (const text of texts) {
    const id = table.intern(text)
    if (!ids.includes(id)) ids.push(id)
  }
  return Int32Array.from(ids)
}

function buckets(size: number): number[][] {
  return Array.from({ length: size }, () => [])
}

function pushTo(map: Map<string, number[]>, key: string, value: number): void {
  const list = map.get(key)
  if (list === undefined) map.set(key, [value])
  else list.push(value)
}
