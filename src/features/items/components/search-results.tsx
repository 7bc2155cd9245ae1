import { Button, View } from '@tarojs/components'
import type { ItemSummary } from '@contract/service-item'
import { ListEnd } from '@/components/list-end'
import { Skeleton } from '@/components/skeleton'
import { EmptyState, ErrorState } from '@/components/status-view'
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
    if (search.loading) return <Skeleton rows={6} text='正在搜索…' />
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
      <ListEnd
        loadingMore={search.loadingMore}
        loadMoreError={search.loadMoreError}
        hasMore={search.hasMore}
        onLoadMore={search.loadMore}
        onRetry={search.retry}
        endText={search.capped ? `已显示前 ${MAX_LOADED_RESULTS} 项，请输入更准确的词或使用筛选缩小范围` : '已经到底了'}
      />
    </View>
  )
}
