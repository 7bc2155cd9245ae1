import { Button, Text, View } from '@tarojs/components'
import type { FilterLabel } from '../hooks/use-filter-labels'
import './active-filters.scss'

interface ActiveFiltersProps {
  total: number | undefined
  labels: readonly FilterLabel[]
  onOpenFilters: () => void
  onRemove: (label: FilterLabel) => void
  onClearAll: () => void
}

/** The result count, the 筛选 button and the filters that are on, each removable on its own. */
export function ActiveFilters({ total, labels, onOpenFilters, onRemove, onClearAll }: ActiveFiltersProps) {
  return (
    <View className='active-filters'>
      <View className='active-filters__bar'>
        <Text className='active-filters__total' aria-live='polite'>{total === undefined ? '' : `共 ${total} 项`}</Text>
        <Button className='active-filters__open' onClick={onOpenFilters}>
          {labels.length > 0 ? `筛选（${labels.length}）` : '筛选'}
        </Button>
      </View>
      {labels.length > 0 && (
        <View className='active-filters__chips'>
          {labels.map((label) => (
            <Button key={label.key} className='active-filters__chip' aria-label={`移除筛选：${label.label}`} onClick={() => onRemove(label)}>
              {`${label.label} ×`}
            </Button>
          ))}
          <Button className='active-filters__clear' onClick={onClearAll}>清除筛选</Button>
        </View>
      )}
    </View>
  )
}
