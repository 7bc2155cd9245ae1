/**
 * Form schemas of palm-capable (掌上办) items (`GET /items/{id}/form`). The most used items have
 * hand-written field sets (together they use every field kind); every other palm item gets a short
 * generic form by audience. Materials come from the guide. Deterministic: the same item always gets
 * the same schema (only a date bound of "today" follows the clock).
 */
import type {
  DateField,
  FormField,
  FormMaterial,
  FormOption,
  FormSchema,
  IdentityField,
  MultipleChoiceField,
  NumberField,
  RegionField,
  SingleChoiceField,
  TextField,
  UploadLimits,
} from '../../types/application'
import type { Material } from '../../types/service-item'
import type { CatalogueItem } from './types'

/** A date bound that means the day of the request (China date); resolved by buildFormSchema. */
export const TODAY = 'today'

/**
 * A date `n` years before the day of the request, for bounds and `likely` hints that follow the
 * clock (an old person's birth date); resolved by buildFormSchema like TODAY.
 */
export const yearsAgo = (n: number): string => `years-ago:${n}`

const YEARS_AGO = /^years-ago:(\d{1,3})$/

/** TODAY and yearsAgo(n) against `today` (YYYY-MM-DD); a plain date or null is kept as it is. */
export function resolveDate<T extends string | null | undefined>(token: T, today: string): T | string {
  if (token === TODAY) return today
  const years = typeof token === 'string' ? YEARS_AGO.exec(token) : null
  if (!years) return token
  const [y, m, d] = today.split('-').map(Number)
  const year = y - Number(years[1])
  // 29 February of a year that has none becomes the 28th.
  const day = m === 2 && d === 29 && !(year % 4 === 0 && (year % 100 !== 0 || year % 400 === 0)) ? 28 : d
  return `${String(year).padStart(4, '0')}-${String(m).padStart(2, '0')}-${String(day).padStart(2, '0')}`
}

/** Field keys: short camelCase, safe as object keys and in `fields.<key>` error paths. */
export const FIELD_KEY = /^[a-z][A-Za-z0-9]{0,31}$/

/** The theme of the items for the elderly (老年人), whose forms offer 为家人办 first. */
const ELDERLY_THEME = 'p-elderly'

// ---- builders -------------------------------------------------------------------------------

type Common = { required?: boolean; hint?: string | null; placeholder?: string | null }

/**
 * The field with a shared meaning (FormField.semantic): a 一件事 bundle form asks it once for every
 * part that has it. Keys and rules stay the item's own.
 */
function sem<F extends FormField>(semantic: string, field: F): F {
  return { ...field, semantic }
}

const options = (...pairs: [string, string][]): FormOption[] => pairs.map(([value, label]) => ({ value, label }))

function text(key: string, label: string, minLength: number, maxLength: number, o: Common = {}): TextField {
  return { kind: 'text', key, label, required: o.required ?? true, hint: o.hint ?? null, placeholder: o.placeholder ?? `请输入${label}`, minLength, maxLength }
}

function textarea(key: string, label: string, minLength: number, maxLength: number, o: Common = {}): TextField {
  return { ...text(key, label, minLength, maxLength, o), kind: 'textarea' }
}

function address(key: string, label: string, o: Common = {}): TextField {
  return { ...text(key, label, 5, 100, { placeholder: '街道、小区（村）、门牌号', ...o }), kind: 'address' }
}

function number(key: string, label: string, min: number, max: number, integer: boolean, unit: string | null, o: Common = {}): NumberField {
  return { kind: 'number', key, label, required: o.required ?? true, hint: o.hint ?? null, placeholder: o.placeholder ?? `请输入${label}`, min, max, integer, unit }
}

function date(key: string, label: string, min: string | null, max: string | null, o: Common & { likely?: string } = {}): FormField {
  const field: DateField = { kind: 'date', key, label, required: o.required ?? true, hint: o.hint ?? null, placeholder: o.placeholder ?? '请选择日期', min, max }
  return o.likely === undefined ? field : { ...field, likely: o.likely }
}

function single(key: string, label: string, opts: FormOption[], o: Common = {}): SingleChoiceField {
  return { kind: 'single', key, label, required: o.required ?? true, hint: o.hint ?? null, placeholder: o.placeholder ?? null, options: opts }
}

function multiple(key: string, label: string, opts: FormOption[], minItems: number, maxItems: number, o: Common = {}): MultipleChoiceField {
  return { kind: 'multiple', key, label, required: o.required ?? true, hint: o.hint ?? null, placeholder: o.placeholder ?? null, options: opts, minItems, maxItems }
}

