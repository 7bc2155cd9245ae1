// Builders for the parts of a guide that generic items share: materials, conditions, process,
// review standards and results. They produce the wording used by 福建省网上办事大厅 guides.
import type { Material, ProcessStep } from '../../../types/service-item'
import { E_LICENSES, MATERIALS, type Action, type ItemType, type MatSpec, type MaterialDef } from './model'

/** What the builders need to know about an item. */
export interface TextContext {
  name: string
  aud: 'p' | 'l' | 'b'
  t: ItemType
  action: Action
  /** Whether the item is a variant (办理项) of a base item, so the action shapes its materials. */
  variant: boolean
  /** Consultation and lookup services take only their own materials. */
  bare: boolean
  res: string | null
  site: boolean
  establish: boolean
}

const FORM_RE = /申请表|申请书|登记表|备案表|审核表|申报表|报告表|信息表|备案书|声明书|申请$/

/** The item name without its trailing （…） parts and administrative verb, for form titles. */
export function stem(name: string): string {
  let s = name
  while (/（[^（）]*）$/.test(s)) s = s.replace(/（[^（）]*）$/, '')
  return s.replace(/(核发|审批|许可证核发|核准|申请|申领|认定|登记|备案|办理)$/, '') || s
}

export function resolveMaterial(spec: MatSpec): MaterialDef {
  if (typeof spec !== 'string') return spec
  return MATERIALS[spec] ?? { name: spec }
}

export function checkELicense(m: MaterialDef, where: string): void {
  if (!m.eLicense) return
  const keyword = E_LICENSES[m.eLicense]
  if (!keyword) throw new Error(`${where}: unknown e-license type ${m.eLicense}`)
  if (!m.name.includes(keyword)) throw new Error(`${where}: material 「${m.name}」 cannot be replaced by e-license ${m.eLicense}`)
}

function defaultNote(m: MaterialDef, aud: 'p' | 'l' | 'b'): string {
  if (FORM_RE.test(m.name)) return '如实填写各栏目，由申请人签字（单位申请的加盖公章）'
  if (m.source && m.source !== '申请人自备') return '网上申请的上传原件扫描件，窗口申请的核验原件'
  return aud === 'l' ? '加盖单位公章；网上申请的上传原件扫描件' : '网上申请的上传原件扫描件或照片，窗口申请的核验原件'
}

export function toMaterial(m: MaterialDef, aud: 'p' | 'l' | 'b'): Material {
  const isForm = FORM_RE.test(m.name)
  return {
    name: m.name,
    required: m.required ?? true,
    originals: m.originals ?? 1,
    copies: m.copies ?? 0,
    form: m.form ?? '纸质或电子',
    eLicenseType: m.eLicense ?? null,
    source: m.source ?? (isForm ? '窗口提供，也可在线填写' : '申请人自备'),
    note: m.note ?? defaultNote(m, aud),
    sample: m.sample !== undefined ? m.sample : isForm ? `${m.name}（填写示例）` : null,
  }
}

/** The full material list of a generic item: its own materials plus what its kind always needs. */
// Shared definitions name their form generically (「申请表」); each item gets its own title.
const GENERIC_FORM = /^(相关)?(申请表|申请书|备案表|申报表|报告表|备案登记表|申请或备案表|申请或报告表|备案表或申请表|申请表或申报单|申请或备案表|许可申请书|审查申请书|相关报告表或申请表|相关申请表)$/

function formTitle(generic: string, itemName: string): string {
  const kind = /备案/.test(generic) && !/申请/.test(generic) ? '备案表' : /书$/.test(generic) ? '申请书' : /报告/.test(generic) && !/申请/.test(generic) ? '报告表' : '申请表'
  return `${stem(itemName)}${kind}`
}

