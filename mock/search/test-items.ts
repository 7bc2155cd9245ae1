import type { Audience, ItemTag } from '../../types/service-item'
import type { CatalogueItem } from '../seed/types'

/** Test-data builders for the search tests: real-looking catalogue entries with only what matters overridden. */

export const CITY = { code: '350500000000', name: '泉州市' }
export const LICHENG = { code: '350502000000', name: '鲤城区' }
export const JINJIANG = { code: '350582000000', name: '晋江市' }

let sequence = 0

/** A complete CatalogueItem; every field can be overridden. */
export function createItem(overrides: Partial<CatalogueItem> = {}): CatalogueItem {
  sequence++
  const id = overrides.id ?? `item-${String(sequence).padStart(5, '0')}`
  const name = overrides.name ?? '居民身份证换领'
  const region = overrides.region ?? CITY
  return {
    id,
    code: `11350500MB0000000X4000${String(sequence).padStart(6, '0')}`,
    name,
    // Items of the same name implement the same service, as in the seed.
    serviceId: `sv-${name}`,
    implementations: [{ id, region }],
    department: { id: 'qz-police', name: '泉州市公安局' },
    region: CITY,
    audience: 'personal',
    kind: 'promised',
    tags: ['one-trip'],
    themes: [],
    promisedLimitDays: 5,
    visits: 1,
    legalLimitDays: 20,
    online: true,
    palm: false,
    crossProvince: false,
    inProvince: false,
    bundle: false,
    conditions: ['申请人符合法定条件'],
    fee: { charged: false, description: '不收费', basis: null },
    materials: [material('申请表')],
    process: [
      { name: '申请', description: '申请人在线提交申请' },
      { name: '受理', description: '窗口审核材料' },
      { name: '办结', description: '出具办理结果' },
    ],
    locations: [
      {
        name: '泉州市行政服务中心',
        address: '泉州市丰泽区通港西街298号',
        hours: '工作日 8:30-12:00, 14:30-17:30',
        phone: '0595-12345',
        latitude: 24.8741,
        longitude: 118.6758,
      },
    ],
    phone: '0595-12345',
    complaintPhone: '0595-12345',
    legalBasis: ['《中华人民共和国行政许可法》'],
    reviewStandards: ['材料齐全、符合法定形式'],
    result: { name: name, delivery: ['窗口领取', '邮寄'] },
    updatedAt: '2022-01-10T09:00:00+08:00',
    aliases: [],
    popularity: 100,
    ...overrides,
  }
}

export function material(name: string): CatalogueItem['materials'][number] {
  return {
    name,
    required: true,
    originals: 1,
    copies: 0,
    form: '纸质或电子',
    eLicenseType: null,
    source: '申请人自备',
    note: '',
    sample: null,
  }
}

interface Spec {
  name: string
  department: { id: string; name: string }
  region?: { code: string; name: string }
  audience?: Audience
  tags?: ItemTag[]
  themes?: string[]
  aliases?: string[]
  popularity: number
  materials?: string[]
}

const POLICE = { id: 'qz-police', name: '泉州市公安局' }
const LC_POLICE = { id: 'lc-police', name: '泉州市公安局鲤城分局' }
const JJ_POLICE = { id: 'jj-police', name: '晋江市公安局' }
const TRAFFIC = { id: 'qz-traffic', name: '泉州市公安局交通警察支队' }
const HRSS = { id: 'qz-hrss', name: '泉州市人力资源和社会保障局' }
const FUND = { id: 'qz-fund', name: '泉州市住房公积金中心' }
const MARKET = { id: 'qz-market', name: '泉州市市场监督管理局' }
const LC_MARKET = { id: 'lc-market', name: '鲤城区市场监督管理局' }
const CIVIL = { id: 'qz-civil', name: '泉州市民政局' }
const LC_CIVIL = { id: 'lc-civil', name: '鲤城区民政局' }
const TAX = { id: 'qz-tax', name: '国家税务总局泉州市税务局' }
const HEALTH = { id: 'qz-health', name: '泉州市卫生健康委员会' }
const MEDICAL = { id: 'qz-medical', name: '泉州市医疗保障局' }
const JUSTICE = { id: 'qz-justice', name: '泉州市司法局' }

/**
 * A small catalogue shaped like the real one: common items at city level and repeated in
 * districts (with their own departments and usage), colloquial aliases, and popularity that
 * deliberately disagrees with match quality where a test needs to show which one wins.
 */
