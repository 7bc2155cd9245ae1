// The compact source definitions of the catalogue. Department files (defs/*.ts) list base items
// (事项) with their variants (办理项/孙项: 新办、变更、延续…); generate.ts expands them into full guides
// for the city and the 13 service regions.
import type { DeptKind } from '../departments'

/** 事项类型 (national catalogue categories). */
export type ItemType =
  | 'permit' // 行政许可
  | 'confirm' // 行政确认
  | 'benefit' // 行政给付
  | 'levy' // 行政征收 (taxes, fees)
  | 'ruling' // 行政裁决
  | 'reward' // 行政奖励
  | 'filing' // 备案 (其他行政权力)
  | 'other' // 其他行政权力
  | 'service' // 公共服务

export const ITEM_TYPE_NAMES: Record<ItemType, string> = {
  permit: '行政许可',
  confirm: '行政确认',
  benefit: '行政给付',
  levy: '行政征收',
  ruling: '行政裁决',
  reward: '行政奖励',
  filing: '其他行政权力',
  other: '其他行政权力',
  service: '公共服务',
}

/** What a variant does to the base item; drives materials, conditions and speed. */
export type Action = 'new' | 'change' | 'renew' | 'cancel' | 'reissue' | 'other'

export interface MaterialDef {
  name: string
  required?: boolean
  originals?: number
  copies?: number
  form?: string
  eLicense?: string | null
  source?: string
  note?: string
  sample?: string | null
}

/** A material: a MaterialDef, a key of MATERIALS (e.g. '身份证'), or the plain name of a material. */
export type MatSpec = string | MaterialDef

export interface VariantDef {
  label: string
  action?: Action
  /** Full name when `${base}（${label}）` does not read well; `{n}` stands for the base name. */
  name?: string
  mats?: MatSpec[]
  cond?: string[]
  std?: string[]
  legal?: number
  inst?: boolean
  vis?: number
  res?: string
  pop?: number
}

export type VariantSpec = string | VariantDef

export interface BaseDef {
  /** Name; `{s}` is replaced by each entry of `s`, and variants append `（label）`. */
  n: string
  dept: DeptKind
  /** p 个人, l 法人, b both. */
  aud: 'p' | 'l' | 'b'
  t: ItemType
  /** Theme ids (themes.ts). */
  th: string[]
  /** Where it is implemented: c the city, x the counties, b both (default). */
  lv?: 'c' | 'x' | 'b'
  v?: VariantSpec[]
  /** A second split (情形/类别), multiplied with the variants. */
  s?: string[]
  law: string[]
  /** 办理结果 name (a licence, a certificate …). */
  res?: string
  mats?: MatSpec[]
  cond?: string[]
  std?: string[]
  /** 法定时限 in working days. */
  legal?: number
  /** true: always instant; false: never instant; undefined: decided by type and action. */
  inst?: boolean
  /** Needs 现场核查/踏勘 by the department. */
  site?: boolean
  /** On-site visits of the applicant (default 0 when online). */
  vis?: number
  /** [description, basis] when a fee is charged. */
  fee?: [string, string | null]
  /** Cases a year at the city center for the main variant (relative frequency). */
  pop?: number
  /** Colloquial names residents type. */
  al?: string[]
  /** On the 跨省通办 / 省内通办 lists. */
  cross?: boolean
  prov?: boolean
  /** A good candidate for 掌上办. */
  palm?: boolean
  /**
   * Names (entries of `s`, or `n` without splits) that are 掌上办 wherever they are implemented:
   * they have a hand-written form (forms.ts) made for the phone. Sampling is unchanged; within the
   * region's palm quota another item gives way.
   */
  palmAlways?: string[]
  /** County-level implementation limited to these 6-digit region codes. */
  only?: string[]
  /** Always selected where it is implemented (items residents ask for by name), like the common guides. */
  must?: boolean
  /** Consultation and lookup services: no form, identity or proxy materials are added. */
  bare?: boolean
  /** The permit can also be granted on a written commitment (告知承诺制): adds a （告知承诺） item. */
  cm?: boolean
  /** For groups of different items: legal basis by a word of the item name (first match wins). */
  lawBy?: [string, string[]][]
}

export type BaseOptions = Omit<BaseDef, 'n' | 'dept'>