function region(key: string, label: string, level: RegionField['level'], o: Common = {}): RegionField {
  return { kind: 'region', key, label, required: o.required ?? true, hint: o.hint ?? null, placeholder: o.placeholder ?? '请选择', level }
}

function identity(kind: IdentityField['kind'], key: string, label: string, o: Common = {}): IdentityField {
  const placeholder = kind === 'phone' ? '请输入 11 位手机号码' : kind === 'id-number' ? '请输入 18 位身份证号' : '请输入 18 位统一社会信用代码'
  return { kind, key, label, required: o.required ?? true, hint: o.hint ?? null, placeholder: o.placeholder ?? placeholder }
}

const contactPhone = (label = '联系电话', key = 'phone'): IdentityField =>
  sem('applicant.phone', identity('phone', key, label, { hint: '用于接收办理进度短信，工作人员也会通过它联系您' }))

const pickup = (windowLabel = '窗口领取'): SingleChoiceField =>
  sem('delivery.method', single('pickup', '领取方式', options(['window', windowLabel], ['mail', '免费邮寄']), { hint: '选择免费邮寄的，证件办好后通过 EMS 寄到下方地址' }))

/** Asked only when 领取方式 is 免费邮寄, and then required: a card could never be mailed without it. */
const mailAddress = (): TextField => ({
  ...address('mailAddress', '邮寄地址', { hint: '写明收件人所在街道、小区和门牌号' }),
  semantic: 'delivery.address',
  shownWhen: { field: 'pickup', values: ['mail'] },
})

// ---- hand-written forms of the common palm items ------------------------------------------------

const ID_CARD_RENEWAL: FormField[] = [
  single('reason', '换领原因', options(['expired', '有效期满换领'], ['damaged', '证件损坏换领'], ['changed', '登记项目变更换领'], ['other', '其他原因换领']), {
    hint: '证件损坏换领的工本费为 40 元',
  }),
  {
    ...textarea('reasonNote', '情况说明', 0, 200, { required: false, hint: '登记项目变更或其他原因换领的，请简要说明' }),
    requiredWhen: { field: 'reason', values: ['changed', 'other'] },
  },
  pickup('受理点领取'),
  mailAddress(),
  contactPhone(),
]

const ID_CARD_REISSUE: FormField[] = [
  single('reason', '补领原因', options(['lost', '遗失'], ['stolen', '被盗'], ['other', '其他'])),
  date('lostOn', '遗失（被盗）日期', '2004-01-01', TODAY, { hint: '记不清的可填写大概日期' }),
  textarea('lostNote', '遗失经过', 0, 200, { required: false, placeholder: '在何时何地遗失或被盗（选填）' }),
  pickup('受理点领取'),
  mailAddress(),
  contactPhone(),
]

const HOUSEHOLD_MOVE_IN: FormField[] = [
  single('reason', '迁入原因', options(['house', '购房落户'], ['relative', '投靠亲属'], ['talent', '人才引进'], ['job', '合法稳定就业'], ['other', '其他'])),
  sem('address.hukou', address('fromAddress', '迁出地户籍地址', { hint: '按原户口簿上的住址填写' })),
  region('toRegion', '迁入地（村/社区）', 'village', { hint: '逐级选择到村（社区）' }),
  address('toAddress', '迁入地详细地址', { hint: '具体到门牌号' }),
  single('relation', '与迁入地户主关系', options(['self', '本人为户主'], ['spouse', '配偶'], ['child', '子女'], ['parent', '父母'], ['other', '其他亲属'])),
  number('movers', '迁移人数', 1, 10, true, '人', { hint: '含本人；随迁的配偶、子女一并计入' }),
  contactPhone(),
]

const BIRTH_REGISTRATION: FormField[] = [
  sem('child.name', text('babyName', '新生儿姓名', 2, 20, { hint: '与出生医学证明上的姓名一致' })),
  sem('child.sex', single('babySex', '新生儿性别', options(['male', '男'], ['female', '女']))),
  sem('child.birthDate', date('birthDate', '出生日期', '2000-01-01', TODAY)),
  region('birthCounty', '出生地', 'county', { hint: '助产机构所在的县（市、区）' }),
  single('follow', '随父或随母落户', options(['father', '随父落户'], ['mother', '随母落户'])),
  sem('child.hukouRegion', region('settleRegion', '落户地（村/社区）', 'village')),
  sem('father.idNumber', identity('id-number', 'fatherIdNumber', '父亲身份证号', { hint: '非婚生育且父亲信息不详的可不填', required: false })),
  sem('mother.idNumber', identity('id-number', 'motherIdNumber', '母亲身份证号')),
  contactPhone(),
]

