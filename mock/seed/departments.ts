import type { Department } from '../../types/department'
import type { Region } from '../../types/region'

/**
 * Kinds of implementing departments. Same-kind departments at the city and in the 13 service
 * regions share a kind; the two management zones merge several kinds into one bureau, which gets
 * one of the `zone-*` kinds (see ZONE_BUREAU).
 */
export type DeptKind =
  | 'public-security' | 'human-resources' | 'medical-security' | 'market-regulation'
  | 'housing-construction' | 'natural-resources' | 'civil-affairs' | 'health' | 'transport'
  | 'tax' | 'housing-fund' | 'education' | 'ecology-environment' | 'commerce' | 'culture-tourism'
  | 'agriculture' | 'water-resources' | 'forestry' | 'emergency' | 'urban-management' | 'justice'
  | 'veterans' | 'disabled-persons' | 'development-reform' | 'industry-it' | 'science-technology'
  | 'finance' | 'meteorology' | 'civil-air-defense' | 'ocean-fishery' | 'ethnic-religious'
  | 'sports' | 'archives' | 'data' | 'customs' | 'tobacco' | 'fire-rescue' | 'postal'
  | 'public-resources' | 'power-supply'

export type ZoneKind =
  | 'zone-economic-development' | 'zone-social-affairs' | 'zone-planning-construction'
  | 'zone-agriculture-water' | 'zone-urban-enforcement'

type RegionSort = 'district' | 'county-city' | 'county' | 'zone'

interface RegionInfo {
  code: string
  /** 鲤城区, 晋江市, 惠安县, 泉州台商投资区 … */
  name: string
  /** 鲤城, 晋江, 惠安, 台商投资区, 经济技术开发区: the part used inside branch names. */
  short: string
  sort: RegionSort
}

/** How a kind is named in a region; null when the region has no department of that kind. */
type Naming = (r: RegionInfo) => string | null

// The usual pattern: districts carry the city prefix (泉州市鲤城区民政局), county-level cities and
// counties do not (晋江市民政局, 惠安县民政局).
const local = (suffix: string): Naming => (r) =>
  r.sort === 'zone' ? null : r.sort === 'district' ? `泉州市${r.name}${suffix}` : `${r.name}${suffix}`
// Vertically managed or city-run offices: branches in the districts and zones (泉州市公安局鲤城分局).
const branch = (city: string, suffix: string): Naming => (r) =>
  r.sort === 'district' || r.sort === 'zone' ? `${city}${r.short}分局` : `${r.name}${suffix}`
const onlyIn = (sorts: RegionSort[], naming: Naming): Naming => (r) => (sorts.includes(r.sort) ? naming(r) : null)
const onlyCodes = (codes: string[], naming: Naming): Naming => (r) => (codes.includes(r.code) ? naming(r) : null)
const none: Naming = () => null

const COASTAL = ['350505000000', '350581000000', '350582000000', '350583000000', '350521000000']
const FORESTED = ['350583000000', '350524000000', '350525000000', '350526000000']

interface KindDef {
  kind: DeptKind
  city: string
  county: Naming
}

