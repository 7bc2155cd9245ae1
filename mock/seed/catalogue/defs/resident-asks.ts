// Services residents ask for by name that the national-catalogue families above lacked (issue 13:
// 犬只登记, 食品小作坊登记, 医疗费用报销, 招用工备案 …). `must` keeps them in every region they are
// implemented in, so a resident who names them always finds them, wherever they live.
import { group, type BaseDef } from '../model'

const DOGS = ['《中华人民共和国动物防疫法》第三十条', '《泉州市养犬管理规定》']
const WORKSHOPS = ['《中华人民共和国食品安全法》第三十六条', '《福建省食品生产加工小作坊和食品摊贩管理条例》']
const SI = '《中华人民共和国社会保险法》'
const MEDICAL_FUND = '《医疗保障基金使用监督管理条例》'
const JOBS = ['《中华人民共和国就业促进法》', '《就业服务与就业管理规定》第六十二条']

export const residentAsks: BaseDef[] = [
  group('public-security', { aud: 'p', t: 'confirm', th: ['p-safety'], law: DOGS, lv: 'x', must: true })('犬只登记', {
    v: [
      { label: '首次登记', action: 'new', name: '犬只登记', pop: 1 },
      { label: '变更', action: 'change', name: '犬只登记变更', pop: 0.2 },
      { label: '注销', action: 'cancel', name: '犬只登记注销', pop: 0.15 },
      { label: '补领', action: 'reissue', name: '犬牌补领', pop: 0.1 },
    ],
    legal: 10,
    inst: true,
    mats: [
      '身份证',
      { name: '犬只狂犬病免疫证明', source: '动物诊疗机构出具', note: '由犬只免疫点出具、在有效期内的狂犬病免疫证明' },
      { name: '犬只近期正面、侧面彩色照片', originals: 2, source: '申请人自备', note: '能看清犬只体貌特征，可上传电子照片' },
      { name: '养犬场所证明', source: '申请人自备', note: '自有住房的不动产权证书或租赁合同；居住在集体住宅的另需小区物业或居（村）委会意见' },
    ],
    cond: ['在本县（市、区）养犬管理区域内饲养犬只的个人', '犬只已按规定接种狂犬病疫苗', '不属于禁养犬只品种，一户限养一只'],
    res: '犬只登记证和犬牌',
    pop: 4000,
    palm: true,
    al: ['养狗', '狗证', '办狗证', '养犬登记', '狗狗上户', '犬证', '养犬'],
  }),
  group('market-regulation', { aud: 'b', t: 'confirm', th: ['l-permits', 'p-rural'], law: WORKSHOPS, lv: 'x', must: true })('食品小作坊登记', {
    v: [
      { label: '新办', action: 'new', name: '食品小作坊登记', pop: 1 },
      { label: '变更', action: 'change', name: '食品小作坊登记变更', pop: 0.3 },
      { label: '延续', action: 'renew', name: '食品小作坊登记延续', pop: 0.3 },
      { label: '注销', action: 'cancel', name: '食品小作坊登记注销', pop: 0.2 },
    ],
    legal: 15,
    site: true,
    mats: [
      '营业执照',
      { name: '食品小作坊登记申请书', source: '登记机关提供，可在线填写', sample: '食品小作坊登记申请书（填写示例）' },
      { name: '生产加工场所平面图及周边环境说明', source: '申请人自备' },
      { name: '从业人员健康证明', source: '医疗机构出具', note: '接触直接入口食品的从业人员须持有效健康证明' },
      { name: '拟生产加工的食品品种及工艺说明', source: '申请人自备' },
    ],
    cond: ['已取得营业执照，有固定生产加工场所、从业人员较少、生产加工条件简单', '生产加工的食品品种不属于禁止目录', '场所、设备设施和卫生条件符合食品安全要求'],
    res: '食品小作坊登记证',
    pop: 1800,
    al: ['小作坊', '作坊登记', '家庭作坊', '食品作坊'],
  }),
  group('medical-security', { aud: 'p', t: 'benefit', th: ['p-health', 'p-social-security'], law: [SI, MEDICAL_FUND], must: true, palm: true })('医疗费用报销', {
    legal: 20,
    inst: false,
    mats: ['身份证', '医疗费用发票', '费用明细清单', '出院记录或门诊病历', '银行账户'],
    cond: ['参加本市基本医疗保险的人员，在未直接结算的定点医疗机构就医或异地就医全额垫付的符合规定的医疗费用'],
    res: '医疗费用报销结算单',
    pop: 14000,
    al: ['报销医药费', '医药费报销', '住院报销', '看病报销', '医保报销', '异地就医报销'],
  }),
  group('human-resources', { aud: 'l', t: 'filing', th: ['l-hr'], law: JOBS, must: true, inst: true, palm: true })('招用工备案', {
    mats: ['营业执照', { name: '招用人员名单及劳动合同签订情况', source: '申请人自备', note: '写明姓名、身份证号、岗位和劳动合同期限' }],
    cond: ['用人单位招用人员之日起30日内向当地公共就业服务机构办理招用工备案（就业登记）'],
    res: '招用工备案回执',
    pop: 6000,
    al: ['招工备案', '用工登记', '新员工备案', '招人备案'],
  }),
]
