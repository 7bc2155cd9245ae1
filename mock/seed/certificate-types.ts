import type { CertificateType } from '@contract/certificate'

/**
 * The village certificates (村(居)证明) a 村(居)委会 may issue: a configurable list (SPEC §4).
 * What goes to the app is the contract's `CertificateType`; the rest of a config (title, template,
 * retirement, conditional materials) stays on the server.
 */
export interface CertificateTypeConfig extends Omit<CertificateType, 'materialConditions' | 'removedScreen'> {
  /** false = retired: not listed and refused on submit; requests already made keep their snapshot. */
  active: boolean
  /** Title printed on the certificate, e.g. 居住证明. */
  title: string
  /**
   * The certificate's text. Placeholders: {name} (full name), {idNumber} (masked), {place}
   * (county + township + village, e.g. 晋江市安海镇西安村), {purpose}, and any field by its key
   * ({address} …), which is replaced by the field's display text (labels for choices, units for
   * numbers, 2022年3月1日 for dates). Only required fields may be used, so no hole is left.
   */
  template: string
  /**
   * Materials that become required when a single-choice field has one of some values (租赁合同 only
   * for 租住 / 借住). The contract's `required` stays false for them; `note` says when.
   */
  requiredWhen?: Record<string, { field: string; values: string[] }>
  /**
   * Where a request must not ask for a removed certificate: field keys, and `purpose` for the 用途
   * (其他依法出具的证明's 证明事项 and 用途). Only there: a 居住证明 used for 新生儿落户 is lawful.
   */
  screenRemoved?: string[]
}

/** A date field's `max` of `today` means "not after the day of the request" (resolved per request). */
export const TODAY = 'today'

const IDENTITY_MATERIAL = {
  key: 'm1',
  name: '居民户口簿或居民身份证照片',
  required: true,
  eLicenseType: null,
  note: '户口簿首页和本人页，或身份证正反面，拍清楚四角',
  maxFiles: 3,
} as const

