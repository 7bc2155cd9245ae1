// 一件事 bundles (集成套餐): one application, one set of materials, one window, for a life or
// business event. `parts` name the items it combines (in the guide's order); materials and steps are
// drawn from them. `opt` names the parts a person may leave out: the others are always applied for.
import type { DeptKind } from '../departments'

/** 一业一证 pilots (SPEC §7): 晋江市, 德化县, 泉州台商投资区 issue one 行业综合许可证 per bundle. */
export const INDUSTRY_LICENSE_PILOTS = ['350582', '350526', '350599']

export interface BundleDef {
  name: string
  dept: DeptKind
  aud: 'p' | 'l' | 'b'
  th: string[]
  /** c: city only, x: counties only, b: both. */
  lv: 'c' | 'x' | 'b'
  parts: string[]
  pop: number
  al: string[]
  /** Optional parts (names from `parts`); every other part is required. */
  opt?: string[]
  /**
   * 一业一证: the 行业综合许可证 the bundle ends in, where a pilot region implements it (elsewhere the
   * parts' own licences are issued as usual).
   */
  lic?: string
}

export const BUNDLES: BundleDef[] = [
  { name: '企业开办一件事', dept: 'market-regulation', aud: 'l', th: ['l-establish'], lv: 'b', parts: ['有限责任公司设立登记', '公章刻制备案', '发票票种核定', '企业职工基本养老保险单位参保登记', '住房公积金单位缴存登记'], pop: 12000, al: ['开公司', '企业开办', '开办企业', '注册公司'], opt: ['公章刻制备案', '发票票种核定', '企业职工基本养老保险单位参保登记', '住房公积金单位缴存登记'] },
  { name: '新生儿出生一件事', dept: 'health', aud: 'p', th: ['p-birth', 'p-household'], lv: 'b', parts: ['出生登记', '新生儿参保登记', '社会保障卡申领', '生育保险待遇核准（生育医疗费用）'], pop: 15000, al: ['出生一件事', '宝宝出生', '生孩子要办什么', '新生儿出生', '孩子出生', '宝宝上户口'], opt: ['社会保障卡申领', '生育保险待遇核准（生育医疗费用）'] },
  { name: '我要开餐饮店一件事', dept: 'market-regulation', aud: 'b', th: ['l-permits', 'l-establish'], lv: 'b', parts: ['个体工商户设立登记', '食品经营许可（新办）', '公众聚集场所投入使用、营业前消防安全检查（告知承诺）', '户外招牌设施设置审核', '城镇污水排入排水管网许可（新办）'], pop: 6000, al: ['开饭店', '开餐馆', '开餐饮店', '开小吃店', '开饭馆', '开餐厅'], opt: ['公众聚集场所投入使用、营业前消防安全检查（告知承诺）', '户外招牌设施设置审核', '城镇污水排入排水管网许可（新办）'], lic: '餐饮行业综合许可证' },
  { name: '我要开便利店一件事', dept: 'market-regulation', aud: 'b', th: ['l-permits', 'l-establish'], lv: 'b', parts: ['个体工商户设立登记', '仅销售预包装食品备案', '烟草专卖零售许可（新办）', '户外招牌设施设置审核'], pop: 4000, al: ['开便利店', '开小卖部', '开超市'], opt: ['烟草专卖零售许可（新办）', '户外招牌设施设置审核'], lic: '便利店行业综合许可证' },
  { name: '我要开药店一件事', dept: 'market-regulation', aud: 'l', th: ['l-permits', 'l-health'], lv: 'b', parts: ['药品零售企业经营许可（新办）', '第二类医疗器械经营备案', '医药机构申请定点协议管理（定点零售药店）'], pop: 600, al: ['开药店', '开药房'], opt: ['第二类医疗器械经营备案', '医药机构申请定点协议管理（定点零售药店）'] },
  { name: '我要开美容美发店一件事', dept: 'market-regulation', aud: 'b', th: ['l-permits', 'l-establish'], lv: 'b', parts: ['个体工商户设立登记', '公共场所卫生许可（新办）'], pop: 1500, al: ['开理发店', '开美容院', '开发廊'] },
  { name: '我要开宾馆一件事', dept: 'market-regulation', aud: 'l', th: ['l-permits'], lv: 'b', parts: ['旅馆业特种行业许可证核发（新办）', '公共场所卫生许可（新办）', '公众聚集场所投入使用、营业前消防安全检查（告知承诺）'], pop: 300, al: ['开宾馆', '开旅馆', '开民宿', '开酒店'], opt: ['公众聚集场所投入使用、营业前消防安全检查（告知承诺）'] },
  { name: '我要开网吧一件事', dept: 'culture-tourism', aud: 'l', th: ['l-permits', 'l-culture'], lv: 'b', parts: ['互联网上网服务营业场所经营单位经营活动审批（新办）', '公众聚集场所投入使用、营业前消防安全检查（告知承诺）'], pop: 60, al: ['开网吧'] },
  { name: '我要开歌舞娱乐场所一件事', dept: 'culture-tourism', aud: 'l', th: ['l-permits', 'l-culture'], lv: 'b', parts: ['娱乐场所从事娱乐场所经营活动审批（新办）', '公众聚集场所投入使用、营业前消防安全检查（告知承诺）'], pop: 80, al: ['开KTV', '开歌厅'] },
  { name: '我要开书店一件事', dept: 'culture-tourism', aud: 'b', th: ['l-permits', 'l-culture'], lv: 'b', parts: ['个体工商户设立登记', '出版物零售单位设立'], pop: 60, al: ['开书店'] },
  { name: '我要开游泳馆一件事', dept: 'sports', aud: 'l', th: ['l-permits', 'l-culture'], lv: 'c', parts: ['经营高危险性体育项目许可（游泳）（新办）', '公共场所卫生许可（新办）', '公众聚集场所投入使用、营业前消防安全检查（告知承诺）'], pop: 40, al: ['开游泳馆'] },
  { name: '我要开诊所一件事', dept: 'health', aud: 'b', th: ['l-health', 'l-permits'], lv: 'b', parts: ['诊所备案', '医师执业注册（变更注册）', '医药机构申请定点协议管理（定点医疗机构）'], pop: 150, al: ['开诊所', '开中医馆'], opt: ['医药机构申请定点协议管理（定点医疗机构）'] },
  { name: '我要开民办幼儿园一件事', dept: 'education', aud: 'l', th: ['l-education'], lv: 'b', parts: ['民办幼儿园设立审批', '公众聚集场所投入使用、营业前消防安全检查（一般程序）'], pop: 40, al: ['开幼儿园', '办幼儿园'] },
  { name: '我要开培训机构一件事', dept: 'culture-tourism', aud: 'l', th: ['l-education', 'l-culture'], lv: 'b', parts: ['非学科类校外培训机构（文化艺术类）设立审批', '公众聚集场所投入使用、营业前消防安全检查（告知承诺）'], pop: 120, al: ['开培训班', '开培训机构'] },
  { name: '我要开旅行社一件事', dept: 'culture-tourism', aud: 'l', th: ['l-permits', 'l-culture'], lv: 'c', parts: ['有限责任公司设立登记', '旅行社业务经营许可（境内旅游和入境旅游）（新办）'], pop: 40, al: ['开旅行社'] },
  { name: '我要开汽车维修店一件事', dept: 'transport', aud: 'b', th: ['l-transport', 'l-permits'], lv: 'b', parts: ['个体工商户设立登记', '机动车维修经营备案', '城镇污水排入排水管网许可（新办）'], pop: 300, al: ['开修车店', '开汽修厂'], opt: ['城镇污水排入排水管网许可（新办）'] },
  { name: '我要开加油站一件事', dept: 'commerce', aud: 'l', th: ['l-permits'], lv: 'c', parts: ['成品油零售经营批准（新办）', '危险化学品经营许可（带有储存设施）（新办）', '公众聚集场所投入使用、营业前消防安全检查（一般程序）'], pop: 20, al: ['开加油站'] },
  { name: '我要开农资店一件事', dept: 'agriculture', aud: 'b', th: ['l-agriculture', 'l-permits'], lv: 'b', parts: ['个体工商户设立登记', '农药经营许可（新办）', '农作物种子生产经营许可（新办）'], pop: 150, al: ['开农资店', '卖农药'], opt: ['农作物种子生产经营许可（新办）'] },
  { name: '我要开宠物医院一件事', dept: 'agriculture', aud: 'l', th: ['l-agriculture', 'l-permits'], lv: 'b', parts: ['动物诊疗许可（新办）', '城镇污水排入排水管网许可（新办）'], pop: 80, al: ['开宠物医院', '开宠物诊所'] },
  { name: '我要开养老机构一件事', dept: 'civil-affairs', aud: 'l', th: ['l-permits', 'p-elderly'], lv: 'b', parts: ['民办非企业单位成立登记', '养老机构备案', '公众聚集场所投入使用、营业前消防安全检查（一般程序）'], pop: 40, al: ['开养老院', '办养老院'] },
  { name: '我要开眼镜店一件事', dept: 'market-regulation', aud: 'b', th: ['l-permits'], lv: 'b', parts: ['个体工商户设立登记', '第二类医疗器械经营备案'], pop: 150, al: ['开眼镜店'] },
  { name: '我要开烟花爆竹零售店一件事', dept: 'emergency', aud: 'b', th: ['l-permits', 'l-safety'], lv: 'x', parts: ['个体工商户设立登记', '烟花爆竹经营（零售）许可（新办）'], pop: 200, al: ['卖烟花', '卖鞭炮'] },
  { name: '我要开快递驿站一件事', dept: 'postal', aud: 'b', th: ['l-permits', 'l-transport'], lv: 'c', parts: ['个体工商户设立登记', '快递末端网点备案'], pop: 200, al: ['开快递点', '快递驿站', '开驿站'] },
  { name: '我要开物流公司一件事', dept: 'transport', aud: 'l', th: ['l-transport', 'l-establish'], lv: 'b', parts: ['有限责任公司设立登记', '道路货物运输经营许可（新办）', '货物运输车辆道路运输证配发'], pop: 300, al: ['开物流公司', '跑货运'] },
  { name: '我要开建筑公司一件事', dept: 'housing-construction', aud: 'l', th: ['l-qualification', 'l-establish'], lv: 'c', parts: ['有限责任公司设立登记', '建筑业企业资质（建筑工程施工总承包）（首次申请）', '施工劳务企业资质备案'], pop: 80, al: ['开建筑公司', '建筑资质'] },
  { name: '我要开民宿一件事', dept: 'culture-tourism', aud: 'b', th: ['l-permits', 'p-rural'], lv: 'x', parts: ['个体工商户设立登记', '旅馆业特种行业许可证核发（新办）', '食品经营许可（新办）'], pop: 150, al: ['开民宿'], opt: ['食品经营许可（新办）'] },
  { name: '企业注销一件事', dept: 'market-regulation', aud: 'l', th: ['l-termination'], lv: 'b', parts: ['清税申报（注销税务登记）', '有限责任公司注销登记', '企业职工基本养老保险单位参保注销', '基本医疗保险单位参保注销'], pop: 4000, al: ['注销公司', '公司注销', '企业注销'], opt: ['企业职工基本养老保险单位参保注销', '基本医疗保险单位参保注销'] },
  { name: '企业信息变更一件事', dept: 'market-regulation', aud: 'l', th: ['l-establish'], lv: 'b', parts: ['有限责任公司变更登记', '一照一码户登记信息变更', '企业职工基本养老保险单位参保信息变更', '住房公积金单位缴存信息变更'], pop: 5000, al: ['公司变更', '企业变更'], opt: ['企业职工基本养老保险单位参保信息变更', '住房公积金单位缴存信息变更'] },
  { name: '企业迁移一件事', dept: 'market-regulation', aud: 'l', th: ['l-establish'], lv: 'b', parts: ['企业跨区域迁移登记', '一照一码户登记信息变更'], pop: 500, al: ['公司迁址', '企业迁移'] },
  { name: '员工录用一件事', dept: 'human-resources', aud: 'l', th: ['l-hr', 'l-social-security'], lv: 'b', parts: ['就业登记', '基本医疗保险单位参保信息变更', '住房公积金个人账户设立'], pop: 8000, al: ['招人', '员工入职', '新员工社保'], opt: ['住房公积金个人账户设立'] },
  { name: '职工退休一件事', dept: 'human-resources', aud: 'p', th: ['p-social-security', 'p-elderly'], lv: 'b', parts: ['职工正常退休申请', '住房公积金提取（离休、退休）', '基本医疗保险参保信息变更'], pop: 7000, al: ['办退休', '退休一件事', '退休', '退休手续'], opt: ['住房公积金提取（离休、退休）', '基本医疗保险参保信息变更'] },
  { name: '身后一件事', dept: 'civil-affairs', aud: 'p', th: ['p-funeral'], lv: 'b', parts: ['死亡注销户口', '惠民殡葬补助申领', '丧葬补助金、抚恤金申领', '住房公积金提取（职工死亡或被宣告死亡）', '社会保障卡注销'], pop: 3000, al: ['身后事', '老人去世', '去世后要办什么', '办后事', '丧事', '亲人去世'], opt: ['惠民殡葬补助申领', '丧葬补助金、抚恤金申领', '住房公积金提取（职工死亡或被宣告死亡）', '社会保障卡注销'] },
  { name: '教育入学一件事', dept: 'education', aud: 'p', th: ['p-education'], lv: 'x', parts: ['义务教育阶段新生入学登记', '居住证签注', '家庭经济困难学生认定'], pop: 12000, al: ['入学一件事', '上学一件事', '义务教育入学', '小学入学', '孩子上学'], opt: ['居住证签注', '家庭经济困难学生认定'] },
  { name: '婚育一件事', dept: 'civil-affairs', aud: 'p', th: ['p-marriage', 'p-birth'], lv: 'b', parts: ['内地居民结婚登记', '生育登记', '户口迁入（夫妻投靠）'], pop: 4000, al: ['结婚生子', '婚育', '公民婚育', '结婚登记一件事'], opt: ['生育登记', '户口迁入（夫妻投靠）'] },
  { name: '二手房转移登记及水电气联动过户一件事', dept: 'natural-resources', aud: 'p', th: ['p-property', 'p-housing'], lv: 'b', parts: ['存量房买卖合同网签备案', '存量房交易税费申报', '不动产登记（转移登记）', '更名过户', '供水过户', '燃气过户', '有线电视（宽带）过户'], pop: 8000, al: ['二手房过户', '买二手房', '水电过户', '卖房', '卖房子', '房屋过户'], opt: ['更名过户', '供水过户', '燃气过户', '有线电视（宽带）过户'] },
  { name: '新建商品房交房即交证一件事', dept: 'natural-resources', aud: 'b', th: ['p-property', 'l-property'], lv: 'b', parts: ['契税申报', '不动产登记（首次登记）', '不动产登记（转移登记）'], pop: 5000, al: ['交房即交证', '新房办证'], opt: ['不动产登记（首次登记）'] },
  { name: '住房保障一件事', dept: 'housing-construction', aud: 'p', th: ['p-housing', 'p-assistance'], lv: 'b', parts: ['公共租赁住房申请', '住房租赁补贴申请', '住房公积金提取（租赁住房）'], pop: 1500, al: ['申请公租房', '保障房'], opt: ['住房租赁补贴申请', '住房公积金提取（租赁住房）'] },
  { name: '残疾人服务一件事', dept: 'disabled-persons', aud: 'p', th: ['p-disability'], lv: 'b', parts: ['残疾人证申领', '困难残疾人生活补贴和重度残疾人护理补贴申领', '残疾人辅助器具适配补贴申请'], pop: 2000, al: ['残疾人一件事', '办残疾证'], opt: ['困难残疾人生活补贴和重度残疾人护理补贴申领', '残疾人辅助器具适配补贴申请'] },
  { name: '军人退役一件事', dept: 'veterans', aud: 'p', th: ['p-veterans'], lv: 'b', parts: ['退役军人报到', '户口迁入（退役军人落户）', '退役军人优待证申领', '企业职工基本养老保险关系转移接续'], pop: 800, al: ['退伍', '退役', '退役军人服务'], opt: ['户口迁入（退役军人落户）', '退役军人优待证申领', '企业职工基本养老保险关系转移接续'] },
  { name: '失业一件事', dept: 'human-resources', aud: 'p', th: ['p-employment'], lv: 'b', parts: ['失业登记', '失业保险金申领', '职业培训补贴申领'], pop: 6000, al: ['失业了', '失业一件事'], opt: ['职业培训补贴申领'] },
  { name: '灵活就业一件事', dept: 'human-resources', aud: 'p', th: ['p-employment', 'p-social-security'], lv: 'b', parts: ['就业登记', '灵活就业人员参加企业职工基本养老保险登记', '灵活就业人员职工基本医疗保险参保登记', '灵活就业人员住房公积金缴存登记'], pop: 5000, al: ['自由职业社保', '灵活就业'], opt: ['灵活就业人员职工基本医疗保险参保登记', '灵活就业人员住房公积金缴存登记'] },
  { name: '创业一件事', dept: 'human-resources', aud: 'p', th: ['p-employment'], lv: 'b', parts: ['个体工商户设立登记', '创业担保贷款申请', '一次性创业补贴申领'], pop: 1500, al: ['创业', '自己开店'], opt: ['创业担保贷款申请', '一次性创业补贴申领'] },
  { name: '困难群众救助一件事', dept: 'civil-affairs', aud: 'p', th: ['p-assistance'], lv: 'b', parts: ['最低生活保障审核确认', '临时救助申请', '医疗救助申请'], pop: 2500, al: ['困难救助', '救助'], opt: ['临时救助申请', '医疗救助申请'] },
  { name: '大病救助一件事', dept: 'medical-security', aud: 'p', th: ['p-health', 'p-assistance'], lv: 'b', parts: ['医疗救助申请', '医疗费用零星报销', '临时救助申请'], pop: 1500, al: ['大病救助', '重病救助'], opt: ['临时救助申请'] },
  { name: '医疗费用报销一件事', dept: 'medical-security', aud: 'p', th: ['p-health'], lv: 'b', parts: ['医疗费用零星报销', '异地就医备案（临时外出就医人员）'], pop: 6000, al: ['看病报销', '医保报销'], opt: ['异地就医备案（临时外出就医人员）'] },
  { name: '老年人优待服务一件事', dept: 'civil-affairs', aud: 'p', th: ['p-elderly'], lv: 'b', parts: ['高龄津贴申领', '经济困难老年人养老服务补贴申领'], pop: 3000, al: ['老人补贴', '老年人一件事'], opt: ['经济困难老年人养老服务补贴申领'] },
  { name: '工程建设项目开工一件事', dept: 'housing-construction', aud: 'l', th: ['l-construction'], lv: 'b', parts: ['建设工程规划许可证核发', '建设工程消防设计审查', '建筑工程施工许可证核发（新办）'], pop: 300, al: ['开工', '项目开工'] },
  { name: '工程建设项目竣工验收一件事', dept: 'housing-construction', aud: 'l', th: ['l-construction'], lv: 'b', parts: ['建设工程规划条件核实', '建设工程消防验收', '房屋建筑和市政基础设施工程竣工验收备案'], pop: 250, al: ['联合验收', '竣工验收'] },
  { name: '水电气网联合报装一件事', dept: 'housing-construction', aud: 'b', th: ['l-construction', 'p-housing'], lv: 'b', parts: ['城市道路占用、挖掘审批', '依附于城市道路建设各种管线、杆线等设施审批', '涉路施工许可（在公路用地范围内架设、埋设管线）'], pop: 1200, al: ['报装', '接水电'] },
  { name: '企业上市合法合规信息核查一件事', dept: 'development-reform', aud: 'l', th: ['l-investment'], lv: 'c', parts: ['开具无欠税证明', '市场监管领域信用修复申请'], pop: 30, al: ['上市核查', '合规证明'] },
  { name: '进出口经营一件事', dept: 'commerce', aud: 'l', th: ['l-trade'], lv: 'c', parts: ['进出口货物收发货人备案', '出口退（免）税备案', '出口货物原产地证书签发'], pop: 800, al: ['进出口权', '外贸备案'] },
  { name: '外国人来华工作一件事', dept: 'science-technology', aud: 'l', th: ['l-hr'], lv: 'c', parts: ['外国人来华工作许可（新办）', '外国人工作类居留证件签发'], pop: 150, al: ['外籍员工', '外国人工作'] },
  { name: '社会组织成立一件事', dept: 'civil-affairs', aud: 'l', th: ['l-social-org'], lv: 'b', parts: ['社会团体成立登记', '多证合一登记信息确认'], pop: 100, al: ['成立协会', '成立商会'] },
  { name: '个体工商户转型升级一件事', dept: 'market-regulation', aud: 'p', th: ['l-establish'], lv: 'b', parts: ['个体工商户转变为企业组织形式登记', '一照一码户登记信息变更'], pop: 400, al: ['个转企'] },
  { name: '机动车购置上牌一件事', dept: 'public-security', aud: 'p', th: ['p-transport'], lv: 'b', parts: ['车辆购置税申报', '机动车注册登记'], pop: 9000, al: ['买车上牌', '新车上牌'] },
  { name: '网约车从业一件事', dept: 'transport', aud: 'p', th: ['p-employment', 'p-transport'], lv: 'c', parts: ['网络预约出租汽车驾驶员证核发', '网络预约出租汽车运输证核发'], pop: 800, al: ['跑网约车', '开滴滴'] },
  { name: '农民建房一件事', dept: 'agriculture', aud: 'p', th: ['p-rural', 'p-property'], lv: 'x', parts: ['农村村民宅基地审批', '乡村建设规划许可证核发', '宅基地使用权及房屋所有权首次登记'], pop: 1500, al: ['农村建房', '盖房子', '自建房'] },
  { name: '林木采伐一件事', dept: 'forestry', aud: 'b', th: ['p-rural', 'l-agriculture'], lv: 'x', parts: ['林木采伐许可证核发', '林业植物检疫证书核发（调运检疫）'], pop: 300, al: ['砍树', '伐木'] },
  { name: '渔船更新改造一件事', dept: 'ocean-fishery', aud: 'b', th: ['p-rural', 'l-agriculture'], lv: 'x', parts: ['渔业船网工具指标审批', '渔业船舶所有权登记', '渔业捕捞许可（新办）'], pop: 100, al: ['渔船'] },
  { name: '社会保障卡居民服务一卡通一件事', dept: 'human-resources', aud: 'p', th: ['p-social-security', 'p-certificates'], lv: 'b', parts: ['社会保障卡申领', '电子社会保障卡申领', '医保电子凭证申领激活'], pop: 10000, al: ['一卡通', '社保卡一卡通'], opt: ['电子社会保障卡申领', '医保电子凭证申领激活'] },
  { name: '我要开茶叶店一件事', dept: 'market-regulation', aud: 'b', th: ['l-permits', 'l-establish'], lv: 'b', parts: ['个体工商户设立登记', '食品经营许可（新办）'], pop: 800, al: ['开茶叶店', '卖茶叶'] },
  { name: '我要开水果店一件事', dept: 'market-regulation', aud: 'b', th: ['l-permits', 'l-establish'], lv: 'b', parts: ['个体工商户设立登记', '食品经营许可（新办）'], pop: 900, al: ['开水果店', '卖水果'] },
  { name: '我要开母婴用品店一件事', dept: 'market-regulation', aud: 'b', th: ['l-permits', 'l-establish'], lv: 'b', parts: ['个体工商户设立登记', '仅销售预包装食品备案', '第二类医疗器械经营备案'], pop: 300, al: ['开母婴店'], opt: ['第二类医疗器械经营备案'] },
]