// Full official names of the municipal departments present in 泉州市行政服务中心 (2019 机构改革
// names), and how their same-kind counterparts are named in the service regions.
const KINDS: KindDef[] = [
  { kind: 'public-security', city: '泉州市公安局', county: branch('泉州市公安局', '公安局') },
  { kind: 'human-resources', city: '泉州市人力资源和社会保障局', county: local('人力资源和社会保障局') },
  { kind: 'medical-security', city: '泉州市医疗保障局', county: local('医疗保障局') },
  {
    kind: 'market-regulation',
    city: '泉州市市场监督管理局',
    // Evidence: a 食品经营许可证 issued by 「泉州市市场监督管理局泉州经济技术开发区分局」.
    county: (r) => (r.sort === 'zone' ? `泉州市市场监督管理局${r.name}分局` : local('市场监督管理局')(r)),
  },
  { kind: 'housing-construction', city: '泉州市住房和城乡建设局', county: local('住房和城乡建设局') },
  {
    kind: 'natural-resources',
    city: '泉州市自然资源和规划局',
    county: (r) => (r.sort === 'county-city' || r.sort === 'county' ? `${r.name}自然资源局` : `泉州市自然资源和规划局${r.short}分局`),
  },
  { kind: 'civil-affairs', city: '泉州市民政局', county: local('民政局') },
  { kind: 'health', city: '泉州市卫生健康委员会', county: local('卫生健康局') },
  { kind: 'transport', city: '泉州市交通运输局', county: local('交通运输局') },
  {
    kind: 'tax',
    city: '国家税务总局泉州市税务局',
    county: (r) => (r.sort === 'district' ? `国家税务总局泉州市${r.name}税务局` : `国家税务总局${r.name}税务局`),
  },
  {
    kind: 'housing-fund',
    city: '泉州市住房公积金中心',
    // 鲤城、丰泽 and the 经开区 are served by the center itself; elsewhere by its 管理部.
    county: (r) => (['350502000000', '350503000000', '350598000000'].includes(r.code) ? null : `泉州市住房公积金中心${r.short}管理部`),
  },
  { kind: 'education', city: '泉州市教育局', county: local('教育局') },
  {
    kind: 'ecology-environment',
    city: '泉州市生态环境局',
    // Fujian's vertical reform turned county bureaus into 泉州市××生态环境局.
    county: (r) => `泉州市${r.short}生态环境局`,
  },
  { kind: 'commerce', city: '泉州市商务局', county: local('商务局') },
  { kind: 'culture-tourism', city: '泉州市文化广电和旅游局', county: local('文体旅游局') },
  { kind: 'agriculture', city: '泉州市农业农村局', county: local('农业农村局') },
  { kind: 'water-resources', city: '泉州市水利局', county: local('水利局') },
  { kind: 'forestry', city: '泉州市林业局', county: onlyCodes(FORESTED, local('林业局')) },
  { kind: 'emergency', city: '泉州市应急管理局', county: (r) => (r.sort === 'zone' ? `${r.name}应急管理局` : local('应急管理局')(r)) },
  { kind: 'urban-management', city: '泉州市城市管理局', county: local('城市管理局') },
  { kind: 'justice', city: '泉州市司法局', county: local('司法局') },
  { kind: 'veterans', city: '泉州市退役军人事务局', county: local('退役军人事务局') },
  { kind: 'disabled-persons', city: '泉州市残疾人联合会', county: local('残疾人联合会') },
  { kind: 'development-reform', city: '泉州市发展和改革委员会', county: local('发展和改革局') },
  { kind: 'industry-it', city: '泉州市工业和信息化局', county: local('工业和信息化局') },
  { kind: 'science-technology', city: '泉州市科学技术局', county: onlyIn(['county-city', 'county'], local('科学技术局')) },
  { kind: 'finance', city: '泉州市财政局', county: (r) => (r.sort === 'zone' ? `${r.name}财政局` : local('财政局')(r)) },
  { kind: 'meteorology', city: '泉州市气象局', county: onlyIn(['county-city', 'county'], local('气象局')) },
  { kind: 'civil-air-defense', city: '泉州市人民防空办公室', county: onlyIn(['county-city', 'county'], local('人民防空办公室')) },
  { kind: 'ocean-fishery', city: '泉州市海洋与渔业局', county: onlyCodes(COASTAL, local('海洋与渔业局')) },
  { kind: 'ethnic-religious', city: '泉州市民族与宗教事务局', county: local('民族与宗教事务局') },
  { kind: 'sports', city: '泉州市体育局', county: none },
  { kind: 'archives', city: '泉州市档案馆', county: local('档案馆') },
  { kind: 'data', city: '泉州市数据管理局', county: none },
  { kind: 'customs', city: '泉州海关', county: none },
  { kind: 'tobacco', city: '泉州市烟草专卖局', county: onlyIn(['county-city', 'county'], local('烟草专卖局')) },
  {
    kind: 'fire-rescue',
    city: '泉州市消防救援支队',
    county: (r) => (r.sort === 'district' ? `泉州市${r.name}消防救援大队` : `${r.name}消防救援大队`),
  },
  { kind: 'postal', city: '泉州市邮政管理局', county: none },
  // Hosted in the centers too (SPEC §2: 公共资源交易单位, 便民服务单位).
  { kind: 'public-resources', city: '泉州市公共资源交易中心', county: onlyIn(['county-city', 'county'], local('公共资源交易中心')) },
  { kind: 'power-supply', city: '国网福建省电力有限公司泉州供电公司', county: onlyIn(['county-city', 'county'], (r) => `国网福建省电力有限公司${r.name}供电公司`) },
]