export function buildMaterialDefs(ctx: TextContext, own: MatSpec[], vis: number): MaterialDef[] {
  const list = own.map(resolveMaterial).map((m) => (GENERIC_FORM.test(m.name) ? { ...m, name: formTitle(m.name, ctx.name) } : m))
  if (ctx.bare) return list
  const names = () => list.map((m) => m.name).join('|')
  const eLicenseRes = ctx.res && E_LICENSES[ctx.res] ? ctx.res : null
  const mentionsResult = () => !!ctx.res && names().includes(ctx.res)

  if (ctx.variant && (ctx.action === 'change' || ctx.action === 'cancel' || ctx.action === 'reissue')) {
    // A change, cancellation or reissue does not repeat the whole first application: keep the
    // form, the applicant's identity and the licence itself.
    const keep = /身份证|营业执照|委托|许可证|登记证|执业证|证书|资格证/
    for (let i = list.length - 1; i >= 0; i--) if (!FORM_RE.test(list[i].name) && !keep.test(list[i].name)) list.splice(i, 1)
  }
  if (ctx.variant) {
    if (ctx.action === 'change') {
      if (ctx.res && !mentionsResult()) list.push({ name: `原${ctx.res}`, eLicense: eLicenseRes, note: '核验原证；已发放电子证照的免于提交' })
      list.push({ name: '变更事项的证明材料', copies: 1, note: '按变更事项提供，如变更后的营业执照、场所证明、人员资格证明等' })
    } else if (ctx.action === 'renew' && ctx.res && !mentionsResult()) {
      list.push({ name: `原${ctx.res}`, eLicense: eLicenseRes, note: '核验原证；已发放电子证照的免于提交' })
    } else if (ctx.action === 'cancel' && ctx.res && !mentionsResult()) {
      list.push({ name: `原${ctx.res}`, eLicense: null, note: '注销时交回原证；原证遗失的在申请中说明' })
    } else if (ctx.action === 'reissue') {
      list.push({ name: '证照遗失、损毁情况说明', note: '说明遗失或损毁的时间、原因；损毁的交回原证' })
    }
  }
  if (!list.some((m) => FORM_RE.test(m.name)) && ctx.t !== 'service' && ctx.t !== 'levy') {
    list.unshift({ name: `${stem(ctx.name)}申请表`, source: '窗口提供，也可在线填写' })
  }
  const hasPersonId = /身份证|护照|通行证|身份证明/.test(names())
  if (ctx.aud === 'p' && !hasPersonId) list.splice(1, 0, MATERIALS['身份证'])
  if (ctx.aud === 'b' && !hasPersonId) list.splice(1, 0, { ...MATERIALS['身份证'], required: false, note: '个人申请的提供，可由部门核验电子证照' })
  const hasOrgId = /营业执照|登记证书|法人证书|主体资格|许可证/.test(names())
  if (ctx.aud === 'l' && !ctx.establish && !hasOrgId && ['permit', 'filing', 'other', 'levy', 'confirm'].includes(ctx.t)) {
    list.splice(1, 0, MATERIALS['营业执照'])
  }
  const personalPresence = ctx.aud === 'p' && vis > 0
  if (!personalPresence && !/委托/.test(names())) list.push(MATERIALS['委托书'])
  return list
}

const ACTION_CONDITION: Partial<Record<Action, (res: string | null) => string>> = {
  change: (res) => (res ? `已取得${res}且在有效期内，相关事项发生变化后按规定期限申请变更` : '已依法办理原登记（备案），相关事项发生变化后按规定期限申请变更'),
  renew: (res) => `${res ?? '原许可'}有效期届满前按规定期限提出申请（法律法规另有规定的从其规定）`,
  cancel: () => '依法终止相关经营或活动，或者许可（登记）依法应当注销的',
  reissue: (res) => `${res ?? '证照'}遗失或者损毁，需要补领`,
}

const DEFAULT_CONDITIONS: Record<'p' | 'l' | 'b', string[]> = {
  p: ['申请人为本市户籍居民，或在本市居住、就业的人员', '符合相关法律法规规定的条件'],
  l: ['申请人为依法设立的企业、事业单位或其他组织', '具备与申请事项相适应的场所、设施设备、专业人员和管理制度'],
  b: ['申请人为自然人、法人或其他组织，符合相关法律法规规定的条件'],
}

export function buildConditions(ctx: TextContext, own: string[]): string[] {
  const extra = ctx.variant ? ACTION_CONDITION[ctx.action]?.(ctx.res) : undefined
  // The conditions of a first application do not apply to cancelling or replacing a licence.
  if (extra && (ctx.action === 'cancel' || ctx.action === 'reissue')) return [extra]
  const out = own.length ? [...own] : [...DEFAULT_CONDITIONS[ctx.aud]]
  if (extra) out.push(extra)
  return out
}

const DECISION: Record<ItemType, string> = {
  permit: '在承诺时限内作出准予或者不予行政许可的决定；不予许可的，书面说明理由并告知申请人依法享有申请行政复议或者提起行政诉讼的权利',
  confirm: '在承诺时限内作出确认（登记）决定；不予确认的，书面说明理由',
  benefit: '在承诺时限内作出给付决定，符合条件的按规定发放；不符合条件的，书面说明理由',
  levy: '完成申报审核并开具缴款凭证',
  ruling: '依法审理并在规定期限内作出裁决',
  reward: '依法作出奖励决定',
  filing: '完成备案并出具备案回执',
  other: '在承诺时限内作出处理决定并告知申请人',
  service: '办结并告知办理结果',
}

export interface ProcessContext {
  ctx: TextContext
  instant: boolean
  online: boolean
  visits: number
  delivery: string[]
}

// The steps name no particular center or department (the guide's location does), so the same
// steps serve the item in every region.
function channel(p: ProcessContext): string {
  return p.online
    ? '通过“泉服务”小程序、闽政通APP或福建省网上办事大厅在线提交申请，也可到行政服务中心综合受理窗口提交'
    : '到行政服务中心综合受理窗口提交纸质申请材料'
}

function deliveryText(p: ProcessContext): string {
  return `办理结果可通过以下方式取得：${p.delivery.join('、')}`
}

