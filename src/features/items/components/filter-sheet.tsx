import { Button, ScrollView, Text, View } from '@tarojs/components'
import { useEffect, useState } from 'react'
import type { ItemTag } from '@contract/service-item'
import { weappAttributes } from '@/utils/h5-attributes'
import { useDepartments, useRegions } from '../hooks/use-filter-options'
import { ORDERED_ITEM_TAGS, itemTagLabel } from '../item-tags'
import type { AudienceFilter, SearchFilters } from '../search-params'
import { ChoiceChip } from './choice-chip'
import './filter-sheet.scss'

interface FilterSheetProps {
  open: boolean
  value: SearchFilters
  onApply: (filters: SearchFilters) => void
  onClose: () => void
}

const AUDIENCES: { value: AudienceFilter | undefined; label: string }[] = [
  { value: undefined, label: '不限' },
  { value: 'personal', label: '个人' },
  { value: 'legal', label: '法人' },
]

/**
 * The filter panel (地区 / 部门 / 对象 / 特色). Choices are a draft until 查看结果, so a person on a
 * weak signal does not wait for a search after every tap.
 */
export function FilterSheet({ open, value, onApply, onClose }: FilterSheetProps) {
  const [draft, setDraft] = useState<SearchFilters>(value)
  useEffect(() => {
    if (open) setDraft(value)
  }, [open, value])

  const regions = useRegions(open)
  const departments = useDepartments(draft.region, open)

  if (!open) return null

  const setRegion = (region: string | undefined) =>
    // Departments belong to one region; a department of the old region would match nothing.
    setDraft((d) => ({ ...d, region, department: region === d.region ? d.department : undefined }))
  const toggleTag = (tag: ItemTag) =>
    setDraft((d) => ({ ...d, tags: d.tags.includes(tag) ? d.tags.filter((t) => t !== tag) : [...d.tags, tag] }))

  return (
    <View className='filter-sheet' {...weappAttributes({ catchMove: true })}>
      <View className='filter-sheet__mask' onClick={onClose} />
      <View className='filter-sheet__panel' role='dialog' aria-modal='true' aria-label='筛选事项'>
        <View className='filter-sheet__head'>
          <Text className='filter-sheet__title' role='heading' aria-level={2}>筛选</Text>
          <Button className='filter-sheet__close' aria-label='关闭筛选' onClick={onClose}>关闭</Button>
        </View>
        <ScrollView className='filter-sheet__body' scrollY>
          <View className='filter-sheet__group' role='group' aria-label='地区'>
            <Text className='filter-sheet__label' role='heading' aria-level={3}>地区</Text>
            {regions.error && !regions.data ? (
              <Retry message={regions.error.message} onRetry={() => void regions.reload()} />
            ) : !regions.data ? (
              <Text className='filter-sheet__note'>正在加载地区…</Text>
            ) : (
              <View className='filter-sheet__chips'>
                <ChoiceChip label='不限' selected={!draft.region} onToggle={() => setRegion(undefined)} />
                {regions.cityCode && (
                  <ChoiceChip label='市本级' selected={draft.region === regions.cityCode} onToggle={() => setRegion(regions.cityCode)} />
                )}
                {regions.data.map((region) => (
                  <ChoiceChip key={region.code} label={region.name} selected={draft.region === region.code} onToggle={() => setRegion(region.code)} />
                ))}
              </View>
            )}
          </View>

          <View className='filter-sheet__group' role='group' aria-label='部门'>
            <Text className='filter-sheet__label' role='heading' aria-level={3}>部门</Text>
            {!draft.region ? (
              <Text className='filter-sheet__note'>先选择地区，再选择部门</Text>
            ) : departments.error && !departments.data ? (
              <Retry message={departments.error.message} onRetry={() => void departments.reload()} />
            ) : departments.loading || !departments.data ? (
              <Text className='filter-sheet__note'>正在加载部门…</Text>
            ) : departments.data.length === 0 ? (
              <Text className='filter-sheet__note'>该地区暂无部门</Text>
            ) : (
              <View className='filter-sheet__chips'>
                <ChoiceChip label='不限' selected={!draft.department} onToggle={() => setDraft((d) => ({ ...d, department: undefined }))} />
                {departments.data.map((department) => (
                  <ChoiceChip
                    key={department.id}
                    label={department.name}
                    selected={draft.department === department.id}
                    onToggle={() => setDraft((d) => ({ ...d, department: department.id }))}
                  />
                ))}
              </View>
            )}
          </View>

          <View className='filter-sheet__group' role='group' aria-label='服务对象'>
            <Text className='filter-sheet__label' role='heading' aria-level={3}>服务对象</Text>
            <View className='filter-sheet__chips'>
              {AUDIENCES.map((option) => (
                <ChoiceChip
                  key={option.label}
                  label={option.label}
                  selected={draft.audience === option.value}
                  onToggle={() => setDraft((d) => ({ ...d, audience: option.value }))}
                />
              ))}
            </View>
          </View>

          <View className='filter-sheet__group' role='group' aria-label='办理特色'>
            <Text className='filter-sheet__label' role='heading' aria-level={3}>办理特色（可多选）</Text>
            <View className='filter-sheet__chips'>
              {ORDERED_ITEM_TAGS.map((tag) => (
                <ChoiceChip key={tag} label={itemTagLabel(tag)} selected={draft.tags.includes(tag)} onToggle={() => toggleTag(tag)} />
              ))}
            </View>
          </View>
        </ScrollView>
        <View className='filter-sheet__foot'>
          <Button
            className='filter-sheet__reset'
            onClick={() => setDraft((d) => ({ tags: [], theme: d.theme }))}
          >
            重置
          </Button>
          <Button className='filter-sheet__apply' onClick={() => onApply(draft)}>查看结果</Button>
        </View>
      </View>
    </View>
  )
}

function Retry({ message, onRetry }: { message: string; onRetry: () => void }) {
  return (
    <View className='filter-sheet__retry' role='alert'>
      <Text className='filter-sheet__note'>{message}</Text>
      <Button className='filter-sheet__retry-button' onClick={onRetry}>重试</Button>
    </View>
  )
}
