/**
 * Colloquial fragments residents type, mapped to the wording official item names use.
 * Item `aliases` cover whole colloquial names of particular items (社保卡 → 社会保障卡申领);
 * this table covers fragments that appear inside many names (医保 → 医疗保障 …), so that
 * "医保报销" or "社保 转移" find the official names too. One-way: official wording is always
 * matched literally anyway.
 */
export const DEFAULT_SYNONYMS: Readonly<Record<string, readonly string[]>> = {
  社保: ['社会保障', '社会保险'],
  医保: ['医疗保障', '医疗保险'],
  养老金: ['养老保险', '基本养老'],
  失业金: ['失业保险金'],
  生育险: ['生育保险'],
  公积金: ['住房公积金'],
  驾照: ['驾驶证'],
  行驶本: ['行驶证'],
  车牌: ['号牌'],
  准生证: ['生育登记', '生育服务证'],
  生娃: ['生育'],
  出生证: ['出生医学证明'],
  开饭店: ['食品经营'],
  开餐馆: ['食品经营'],
  开药店: ['药品经营', '药品零售'],
  开网吧: ['互联网上网服务'],
  开公司: ['设立登记'],
  注册公司: ['设立登记'],
  个体户: ['个体工商户'],
  执照: ['营业执照'],
  结婚证: ['结婚登记'],
  离婚证: ['离婚登记'],
  户口: ['户籍'],
  落户: ['户口迁入', '户籍'],
  迁户口: ['户口迁移'],
  房产证: ['不动产权证', '不动产登记'],
  过户: ['转移登记'],
  低保: ['最低生活保障'],
  残疾证: ['残疾人证'],
  老年证: ['老年人优待'],
  健康证: ['健康合格证明', '健康检查'],
  护照: ['普通护照'],
  港澳通行证: ['往来港澳通行证'],
  台湾通行证: ['往来台湾通行证'],
  暂住证: ['居住证'],
  退休: ['养老保险待遇'],
  独生子女证: ['独生子女父母光荣证'],
  无犯罪证明: ['无犯罪记录证明'],
}

/**
 * Other spellings of a normalized term: each known colloquial fragment in it replaced by each
 * of its official wordings (one replacement at a time; combinations are rare in practice).
 */
export function synonymVariants(term: string, table: Readonly<Record<string, readonly string[]>>): string[] {
  const variants: string[] = []
  for (const colloquial in table) {
    const officials = table[colloquial]
    const at = term.indexOf(colloquial)
    if (at < 0) continue
    for (const official of officials) {
      const variant = term.slice(0, at) + official + term.slice(at + colloquial.length)
      if (variant !== term && !variants.includes(variant)) variants.push(variant)
    }
  }
  return variants
}
