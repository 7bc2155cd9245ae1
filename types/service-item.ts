/** 服务对象: 个人, 法人, or both. */
export type Audience = 'personal' | 'legal' | 'both'

/**
 * Filterable flags of a service item:
 * zero-trip 一趟不用跑, one-trip 最多跑一趟, instant 即办件, palm 掌上办,
 * cross-province 跨省通办, in-province 省内通办, bundle 一件事.
 */
export type ItemTag = 'zero-trip' | 'one-trip' | 'instant' | 'palm' | 'cross-province' | 'in-province' | 'bundle'

export const ITEM_TAGS: readonly ItemTag[] = ['zero-trip', 'one-trip', 'instant', 'palm', 'cross-province', 'in-province', 'bundle']

/** 即办件 (instant, promised limit 0) or 承诺件 (promised). */
export type ItemKind = 'instant' | 'promised'

/** Half-open [start, end) character ranges of `name` that matched the query, for highlighting. */
export type HighlightRange = [number, number]

/** A region as items name it: the 12-digit 统计用区划代码 and its name. */
export interface RegionRef {
  code: string
  name: string
}

/**
 * Where a service (事项) can be handled (SPEC §7 "One service, many places"): a service is
 * implemented per region (实施清单), each implementation an item with its own id.
 */
export interface ServiceAvailability {
  /** 全市通办: every one of the 13 service regions implements it. */
  citywide: boolean
  /** The regions implementing it: 泉州市 (市本级) first when it does, then SPEC §2's order. */
  regions: RegionRef[]
}

/**
 * What a list of items carries for each one (`GET /items`). Search and browse answer one
 * implementation per service: the one of the region asked for (`region` filter, else `home`,
 * the resident's 所在地), else the city's, else the most used.
 */
export interface ItemSummary {
  /** The implementation's id; ids of implementations stay valid in links. */
  id: string
  code: string
  name: string
  /**
   * The service this item implements; the same in every region. Always sent by the backend;
   * optional because summaries saved on the phone (favourites) before services existed lack it.
   */
  serviceId?: string
  /** Present in search, browse and hot results: where the service can be handled. */
  availability?: ServiceAvailability
  department: { id: string; name: string }
  region: { code: string; name: string }
  audience: Audience
  kind: ItemKind
  tags: ItemTag[]
  themes: string[]
  /** 承诺时限 in working days; 0 for instant items. */
  promisedLimitDays: number
  /** 到现场次数: 0 zero-trip, 1 one-trip, more. */
  visits: number
  /** Present in search results: the parts of `name` that matched. */
  highlights?: HighlightRange[]
  /** Present in search results when the match was not on the name (e.g. 「部门」, 「材料：户口簿」). */
  matchedBy?: string
}

/** A material (申请材料) of a guide. */
export interface Material {
  name: string
  required: boolean
  /** 原件 / 复印件 counts. */
  originals: number
  copies: number
  /** 纸质 / 电子 / 纸质或电子. */
  form: string
  /** Which e-license (电子证照) type can replace it, if any (e.g. 居民身份证). */
  eLicenseType: string | null
  /** 来源渠道, e.g. 申请人自备 / 政府部门核发. */
  source: string
  /** Note or requirement (填写说明、示例要求). */
  note: string
  /** Whether a 样表/示例 exists, and its title. */
  sample: string | null
}

export interface ProcessStep {
  name: string
  description: string
}

/** 受理点 kinds: a region's 行政服务中心, a township's 便民服务中心, a 24-hour self-service area. */
export type HallKind = 'center' | 'township' | 'self-service'

/** A hall (受理点) where an item is handled. */
export interface ServiceLocation {
  name: string
  /** Absent on guides cached before halls had kinds. */
  kind?: HallKind
  address: string
  hours: string
  phone: string
  latitude: number
  longitude: number
}

export interface Fee {
  charged: boolean
  /** e.g. 不收费 / 工本费20元. */
  description: string
  basis: string | null
}

/** The full 办事指南 of one item (`GET /items/{id}`). Every attribute of SPEC §4. */
export interface Guide extends ItemSummary {
  /** 法定时限 in working days. */
  legalLimitDays: number
  online: boolean
  palm: boolean
  crossProvince: boolean
  inProvince: boolean
  bundle: boolean
  /** 受理条件. */
  conditions: string[]
  fee: Fee
  materials: Material[]
  process: ProcessStep[]
  /** Every hall (受理点) that handles this implementation: the region's center first. */
  locations: ServiceLocation[]
  /** 咨询电话. */
  phone: string
  /** 监督投诉电话. */
  complaintPhone: string
  legalBasis: string[]
  /** 审查标准 (开卷式审批). */
  reviewStandards: string[]
  /** 办理结果 (e.g. 居民身份证) and how it is delivered. */
  result: { name: string; delivery: string[] }
  updatedAt: string
  /**
   * Every implementation of the same service (选择办理地区), 市本级 first, then SPEC §2's order;
   * this item is one of them. Optional only for guides cached before services existed.
   */
  implementations?: { id: string; region: RegionRef }[]
}

/** Query of `GET /items`. Every field optional; `tags` is comma-separated on the wire. */
export interface ItemQuery {
  q?: string
  /** Filter: only services this region implements, each as that region's implementation. */
  region?: string
  /** 所在地 (not a filter): each service answers with this region's implementation where it has one. */
  home?: string
  department?: string
  audience?: 'personal' | 'legal'
  theme?: string
  tags?: ItemTag[]
  page?: number
  pageSize?: number
}

/** One suggestion while typing (`GET /items/suggest`). */
export interface ItemSuggestion {
  text: string
  highlights: HighlightRange[]
}

/** A theme to browse the catalogue by (`GET /themes`). */
export interface Theme {
  id: string
  name: string
  audience: 'personal' | 'legal'
}
