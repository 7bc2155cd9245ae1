import { Button, Text, View } from '@tarojs/components'
import type { ApiError } from '@/services/api-error'
import './index.scss'

export interface ListEndProps {
  loadingMore: boolean
  /** The next page failed: its message with 重试, while what was loaded stays above. */
  loadMoreError: ApiError | undefined
  hasMore: boolean
  onLoadMore: () => void
  /** What 重试 does after a failed next page; loading it again unless told otherwise. */
  onRetry?: () => void
  /** What the end says when nothing more will come here. */
  endText?: string
}

/**
 * The end of a paged list (search results, 我的办件): 正在加载更多…, 加载更多, the error of the next
 * page with 重试, or that the list is over.
 */
export function ListEnd({ loadingMore, loadMoreError, hasMore, onLoadMore, onRetry, endText = '没有更多了' }: ListEndProps) {
  return (
    <View className='list-end'>
      {loadMoreError ? (
        <View role='alert' className='list-end__error'>
          <Text className='list-end__note'>{loadMoreError.message}</Text>
          <Button className='list-end__more' onClick={onRetry ?? onLoadMore}>重试</Button>
        </View>
      ) : loadingMore ? (
        <Text className='list-end__note' aria-live='polite'>正在加载更多…</Text>
      ) : hasMore ? (
        // Reaching the bottom loads more by itself; the button is for those who cannot scroll
        // easily (screen readers, switch access) and for when the bottom event does not fire.
        <Button className='list-end__more' onClick={onLoadMore}>加载更多</Button>
      ) : (
        <Text className='list-end__note'>{endText}</Text>
      )}
    </View>
  )
}