const RESIDENCE_PERMIT: FormField[] = [
  sem('address.residenceRegion', region('residenceRegion', '居住地（村/社区）', 'village')),
  sem('address.residence', address('residenceAddress', '居住地详细地址', { hint: '具体到门牌号，与租赁合同或住宿证明一致' })),
  single('reason', '居住事由', options(['job', '合法稳定就业'], ['study', '连续就读'], ['home', '合法稳定住所'], ['other', '其他'])),
  date('arrivedOn', '来泉居住日期', '1990-01-01', TODAY, { hint: '在泉州居住满半年方可申领' }),
  text('employer', '工作单位或就读学校', 2, 50, { required: false }),
  contactPhone(),
]

const DRIVING_LICENCE_RENEWAL: FormField[] = [
  single('reason', '换证原因', options(['expired', '有效期满换证'], ['damaged', '证件损毁换证'], ['age', '年龄达到规定换证'], ['address', '户籍迁出泉州换证'])),
  multiple(
    'classes',
    '准驾车型',
    options(['A1', 'A1 大型客车'], ['A2', 'A2 牵引车'], ['B1', 'B1 中型客车'], ['B2', 'B2 大型货车'], ['C1', 'C1 小型汽车'], ['C2', 'C2 小型自动挡汽车'], ['D', 'D 普通三轮摩托车'], ['E', 'E 普通二轮摩托车'], ['F', 'F 轻便摩托车']),
    1,
    3,
    { hint: '按原驾驶证上的准驾车型勾选' },
  ),
  text('fileNo', '驾驶证档案编号', 12, 12, { hint: '驾驶证副页上的 12 位数字', placeholder: '12 位数字' }),
  pickup('车管所领取'),
  mailAddress(),
  contactPhone(),
]

const HOUSING_FUND_WITHDRAWAL: FormField[] = [
  number('amount', '提取金额', 1, 1_000_000, false, '元', { hint: '不超过账户余额；可保留两位小数' }),
  single(
    'bank',
    '收款银行',
    options(['icbc', '中国工商银行'], ['abc', '中国农业银行'], ['boc', '中国银行'], ['ccb', '中国建设银行'], ['cib', '兴业银行'], ['qzbank', '泉州银行'], ['rcb', '农村商业银行']),
  ),
  text('account', '银行卡号', 16, 19, { hint: '须为本人名下的一类银行账户', placeholder: '16–19 位卡号' }),
  textarea('reasonNote', '提取情况说明', 0, 200, { required: false }),
  contactPhone(),
]

const SELF_EMPLOYED_REGISTRATION: FormField[] = [
  sem('business.name', text('businessName', '个体工商户名称', 2, 50, { required: false, hint: '可以不使用名称；使用的须为已申报的名称' })),
  single('organization', '组成形式', options(['individual', '个人经营'], ['family', '家庭经营'])),
  multiple(
    'scope',
    '经营范围',
    options(
      ['food-sale', '食品销售'],
      ['catering', '餐饮服务'],
      ['grocery', '日用百货零售'],
      ['clothing', '服装鞋帽零售'],
      ['beauty', '美容美发服务'],
      ['repair', '家用电器维修'],
      ['hardware', '五金建材零售'],
      ['other', '其他'],
    ),
    1,
    5,
    { hint: '涉及食品经营、卫生许可的，登记后还须办理相应许可' },
  ),
  sem('business.region', region('placeRegion', '经营场所（村/社区）', 'village')),
  sem('business.address', address('placeAddress', '经营场所详细地址', { hint: '具体到门牌号；实行住所申报承诺制，无需提交产权证明' })),
  sem('business.staff', number('staff', '从业人数', 1, 50, true, '人')),
  number('capital', '资金数额', 0.01, 10_000, false, '万元', { required: false }),
  contactPhone(),
]