const SPECS: Spec[] = [
  { name: '居民身份证换领', department: POLICE, popularity: 9000, tags: ['one-trip', 'palm', 'cross-province'], themes: ['id-docs'], aliases: ['换身份证', '身份证到期'], materials: ['居民户口簿', '近期免冠照片'] },
  { name: '居民身份证换领', department: LC_POLICE, region: LICHENG, popularity: 4000, tags: ['one-trip', 'cross-province'], themes: ['id-docs'], aliases: ['换身份证'], materials: ['居民户口簿'] },
  { name: '居民身份证换领', department: JJ_POLICE, region: JINJIANG, popularity: 5000, tags: ['one-trip', 'cross-province'], themes: ['id-docs'], aliases: ['换身份证'], materials: ['居民户口簿'] },
  { name: '居民身份证首次申领', department: POLICE, popularity: 3000, themes: ['id-docs'], materials: ['居民户口簿', '出生医学证明'] },
  { name: '临时居民身份证申领', department: POLICE, popularity: 1200, tags: ['instant', 'one-trip'], themes: ['id-docs'] },
  { name: '居民身份证挂失申报', department: POLICE, popularity: 800, tags: ['zero-trip', 'palm', 'instant'], themes: ['id-docs'] },
  { name: '机动车驾驶证换证', department: TRAFFIC, popularity: 5000, tags: ['zero-trip', 'palm'], aliases: ['换驾照', '驾照到期'], materials: ['机动车驾驶证', '身体条件证明'] },
  { name: '社会保障卡申领', department: HRSS, popularity: 7000, tags: ['zero-trip', 'palm'], themes: ['social-security'], aliases: ['社保卡', '社保卡办理'], materials: ['居民身份证'] },
  { name: '社会保险关系转移', department: HRSS, popularity: 2000, tags: ['zero-trip', 'in-province'], themes: ['social-security'], audience: 'both' },
  { name: '医疗保障参保登记', department: MEDICAL, popularity: 1800, tags: ['zero-trip'], themes: ['social-security'], audience: 'both' },
  { name: '住房公积金提取', department: FUND, popularity: 8000, tags: ['zero-trip', 'palm'], themes: ['housing'], aliases: ['取公积金', '提公积金'], materials: ['居民身份证', '购房合同'] },
  { name: '住房公积金缴存登记', department: FUND, popularity: 1500, audience: 'legal', tags: ['zero-trip'], themes: ['housing'] },
  { name: '食品经营许可', department: MARKET, popularity: 2500, audience: 'legal', tags: ['one-trip', 'bundle'], themes: ['business-start'], aliases: ['开饭店', '餐饮许可证'], materials: ['营业执照', '食品安全管理制度'] },
  { name: '食品经营许可', department: LC_MARKET, region: LICHENG, popularity: 900, audience: 'legal', tags: ['one-trip'], themes: ['business-start'], aliases: ['开饭店'] },
  { name: '个体工商户设立登记', department: LC_MARKET, region: LICHENG, popularity: 2200, audience: 'legal', tags: ['zero-trip', 'palm', 'bundle'], themes: ['business-start'], aliases: ['办个体户执照'] },
  { name: '内地居民结婚登记', department: CIVIL, popularity: 4000, tags: ['one-trip'], themes: ['marriage'], aliases: ['结婚', '领结婚证'], materials: ['居民户口簿', '居民身份证'] },
  { name: '内地居民结婚登记', department: LC_CIVIL, region: LICHENG, popularity: 1500, tags: ['one-trip'], themes: ['marriage'], aliases: ['结婚'], materials: ['居民户口簿'] },
  { name: '内地居民离婚登记', department: CIVIL, popularity: 900, tags: ['one-trip'], themes: ['marriage'], materials: ['居民户口簿', '结婚证'] },
  { name: '生育登记', department: HEALTH, popularity: 2600, tags: ['zero-trip', 'palm'], themes: ['birth'], aliases: ['准生证'] },
  { name: '出生医学证明（首次签发）', department: HEALTH, popularity: 1100, tags: ['one-trip'], themes: ['birth'] },
  { name: '税务登记', department: TAX, popularity: 100, audience: 'legal', themes: ['business-start'] },
  { name: '税务登记信息变更', department: TAX, popularity: 300, audience: 'legal', tags: ['zero-trip'] },
  { name: '注销税务登记', department: TAX, popularity: 600, audience: 'legal' },
  { name: '发票领用', department: TAX, popularity: 5000, audience: 'legal', tags: ['zero-trip', 'palm'] },
  { name: '企业注销登记', department: MARKET, popularity: 9999, audience: 'legal', materials: ['清税证明', '税务登记证件'] },
  { name: '律师执业许可', department: JUSTICE, popularity: 300, tags: ['one-trip'] },
]

/** The fixture catalogue: fresh objects on every call, ids stable by position. */
export function fixtureCatalogue(): CatalogueItem[] {
  return SPECS.map((spec, index) =>
    createItem({
      id: `fx-${String(index + 1).padStart(2, '0')}`,
      code: `11350500FX${String(index + 1).padStart(4, '0')}`,
      name: spec.name,
      department: spec.department,
      region: spec.region ?? CITY,
      audience: spec.audience ?? 'personal',
      tags: spec.tags ?? ['one-trip'],
      themes: spec.themes ?? [],
      aliases: spec.aliases ?? [],
      popularity: spec.popularity,
      materials: (spec.materials ?? ['申请表']).map(material),
    }),
  )
}