/** A helper for department files: shared defaults, then each item's own fields. */
export function group(dept: DeptKind, defaults: Partial<BaseOptions>) {
  return (n: string, opts: Partial<BaseOptions> = {}): BaseDef => {
    const merged = { ...defaults, ...opts }
    if (!merged.aud || !merged.t || !merged.th || !merged.law) throw new Error(`catalogue: ${n} lacks aud/t/th/law`)
    return { ...merged, n, dept, aud: merged.aud, t: merged.t, th: merged.th, law: merged.law }
  }
}

/** Common variant sets. */
export const LICENCE: VariantSpec[] = ['新办', '变更', '延续', '注销', '补证']
export const LICENCE4: VariantSpec[] = ['新办', '变更', '延续', '注销']
export const LICENCE_NO_RENEW: VariantSpec[] = ['新办', '变更', '注销', '补证']
export const FILING: VariantSpec[] = ['备案', '变更备案', '注销备案']
export const REGISTRATION: VariantSpec[] = [
  { label: '设立登记', action: 'new', name: '{n}设立登记' },
  { label: '变更登记', action: 'change', name: '{n}变更登记' },
  { label: '注销登记', action: 'cancel', name: '{n}注销登记' },
]

const ACTION_WORDS: [Action, RegExp][] = [
  ['reissue', /补证|补办|补领|补发|遗失/],
  ['cancel', /注销|终止|撤销|歇业|停业|解除/],
  ['renew', /延续|延期|换证|换发|换领|复审|校验|再注册|续展|复查/],
  ['change', /变更|增项|升级|迁移|重新核定|转移|更正|调整/],
  ['new', /新办|首次|设立|核发|新申请|申领|注册登记|新考|认定|新建|备案|登记|开办/],
]

export function actionOf(label: string): Action {
  for (const [action, re] of ACTION_WORDS) if (re.test(label)) return action
  return 'other'
}

/**
 * Types of 电子证照 (e-license) that can replace a paper material, with the word that must appear in
 * the material's name for the replacement to make sense.
 */
export const E_LICENSES: Record<string, string> = {
  居民身份证: '身份证',
  居民户口簿: '户口簿',
  结婚证: '结婚证',
  离婚证: '离婚证',
  营业执照: '营业执照',
  不动产权证书: '不动产权证书',
  社会保障卡: '社会保障卡',
  机动车驾驶证: '驾驶证',
  机动车行驶证: '行驶证',
  出生医学证明: '出生医学证明',
  残疾人证: '残疾人证',
  居住证: '居住证',
  食品经营许可证: '食品经营许可证',
  食品生产许可证: '食品生产许可证',
  药品经营许可证: '药品经营许可证',
  医疗器械经营许可证: '医疗器械经营许可证',
  医师资格证书: '医师资格证书',
  医师执业证书: '医师执业证书',
  护士执业证书: '护士执业证书',
  医疗机构执业许可证: '医疗机构执业许可证',
  教师资格证书: '教师资格证书',
  道路运输经营许可证: '道路运输经营许可证',
  道路运输证: '道路运输证',
  道路运输从业人员从业资格证: '从业资格证',
  建筑业企业资质证书: '建筑业企业资质证书',
  建筑工程施工许可证: '施工许可证',
  建设工程规划许可证: '建设工程规划许可证',
  建设用地规划许可证: '建设用地规划许可证',
  公共场所卫生许可证: '卫生许可证',
  排污许可证: '排污许可证',
  取水许可证: '取水许可证',
  烟草专卖零售许可证: '烟草专卖零售许可证',
  危险化学品经营许可证: '危险化学品经营许可证',
  人力资源服务许可证: '人力资源服务许可证',
  劳务派遣经营许可证: '劳务派遣经营许可证',
  农药经营许可证: '农药经营许可证',
  兽药经营许可证: '兽药经营许可证',
  动物防疫条件合格证: '动物防疫条件合格证',
  娱乐经营许可证: '娱乐经营许可证',
  旅行社业务经营许可证: '旅行社业务经营许可证',
  出版物经营许可证: '出版物经营许可证',
  民办学校办学许可证: '办学许可证',
  特种设备使用登记证: '使用登记证',
  特种设备作业人员证: '作业人员证',
  渔业捕捞许可证: '捕捞许可证',
  林木采伐许可证: '采伐许可证',
  律师执业证: '律师执业证',
  就业创业证: '就业创业证',
  退役军人优待证: '优待证',
}

const ID: MaterialDef = {
  name: '居民身份证',
  eLicense: '居民身份证',
  source: '公安机关核发',
  note: '申请人本人有效居民身份证原件；已领取电子证照的可免于提交',
}

