import type { ItemTag } from '../../types/service-item'
import type { CatalogueItem } from '../seed/types'

/**
 * A stand-in catalogue at the real scale (~22,000 items: the city and 13 regions, each with
 * most common items and their 情形 variants), built from real item names. The bench uses it only
 * when the seed is not available; the shape of the work (few distinct names, many copies) is
 * what matters for speed.
 */

interface Kind {
  id: string
  /** Department name; {r} is the region name (e.g. 泉州市, 鲤城区). */
  department: string
  audience: 'personal' | 'legal' | 'both'
  names: string[]
  aliases?: Record<string, string[]>
}

const KINDS: Kind[] = [
  {
    id: 'public-security', department: '{r}公安局', audience: 'personal',
    names: ['居民身份证换领', '居民身份证首次申领', '居民身份证补领', '临时居民身份证申领', '居民身份证挂失申报', '户口迁移', '户口迁入登记', '户口迁出登记', '出生登记', '死亡注销户口', '户籍证明开具', '居住证签发', '居住登记', '变更更正户口登记项目', '无犯罪记录证明开具', '养犬登记', '旅馆业特种行业许可', '公章刻制备案', '大型群众性活动安全许可', '剧毒化学品购买许可'],
    aliases: { 居民身份证换领: ['换身份证', '身份证到期'], 居民身份证补领: ['身份证丢了', '补办身份证'], 户口迁移: ['迁户口', '落户'], 居住证签发: ['暂住证'] },
  },
  {
    id: 'traffic', department: '{r}公安局交通警察大队', audience: 'personal',
    names: ['机动车驾驶证换证', '机动车驾驶证补证', '机动车驾驶证审验', '机动车注册登记', '机动车转移登记', '机动车变更登记', '机动车注销登记', '机动车检验合格标志核发', '机动车号牌补领', '机动车抵押登记', '驾驶人信息变更', '道路交通事故处理'],
    aliases: { 机动车驾驶证换证: ['换驾照', '驾照到期'], 机动车检验合格标志核发: ['年检', '车辆年审'], 机动车转移登记: ['车辆过户'] },
  },
  {
    id: 'exit-entry', department: '{r}公安局出入境管理大队', audience: 'personal',
    names: ['普通护照签发', '往来港澳通行证签发', '往来台湾通行证签发', '赴港澳签注', '赴台签注', '出入境证件遗失补领'],
    aliases: { 普通护照签发: ['办护照'], 往来港澳通行证签发: ['港澳通行证'] },
  },
  {
    id: 'hrss', department: '{r}人力资源和社会保障局', audience: 'both',
    names: ['社会保障卡申领', '社会保障卡补换', '社会保障卡挂失', '社会保险参保登记', '社会保险关系转移', '城乡居民基本养老保险参保登记', '企业职工基本养老保险待遇申领', '失业保险金申领', '工伤认定申请', '劳动能力鉴定', '就业创业证申领', '人力资源服务许可', '职业技能等级认定', '高校毕业生就业见习补贴申领', '劳务派遣经营许可', '劳动人事争议仲裁申请', '个人权益记录查询打印', '灵活就业人员参保登记'],
    aliases: { 社会保障卡申领: ['社保卡', '社保卡办理'], 失业保险金申领: ['领失业金'], 企业职工基本养老保险待遇申领: ['办退休', '领养老金'] },
  },
  {
    id: 'housing-fund', department: '{r}住房公积金管理部', audience: 'both',
    names: ['住房公积金提取', '住房公积金缴存登记', '住房公积金个人贷款', '住房公积金缴存基数调整', '住房公积金转移接续', '住房公积金缴存证明开具', '住房公积金个人账户封存', '住房公积金补缴'],
    aliases: { 住房公积金提取: ['取公积金', '提公积金'], 住房公积金个人贷款: ['公积金贷款'] },
  },
  {
    id: 'market', department: '{r}市场监督管理局', audience: 'legal',
    names: ['企业设立登记', '企业变更登记', '企业注销登记', '个体工商户设立登记', '个体工商户变更登记', '个体工商户注销登记', '食品经营许可', '食品生产许可', '小餐饮登记', '药品零售企业许可', '医疗器械经营备案', '特种设备使用登记', '农民专业合作社设立登记', '营业执照遗失补领', '企业名称自主申报', '股权出质登记', '计量器具型式批准', '广告发布登记'],
    aliases: { 企业设立登记: ['开公司', '注册公司'], 个体工商户设立登记: ['办个体户执照'], 食品经营许可: ['开饭店', '餐饮许可证'], 药品零售企业许可: ['开药店'] },
  },
  {
    id: 'civil-affairs', department: '{r}民政局', audience: 'personal',
    names: ['内地居民结婚登记', '内地居民离婚登记', '补领结婚证', '补领离婚证', '撤销婚姻登记', '最低生活保障审批', '特困人员救助供养', '临时救助', '社会团体成立登记', '民办非企业单位成立登记', '养老机构备案', '残疾人两项补贴申领', '高龄津贴申领', '殡葬服务申请'],
    aliases: { 内地居民结婚登记: ['结婚', '领结婚证'], 最低生活保障审批: ['低保'], 内地居民离婚登记: ['离婚'] },
  },
  {
    id: 'health', department: '{r}卫生健康局', audience: 'personal',
    names: ['生育登记', '再生育审批', '出生医学证明签发', '出生医学证明补发', '医师执业注册', '护士执业注册', '医疗机构执业登记', '公共场所卫生许可', '放射诊疗许可', '独生子女父母光荣证发放', '母婴保健技术服务执业许可'],
    aliases: { 生育登记: ['准生证', '生娃登记'], 出生医学证明签发: ['出生证'] },
  },
  {
    id: 'medical-security', department: '{r}医疗保障局', audience: 'both',
    names: ['医疗保障参保登记', '异地就医备案', '门诊特殊病种待遇认定', '医疗费用零星报销', '基本医疗保险关系转移接续', '生育保险待遇核定', '医保定点医药机构申请'],
    aliases: { 异地就医备案: ['异地医保备案'], 医疗费用零星报销: ['医保报销'] },
  },
  {
    id: 'natural-resources', department: '{r}不动产登记中心', audience: 'both',
    names: ['国有建设用地使用权及房屋所有权首次登记', '国有建设用地使用权及房屋所有权转移登记', '国有建设用地使用权及房屋所有权变更登记', '抵押权首次登记', '抵押权注销登记', '预告登记', '不动产登记资料查询', '不动产权证书补证', '宅基地使用权及房屋所有权首次登记', '更正登记', '查封登记'],
    aliases: { 国有建设用地使用权及房屋所有权转移登记: ['房产过户', '二手房过户'], 不动产权证书补证: ['补办房产证'], 不动产登记资料查询: ['查房产'] },
  },
  {
    id: 'tax', department: '国家税务总局{r}税务局', audience: 'legal',
    names: ['税务登记', '发票领用', '增值税一般纳税人登记', '个人所得税综合所得汇算清缴', '清税证明开具', '完税证明开具', '跨区域涉税事项报告', '税收优惠备案', '纳税信用复评'],
    aliases: { 个人所得税综合所得汇算清缴: ['个税汇算', '退税'] },
  },
  {
    id: 'housing', department: '{r}住房和城乡建设局', audience: 'both',
    names: ['建筑工程施工许可', '商品房预售许可', '建设工程竣工验收备案', '建筑业企业资质认定', '公共租赁住房申请', '住房租赁合同备案', '物业服务企业备案', '城市建筑垃圾处置核准'],
    aliases: { 公共租赁住房申请: ['公租房'] },
  },
  {
    id: 'education', department: '{r}教育局', audience: 'personal',
    names: ['教师资格认定', '民办学校设立', '校外培训机构审批', '义务教育阶段学生转学', '学生资助申请', '中小学教师资格证补发'],
    aliases: { 教师资格认定: ['教师资格证'] },
  },
  {
    id: 'transport', department: '{r}交通运输局', audience: 'legal',
    names: ['道路货物运输经营许可', '道路旅客运输经营许可', '网络预约出租汽车驾驶员证核发', '出租汽车经营许可', '机动车维修经营备案', '道路运输从业人员资格证'],
    aliases: { 网络预约出租汽车驾驶员证核发: ['网约车证'] },
  },
  {
    id: 'justice', department: '{r}司法局', audience: 'personal',
    names: ['法律援助申请', '律师执业许可', '公证机构执业证书', '人民调解申请', '基层法律服务工作者执业核准'],
  },
  {
    id: 'disabled', department: '{r}残疾人联合会', audience: 'personal',
    names: ['残疾人证核发', '残疾人证换领', '残疾人辅助器具适配', '残疾人就业补贴'],
    aliases: { 残疾人证核发: ['办残疾证'] },
  },
  {
    id: 'culture', department: '{r}文化和旅游局', audience: 'legal',
    names: ['互联网上网服务营业场所经营许可', '娱乐场所经营许可', '营业性演出审批', '旅行社设立许可', '文物保护单位修缮审批'],
    aliases: { 互联网上网服务营业场所经营许可: ['开网吧'] },
  },
  {
    id: 'environment', department: '泉州市{r}生态环境局', audience: 'legal',
    names: ['建设项目环境影响报告书审批', '建设项目环境影响报告表审批', '排污许可证核发', '危险废物经营许可', '辐射安全许可'],
  },
  {
    id: 'veterans', department: '{r}退役军人事务局', audience: 'personal',
    names: ['退役士兵自主就业一次性经济补助', '优待证申领', '烈士纪念设施保护', '伤残抚恤关系转移'],
  },
]