export const CERTIFICATE_TYPES: readonly CertificateTypeConfig[] = [
  {
    id: 'residence',
    name: '居(租)住证明',
    active: true,
    title: '居住证明',
    purpose:
      '证明您在本村（社区）实际居住（自有住房、租住或借住均可），常用于子女入学、申领居住证、办理社保医保和公积金等需要说明居住情况的场合。',
    fields: [
      { key: 'address', kind: 'address', label: '居住地址', required: true, hint: '写到门牌号，如 安海镇西安村西安路 12 号', placeholder: '请填写现居住的详细地址', minLength: 5, maxLength: 100 },
      { key: 'since', kind: 'date', label: '居住起始日期', required: true, hint: '从哪一天起住在这里', placeholder: null, min: '1949-10-01', max: TODAY },
      {
        key: 'tenure',
        kind: 'single',
        label: '居住性质',
        required: true,
        hint: null,
        placeholder: null,
        options: [
          { value: 'own', label: '自有住房' },
          { value: 'rent', label: '租住' },
          { value: 'borrow', label: '借住' },
        ],
      },
      { key: 'members', kind: 'number', label: '同住人数', required: false, hint: '含本人', placeholder: null, min: 1, max: 30, integer: true, unit: '人' },
    ],
    materials: [
      IDENTITY_MATERIAL,
      { key: 'm2', name: '租赁合同或借住说明照片', required: false, eLicenseType: null, note: '租住、借住的须上传；自有住房的无需上传', maxFiles: 9 },
      { key: 'm3', name: '房屋产权证明照片', required: false, eLicenseType: null, note: '自有住房的可上传不动产权证书或房屋所有权证', maxFiles: 3 },
    ],
    requiredWhen: { m2: { field: 'tenure', values: ['rent', 'borrow'] } },
    template:
      '兹证明{name}（公民身份号码：{idNumber}）自{since}起居住于{address}，居住性质为{tenure}，现实际居住在{place}。\n经村（居）民委员会核实，情况属实。\n此证明用于{purpose}。',
    validDays: 90,
  },
  {
    id: 'family-hardship',
    name: '家庭经济状况证明',
    active: true,
    title: '家庭经济状况证明',
    purpose:
      '根据您家庭的人口、收入和困难情况，证明家庭经济较为困难（低收入、因病因灾等），常用于学生申请助学金、学费减免和临时救助等。低保、特困等认定由民政部门办理，不以本证明代替。',
    fields: [
      { key: 'members', kind: 'number', label: '家庭人口', required: true, hint: '共同生活的家庭成员，含本人', placeholder: null, min: 1, max: 20, integer: true, unit: '人' },
      { key: 'annualIncome', kind: 'number', label: '家庭年收入', required: true, hint: '近 12 个月全家收入合计，估算即可', placeholder: null, min: 0, max: 10_000_000, integer: true, unit: '元' },
      {
        key: 'cause',
        kind: 'single',
        label: '困难类型',
        required: true,
        hint: null,
        placeholder: null,
        options: [
          { value: 'low-income', label: '家庭收入低' },
          { value: 'illness', label: '家庭成员患病' },
          { value: 'disaster', label: '遭受自然灾害或意外' },
          { value: 'schooling', label: '子女上学负担重' },
          { value: 'other', label: '其他原因' },
        ],
      },
      { key: 'reason', kind: 'textarea', label: '困难原因', required: true, hint: '简要说明家庭困难的具体情况', placeholder: '如：父亲长期患病无法务工，家中仅母亲务农维持生活', minLength: 10, maxLength: 500 },
    ],
    materials: [
      { ...IDENTITY_MATERIAL, name: '居民户口簿照片', note: '户口簿首页和家庭成员页' },
      { key: 'm2', name: '困难情况相关材料', required: false, eLicenseType: null, note: '如病历、医疗费票据、受灾照片等，有则上传', maxFiles: 9 },
    ],
    template:
      '兹证明{name}（公民身份号码：{idNumber}）系{place}居民，家庭人口{members}，家庭年收入约{annualIncome}。\n经村（居）民委员会走访核实，该户因{cause}，家庭经济较为困难。具体情况：{reason}\n此证明用于{purpose}。',
    validDays: 90,
  },
  {
    id: 'property-source',
    name: '权属来源证明',
    active: true,
    title: '权属来源证明',
    purpose: '证明本村（社区）范围内宅基地、房屋的来源（自建、集体分配、购买等）和使用情况，常用于办理不动产登记、房屋征收补偿等。',
    fields: [
      {
        key: 'object',
        kind: 'single',
        label: '证明对象',
        required: true,
        hint: null,
        placeholder: null,
        options: [
          { value: 'homestead', label: '宅基地' },
          { value: 'house', label: '房屋' },
          { value: 'both', label: '宅基地及房屋' },
        ],
      },
      { key: 'location', kind: 'address', label: '房屋坐落', required: true, hint: '写到门牌号或地块四至', placeholder: '如 安海镇西安村后厝 35 号', minLength: 5, maxLength: 100 },
      { key: 'area', kind: 'number', label: '宅基地面积', required: true, hint: '以批准文件或实测为准', placeholder: null, min: 1, max: 2000, integer: false, unit: '平方米' },
      { key: 'floorArea', kind: 'number', label: '建筑面积', required: false, hint: null, placeholder: null, min: 1, max: 10_000, integer: false, unit: '平方米' },
      {
        key: 'source',
        kind: 'single',
        label: '权属来源',
        required: true,
        hint: null,
        placeholder: null,
        options: [
          { value: 'self-built', label: '经批准自建' },
          { value: 'allocated', label: '村集体分配' },
          { value: 'purchased', label: '购买' },
          { value: 'exchanged', label: '置换' },
          { value: 'other', label: '其他' },
        ],
      },
      { key: 'acquiredOn', kind: 'date', label: '取得时间', required: true, hint: '批准、分配或购买的日期，记不清的填大致日期', placeholder: null, min: '1949-10-01', max: TODAY },
    ],
    materials: [
      IDENTITY_MATERIAL,
      { key: 'm2', name: '房屋现状照片', required: true, eLicenseType: null, note: '房屋正面和周边四至各一张', maxFiles: 9 },
      { key: 'm3', name: '宅基地批准文件或建房审批材料', required: false, eLicenseType: null, note: '有则上传，如用地批准书、建房许可', maxFiles: 9 },
    ],
    template:
      '兹证明坐落于{location}的{object}（宅基地面积{area}），系{name}（公民身份号码：{idNumber}）于{acquiredOn}以{source}方式取得，至今由其使用。\n经村（居）民委员会核实，四至界址清楚，无权属争议。\n此证明用于{purpose}。',
    // SPEC §7: every certificate carries 有效期至. "No dispute today" is a fact that can change, so a
    // registry asks for a recent one; half a year covers a 不动产登记 from request to acceptance.
    validDays: 180,
  },
  {
    id: 'other-lawful',
    name: '其他依法出具的证明',
    active: true,
    title: '证明',
    purpose:
      '法律法规规定由村（居）民委员会出具、且不在国家取消清单中的其他证明。请写明证明事项和依据；亲属关系、婚姻状况、出生、死亡、无犯罪记录等 20 项证明已明确不由村（居）委会出具。',
    fields: [
      { key: 'subject', kind: 'text', label: '证明事项', required: true, hint: '如：村民小组成员身份证明', placeholder: null, minLength: 2, maxLength: 50 },
      { key: 'content', kind: 'textarea', label: '需证明的内容', required: true, hint: '写清要证明的事实', placeholder: null, minLength: 10, maxLength: 500 },
      { key: 'basis', kind: 'text', label: '出具依据', required: true, hint: '法律法规条款，或办事单位要求的文件名称', placeholder: '如《中华人民共和国村民委员会组织法》第二十四条', minLength: 2, maxLength: 100 },
    ],
    materials: [IDENTITY_MATERIAL, { key: 'm2', name: '相关证明材料', required: false, eLicenseType: null, note: '能说明所证明事实的材料，有则上传', maxFiles: 9 }],
    screenRemoved: ['subject', 'purpose'],
    template: '兹证明{name}（公民身份号码：{idNumber}）系{place}居民。\n经村（居）民委员会核实：{content}\n证明事项：{subject}；出具依据：{basis}。\n此证明用于{purpose}。',
    validDays: 90,
  },
]

/**
 * The 20 certificates that 基层群众性自治组织 must no longer issue (民发〔2020〕20号) with their common
 * wordings: one list for the app's warning and the server's refusal, in src/domain.
 */
export { REMOVED_CERTIFICATES, removedCertificateIn } from '@/domain/removed-certificates'