const FOOD_BUSINESS_LICENCE: FormField[] = [
  sem('business.name', text('operatorName', '经营者名称', 2, 60, { hint: '与营业执照上的名称一致' })),
  sem('business.creditCode', identity('credit-code', 'creditCode', '统一社会信用代码', { hint: '营业执照上的 18 位代码' })),
  sem('business.legalRep', text('legalRep', '法定代表人（负责人）', 2, 20)),
  sem('business.legalRepIdNumber', identity('id-number', 'legalRepIdNumber', '法定代表人（负责人）身份证号')),
  sem('business.address', address('premises', '经营场所')),
  single('businessForm', '主体业态', options(['sale', '食品销售经营者'], ['catering', '餐饮服务经营者'], ['canteen', '单位食堂'])),
  multiple(
    'projects',
    '经营项目',
    options(
      ['prepackaged', '预包装食品销售'],
      ['bulk', '散装食品销售'],
      ['special', '特殊食品销售'],
      ['hot', '热食类食品制售'],
      ['cold', '冷食类食品制售'],
      ['raw', '生食类食品制售'],
      ['drinks', '自制饮品制售'],
    ),
    1,
    7,
  ),
  sem('business.area', number('area', '经营面积', 1, 100_000, false, '平方米')),
  text('safetyManager', '食品安全管理人员', 2, 20),
  identity('phone', 'safetyManagerPhone', '食品安全管理人员电话'),
  contactPhone(),
]

const SOCIAL_SECURITY_CARD: FormField[] = [
  single(
    'branch',
    '领卡网点',
    options(['center', '社保卡服务中心'], ['icbc', '中国工商银行网点'], ['abc', '中国农业银行网点'], ['ccb', '中国建设银行网点'], ['qzbank', '泉州银行网点']),
    { hint: '选择免费邮寄的，由所选银行寄出' },
  ),
  pickup('网点领取'),
  mailAddress(),
  contactPhone(),
]

const COMPANY_REGISTRATION: FormField[] = [
  sem('business.name', text('companyName', '企业名称', 4, 50, { hint: '经企业名称自主申报的名称' })),
  number('capital', '注册资本', 0.01, 10_000_000, false, '万元', { hint: '认缴出资额合计' }),
  region('placeTownship', '住所所在乡镇（街道）', 'township'),
  sem('business.address', address('placeAddress', '住所详细地址', { hint: '实行住所申报承诺制，填报具体到门牌号的住所' })),
  textarea('scope', '经营范围', 4, 500, { hint: '参照《经营范围规范表述目录》填写' }),
  sem('business.legalRep', text('legalRep', '法定代表人姓名', 2, 20)),
  sem('business.legalRepIdNumber', identity('id-number', 'legalRepIdNumber', '法定代表人身份证号')),
  number('shareholders', '股东人数', 1, 50, true, '人'),
  contactPhone(),
]

const PUBLIC_VENUE_HYGIENE: FormField[] = [
  sem('business.name', text('venueName', '场所名称', 2, 60)),
  single(
    'venueType',
    '场所类别',
    options(['hotel', '宾馆、旅店'], ['beauty', '美容美发场所'], ['bath', '沐浴场所'], ['pool', '游泳场所'], ['other', '其他公共场所']),
  ),
  sem('business.address', address('venueAddress', '场所地址')),
  sem('business.area', number('area', '营业面积', 1, 100_000, false, '平方米')),
  sem('business.staff', number('staff', '从业人员数', 1, 1000, true, '人', { hint: '从业人员须取得有效健康合格证明' })),
  contactPhone(),
]

// The elderly's benefits: usually applied for by a son or daughter (为家人办), so every field is
// about the old person, and the money may only go to their own account.
const OLD_AGE_ALLOWANCE: FormField[] = [
  sem('address.hukou', address('hukouAddress', '户籍地址', { hint: '按户口簿上的住址填写；高龄津贴由户籍所在地乡镇（街道）审核' })),
  sem('address.residence', address('homeAddress', '现居住地址', { hint: '与户籍地址相同的可再填一次，便于工作人员上门核实' })),
  single(
    'bank',
    '发放账户开户银行',
    options(['rcb', '农村商业银行（农村信用社）'], ['abc', '中国农业银行'], ['icbc', '中国工商银行'], ['ccb', '中国建设银行'], ['psbc', '中国邮政储蓄银行'], ['qzbank', '泉州银行']),
  ),
  text('bankAccount', '银行账号', 12, 30, { hint: '须为老年人本人名下账户（社会保障卡的金融账户也可以）', placeholder: '请输入银行卡号或社会保障卡金融账号' }),
  contactPhone('联系电话'),
]

// 老年人优待证 (issue 18): for residents of 60 and over, mostly applied for by a son or daughter.
// The card is picked up where it is applied for, or mailed.
const SENIOR_CARD: FormField[] = [
  single('situation', '申领情形', options(['first', '首次申领'], ['lost', '遗失补领'], ['damaged', '损坏换领'])),
  // Checked against the ID card; opens on the 1950s–1960s rather than this year (most applicants are 60–80).
  date('birthDate', '老年人出生日期', '1900-01-01', yearsAgo(60), { hint: '与居民身份证一致；年满 60 周岁可申领', likely: yearsAgo(70) }),
  sem('address.hukou', address('hukouAddress', '户籍地址', { hint: '按户口簿上的住址填写；由户籍所在地乡镇（街道）受理' })),
  pickup('乡镇（街道）便民服务中心领取'),
  mailAddress(),
  contactPhone('联系电话'),
]

