import Taro, { useReachBottom } from '@tarojs/taro'
import { Button, Text, View } from '@tarojs/components'
import { useCallback, useEffect, useRef, useState } from 'react'
import type { ItemSummary } from '@contract/service-item'
import { useRequest } from '@/hooks/use-request'
import { listHotItems } from '@/services/api/items'
import { useResidenceStore } from '@/stores/residence-store'
import { useSearchHistoryStore } from '@/stores/search-history-store'
import { useFilterLabels } from '../hooks/use-filter-labels'
import { useItemSearch } from '../hooks/use-item-search'
import { useSuggestions } from '../hooks/use-suggestions'
import { openItem } from '../navigation'
import { NO_FILTERS, hasActiveFilters, type SearchFilters, type SearchPageParams } from '../search-params'
import { ActiveFilters } from './active-filters'
import { FilterSheet } from './filter-sheet'
import { HotItems } from './hot-items'
import { ResidencePicker } from './residence-picker'
import { SearchBar } from './search-bar'
import { SearchHistory } from './search-history'
import { SearchResults } from './search-results'
import { SuggestionList } from './suggestion-list'
import './search-screen.scss'

/**
 * The search page's content. What is typed (`text`) is separate from what was searched (`query`):
 * typing shows suggestions, 搜索 runs the search, and no failure ever clears either.
 */
export function SearchScreen({ initial }: { initial: SearchPageParams }) {
  const [text, setText] = useState(initial.q)
  const [query, setQuery] = useState(initial.q)
  const [filters, setFilters] = useState<SearchFilters>(initial.filters)
  const [sheetOpen, setSheetOpen] = useState(false)
  const history = useSearchHistoryStore((s) => s.entries)
  const addToHistory = useSearchHistoryStore((s) => s.add)
  const clearHistory = useSearchHistoryStore((s) => s.clear)

  const filtersOn = hasActiveFilters(filters)
  const editing = text.trim() !== query
  const showResults = !editing && (query !== '' || filtersOn)
  const showSuggestions = editing && text.trim() !== ''

  const search = useItemSearch(query, filters, showResults)
  const suggestions = useSuggestions(text, showSuggestions)
  const labels = useFilterLabels(filters, initial.title)

  // Hot items are only wanted on the start view; once loaded they stay for coming back to it.
  const [hotWanted, setHotWanted] = useState(false)
  useEffect(() => {
    if (!showResults && !showSuggestions) setHotWanted(true)
  }, [showResults, showSuggestions])
  const home = useResidenceStore((s) => s.region?.code)
  const hot = useRequest(() => listHotItems(initial.filters.region, home), [home], { enabled: hotWanted })

  useReachBottom(() => {
    if (showResults) search.loadMore()
  })

  // A new search starts at its first result, not wherever the previous list was scrolled to.
  const searchKey = JSON.stringify([query, filters])
  const firstKey = useRef(searchKey)
  useEffect(() => {
    if (searchKey === firstKey.current) return
    Taro.pageScrollTo({ scrollTop: 0, duration: 0 }).catch(() => {
      // Only cosmetic: a page that cannot scroll (not yet laid out) is already at its top.
    })
  }, [searchKey])

  const runSearch = useCallback(
    (words: string) => {
      const q = words.trim()
      setText(q)
      setQuery(q)
      if (q) addToHistory(q)
    },
    [addToHistory],
  )

  const onSearch = (words: string) => {
    if (!words.trim() && !filtersOn) {
      void Taro.showToast({ title: '请输入要搜索的事项', icon: 'none' })
      return
    }
    runSearch(words)
  }

  const onClear = () => {
    setText('')
    setQuery('')
  }

  const open = (item: ItemSummary) => void openItem(item)

  const applyFilters = (next: SearchFilters) => {
    setSheetOpen(false)
    setFilters(next)
    // Filtering is a way to search too: show the filtered list even if the box is empty.
    setQuery(text.trim())
  }

  const clearFilters = () => setFilters(NO_FILTERS)

  return (
    <View className='search-screen'>
      <View className='search-screen__top'>
        <SearchBar value={text} onInput={setText} onSearch={onSearch} onClear={onClear} focus={!initial.q && !hasActiveFilters(initial.filters)} />
      </View>
      <ResidencePicker className='search-screen__residence' />

      {showSuggestions ? (
        <View className='search-screen__suggest'>
          <Button className='search-screen__search-typed' onClick={() => runSearch(text)}>
            <Text>{`搜索“${text.trim()}”`}</Text>
          </Button>
          <SuggestionList
            suggestions={suggestions.suggestions}
            loading={suggestions.loading}
            failed={Boolean(suggestions.error)}
            onPick={runSearch}
          />
        </View>
      ) : showResults ? (
        <View>
          <ActiveFilters
            total={search.items.length > 0 || (!search.loading && !search.error) ? search.total : undefined}
            labels={labels}
            onOpenFilters={() => setSheetOpen(true)}
            onRemove={(label) => setFilters((f) => label.without(f))}
            onClearAll={clearFilters}
          />
          <SearchResults search={search} filtersOn={filtersOn} onOpen={open} onClearFilters={clearFilters} />
        </View>
      ) : (
        <View>
          <View className='search-screen__filter-entry'>
            <Button className='search-screen__filter-button' onClick={() => setSheetOpen(true)}>按地区、部门、对象筛选</Button>
          </View>
          <SearchHistory entries={history} onPick={runSearch} onClear={clearHistory} />
          <HotItems items={hot.data} error={hot.error} loading={hot.loading} onOpen={open} onRetry={() => void hot.reload()} />
        </View>
      )}

      <FilterSheet open={sheetOpen} value={filters} onApply={applyFilters} onClose={() => setSheetOpen(false)} />
    </View>
  )
}
