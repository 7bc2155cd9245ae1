import { Button, Text, View } from '@tarojs/components'
import { useState } from 'react'
import type { Guide } from '@contract/service-item'
import { useResidenceStore } from '@/stores/residence-store'
import { Skeleton } from '@/components/skeleton'
import { EmptyState, ErrorState } from '@/components/status-view'
import type { RequestState } from '@/hooks/use-request'
import { departmentRegionLabel, formatChineseDate, promisedLimitLabel } from '../format'
import { openApply, openAssist, openSearch, switchGuide } from '../navigation'
import { ContactPhones } from './contact-phones'
import { FavouriteButton } from './favourite-button'
import { GuideFacts } from './guide-facts'
import { GuideSection, TextList } from './guide-section'
import { LocationList } from './location-list'
import { MaterialList } from './material-list'
import { ProcessSteps } from './process-steps'
import { ShareButton } from './share-button'
import { TagChips } from './tag-chips'
import './guide-screen.scss'

/** The 办事指南 page's content for a load state: loading, not found, failed (重试) or the guide. */
export function GuideScreen({ state }: { state: RequestState<Guide> }) {
  const { data: guide, error, loading, reload } = state
  if (!guide) {
    if (error?.kind === 'not-found') {
      return (
        <View className='guide-screen__missing'>
          <EmptyState title='事项不存在或已下线' hint='可能已调整或合并，请搜索其他事项' />
          <Button className='guide-screen__primary' onClick={() => void openSearch()}>搜索其他事项</Button>
        </View>
      )
    }
    if (error) return <ErrorState error={error} onRetry={() => void reload()} />
    if (loading) return <Skeleton kind='guide' rows={5} text='正在加载办事指南…' />
    return null
  }
  return <GuideContent guide={guide} />
}

function GuideContent({ guide }: { guide: Guide }) {
  return (
    <View className='guide-screen'>
      <View className='guide-screen__header'>
        <Text className='guide-screen__name' role='heading' aria-level={1}>{guide.name}</Text>
        <Text className='guide-screen__meta'>{departmentRegionLabel(guide)}</Text>
        <TagChips tags={guide.tags} />
        <Text className='guide-screen__limit'>{promisedLimitLabel(guide)}</Text>
        <RegionSwitch guide={guide} />
        <View className='guide-screen__actions'>
          <FavouriteButton item={guide} className='guide-screen__action' />
          <ShareButton id={guide.id} name={guide.name} className='guide-screen__action' />
        </View>
      </View>

      <GuideSection title='基本信息'>
        <GuideFacts guide={guide} />
      </GuideSection>
      <GuideSection title='受理条件'>
        <TextList lines={guide.conditions} empty='无特别条件' />
      </GuideSection>
      <GuideSection title='申请材料'>
        <MaterialList materials={guide.materials} />
      </GuideSection>
      <GuideSection title='办理流程'>
        <ProcessSteps steps={guide.process} />
      </GuideSection>
      <GuideSection title='办理地点'>
        <Halls guide={guide} />
      </GuideSection>
      <GuideSection title='办理结果'>
        <View className='guide-facts'>
          <View className='guide-facts__row'>
            <Text className='guide-facts__label'>结果名称</Text>
            <Text className='guide-facts__value'>{guide.result.name}</Text>
          </View>
          <View className='guide-facts__row'>
            <Text className='guide-facts__label'>送达方式</Text>
            <Text className='guide-facts__value'>{guide.result.delivery.length ? guide.result.delivery.join('、') : '窗口领取'}</Text>
          </View>
        </View>
      </GuideSection>
      <GuideSection title='审查标准（开卷式审批）'>
        <Text className='guide-screen__intro'>以下是审批时依据的标准，提交前可以先对照检查。</Text>
        <TextList lines={guide.reviewStandards} empty='暂无公开的审查标准' />
      </GuideSection>
      <GuideSection title='法律依据'>
        <TextList lines={guide.legalBasis} empty='暂无' />
      </GuideSection>
      <GuideSection title='咨询与监督'>
        <ContactPhones phone={guide.phone} complaintPhone={guide.complaintPhone} />
      </GuideSection>
      <Text className='guide-screen__updated'>{`更新日期：${formatChineseDate(guide.updatedAt)}`}</Text>
      <ApplyBar guide={guide} />
    </View>
  )
}

/** 办理地区 and 选择办理地区: each region implementing the service opens its own guide (its id). */
function RegionSwitch({ guide }: { guide: Guide }) {
  const [open, setOpen] = useState(false)
  const home = useResidenceStore((s) => s.region)
  const implementations = guide.implementations ?? []
  const homeOne = home && home.code !== guide.region.code ? implementations.find((i) => i.region.code === home.code) : undefined
  return (
    <View className='guide-screen__region region-switch'>
      <View className='region-switch__row'>
        <Text className='region-switch__label'>{`办理地区：${guide.region.name}`}</Text>
        {implementations.length > 1 && (
          <Button className='region-switch__toggle' aria-expanded={open} onClick={() => setOpen(!open)}>
            选择办理地区
          </Button>
        )}
      </View>
      {homeOne && (
        <Button className='region-switch__toggle' onClick={() => void switchGuide(homeOne.id)}>
          {`改看所在地（${homeOne.region.name}）的办理方式`}
        </Button>
      )}
      {open && (
        // Toggle buttons (aria-pressed) cannot also be list items: a labelled group of buttons.
        <View className='region-switch__list' role='group' aria-label='办理地区'>
          {implementations.map((i) => (
            <Button
              key={i.id}
              className={`region-switch__option${i.id === guide.id ? ' region-switch__option--on' : ''}`}
              aria-pressed={i.id === guide.id}
              onClick={() => {
                setOpen(false)
                if (i.id !== guide.id) void switchGuide(i.id)
              }}
            >
              {i.region.code === '350500000000' ? '泉州市（市本级）' : i.region.name}
            </Button>
          ))}
        </View>
      )}
    </View>
  )
}

/** Every hall of the guide; nearest first when the person shared their location. */
function Halls({ guide }: { guide: Guide }) {
  const from = useResidenceStore((s) => s.coordinates)
  return <LocationList locations={guide.locations} from={from} />
}

/**
 * What the person can do next, kept at the bottom of the screen while they read: 在线申报 for a
 * palm-capable item (the prominent one), and 帮办代办 for every item, for those who cannot finish alone.
 */
function ApplyBar({ guide }: { guide: Guide }) {
  return (
    <View className='guide-screen__apply-bar' role='region' aria-label='办理方式'>
      {!guide.palm && <Text className='guide-screen__apply-note'>本事项暂不支持掌上办理，可预约或到窗口办理</Text>}
      <View className='guide-screen__apply-actions'>
        <Button className='guide-screen__assist' onClick={() => void openAssist(guide.id)}>帮办代办</Button>
        {guide.palm && <Button className='guide-screen__apply' onClick={() => void openApply(guide.id)}>在线申报</Button>}
      </View>
    </View>
  )
}