const ELDERLY_CARE_SUBSIDY: FormField[] = [
  single('difficulty', '困难类型', options(['dibao', '最低生活保障对象'], ['tekun', '特困供养人员'], ['edge', '低保边缘家庭成员'])),
  single('condition', '老年人状况', options(['disabled', '失能'], ['semi', '半失能'], ['aged', '80 周岁以上高龄'])),
  single('service', '服务方式', options(['home', '居家上门服务'], ['daycare', '社区日间照料'], ['institution', '入住养老机构'])),
  sem('address.residence', address('homeAddress', '现居住地址')),
  contactPhone('联系电话'),
]

// ---- parts of the 一件事 bundles (新生儿出生, 开餐饮店, 开便利店, 企业开办) ------------------------
// Their shared fields carry the same `semantic` as 出生登记's or 个体工商户设立登记's, so the
// bundle's merged form asks the baby's name or the shop's address once.

const BANKS = options(['icbc', '中国工商银行'], ['abc', '中国农业银行'], ['boc', '中国银行'], ['ccb', '中国建设银行'], ['cib', '兴业银行'], ['qzbank', '泉州银行'], ['rcb', '农村商业银行'])

const NEWBORN_INSURANCE: FormField[] = [
  sem('child.name', text('childName', '新生儿姓名', 2, 20, { hint: '与出生医学证明上的姓名一致' })),
  sem('child.sex', single('childSex', '新生儿性别', options(['male', '男'], ['female', '女']))),
  sem('child.birthDate', date('childBirthDate', '出生日期', '2000-01-01', TODAY, { hint: '出生 90 天内参保的，自出生之日起享受医保待遇' })),
  text('birthCertNo', '出生医学证明编号', 10, 10, { hint: '出生医学证明右上角的编号，1 位字母加 9 位数字', placeholder: '如 Q350123456' }),
  sem('child.hukouRegion', region('insuredRegion', '参保地（村/社区）', 'village', { hint: '随父母一方的户籍地或居住地参保' })),
  sem('mother.idNumber', identity('id-number', 'guardianIdNumber', '母亲身份证号', { hint: '母亲为监护人办理；缴费从母亲名下账户代扣' })),
  contactPhone(),
]

const MATERNITY_MEDICAL: FormField[] = [
  sem('mother.name', text('motherName', '生育职工姓名', 2, 20)),
  sem('mother.idNumber', identity('id-number', 'motherIdNumber', '生育职工身份证号')),
  sem('child.birthDate', date('deliveryDate', '分娩日期', '2000-01-01', TODAY, { hint: '即新生儿出生日期' })),
  single('deliveryKind', '分娩方式', options(['natural', '顺产'], ['caesarean', '剖宫产'], ['other', '其他（流产、引产等）'])),
  text('hospital', '分娩医院', 2, 50, { hint: '在定点医疗机构分娩且已直接结算的，无需再申请医疗费用报销' }),
  number('medicalCost', '医疗费用金额', 0, 200_000, false, '元', { required: false, hint: '未直接结算的，按发票合计金额填写' }),
  single('bank', '收款银行', BANKS),
  text('bankAccount', '银行卡号', 16, 19, { hint: '须为生育职工本人名下的一类银行账户', placeholder: '16–19 位卡号' }),
  contactPhone(),
]

const BUSINESS_NAME = (label: string, min = 2) => sem('business.name', text('businessName', label, min, 60, { hint: '与营业执照上的名称一致' }))
const BUSINESS_CREDIT_CODE = () => sem('business.creditCode', identity('credit-code', 'creditCode', '统一社会信用代码', { hint: '营业执照上的 18 位代码' }))
const BUSINESS_ADDRESS = (label: string) => sem('business.address', address('businessAddress', label, { hint: '具体到门牌号' }))

const FIRE_SAFETY_COMMITMENT: FormField[] = [
  BUSINESS_NAME('场所名称'),
  BUSINESS_ADDRESS('场所地址'),
  single('venueUse', '场所用途', options(['catering', '餐饮场所'], ['shop', '商店、超市'], ['hotel', '宾馆、民宿'], ['entertainment', '歌舞娱乐、网吧'], ['other', '其他公众聚集场所'])),
  sem('business.area', number('area', '营业面积', 1, 100_000, false, '平方米')),
  number('floors', '所在楼层', -3, 100, true, '层', { hint: '地下楼层填负数，如 -1' }),
  number('capacity', '最大容纳人数', 1, 10_000, true, '人'),
  text('fireManager', '消防安全管理人', 2, 20),
  contactPhone(),
]

