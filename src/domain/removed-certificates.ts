/**
 * The 20 certificates a 村(居)委会 must no longer issue, with the ways people actually word them,
 * the legal reason and where to get the fact instead. Pure and free of Taro: the app warns before
 * a request is sent and the mock refuses it with the same words; the cadre's one-tap refusal
 * quotes them too.
 *
 * Source: 《不应由基层群众性自治组织出具证明事项清单（第一批）》, annex of 民政部、国家发展改革委、
 * 公安部、司法部、人力资源社会保障部、国家卫生健康委《关于改进和规范基层群众性自治组织出具证明
 * 工作的指导意见》（民发〔2020〕20号, April 2020).
 *
 * Matching is by meaning, not by the list's literal names: 我与张三的父子关系, 无业证明, 身份证丢失,
 * 独生子女证明 and 收入证明 are the same removed certificates as 亲属关系证明, 居民就业状况证明,
 * 证件遗失证明, 婚育状况证明 and 居民财产证明. Each wording is a pattern over the text with spaces
 * removed. Keep the patterns narrow enough that the types a committee still issues (居住证明,
 * 家庭经济状况证明, 权属来源证明, 村民小组成员身份证明 …) never match; removedCertificates.test.ts
 * pins both sides. Add a wording there first when a new one is found.
 */

/** One removed certificate: its name in the list, how people word it, where the fact comes from instead. */
export interface RemovedCertificate {
  /** The name in the 2020 list, e.g. 亲属关系证明. */
  readonly name: string
  /** Wordings that ask for it (matched on the text without spaces). */
  readonly wordings: readonly RegExp[]
  /** Where to get the fact instead, in a resident's words. */
  readonly instead: string
}

/** The document behind the list, as a resident and a cadre quote it. */
export const REMOVED_CERTIFICATES_BASIS = '民政部等六部门《关于改进和规范基层群众性自治组织出具证明工作的指导意见》（民发〔2020〕20号）'

// Kinship words that, before 关系, make a relationship between two people (父子关系, 母女关系, 夫妻关系 …).
const KIN = '父母子女儿夫妻兄弟姐妹祖孙爷奶婆媳婿叔伯侄舅甥姑姨公'

