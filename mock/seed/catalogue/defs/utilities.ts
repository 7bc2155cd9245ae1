// 便民服务单位 and 公共资源交易 hosted in the service centers (SPEC §2: 进驻 … 公共资源交易单位、
// 便民服务单位): electricity connection services, water, gas and cable transfers, public-resource trading.
import { group, type BaseDef } from '../model'

const POWER = ['《中华人民共和国电力法》', '《电力供应与使用条例》', '《供电营业规则》']
const TRADING = ['《中华人民共和国招标投标法》', '《中华人民共和国政府采购法》', '《公共资源交易平台管理暂行办法》']

const power = group('power-supply', { aud: 'b', t: 'service', th: ['p-housing', 'l-construction'], law: POWER, legal: 15, palm: true })
const trade = group('public-resources', { aud: 'l', t: 'service', th: ['l-investment', 'l-construction'], law: TRADING, legal: 5, inst: true, palm: true })

export const utilities: BaseDef[] = [
  power('{s}', {
    s: ['低压居民用电新装', '低压非居民用电新装', '高压用电新装', '电动汽车充电设施用电报装', '分布式光伏发电项目并网申请'],
    mats: ['用电人身份证明（居民身份证或营业执照）', '用电地址产权证明（不动产权证书或租赁合同）', '高压用户提供用电工程项目批准文件及用电设备清单'],
    cond: ['用电地址在本供电营业区内，具备供电条件'],
    pop: 8000,
    al: ['装电表', '报装用电', '新装电', '充电桩报装', '光伏并网'],
  }),
  power('{s}', {
    s: ['用电增容', '用电减容', '暂停用电', '恢复用电', '迁址用电', '移表', '更名过户', '分户', '并户', '销户', '用电类别变更', '居民峰谷分时电价申请', '居民阶梯电价“一户多人口”申请', '电能表校验申请', '电费发票开具'],
    inst: undefined,
    mats: ['用电人身份证明（居民身份证或营业执照）', '用电户号', '相关证明材料（不动产权证书、户口簿等，按业务提供）'],
    cond: ['已在本供电营业区开户的用电客户'],
    pop: 4000,
    al: ['电表过户', '电费发票', '峰谷电', '一户多人口'],
  }),
  // 水电气网联动过户 (SPEC §7, 二手房转移登记一件事): 同城通办, so they are implemented once, at the
  // city, for buyers in every region; always in the catalogue because the bundle names them.
  group('housing-construction', { aud: 'p', t: 'service', th: ['p-housing'], law: ['《城市供水条例》', '《城镇燃气管理条例》'], lv: 'c', inst: true, must: true })('{s}', {
    s: ['供水过户', '燃气过户'],
    lawBy: [['供水', ['《城市供水条例》']], ['燃气', ['《城镇燃气管理条例》']]],
    mats: ['新户主身份证明（居民身份证）', '不动产权证书或不动产登记受理凭证', '用水（用气）户号'],
    cond: ['房屋已办理或正在办理不动产转移登记，原户已结清水费（燃气费）'],
    pop: 300,
    al: ['水表过户', '燃气户过户', '煤气过户'],
  }),
  group('culture-tourism', { aud: 'p', t: 'service', th: ['p-housing'], law: ['《广播电视管理条例》'], lv: 'c', inst: true, must: true })('有线电视（宽带）过户', {
    mats: ['新户主身份证明（居民身份证）', '不动产权证书或不动产登记受理凭证', '有线电视（宽带）账号'],
    cond: ['房屋已办理或正在办理不动产转移登记，原户已结清费用'],
    pop: 200,
    al: ['宽带过户', '有线电视过户', '广电过户'],
  }),
  trade('{s}', {
    s: ['工程建设项目招标投标进场交易登记', '政府采购项目进场交易登记', '国有建设用地使用权出让交易', '国有产权交易', '矿业权出让交易', '公共资源交易场地预约', '投标保证金收退', '交易主体信息登记', '公共资源交易数字证书（CA）办理', '公共资源交易见证书出具'],
    mats: ['营业执照', '经办人居民身份证', '项目批准文件或交易委托材料'],
    cond: ['依法应当或自愿进入公共资源交易平台交易的项目和交易主体'],
    pop: 1500,
    al: ['招投标', '进场交易', 'CA证书', '保证金退还'],
  }),
]