const SHOP_SIGN: FormField[] = [
  BUSINESS_NAME('店铺名称'),
  BUSINESS_ADDRESS('招牌设置地址'),
  text('signText', '招牌文字内容', 1, 30, { hint: '与营业执照上的名称或字号一致' }),
  number('signWidth', '招牌长度', 0.5, 30, false, '米'),
  number('signHeight', '招牌高度', 0.3, 3, false, '米', { hint: '招牌高度一般不超过 1.5 米' }),
  single('mounting', '设置方式', options(['wall', '平行于墙面设置'], ['awning', '设在门楣、雨篷上'], ['projecting', '垂直于墙面设置'])),
  single('lit', '是否有灯光照明', options(['no', '无'], ['yes', '有（夜间照明）'])),
  contactPhone(),
]

const SEWAGE_DISCHARGE: FormField[] = [
  BUSINESS_NAME('排水户名称'),
  BUSINESS_ADDRESS('排水地址'),
  multiple('sewageKinds', '污水类别', options(['catering', '餐饮污水'], ['washing', '洗涤污水'], ['car-wash', '洗车污水'], ['medical', '医疗污水'], ['other', '其他']), 1, 5),
  number('dailyVolume', '日排水量', 0.1, 10_000, false, '吨'),
  single('pretreatment', '预处理设施', options(['grease', '隔油池'], ['septic', '化粪池'], ['sediment', '沉淀池'], ['none', '无']), { hint: '餐饮污水须经隔油池处理后排入管网' }),
  contactPhone(),
]

const PREPACKAGED_FOOD_FILING: FormField[] = [
  BUSINESS_NAME('经营者名称'),
  BUSINESS_CREDIT_CODE(),
  BUSINESS_ADDRESS('经营场所'),
  multiple('categories', '销售食品类别', options(['prepackaged', '预包装食品（不含冷藏冷冻食品）'], ['chilled', '预包装食品（含冷藏冷冻食品）'], ['special', '特殊食品（保健食品等）']), 1, 3),
  sem('business.area', number('area', '经营面积', 1, 100_000, false, '平方米')),
  contactPhone(),
]

const TOBACCO_RETAIL: FormField[] = [
  BUSINESS_NAME('企业（字号）名称'),
  BUSINESS_CREDIT_CODE(),
  BUSINESS_ADDRESS('经营场所'),
  sem('business.area', number('area', '经营面积', 1, 100_000, false, '平方米')),
  single('shopKind', '经营业态', options(['convenience', '便利店'], ['supermarket', '超市'], ['grocery', '食杂店'], ['other', '其他'])),
  number('distance', '与最近的卷烟零售点距离', 0, 10_000, true, '米', { hint: '按实际步行距离填写，由烟草专卖局现场核实' }),
  contactPhone(),
]

const SEAL_FILING: FormField[] = [
  BUSINESS_NAME('企业名称', 4),
  BUSINESS_CREDIT_CODE(),
  sem('business.legalRep', text('legalRep', '法定代表人姓名', 2, 20)),
  multiple('seals', '刻制印章', options(['official', '公章'], ['finance', '财务专用章'], ['invoice', '发票专用章'], ['contract', '合同专用章'], ['legal-rep', '法定代表人名章']), 1, 5, {
    hint: '新开办企业首套印章由政府购买服务免费刻制',
  }),
  single('maker', '刻章企业', options(['any', '由系统就近分配'], ['center', '政务服务中心入驻刻章企业'])),
  contactPhone('经办人联系电话'),
]

const INVOICE_TYPES: FormField[] = [
  BUSINESS_NAME('纳税人名称', 4),
  BUSINESS_CREDIT_CODE(),
  multiple('invoiceKinds', '申领发票种类', options(['digital-general', '数电发票（普通发票）'], ['digital-special', '数电发票（增值税专用发票）']), 1, 2),
  single('limit', '开票额度', options(['100k', '10 万元以下'], ['1m', '100 万元以下'], ['10m', '1000 万元以下'])),
  text('taxAgent', '办税人员姓名', 2, 20),
  contactPhone('经办人联系电话'),
]

