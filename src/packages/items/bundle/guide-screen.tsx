import { Button, Text, View } from '@tarojs/components'
import type { BundleGuide, BundleMaterial, BundlePart } from '@contract/bundle'
import { EmptyState, ErrorState, LoadingState } from '@/components/status-view'
import type { RequestState } from '@/hooks/use-request'
import { bundleApplyUrl } from '@/constants/routes'
import { audienceLabel, departmentRegionLabel, workingDaysLabel } from '@/features/items/format'
import { openAssist, openSearch } from '@/features/items/navigation'
import { ContactPhones } from '@/features/items/components/contact-phones'
import { FavouriteButton } from '@/features/items/components/favourite-button'
import { GuideSection, TextList } from '@/features/items/components/guide-section'
import { LocationList } from '@/features/items/components/location-list'
import { ShareButton } from '@/features/items/components/share-button'
import { useResidenceStore } from '@/stores/residence-store'
import { feeText } from '@/utils/fee-text'
import { limitLabel } from '@/features/bundle/format'
import { navigate } from '@/utils/navigate'
// The bundle guide is laid out like an item's guide: the same section, fact and list styles.
import '../../../features/items/components/guide-screen.scss'
import './guide-screen.scss'

/** The 一件事 guide's content for a load state: loading, not found, failed (重试) or the guide. */
export function BundleGuideScreen({ state }: { state: RequestState<BundleGuide> }) {
  const { data: guide, error, loading, reload } = state
  if (!guide) {
    if (error?.kind === 'not-found') {
      return (
        <View className='guide-screen__missing'>
          <EmptyState title='“一件事”不存在或已下线' hint='可能已调整或合并，请搜索其他事项' />
          <Button className='guide-screen__primary' onClick={() => void openSearch()}>搜索其他事项</Button>
        </View>
      )
    }
    if (error) return <ErrorState error={error} onRetry={() => void reload()} />
    if (loading) return <LoadingState text='正在加载“一件事”指南…' />
    return null
  }
  return <BundleGuideContent guide={guide} />
}

function BundleGuideContent({ guide }: { guide: BundleGuide }) {
  const from = useResidenceStore((s) => s.coordinates)
  const partNames = new Map(guide.parts.map((p) => [p.itemId, p.name]))
  return (
    <View className='guide-screen bundle-guide'>
      <View className='guide-screen__header'>
        <Text className='guide-screen__name' role='heading' aria-level={1}>{guide.name}</Text>
        <Text className='guide-screen__meta'>{departmentRegionLabel(guide)}</Text>
        <View className='bundle-guide__badges'>
          <Text className='bundle-guide__badge'>一件事 · 一次申请</Text>
          {guide.industryLicense && <Text className='bundle-guide__badge bundle-guide__badge--license'>一业一证</Text>}
        </View>
        {guide.industryLicense && guide.industryLicenseName && (
          <Text className='bundle-guide__license'>{`全部办结后发放一张「${guide.industryLicenseName}」，可扫码核验`}</Text>
        )}
        <Text className='guide-screen__limit'>{`整体时限：${limitLabel(guide.promisedLimitDays)}`}</Text>
        <Text className='bundle-guide__summary'>{`共 ${guide.parts.length} 个事项，一张表单、一套材料，一个窗口出证`}</Text>
        <View className='guide-screen__actions'>
          <FavouriteButton item={guide} className='guide-screen__action' />
          <ShareButton id={guide.id} name={guide.name} className='guide-screen__action' />
        </View>
      </View>

      <GuideSection title='包含的事项'>
        <View className='bundle-guide__parts' role='list'>
          {guide.parts.map((part, i) => (
            <PartCard key={part.itemId} part={part} index={i + 1} />
          ))}
        </View>
      </GuideSection>
      <GuideSection title='申请材料（每份只需提交一次）'>
        <BundleMaterials materials={guide.materials} partNames={partNames} partCount={guide.parts.length} />
      </GuideSection>
      <GuideSection title='受理条件'>
        <TextList lines={guide.conditions} empty='无特别条件' />
      </GuideSection>
      <GuideSection title='服务对象'>
        <Text className='guide-section__text'>{audienceLabel(guide.audience)}</Text>
      </GuideSection>
      <GuideSection title='办理地点'>
        <LocationList locations={guide.halls} from={from} />
      </GuideSection>
      <GuideSection title='法律依据'>
        <TextList lines={guide.legalBasis} empty='暂无' />
      </GuideSection>
      {guide.phone && (
        <GuideSection title='咨询电话'>
          <ContactPhones phone={guide.phone} complaintPhone='' />
        </GuideSection>
      )}
      <ApplyBar guide={guide} />
    </View>
  )
}