/** 情形 variants: the same item split by situation, as real catalogues do (孙项). */
const SITUATIONS = ['', '（首次申请）', '（变更）', '（延续）', '（注销）', '（补办）', '（个人）', '（单位）', '（线上办理）', '（现场办理）', '（跨省通办）']

const REGIONS = [
  { code: '350500000000', name: '泉州市' },
  { code: '350502000000', name: '鲤城区' },
  { code: '350503000000', name: '丰泽区' },
  { code: '350504000000', name: '洛江区' },
  { code: '350505000000', name: '泉港区' },
  { code: '350581000000', name: '石狮市' },
  { code: '350582000000', name: '晋江市' },
  { code: '350583000000', name: '南安市' },
  { code: '350521000000', name: '惠安县' },
  { code: '350524000000', name: '安溪县' },
  { code: '350525000000', name: '永春县' },
  { code: '350526000000', name: '德化县' },
  { code: '350590000000', name: '泉州台商投资区' },
  { code: '350591000000', name: '泉州经济技术开发区' },
]

const MATERIALS = ['居民身份证', '居民户口簿', '申请表', '营业执照', '近期免冠照片', '结婚证', '房屋租赁合同', '不动产权证书', '授权委托书', '法定代表人身份证明', '出生医学证明', '社会保障卡', '机动车驾驶证', '机动车行驶证', '身体条件证明', '劳动合同', '购房合同', '清税证明', '章程', '场所使用证明']
const THEMES = ['birth', 'marriage', 'social-security', 'housing', 'business-start', 'id-docs', 'education', 'vehicles', 'retirement']
const TAGS: ItemTag[] = ['zero-trip', 'one-trip', 'instant', 'palm', 'cross-province', 'in-province', 'bundle']

