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

/** What a list of items carries for each one (`GET /items`). */
export interface ItemSummary {
  id: string
  code: string
  name: string
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

export interface ServiceLocation {
  name: string
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
}

/** Query of `GET /items`. Every field optional; `tags` is comma-separated on the wire. */
export interface ItemQuery {
  q?: string
  region?: string
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