/** One part: required or optional, who handles it, its own limit and fee, what it needs. */
function PartCard({ part, index }: { part: BundlePart; index: number }) {
  const fee = feeText(part.fee)
  return (
    <View className='bundle-guide__part' role='listitem' aria-label={`${index}. ${part.name}`}>
      <View className='material-list__head'>
        <Text className='material-list__index'>{`${index}.`}</Text>
        <Text className='material-list__name'>{part.name}</Text>
        <Text className={`material-list__badge${part.required ? ' material-list__badge--required' : ''}`}>{part.required ? '必办' : '可选'}</Text>
      </View>
      <Text className='material-list__line'>{`办理部门：${part.department.name}`}</Text>
      <Text className='material-list__line'>{`办理时限：${part.kind === 'instant' ? '即办（当场办结）' : workingDaysLabel(part.promisedLimitDays)}`}</Text>
      <Text className='material-list__line'>{`收费：${fee?.amount ?? '免费'}`}</Text>
      {part.commitment && <Text className='material-list__line'>可实行告知承诺制</Text>}
      <Text className='material-list__line'>{part.materialNames.length ? `所需材料：${part.materialNames.join('、')}` : '所需材料：无需另交材料'}</Text>
    </View>
  )
}

/** The combined list: each material once, with what can stand in for it (免提交) and which parts use it. */
function BundleMaterials({ materials, partNames, partCount }: { materials: readonly BundleMaterial[]; partNames: Map<string, string>; partCount: number }) {
  if (materials.length === 0) return <Text className='material-list__empty'>无需提交材料</Text>
  return (
    <View className='material-list bundle-guide__materials' role='list'>
      {materials.map((material, i) => (
        <View key={material.name} className='material-list__item' role='listitem'>
          <View className='material-list__head'>
            <Text className='material-list__index'>{`${i + 1}.`}</Text>
            <Text className='material-list__name'>{material.name}</Text>
            <Text className={`material-list__badge${material.required ? ' material-list__badge--required' : ''}`}>{material.required ? '必需' : '非必需'}</Text>
          </View>
          {material.eLicenseType && <Text className='material-list__elicense'>{`✓ 可免提交：可用电子证照「${material.eLicenseType}」`}</Text>}
          {material.partItemIds.length > 1 && material.partItemIds.length <= partCount && (
            <Text className='material-list__line'>{`共用：${material.partItemIds.map((id) => partNames.get(id) ?? id).join('、')}`}</Text>
          )}
          {material.partItemIds.length === 1 && <Text className='material-list__line'>{`用于：${partNames.get(material.partItemIds[0]) ?? ''}`}</Text>}
        </View>
      ))}
    </View>
  )
}

/** 立即申请 (one application for every chosen part) and 帮办代办, as on an item's guide. */
function ApplyBar({ guide }: { guide: BundleGuide }) {
  return (
    <View className='guide-screen__apply-bar' role='region' aria-label='办理方式'>
      {!guide.palm && <Text className='guide-screen__apply-note'>本“一件事”暂不支持掌上办理，可预约或到窗口办理</Text>}
      <View className='guide-screen__apply-actions'>
        <Button className='guide-screen__assist' onClick={() => void openAssist(guide.id)}>帮办代办</Button>
        {guide.palm && <Button className='guide-screen__apply' onClick={() => void navigate(bundleApplyUrl(guide.id))}>立即申请</Button>}
      </View>
    </View>
  )
}