/** Deterministic pseudo-random numbers, so every bench run searches the same catalogue. */
function random(seed: number): () => number {
  let state = seed >>> 0
  return () => {
    state = (state + 0x6d2b79f5) >>> 0
    let t = state
    t = Math.imul(t ^ (t >>> 15), t | 1)
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61)
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296
  }
}

/** About `target` items from the real names above, spread over the city and 13 regions. */
export function syntheticCatalogue(target = 22175): CatalogueItem[] {
  const next = random(20220101)
  const base: { kind: Kind; name: string; aliases: string[]; weight: number }[] = []
  for (const kind of KINDS) {
    kind.names.forEach((name, rank) => {
      base.push({ kind, name, aliases: kind.aliases?.[name] ?? [], weight: 10000 / (rank + 1) })
    })
  }
  const variants: { kind: Kind; name: string; aliases: string[]; weight: number }[] = []
  for (const entry of base) {
    for (const situation of SITUATIONS) {
      variants.push({ ...entry, name: entry.name + situation, weight: situation === '' ? entry.weight : entry.weight / 8 })
    }
  }
  const perRegion = Math.ceil(target / REGIONS.length)
  const share = Math.min(1, perRegion / variants.length)
  const items: CatalogueItem[] = []
  let serial = 0
  for (const region of REGIONS) {
    for (const variant of variants) {
      if (items.length >= target) break
      if (next() > share) continue
      serial++
      const departmentName = variant.kind.department.replace('{r}', region.name)
      const tags = TAGS.filter(() => next() < 0.3)
      const materialCount = 2 + Math.floor(next() * 4)
      const materials = Array.from({ length: materialCount }, () => MATERIALS[Math.floor(next() * MATERIALS.length)])
      const kind = tags.includes('instant') ? 'instant' : 'promised'
      items.push({
        id: `syn-${serial}`,
        serviceId: `sv-${variant.name}`,
        implementations: [],
        code: `1135${region.code.slice(2, 6)}SYN${String(serial).padStart(6, '0')}`,
        name: variant.name,
        department: { id: `${region.code}-${variant.kind.id}`, name: departmentName },
        region,
        audience: variant.kind.audience,
        kind,
        tags,
        themes: [THEMES[Math.floor(next() * THEMES.length)]],
        promisedLimitDays: kind === 'instant' ? 0 : 1 + Math.floor(next() * 10),
        visits: tags.includes('zero-trip') ? 0 : 1,
        legalLimitDays: 20,
        online: true,
        palm: tags.includes('palm'),
        crossProvince: tags.includes('cross-province'),
        inProvince: tags.includes('in-province'),
        bundle: tags.includes('bundle'),
        conditions: [],
        fee: { charged: false, description: '不收费', basis: null },
        materials: [...new Set(materials)].map((name) => ({
          name, required: true, originals: 1, copies: 0, form: '纸质或电子', eLicenseType: null, source: '申请人自备', note: '', sample: null,
        })),
        process: [],
        locations: [],
        phone: '0595-12345',
        complaintPhone: '0595-12345',
        legalBasis: [],
        reviewStandards: [],
        result: { name: variant.name, delivery: ['窗口领取'] },
        updatedAt: '2022-01-10T09:00:00+08:00',
        aliases: variant.aliases,
        popularity: Math.round(variant.weight * (region.code === '350500000000' ? 3 : 0.5 + next())),
      })
    }
  }
  return items
}
