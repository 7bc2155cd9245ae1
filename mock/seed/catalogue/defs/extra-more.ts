// Further items of the national catalogue: social insurance for public institutions, employment
// support, social security cards, housing fund loans, ethnic and religious affairs, seeds, and
// items of the rural counties.
import { group, type BaseDef } from '../model'

const SI = '《中华人民共和国社会保险法》'
const SI_OPS = '《社会保险经办条例》（国务院令第765号）'
const RELIGION = '《宗教事务条例》'
const COASTAL = ['350505', '350581', '350582', '350583', '350521', '350599']

export const extraMore: BaseDef[] = [
  group('human-resources', { aud: 'b', t: 'service', th: ['p-social-security', 'l-social-security'], law: [SI, SI_OPS], inst: true, palm: true })('{s}', {
    s: ['机关事业单位职业年金缴费工资申报', '机关事业单位基本养老保险个人账户储存额一次性申领', '机关事业单位新增退休人员基础信息申报', '机关事业单位人员视同缴费年限申报', '机关事业单位退休人员待遇重新申报', '失业保险补贴发放账户维护（用人单位）'],
    mats: ['营业执照或事业单位法人证书', '经办人居民身份证', '相关人员名单及证明材料'],
    cond: ['依法参加机关事业单位养老保险或失业保险的单位及其工作人员'],
    pop: 800,
  }),
  group('human-resources', { aud: 'p', t: 'service', th: ['p-employment'], law: ['《中华人民共和国就业促进法》'], palm: true, legal: 10 })('{s}', {
    s: ['企业吸纳就业税收政策人员认定申请', '在校大学生创业担保贷款贴息申请', '大学生创业孵化基地入驻申请', '就业技能培训报名', '创业培训报名', '高校毕业生报到', '集体户口管理'],
    mats: ['身份证', '学历证明或就业创业证', '申请事项相关证明材料'],
    cond: ['符合本市就业创业扶持政策的劳动者、高校学生或毕业生'],
    pop: 1200,
    al: ['大学生创业', '毕业生报到', '免费培训'],
  }),
  group('human-resources', { aud: 'p', t: 'confirm', th: ['p-employment'], law: ['《中华人民共和国就业促进法》'], lv: 'c', legal: 20 })('高层次人才认定申请', {
    mats: ['身份证', '学历学位证书', '专业技术资格或业绩证明材料', '用人单位推荐意见'],
    cond: ['在本市工作、符合泉州市高层次人才认定标准的人才'],
    pop: 600,
    al: ['人才认定', '人才补贴'],
  }),
  group('human-resources', { aud: 'p', t: 'service', th: ['p-social-security', 'p-certificates'], law: [`${SI}第五十八条`], inst: true, palm: true })('社会保障卡{s}', {
    s: ['参保地转移', '非关键信息变更', '注销'],
    mats: ['身份证', '社保卡'],
    cond: ['已持有社会保障卡的参保人员本人'],
    res: '社会保障卡',
    pop: 3000,
    cross: true,
    al: ['社保卡'],
  }),
  group('housing-fund', { aud: 'p', t: 'service', th: ['p-housing'], law: ['《住房公积金管理条例》'], inst: true, palm: true })('{s}', {
    s: ['住房公积金个人账户信息变更', '住房公积金贷款还款方式变更', '住房公积金贷款委托扣划还款签约', '住房公积金贷款借款合同变更'],
    mats: ['身份证', '住房公积金借款合同（贷款业务提供）', '银行账户'],
    cond: ['住房公积金缴存职工或贷款职工本人'],
    prov: true,
    pop: 2500,
    al: ['公积金', '公积金贷款'],
  }),
  group('civil-affairs', { aud: 'l', t: 'service', th: ['l-social-org'], law: ['《社会团体登记管理条例》', '《民办非企业单位登记管理暂行条例》'], inst: true })('{s}', {
    s: ['出具社会团体开立验资账户通知书', '出具民办非企业单位开立验资账户通知书'],
    mats: ['申请书', '发起人或举办者身份证明', '业务主管单位同意文件（需要的）'],
    cond: ['拟申请成立登记的社会团体或民办非企业单位'],
    pop: 60,
  }),
  group('ethnic-religious', { aud: 'p', t: 'confirm', th: ['p-household', 'p-certificates'], law: ['《中国公民民族成份登记管理办法》'], legal: 20 })('公民民族成份确认和变更（{s}）', {
    s: ['未满十八周岁', '年满十八周岁'],
    mats: ['户口簿', '身份证', '父母双方民族成份证明', '民族成份变更申请书'],
    cond: ['依照《中国公民民族成份登记管理办法》可以确认或变更民族成份的公民'],
    pop: 60,
    al: ['改民族', '民族成份'],
  }),
  group('ethnic-religious', { aud: 'l', t: 'permit', th: ['l-social-org'], law: [RELIGION], legal: 30 })('{s}', {
    s: ['宗教活动场所主要教职人员任职备案', '设立其他固定宗教活动处所审批', '宗教活动场所异地重建审批', '宗教活动场所扩建审批'],
    mats: ['申请书', '宗教团体意见', '场所权属或建设方案', '主要教职人员身份及认定证明'],
    cond: ['符合《宗教事务条例》规定的条件'],
    pop: 30,
  }),
  group('health', { aud: 'l', t: 'permit', th: ['l-health'], law: ['《医疗用毒性药品管理办法》', '《健康体检管理暂行规定》'], legal: 20 })('{s}', {
    s: ['医疗机构开展健康体检备案', '科研和教学所需毒性药品购用审批'],
    mats: ['申请表', '医疗机构执业许可证或单位证明', '人员、设备或用途说明'],
    cond: ['具备相应条件的医疗机构，或因科研、教学需要购用毒性药品的单位'],
    pop: 40,
  }),
  group('market-regulation', { aud: 'b', t: 'service', th: ['l-establish'], law: ['《中华人民共和国市场主体登记管理条例》'], inst: true, palm: true })('电子营业执照下载与管理', {
    mats: ['法定代表人（负责人）居民身份证（通过人脸识别实名认证）'],
    cond: ['已登记的市场主体的法定代表人（负责人）'],
    res: '电子营业执照',
    pop: 6000,
    al: ['电子执照', '电子营业执照'],
  }),
  group('human-resources', { aud: 'l', t: 'filing', th: ['l-hr'], law: ['《中华人民共和国劳动合同法》'], inst: true, palm: true })('劳动用工备案', {
    mats: ['营业执照', '职工花名册及劳动合同签订情况'],
    cond: ['用人单位招用或解除、终止劳动合同的，在规定期限内办理备案'],
    pop: 5000,
    al: ['用工备案', '劳动合同备案'],
  }),
  group('market-regulation', { aud: 'l', t: 'service', th: ['l-annual'], law: ['《中华人民共和国民法典》'], inst: true })('守合同重信用企业公示申报', {
    mats: ['申报表', '营业执照', '合同履约情况说明'],
    cond: ['依法经营、合同履约信用良好的企业'],
    pop: 100,
  }),
  group('market-regulation', { aud: 'l', t: 'other', th: ['l-ip'], law: ['《地理标志产品保护办法》'], lv: 'c', legal: 20 })('地理标志产品专用标志使用申请', {
    mats: ['专用标志使用申请书', '营业执照', '产品产自地理标志产品保护地域范围的证明', '产品质量检验报告'],
    cond: ['在地理标志产品保护范围内生产该产品的企业（如安溪铁观音、德化白瓷、永春老醋等）'],
    pop: 80,
    al: ['地理标志', '铁观音标志'],
  }),
  group('agriculture', { aud: 'b', t: 'filing', th: ['l-agriculture'], law: ['《中华人民共和国种子法》', '《农作物种子生产经营许可管理办法》'], inst: true })('{s}', {
    s: ['专门经营不再分装的包装种子备案', '种子生产经营者在有效区域内设立分支机构备案', '受委托生产、代销种子备案'],
    mats: ['备案表', '营业执照', '种子生产经营许可证或委托书复印件'],
    cond: ['开展相应种子经营活动之日起15日内备案'],
    pop: 80,
  }),
  group('natural-resources', { aud: 'b', t: 'permit', th: ['l-agriculture'], law: ['《中华人民共和国土地管理法》'], legal: 20, lv: 'x' })('开发未确定使用权的国有荒山、荒地、荒滩审查', {
    mats: ['申请书', '身份证或营业执照', '开发方案及位置图'],
    cond: ['开发未确定使用权的国有荒山、荒地、荒滩从事种植业、林业、畜牧业、渔业生产'],
    pop: 10,
  }),
  group('science-technology', { aud: 'l', t: 'other', th: ['l-technology'], law: ['《中华人民共和国科学技术进步法》'], lv: 'c', legal: 30 })('{s}', {
    s: ['市级科技计划项目申报', '新型研发机构认定申报', '科技企业孵化器认定申报'],
    mats: ['申报书', '营业执照', '研发条件、人员和成果证明'],
    cond: ['在本市依法注册、符合申报指南要求的企业和机构'],
    pop: 200,
  }),
  group('transport', { aud: 'l', t: 'permit', th: ['l-transport'], law: ['《国内水路运输管理条例》', '《国内水路运输管理规定》'], lv: 'c', legal: 20 })('国内水路运输经营许可', {
    v: ['新办', '变更', '延续', '注销'],
    mats: ['国内水路运输经营申请书', '营业执照', '船舶所有权登记证书或光船租赁合同', '海务、机务管理人员资格证明', '安全管理制度'],
    cond: ['有符合要求的船舶和海务、机务管理人员，有健全的安全管理制度'],
    res: '国内水路运输经营许可证',
    pop: 20,
  }),
  group('culture-tourism', { aud: 'l', t: 'permit', th: ['l-culture'], law: ['《中华人民共和国文物保护法》'], lv: 'c', legal: 20 })('非国有文物收藏单位和其他单位借用国有文物收藏单位馆藏文物审批', {
    mats: ['申请书', '借用协议', '展览或研究方案', '安全保障措施'],
    cond: ['借用单位具备文物安全保管条件'],
    pop: 5,
  }),
  // Rural counties
  group('housing-construction', { aud: 'p', t: 'benefit', th: ['p-housing', 'p-rural'], law: ['《中华人民共和国建筑法》'], lv: 'x', legal: 20 })('农村低收入群体等重点对象危房改造补助申请', {
    mats: ['身份证', '户口簿', '房屋安全性鉴定结论或评定意见', '低收入人口身份证明（部门可核验的免于提交）'],
    cond: ['住房安全没有保障的农村低保户、特困人员、防止返贫监测对象等重点对象'],
    pop: 300,
    al: ['危房改造', '农村危房'],
  }),
  group('agriculture', { aud: 'p', t: 'benefit', th: ['p-rural'], law: ['《中华人民共和国农业法》'], lv: 'x', legal: 20, palm: true })('耕地地力保护补贴发放', {
    mats: ['身份证', '土地承包经营权证明', '社会保障卡或银行账户'],
    cond: ['拥有耕地承包权的种地农民，按实际种植面积享受补贴'],
    pop: 3000,
    al: ['种粮补贴', '农业补贴'],
  }),
  group('forestry', { aud: 'p', t: 'benefit', th: ['p-rural'], law: ['《中华人民共和国森林法》'], lv: 'x', legal: 20 })('森林生态效益补偿资金发放', {
    mats: ['身份证', '林权证明', '社会保障卡或银行账户'],
    cond: ['公益林经营者或所有者'],
    pop: 800,
  }),
  group('ocean-fishery', { aud: 'p', t: 'benefit', th: ['p-rural'], law: ['《中华人民共和国渔业法》'], lv: 'x', legal: 20, only: COASTAL })('渔业发展补助资金申领', {
    mats: ['身份证', '渔业船舶证书', '银行账户'],
    cond: ['符合渔业发展补助政策条件的渔船所有人'],
    pop: 300,
    al: ['渔船补贴', '渔业补贴'],
  }),
  group('finance', { aud: 'l', t: 'benefit', th: ['p-rural'], law: ['《村民一事一议筹资筹劳管理办法》'], lv: 'x', legal: 20 })('村级公益事业建设一事一议财政奖补申报', {
    mats: ['申报书', '村民会议或村民代表会议决议', '项目实施方案和预算'],
    cond: ['经村民一事一议程序议定的村内公益事业建设项目'],
    pop: 100,
  }),
]
