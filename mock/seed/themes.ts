import type { Theme } from '../../types/service-item'

// Themes let residents browse without typing (个人 / 法人 主题, as on 福建省网上办事大厅).
// Ids are stable: the catalogue and the app refer to them.
const PERSONAL: ReadonlyArray<[string, string]> = [
  ['p-birth', '生育收养'],
  ['p-household', '户籍办理'],
  ['p-education', '教育科研'],
  ['p-employment', '就业创业'],
  ['p-social-security', '社会保障'],
  ['p-health', '医疗卫生'],
  ['p-marriage', '婚姻登记'],
  ['p-housing', '住房保障'],
  ['p-transport', '交通出行'],
  ['p-exit-entry', '出境入境'],
  ['p-disability', '残疾人'],
  ['p-elderly', '养老服务'],
  ['p-assistance', '社会救助'],
  ['p-certificates', '证件办理'],
  ['p-safety', '公共安全'],
  ['p-veterans', '退役安置'],
  ['p-legal', '法律服务'],
  ['p-property', '不动产登记'],
  ['p-tax', '纳税缴费'],
  ['p-rural', '农业农村'],
  ['p-culture', '文化体育'],
  ['p-funeral', '死亡殡葬'],
]

const LEGAL: ReadonlyArray<[string, string]> = [
  ['l-establish', '设立变更'],
  ['l-permits', '准营准办'],
  ['l-construction', '工程建设'],
  ['l-tax', '税收财务'],
  ['l-qualification', '资质认定'],
  ['l-annual', '年检年审'],
  ['l-hr', '人力资源'],
  ['l-environment', '环保绿化'],
  ['l-transport', '交通运输'],
  ['l-health', '医疗卫生'],
  ['l-culture', '文化体育'],
  ['l-agriculture', '农林牧渔'],
  ['l-trade', '商务贸易'],
  ['l-ip', '知识产权'],
  ['l-safety', '安全生产'],
  ['l-termination', '注销清算'],
  ['l-investment', '投资审批'],
  ['l-technology', '科技创新'],
  ['l-social-security', '社会保障'],
  ['l-property', '不动产登记'],
  ['l-education', '教育培训'],
  ['l-social-org', '社会组织'],
]

export const themes: Theme[] = [
  ...PERSONAL.map(([id, name]): Theme => ({ id, name, audience: 'personal' })),
  ...LEGAL.map(([id, name]): Theme => ({ id, name, audience: 'legal' })),
]

export type ThemeId = (typeof PERSONAL)[number][0] | (typeof LEGAL)[number][0]
