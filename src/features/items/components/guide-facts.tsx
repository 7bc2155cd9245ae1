import { Text, View } from '@tarojs/components'
import type { Guide } from '@contract/service-item'
import { audienceLabel, visitsLabel, workingDaysLabel } from '../format'

/** A label–value row of the 基本信息 table. */
export function FactRow({ label, value, strong = false }: { label: string; value: string; strong?: boolean }) {
  return (
    <View className='guide-facts__row'>
      <Text className='guide-facts__label'>{label}</Text>
      <Text className={`guide-facts__value${strong ? ' guide-facts__value--strong' : ''}`}>{value}</Text>
    </View>
  )
}

const yesNo = (on: boolean, yes: string, no: string): string => (on ? yes : no)

/** 基本信息: who does it, for whom, how long, how many trips, where it can be done, what it costs. */
export function GuideFacts({ guide }: { guide: Guide }) {
  return (
    <View className='guide-facts'>
      <FactRow label='事项编码' value={guide.code} />
      <FactRow label='实施部门' value={guide.department.name} />
      <FactRow label='办理地区' value={guide.region.name} />
      <FactRow label='服务对象' value={audienceLabel(guide.audience)} />
      <FactRow label='办件类型' value={guide.kind === 'instant' ? '即办件（当场办结）' : '承诺件'} />
      <FactRow label='法定时限' value={workingDaysLabel(guide.legalLimitDays)} />
      <FactRow label='承诺时限' value={workingDaysLabel(guide.kind === 'instant' ? 0 : guide.promisedLimitDays)} strong />
      <FactRow label='到现场次数' value={visitsLabel(guide.visits)} strong />
      <FactRow label='网上办理' value={yesNo(guide.online, '支持', '不支持')} />
      <FactRow label='掌上办' value={yesNo(guide.palm, '支持', '不支持')} />
      <FactRow label='跨省通办' value={yesNo(guide.crossProvince, '支持', '不支持')} />
      <FactRow label='省内通办' value={yesNo(guide.inProvince, '支持', '不支持')} />
      <FactRow label='一件事' value={yesNo(guide.bundle, '属于“一件事”集成办理', '否')} />
      <FactRow label='是否收费' value={guide.fee.charged ? `收费：${guide.fee.description}` : guide.fee.description || '不收费'} strong />
      {guide.fee.basis && <FactRow label='收费依据' value={guide.fee.basis} />}
    </View>
  )
}
