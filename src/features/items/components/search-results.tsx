import { Button, Text, View } from '@tarojs/components'
import type { ItemSummary } from '@contract/service-item'
import { EmptyState, ErrorState, LoadingState } from '@/components/status-view'
import type { ItemSearch } from '../hooks/use-item-search'
import { MAX_LOADED_RESULTS } from '../hooks/use-item-search'
import { ItemCard } from './item-card'
import './search-results.scss'

interface SearchResultsProps {
  search: ItemSearch
  filtersOn: boolean
  onOpen: (item: ItemSummary) => void
  onClearFilters: () => void
}

/** The result list with its end: 加载更多, 已经到底了, or why there is nothing (and what to try). */
export function SearchResults({ search, filtersOn, onOpen, onClearFilters }: SearchResultsProps) {
  if (search.items.length === 0) {
    if (search.error) {
      // A link with a filter the server no longer knows (a merged department) fails every retry;
      // dropping the filters is the way out.
      const stuck = filtersOn && !search.error.retryable
      return (
        <View className='search-results__empty'>
          <ErrorState error={search.error} onRetry={stuck ? undefined : search.retry} />
          {stuck && <Button className='search-results__clear' onClick={onClearFilters}>清除筛选</Button>}
        </View>
      )
    }
    if (search.loading) return <LoadingState text='正在搜索…' />
    return (
      <View className='search-results__empty'>
        <EmptyState
          title='没有找到相关事项'
          hint={filtersOn ? '可以减少筛选条件，或试试拼音首字母（如 sfz）、少输几个字' : '可以试试拼音首字母（如 sfz），或少输几个字'}
        />
        {filtersOn && (
          <Button className='search-results__clear' onClick={onClearFilters}>清除筛选</Button>
        )}
      </View>
    )
  }

  return (
    <View className='search-results'>
      <View className='search-results__list'>
        {search.items.map((item) => (
          <ItemCard key={item.id} item={item} onOpen={onOpen} />
        ))}
      </View>
      <View className='search-results__end'>
        {search.loadMoreError ? (
          <View role='alert' className='search-results__end-error'>
            <Text className='search-results__note'>{search.loadMoreError.message}</Text>
            <Button className='search-results__more' onClick={search.retry}>重试</Button>
          </View>
        ) : search.loadingMore ? (
          <Text className='search-results__note' aria-live='polite'>正在加载更多…</Text>
        ) : search.hasMore ? (
          // Scrolling to the bottom loads more by itself; the button is for those who cannot scroll
          // easily (screen readers, switch access) and for when the bottom event does not fire.
          <Button className='search-results__more' onClick={search.loadMore}>加载更多</Button>
        ) : search.capped ? (
          <Text className='search-results__note'>{`已显示前 ${MAX_LOADED_RESULTS} 项，请输入更准确的词或使用筛选缩小范围`}</Text>
        ) : (
          <Text className='search-results__note'>已经到底了</Text>
        )}
      </View>
    </View>
  )
}