const EMPLOYER_PENSION_REGISTRATION: FormField[] = [
  BUSINESS_NAME('单位名称', 4),
  BUSINESS_CREDIT_CODE(),
  BUSINESS_ADDRESS('单位地址'),
  number('employees', '参保职工人数', 1, 100_000, true, '人'),
  date('startMonth', '参保起始日期', '2000-01-01', null, { hint: '一般为用工之日所在月的 1 日' }),
  single('bank', '缴费开户银行', BANKS),
  contactPhone('经办人联系电话'),
]

const EMPLOYER_HOUSING_FUND: FormField[] = [
  BUSINESS_NAME('单位名称', 4),
  BUSINESS_CREDIT_CODE(),
  BUSINESS_ADDRESS('单位地址'),
  number('employees', '缴存职工人数', 1, 100_000, true, '人'),
  single('rate', '缴存比例（单位、个人各）', options(['5', '5%'], ['6', '6%'], ['8', '8%'], ['10', '10%'], ['12', '12%'])),
  single('bank', '缴存银行', BANKS),
  contactPhone('经办人联系电话'),
]

/** Items with a hand-written form: exact names, and name families (every 住房公积金提取（…）). */
const BY_NAME: Record<string, FormField[]> = {
  居民身份证换领: ID_CARD_RENEWAL,
  居民身份证补领: ID_CARD_REISSUE,
  '户口迁移（迁入）': HOUSEHOLD_MOVE_IN,
  出生登记: BIRTH_REGISTRATION,
  居住证申领: RESIDENCE_PERMIT,
  机动车驾驶证换证: DRIVING_LICENCE_RENEWAL,
  机动车驾驶证延期换证: DRIVING_LICENCE_RENEWAL,
  个体工商户设立登记: SELF_EMPLOYED_REGISTRATION,
  '食品经营许可（新办）': FOOD_BUSINESS_LICENCE,
  社会保障卡申领: SOCIAL_SECURITY_CARD,
  有限责任公司设立登记: COMPANY_REGISTRATION,
  '公共场所卫生许可（新办）': PUBLIC_VENUE_HYGIENE,
  高龄津贴申领: OLD_AGE_ALLOWANCE,
  经济困难老年人养老服务补贴申领: ELDERLY_CARE_SUBSIDY,
  老年人优待证办理: SENIOR_CARD,
  新生儿参保登记: NEWBORN_INSURANCE,
  '生育保险待遇核准（生育医疗费用）': MATERNITY_MEDICAL,
  '公众聚集场所投入使用、营业前消防安全检查（告知承诺）': FIRE_SAFETY_COMMITMENT,
  户外招牌设施设置审核: SHOP_SIGN,
  '城镇污水排入排水管网许可（新办）': SEWAGE_DISCHARGE,
  仅销售预包装食品备案: PREPACKAGED_FOOD_FILING,
  '烟草专卖零售许可（新办）': TOBACCO_RETAIL,
  公章刻制备案: SEAL_FILING,
  发票票种核定: INVOICE_TYPES,
  企业职工基本养老保险单位参保登记: EMPLOYER_PENSION_REGISTRATION,
  住房公积金单位缴存登记: EMPLOYER_HOUSING_FUND,
}

const BY_PREFIX: [string, FormField[]][] = [['住房公积金提取（', HOUSING_FUND_WITHDRAWAL]]

/** Names (and name prefixes ending in （) of the items whose form is hand-written. */
export const HAND_WRITTEN_FORMS: readonly string[] = [...Object.keys(BY_NAME), ...BY_PREFIX.map(([prefix]) => prefix)]

export function handWrittenFields(name: string): FormField[] | null {
  if (Object.prototype.hasOwnProperty.call(BY_NAME, name)) return BY_NAME[name]
  return BY_PREFIX.find(([prefix]) => name.startsWith(prefix))?.[1] ?? null
}

// ---- generic forms ------------------------------------------------------------------------------

function purposeField(name: string): TextField {
  if (/咨询$/.test(name)) return textarea('purpose', '咨询内容', 5, 500, { hint: '写明想了解的政策或问题，工作人员将在 1 个工作日内答复' })
  if (/查询$/.test(name)) return textarea('purpose', '查询内容', 5, 500, { hint: '写明要查询的信息，如证件号码以外的办件编号、时间段' })
  return sem('application.purpose', textarea('purpose', '申请事由', 5, 500, { hint: '简要说明申请办理的情况和理由' }))
}