export function buildProcess(p: ProcessContext): ProcessStep[] {
  const { ctx } = p
  if (ctx.bare) {
    const lookup = !ctx.name.endsWith('咨询')
    return lookup
      ? [
          { name: '查询', description: '通过“泉服务”小程序或闽政通APP输入查询条件，涉及个人信息的先完成实名认证；也可到行政服务中心窗口查询' },
          { name: '结果', description: '即时显示查询结果，需要书面结果的可在线下载或到窗口打印' },
        ]
      : [
          { name: '咨询', description: '通过“泉服务”小程序留言、拨打咨询电话或到行政服务中心窗口当面咨询' },
          { name: '答复', description: '能够当场答复的当场答复；需要研究的，一般在5个工作日内答复' },
        ]
  }
  if (ctx.t === 'levy') {
    return [
      { name: '申报', description: p.online ? '通过福建省电子税务局、个人所得税APP或“泉服务”小程序在线申报，也可到办税服务厅办理' : '到办税服务厅窗口申报' },
      { name: '缴款', description: '通过三方协议扣款、银行卡或移动支付缴纳税费' },
      { name: '办结', description: '申报缴款成功即时办结，可在线查询、打印完税凭证' },
    ]
  }
  if (p.instant) {
    return [
      { name: p.online ? '网上申请' : '窗口申请', description: channel(p) },
      { name: '受理办结', description: '窗口工作人员对申请材料进行审查，材料齐全、符合法定形式的当场受理并即时办结；材料不全的一次性告知需要补正的内容' },
      { name: p.visits > 0 ? '领取结果' : '结果送达', description: deliveryText(p) },
    ]
  }
  const steps: ProcessStep[] = [
    { name: '申请', description: channel(p) },
    { name: '受理', description: '申请材料齐全、符合法定形式的予以受理并出具受理通知书；材料不全的一次性告知需要补正的全部内容；不属于受理范围的出具不予受理通知书' },
    { name: '审查', description: `实施部门对申请材料的实质内容进行审查${ctx.site ? '，需要现场核查的，组织工作人员到现场核查并制作核查记录' : ''}` },
    { name: '决定', description: DECISION[ctx.t] },
    { name: '送达', description: deliveryText(p) },
  ]
  return steps
}

const ACTION_STANDARD: Partial<Record<Action, string>> = {
  change: '变更事项有相应证明材料支持，变更后仍符合原许可（登记）条件',
  renew: '申请在规定期限内提出，原许可（证照）在有效期内且未被依法撤销、吊销',
  cancel: '无未办结的相关事项，依法应当交回的证照已交回或已说明情况',
  reissue: '申请人为原证照持有人，遗失或损毁情况说明清楚',
}

export function buildStandards(ctx: TextContext, own: string[], materials: Material[]): string[] {
  const out: string[] = []
  if (ctx.bare) return [...own, '咨询（查询）事项属于本部门职责范围，答复依据现行有效的法律法规和政策文件']
  const form = materials.find((m) => FORM_RE.test(m.name))
  if (form) out.push(`《${form.name.replace(/[《》]/g, '')}》各栏目填写完整、准确，并由申请人签字（单位申请的加盖公章）`)
  if (ctx.aud === 'p') out.push('申请人身份信息经实名核验，与申请材料记载一致')
  else if (ctx.aud === 'l') out.push('申请人主体资格合法有效，营业执照等主体资格证明在存续期内')
  else out.push('申请人身份或主体资格经核验真实有效，与申请材料记载一致')
  out.push(...own)
  const extra = ctx.variant ? ACTION_STANDARD[ctx.action] : undefined
  if (extra) out.push(extra)
  if (ctx.site) out.push('现场核查：场所、设施设备与申请材料一致，符合相关标准和技术规范')
  out.push('申请材料齐全，符合法定形式，复印件与原件一致')
  return out
}

export function resultName(ctx: TextContext): string {
  if (ctx.variant && ctx.action === 'cancel') {
    if (ctx.t === 'permit') return '准予注销行政许可决定书'
    if (ctx.t === 'filing') return '注销备案回执'
    return '准予注销登记通知书'
  }
  if (ctx.res) return ctx.res
  switch (ctx.t) {
    case 'permit':
      return '准予行政许可决定书'
    case 'confirm':
      return '办理结果通知书'
    case 'benefit':
      return '待遇核定结果通知'
    case 'filing':
      return '备案回执'
    case 'levy':
      return '申报回执及完税凭证'
    case 'ruling':
      return '裁决书'
    default:
      return '办理结果告知书'
  }
}

export function resultDelivery(ctx: TextContext, online: boolean): string[] {
  if (ctx.bare) return ctx.name.endsWith('咨询') ? ['当场答复', '电话答复', '在线答复'] : ['在线查看', '窗口打印']
  if (ctx.t === 'levy') return ['在线查询打印']
  if (ctx.t === 'benefit' && !ctx.res) return online ? ['资金发放至申请人账户', '在线查看'] : ['资金发放至申请人账户', '窗口领取']
  if (!online) return ['窗口领取']
  if (ctx.res && E_LICENSES[ctx.res]) return ['电子证照', '免费邮寄送达', '窗口领取']
  return ['在线查看', '免费邮寄送达', '窗口领取']
}
