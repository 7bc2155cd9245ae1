// 公共服务 items for consultation and lookups (政策咨询、信息查询), which every department's
// catalogue lists. They need no application: the guide says how to ask and what the answer rests on.
import type { DeptKind } from '../../departments'
import { group, type BaseDef } from '../model'

const ASK = { name: '咨询（查询）事项说明', form: '电子或口头', source: '申请人自备', required: false, note: '可通过“泉服务”小程序留言、咨询电话或到窗口当面咨询，无需提交材料' }
const LOOKUP = { name: '查询条件', form: '电子', source: '申请人在线填写', note: '涉及本人信息的须先完成实名认证；查询他人或单位信息的须提供授权' }

type Entry = [DeptKind, string[], string[], 'p' | 'l' | 'b']

// [department, topics, theme ids, audience]
const TOPICS: Entry[] = [
  ['public-security', ['治安管理业务政策咨询', '网络安全管理政策咨询', '户籍业务政策咨询', '出入境业务政策咨询', '车辆和驾驶人业务政策咨询', '交通违法信息查询', '出入境证件办理进度查询', '居民身份证办理进度查询'], ['p-household', 'p-exit-entry'], 'p'],
  ['human-resources', ['工伤保险政策咨询', '失业保险政策咨询', '人事档案政策咨询', '职称评审政策咨询', '社会保险政策咨询', '就业创业政策咨询', '劳动关系政策咨询', '职业技能培训信息查询', '人力资源市场供求信息查询', '职业技能等级证书查询', '养老保险待遇测算', '社会保险缴费信息查询'], ['p-social-security', 'p-employment'], 'p'],
  ['medical-security', ['生育保险政策咨询', '门诊慢特病政策咨询', '医疗保障政策咨询', '定点医药机构查询', '医保药品目录查询', '医保缴费记录查询', '异地就医定点医疗机构查询'], ['p-health', 'p-social-security'], 'p'],
  ['market-regulation', ['知识产权政策咨询', '计量和标准化政策咨询', '广告监管政策咨询', '企业登记政策咨询', '食品药品安全政策咨询', '企业信用信息查询', '企业名称查询', '特种设备使用登记信息查询', '计量检定机构查询'], ['l-establish', 'l-permits'], 'b'],
  ['housing-construction', ['建筑市场政策咨询', '房屋租赁政策咨询', '住房保障政策咨询', '商品房预售信息查询', '建筑市场主体信用信息查询', '物业管理政策咨询', '房屋交易网签信息查询'], ['p-housing', 'l-construction'], 'b'],
  ['natural-resources', ['规划许可政策咨询', '矿产资源政策咨询', '测绘地理信息政策咨询', '不动产登记政策咨询', '不动产登记办理进度查询', '国土空间规划公示信息查询', '土地供应信息查询'], ['p-property', 'l-construction'], 'b'],
  ['civil-affairs', ['地名信息查询', '慈善组织信息查询', '社会救助政策咨询', '婚姻登记政策咨询', '养老服务政策咨询', '养老机构信息查询', '社会组织登记政策咨询', '殡葬服务政策咨询'], ['p-assistance', 'p-marriage', 'p-elderly'], 'p'],
  ['health', ['职业健康政策咨询', '健康体检机构查询', '医疗机构信息查询', '医师护士执业信息查询', '生育政策咨询', '预防接种门诊查询', '公共场所卫生许可信息查询'], ['p-health', 'p-birth'], 'p'],
  ['transport', ['公路路政政策咨询', '出租汽车政策咨询', '道路运输政策咨询', '道路运输经营业户信息查询', '营运车辆信息查询', '从业资格证信息查询', '公交线路信息查询'], ['l-transport', 'p-transport'], 'b'],
  ['tax', ['社会保险费缴纳政策咨询', '出口退税政策咨询', '个人所得税政策咨询', '税收政策咨询', '发票真伪查询', '纳税信用级别查询', '办税进度及结果信息查询', '涉税专业服务机构信息查询'], ['l-tax', 'p-tax'], 'b'],
  ['housing-fund', ['住房公积金贷款政策咨询', '住房公积金政策咨询', '住房公积金贷款额度试算', '住房公积金缴存明细查询', '住房公积金贷款进度查询'], ['p-housing'], 'p'],
  ['education', ['学籍管理政策咨询', '中考招生政策咨询', '招生入学政策咨询', '学生资助政策咨询', '教师资格政策咨询', '学校办学信息查询', '民办学校和校外培训机构信息查询'], ['p-education'], 'p'],
  ['ecology-environment', ['固体废物管理政策咨询', '环境影响评价政策咨询', '排污许可信息查询', '环境质量信息查询'], ['l-environment'], 'l'],
  ['culture-tourism', ['文物保护政策咨询', '广播电视政策咨询', '文化市场经营政策咨询', '旅行社信息查询', 'A级旅游景区信息查询', '文化市场经营单位信息查询'], ['l-culture', 'p-culture'], 'b'],
  ['agriculture', ['农产品质量安全政策咨询', '农机安全政策咨询', '农业补贴政策咨询', '农资经营单位信息查询', '农机购置补贴信息查询', '动物防疫政策咨询'], ['p-rural', 'l-agriculture'], 'b'],
  ['water-resources', ['水土保持政策咨询', '河道管理政策咨询', '水利政策咨询', '取水许可信息查询'], ['l-construction'], 'l'],
  ['forestry', ['林业政策咨询', '林木采伐信息查询'], ['p-rural'], 'b'],
  ['emergency', ['防灾减灾政策咨询', '安全生产政策咨询', '危险化学品经营单位信息查询'], ['l-safety', 'p-safety'], 'b'],
  ['urban-management', ['城市管理政策咨询', '户外广告设置规划查询'], ['l-construction'], 'b'],
  ['justice', ['法律援助政策咨询', '社区矫正政策咨询', '法律咨询', '律师及律师事务所信息查询', '公证机构及公证员信息查询', '司法鉴定机构及司法鉴定人信息查询', '人民调解组织信息查询'], ['p-legal'], 'p'],
  ['veterans', ['退役军人抚恤政策咨询', '退役军人优待政策咨询', '退役军人就业创业政策咨询'], ['p-veterans'], 'p'],
  ['disabled-persons', ['残疾人就业政策咨询', '残疾人保障政策咨询', '残疾人证办理进度查询'], ['p-disability'], 'p'],
  ['development-reform', ['投资项目审批政策咨询', '投资项目在线审批办理进度查询', '价格政策咨询'], ['l-investment'], 'l'],
  ['industry-it', ['工业和信息化政策咨询', '惠企政策咨询'], ['l-technology'], 'l'],
  ['commerce', ['商务政策咨询', '外贸外资政策咨询'], ['l-trade'], 'l'],
  ['science-technology', ['科技政策咨询', '科技项目申报信息查询'], ['l-technology'], 'l'],
  ['finance', ['政府采购政策咨询', '会计管理政策咨询'], ['l-tax'], 'l'],
  ['archives', ['档案馆藏信息查询'], ['p-certificates'], 'b'],
  ['civil-air-defense', ['人民防空工程政策咨询'], ['l-construction'], 'l'],
  ['meteorology', ['气象信息查询', '防雷减灾政策咨询'], ['l-safety'], 'b'],
  ['ethnic-religious', ['民族宗教政策咨询'], ['l-social-org'], 'b'],
  ['customs', ['通关政策咨询', '进出口商品归类咨询'], ['l-trade'], 'l'],
  ['tobacco', ['烟草专卖零售许可政策咨询'], ['l-permits'], 'b'],
  ['fire-rescue', ['消防安全检查政策咨询'], ['l-safety'], 'l'],
  ['sports', ['体育场馆开放信息查询'], ['p-culture'], 'p'],
  ['ocean-fishery', ['渔业政策咨询'], ['p-rural'], 'b'],
  ['postal', ['快递市场政策咨询'], ['l-permits'], 'l'],
  ['data', ['公共数据开放目录查询'], ['l-technology'], 'b'],
  ['power-supply', ['用电业务咨询', '电费电量查询', '停电信息查询'], ['p-housing'], 'b'],
  ['public-resources', ['公共资源交易信息查询', '招标投标政策咨询'], ['l-investment'], 'l'],
]

export const consulting: BaseDef[] = TOPICS.flatMap(([dept, topics, th, aud]) =>
  topics.map((name) =>
    group(dept, { aud, t: 'service', th, law: ['《中华人民共和国政府信息公开条例》', '《国务院关于加快推进全国一体化在线政务服务平台建设的指导意见》（国发〔2018〕27号）'], inst: true, palm: true, bare: true })(name, {
      legal: 5,
      mats: [name.endsWith('咨询') || name.endsWith('测算') ? ASK : LOOKUP],
      cond: [name.endsWith('咨询') ? '公民、法人和其他组织均可咨询' : '公民、法人和其他组织均可查询；涉及个人信息的仅限本人或经授权查询'],
      std: ['答复内容准确、完整，并告知依据和办理渠道'],
      res: name.endsWith('咨询') ? '咨询答复' : '查询结果',
      pop: name.includes('政策咨询') ? 400 : 1500,
    }),
  ),
)