/** Materials most items share, by a short key. */
export const MATERIALS: Record<string, MaterialDef> = {
  身份证: ID,
  户口簿: { name: '居民户口簿', eLicense: '居民户口簿', source: '公安机关核发', note: '户主页及本人页；已领取电子证照的可免于提交' },
  结婚证: { name: '结婚证', eLicense: '结婚证', source: '婚姻登记机关核发', note: '已婚申请人提供；系统可核验婚姻登记信息的免于提交' },
  营业执照: { name: '营业执照', eLicense: '营业执照', source: '市场监督管理部门核发', note: '已领取电子营业执照的免于提交纸质件' },
  法人身份证: {
    name: '法定代表人（负责人）居民身份证',
    eLicense: '居民身份证',
    source: '公安机关核发',
    note: '法定代表人（负责人）有效居民身份证；已领取电子证照的可免于提交',
  },
  委托书: {
    name: '授权委托书及受托人居民身份证',
    required: false,
    copies: 0,
    source: '申请人自备',
    note: '委托他人代为办理时提供，委托书须写明委托事项和权限并由委托人签字（盖章）',
    sample: '授权委托书（样本）',
  },
  不动产权证书: { name: '不动产权证书', eLicense: '不动产权证书', source: '不动产登记机构核发', note: '已发放电子证照的免于提交纸质件' },
  社保卡: { name: '社会保障卡', eLicense: '社会保障卡', source: '人力资源和社会保障部门核发', note: '实体卡或电子社保卡均可' },
  驾驶证: { name: '机动车驾驶证', eLicense: '机动车驾驶证', source: '公安机关交通管理部门核发', note: '已申领电子驾驶证的可免于提交' },
  行驶证: { name: '机动车行驶证', eLicense: '机动车行驶证', source: '公安机关交通管理部门核发', note: '已申领电子行驶证的可免于提交' },
  出生医学证明: { name: '出生医学证明', eLicense: '出生医学证明', source: '助产机构签发', note: '婴儿出生时由助产机构签发的《出生医学证明》' },
  残疾人证: { name: '中华人民共和国残疾人证', eLicense: '残疾人证', source: '残疾人联合会核发', note: '第二代智能化残疾人证或电子残疾人证' },
  居住证: { name: '福建省居住证', eLicense: '居住证', source: '公安机关核发', note: '非本市户籍人员提供，须在有效期内' },
  照片: {
    name: '近期二寸免冠彩色证件照片',
    originals: 2,
    source: '申请人自备',
    note: '6个月内白底正面免冠照片；可上传电子照片',
  },
  场所证明: {
    name: '经营场所使用证明',
    copies: 1,
    source: '申请人自备',
    note: '自有房产提供不动产权证书（可由部门核验电子证照），租赁的提供租赁合同；已实行住所（经营场所）申报承诺制的，填报承诺即可',
  },
  平面图: { name: '经营场所平面布局图', copies: 1, source: '申请人自备', note: '标明各功能区、设施设备位置及面积，并由申请人签字（盖章）' },
  管理制度: { name: '相关管理制度文本', copies: 1, source: '申请人自备', note: '包括岗位责任、进货查验、记录档案等制度，加盖单位公章' },
  安全制度: { name: '安全生产管理制度和操作规程', copies: 1, source: '申请人自备', note: '加盖单位公章' },
  承诺书: {
    name: '告知承诺书',
    source: '审批部门提供',
    note: '实行告知承诺制的，申请人签署承诺书后可不再提交相关证明材料',
    sample: '告知承诺书（样本）',
  },
  银行账户: { name: '本人银行账户信息', copies: 1, source: '申请人自备', note: '本人名下借记卡（一类账户）卡号及开户行；可使用社会保障卡金融账户' },
  人员资质: { name: '专业技术人员资格（职称）证明', copies: 1, source: '申请人自备', note: '与申请事项相适应的专业技术人员名单及资格证书' },
  设备清单: { name: '主要设施设备清单', copies: 1, source: '申请人自备', note: '列明名称、型号、数量，加盖单位公章' },
  劳动合同: { name: '劳动合同', copies: 1, source: '申请人自备', note: '用人单位与劳动者依法签订的劳动合同' },
}

/** A licence's variants with its 变更 split by what changes (名称变更, 法定代表人变更 …). */
export function detailed(changes: string[], tail: VariantSpec[] = ['延续', '注销', '补证']): VariantSpec[] {
  return ['新办', ...changes.map((c): VariantSpec => ({ label: `${c}变更`, action: 'change' })), ...tail]
}
