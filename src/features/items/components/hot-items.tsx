import { Button, Text, View } from '@tarojs/components'
import type { ItemSummary } from '@contract/service-item'
import type { ApiError } from '@/services/api-error'
import './hot-items.scss'

interface HotItemsProps {
  items: readonly ItemSummary[] | undefined
  error: ApiError | undefined
  loading: boolean
  onOpen: (item: ItemSummary) => void
  onRetry: () => void
}

/** The most used items (热门事项), so a person can start without typing. */
export function HotItems({ items, error, loading, onOpen, onRetry }: HotItemsProps) {
  return (
    <View className='hot-items'>
      <Text className='hot-items__title' role='heading' aria-level={2}>热门事项</Text>
      {error && !items?.length ? (
        <View className='hot-items__error' role='alert'>
          <Text className='hot-items__note'>{error.message}</Text>
          <Button className='hot-items__retry' onClick={onRetry}>重试</Button>
        </View>
      ) : loading && !items?.length ? (
        <Text className='hot-items__note' aria-live='polite'>正在加载…</Text>
      ) : (
        <View className='hot-items__list'>
          {items?.map((item, index) => (
            <Button
              key={item.id}
              className='hot-items__item'
              onClick={() => onOpen(item)}
            >
              <Text className={`hot-items__rank${index < 3 ? ' hot-items__rank--top' : ''}`}>{index + 1}</Text>
              <Text className='hot-items__name'>{item.name}</Text>
            </Button>
          ))}
        </View>
      )}
    </View>
  )
}