export const REMOVED_CERTIFICATES: readonly RemovedCertificate[] = [
  {
    name: '亲属关系证明',
    wordings: [/亲属关系/, /亲属证明/, /亲戚关系/, /直系亲属/, /血缘关系/, /抚养关系/, /赡养关系/, /收养关系/, new RegExp(`[${KIN}]{2}关系`), new RegExp(`(?:是|系)[^，。；,;]{0,8}的(?:父亲|母亲|儿子|女儿|丈夫|妻子|兄弟|姐妹|孙子|孙女)`)],
    instead: '户口簿上能看出的亲属关系，请到户籍所在地公安派出所开具户籍证明；户口簿上看不出的，可以由本人书面承诺（个人承诺），或到公证机构办理亲属关系公证。',
  },
  {
    name: '居民身份信息证明',
    wordings: [/身份信息/, /居民身份证明/, /本人身份证明/, /同一人/, /人户一致/, /身份证号(?:码)?(?:一致|相符|变更|证明)/],
    instead: '请凭居民身份证办理；需要证明身份信息的，由户籍所在地公安派出所开具户籍证明。',
  },
  {
    name: '户口登记项目内容变更申请证明',
    wordings: [/户口登记/, /户籍证明/, /户口(?:迁移|迁入|迁出|变更|更正|项目)/, /落户/, /曾用名/, /更正(?:姓名|出生日期|民族)/],
    instead: '户口登记项目的变更、更正由公安派出所依据有关材料核实办理，不需要村（居）委会证明。',
  },
  {
    name: '居民养犬证明',
    wordings: [/养犬/, /养狗/, /犬只/],
    instead: '养犬登记由当地养犬管理部门（公安机关）办理，需要时由本人书面承诺。',
  },
  {
    name: '无犯罪记录证明',
    wordings: [/犯罪/, /违法记录/, /前科/, /政审/],
    instead: '请到公安派出所申请开具无犯罪记录证明（也可在当地公安政务服务平台网上申请）。',
  },
  {
    name: '社区戒毒社区康复人员情况证明（表现证明）',
    wordings: [/戒毒/, /吸毒/, /社区康复/],
    instead: '由负责社区戒毒、社区康复工作的乡镇（街道）社区戒毒社区康复工作办公室或公安禁毒部门出具。',
  },
  {
    name: '人员失踪证明',
    wordings: [/失踪/, /下落不明/, /走失/, /失联/],
    instead: '请到公安机关报案，取得报案回执；宣告失踪由人民法院依法判决。',
  },
  {
    name: '婚育状况证明',
    wordings: [/婚育/, /生育/, /独生子女/, /计划生育/, /节育/, /超生/, /未育/, /子女数/],
    instead: '婚育情况由本人书面承诺；独生子女等计划生育情况由乡镇（街道）卫生健康部门依据档案核实。',
  },
  {
    name: '婚姻状况证明',
    wordings: [/婚姻/, /未婚/, /已婚/, /离婚/, /再婚/, /单身/, /丧偶/, /未娶/, /未嫁/],
    instead: '请到民政部门婚姻登记机关查询本人的婚姻登记记录；也可以由本人书面承诺婚姻状况。',
  },
  {
    name: '出生证明',
    wordings: [/出生/, /新生儿/, /生日证明/],
    instead: '出生医学证明由接生的医疗机构签发；没有出生医学证明的，请到公安派出所按规定办理。',
  },
  {
    name: '健在证明',
    wordings: [/健在/, /生存/, /在世/, /活着/, /还活/, /尚在人世/, /存活/],
    instead: '领取养老金等需要认证的，由社保经办机构通过人脸识别等方式认证，或由本人书面承诺。',
  },
  {
    name: '死亡证明',
    wordings: [/死亡/, /去世/, /逝世/, /过世/, /身故/, /病故/, /已故/],
    instead: '《居民死亡医学证明（推断）书》由医疗卫生机构出具；非正常死亡由公安机关出具。',
  },
  {
    name: '疾病状况证明',
    wordings: [/疾病/, /患病/, /病情/, /生病/, /有病/, /身体状况/, /健康状况/, /病史/],
    instead: '请到就诊的医疗机构开具诊断证明。',
  },
  {
    name: '残疾状况证明',
    wordings: [/残疾/, /伤残/, /残障/, /残废/],
    instead: '残疾情况以残疾人联合会核发的残疾人证为准，请到县级残联办理残疾评定。',
  },
  {
    name: '居民就业状况证明',
    wordings: [/就业/, /失业/, /无业/, /待业/, /无工作/, /没有工作/, /没工作/, /在职/, /务工证明/, /工作证明/, /从业/],
    instead: '就业、失业登记由人力资源社会保障部门（乡镇、街道劳动保障所）办理；就业情况也可以由本人书面承诺。',
  },
  {
    name: '居民个人档案证明',
    wordings: [/档案/],
    instead: '请向保管档案的单位（人才服务机构、原工作单位或档案馆）查询。',
  },
  {
    name: '居民财产证明',
    wordings: [/财产/, /存款/, /资产/, /收入证明/, /收入情况证明/, /个人收入/, /工资/, /车辆/, /名下/],
    instead: '财产由各自的登记机构证明（不动产登记机构、车辆管理所、开户银行）；收入由工作单位证明，或由本人书面承诺。',
  },
  {
    name: '遗产继承权证明',
    wordings: [/继承/, /遗产/, /遗嘱/],
    instead: '继承权请到公证机构办理继承公证，有争议的由人民法院判决。',
  },
  {
    name: '市场主体住所证明',
    wordings: [/市场主体/, /住所证明/, /经营场所/, /营业场所/, /注册地址/, /营业执照/, /个体户/, /个体工商户/, /开店/],
    instead: '市场主体登记住所实行申报承诺制，由申请人向市场监管部门书面申报、承诺，不需要村（居）委会证明。',
  },
  {
    name: '证件遗失证明',
    wordings: [/遗失/, /丢失/, /丢了/, /弄丢/, /被盗/, /被偷/, /补办/],
    instead: '证件丢失请直接到发证机关挂失补办（身份证丢失到公安派出所补领），不需要村（居）委会证明。',
  },
]

/** The text as matched: no spaces (父 子 关系 reads as 父子关系). */
function normalize(text: string): string {
  return text.replace(/\s+/g, '')
}

/** The removed certificate `text` asks for, if any (the first in list order). */
export function findRemovedCertificate(text: string): RemovedCertificate | null {
  const plain = normalize(text)
  if (!plain) return null
  return REMOVED_CERTIFICATES.find((r) => r.wordings.some((w) => w.test(plain))) ?? null
}

/** The name of the removed certificate `text` asks for, or null. */
export function removedCertificateIn(text: string): string | null {
  return findRemovedCertificate(text)?.name ?? null
}

/** What the resident reads: the legal reason and where to go instead. */
export function removedCertificateMessage(removed: RemovedCertificate): string {
  return `「${removed.name}」已被国家明确取消、不再由村（居）委会出具（${REMOVED_CERTIFICATES_BASIS}）。${removed.instead}`
}

/** The cadre's one-tap refusal of a request that asks for a removed certificate (≤ 200 characters). */
export function removedCertificateRefusal(removed: RemovedCertificate): string {
  return `所申请的「${removed.name}」不属于村（居）委会出具范围（民发〔2020〕20号已取消）。${removed.instead}`
}

/**
 * The refusals a cadre can send in one tap (不予出具), each a complete reason the resident can act
 * on. Anything else is typed.
 */
export const STANDARD_REFUSALS: readonly string[] = [
  '所申请的事项不属于村（居）委会出具证明的范围（民发〔2020〕20号），请向有关主管部门申请，或按要求以个人书面承诺代替。',
  '经核实，申请人不是本村（社区）居民，也不在本村（社区）实际居住，村（居）委会无法证明所述情况。',
  '经村（居）委会走访核实，所述情况与实际不符，不予出具。',
  '所需证明的事实村（居）委会无从核实，请向掌握该事实的单位申请证明。',
]