/** The management zones' merged bureaus (管委会内设机构) and which kinds each one takes on. */
const ZONE_BUREAU: Record<ZoneKind, { suffix: string; kinds: DeptKind[] }> = {
  'zone-economic-development': {
    suffix: '经济发展局',
    kinds: ['development-reform', 'industry-it', 'commerce', 'science-technology', 'tobacco'],
  },
  'zone-social-affairs': {
    suffix: '社会事业局',
    kinds: ['education', 'civil-affairs', 'human-resources', 'health', 'medical-security', 'culture-tourism', 'sports', 'veterans', 'disabled-persons', 'ethnic-religious', 'justice', 'archives'],
  },
  'zone-planning-construction': {
    suffix: '规划建设与交通局',
    kinds: ['housing-construction', 'transport', 'civil-air-defense', 'meteorology'],
  },
  'zone-agriculture-water': {
    suffix: '农林水利局',
    kinds: ['agriculture', 'water-resources', 'forestry', 'ocean-fishery'],
  },
  'zone-urban-enforcement': {
    suffix: '综合执法局',
    kinds: ['urban-management'],
  },
}

export const TAISHANG = '350599000000'
export const KAIFAQU = '350598000000'

function regionInfo(region: Region): RegionInfo {
  const { code, name } = region
  if (code === TAISHANG) return { code, name, short: '台商投资区', sort: 'zone' }
  if (code === KAIFAQU) return { code, name, short: '经济技术开发区', sort: 'zone' }
  const short = name.replace(/(区|市|县)$/, '')
  const sort: RegionSort = name.endsWith('区') ? 'district' : name.endsWith('市') ? 'county-city' : 'county'
  return { code, name, short, sort }
}

const shortCode = (code: string) => code.slice(0, 6)
export const departmentId = (regionCode: string, kind: string) => `dept-${shortCode(regionCode)}-${kind}`

/**
 * The departments of the city and of the 13 service regions. Ids are `dept-<6-digit region>-<kind>`.
 * Order: the city's departments, then each region's in the order of KINDS.
 */
export function buildDepartments(regions: Region[]): Department[] {
  const city = regions.find((r) => r.level === 'city')
  if (!city) throw new Error('buildDepartments: no city region')
  const out: Department[] = KINDS.map((k) => ({ id: departmentId(city.code, k.kind), name: k.city, region: city.code, kind: k.kind }))
  for (const region of regions.filter((r) => r.level === 'county')) {
    const info = regionInfo(region)
    const seen = new Set<string>()
    for (const k of KINDS) {
      if (info.sort === 'zone') {
        const zoneKind = zoneKindFor(k.kind)
        if (zoneKind) {
          if (!seen.has(zoneKind)) {
            seen.add(zoneKind)
            out.push({ id: departmentId(region.code, zoneKind), name: `${region.name}${ZONE_BUREAU[zoneKind].suffix}`, region: region.code, kind: zoneKind })
          }
          continue
        }
      }
      const name = k.county(info)
      if (name) out.push({ id: departmentId(region.code, k.kind), name, region: region.code, kind: k.kind })
    }
  }
  return out
}

export function zoneKindFor(kind: DeptKind): ZoneKind | null {
  for (const [zoneKind, bureau] of Object.entries(ZONE_BUREAU) as [ZoneKind, (typeof ZONE_BUREAU)[ZoneKind]][]) {
    if (bureau.kinds.includes(kind)) return zoneKind
  }
  return null
}

/** The department of a region that implements items of `kind`, or undefined when there is none. */
export function implementingDepartment(byId: ReadonlyMap<string, Department>, regionCode: string, kind: DeptKind): Department | undefined {
  if (regionCode === TAISHANG || regionCode === KAIFAQU) {
    const zoneKind = zoneKindFor(kind)
    if (zoneKind) return byId.get(departmentId(regionCode, zoneKind))
  }
  return byId.get(departmentId(regionCode, kind))
}