/** Every other palm item: just what the department needs to reach the applicant and know why. */
export function genericFields(item: Pick<CatalogueItem, 'name' | 'audience'>): FormField[] {
  if (item.audience === 'legal') {
    return [sem('business.address', address('unitAddress', '单位地址', { hint: '单位实际办公地址' })), contactPhone('经办人联系电话'), purposeField(item.name)]
  }
  return [contactPhone(), sem('applicant.address', address('contactAddress', '联系地址', { hint: '用于寄送办理结果或联系您' })), purposeField(item.name)]
}

// ---- materials and the commitment ---------------------------------------------------------------

const COMMITMENT_MATERIAL = /告知承诺书/

/**
 * Items under 告知承诺制: the （告知承诺） items and every item whose materials include a 告知承诺书.
 * Their 告知承诺书 is not uploaded: the person consents to the commitment text in the form instead.
 */
export function isUnderCommitment(item: Pick<CatalogueItem, 'name' | 'materials'>): boolean {
  return item.name.includes('告知承诺') || item.materials.some((m) => COMMITMENT_MATERIAL.test(m.name))
}

export function commitmentFor(item: Pick<CatalogueItem, 'name' | 'department' | 'audience'>): { title: string; text: string } {
  const who = item.audience === 'legal' ? '本单位' : item.audience === 'both' ? '本人（本单位）' : '本人'
  return {
    title: '告知承诺书',
    text: [
      `${who}申请办理「${item.name}」，已经知晓${item.department.name}告知的全部内容，现作出如下承诺：`,
      `一、所填写的信息和上传的材料真实、准确、完整、有效，不存在隐瞒或虚假情况；`,
      `二、已经知晓并符合该事项的受理条件和审批要求；`,
      `三、能够在约定期限内补交告知承诺书所列的相关证明材料，接受部门的事中事后核查；`,
      `四、如有不实承诺，愿意承担相应法律责任，接受撤销许可（决定）等处理，并同意将失信情况记入信用记录。`,
      `${who}在线勾选同意即视为签署本承诺书，与书面签字（盖章）具有同等效力。`,
    ].join('\n'),
  }
}

/**
 * How many files one material may take: 3 for a photo or one person's card (two sides and a
 * spare), 9 for documents of several pages and for the cards of several people.
 */
function maxFilesOf(material: Material): number {
  const name = material.name
  if (/免冠|合影/.test(name)) return 3
  if (/双方|家庭|成员|父母|股东|人员|名单/.test(name)) return 9
  if (/户口簿/.test(name)) return 9
  if (/证明|合同|协议|申请|报告|清单|制度|章程|文件|材料|发票|病历|说明|表$|书$/.test(name)) return 9
  if (material.eLicenseType || /身份证|执照|驾驶证|行驶证|卡$|证$|证书$/.test(name)) return 3
  return 9
}

export function formMaterials(item: Pick<CatalogueItem, 'name' | 'materials'>): FormMaterial[] {
  const commitment = isUnderCommitment(item)
  const list: FormMaterial[] = []
  item.materials.forEach((material, index) => {
    if (commitment && COMMITMENT_MATERIAL.test(material.name)) return
    // The key is the guide position, so it stays the same when another material is left out.
    list.push({ key: `m${index + 1}`, name: material.name, required: material.required, eLicenseType: material.eLicenseType, note: material.note, maxFiles: maxFilesOf(material) })
  })
  return list
}

export function applicantKindsOf(item: Pick<CatalogueItem, 'audience'>): ('personal' | 'legal')[] {
  return item.audience === 'both' ? ['personal', 'legal'] : [item.audience]
}

/**
 * The form schema of a palm item. `today` (YYYY-MM-DD, China date) resolves date bounds and
 * `likely` hints of "today" and yearsAgo(n), so a 遗失日期 or 出生日期 cannot lie in the future.
 */
export function buildFormSchema(item: CatalogueItem, today: string, uploads: UploadLimits): FormSchema {
  const fields = (handWrittenFields(item.name) ?? genericFields(item)).map((field) =>
    field.kind === 'date'
      ? { ...field, min: resolveDate(field.min, today), max: resolveDate(field.max, today), ...(field.likely === undefined ? {} : { likely: resolveDate(field.likely, today) }) }
      : field,
  )
  return {
    itemId: item.id,
    itemName: item.name,
    applicantKinds: applicantKindsOf(item),
    fields,
    materials: formMaterials(item),
    commitment: isUnderCommitment(item) ? commitmentFor(item) : null,
    uploads: { maxBytes: uploads.maxBytes, mimeTypes: [...uploads.mimeTypes] },
    promisedLimitDays: item.promisedLimitDays,
    fee: { charged: item.fee.charged, description: item.fee.description, basis: item.fee.basis },
    familyFirst: item.themes.includes(ELDERLY_THEME),
  }
}
