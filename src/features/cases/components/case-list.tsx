import { Button, Text, View } from '@tarojs/components'
import { ListEnd } from '@/components/list-end'
import { EmptyState, ErrorState, LoadingState } from '@/components/status-view'
import { CATALOGUE_TAB_PATH, MINE_TAB_PATH } from '@/constants/routes'
import { navigate } from '@/utils/navigate'
import { CASE_FILTERS, type CaseFilter } from '../format'
import type { CaseList } from '../hooks/use-case-list'
import { openCaseDetail, openLookup } from '../navigation'
import { CaseCard } from './case-card'
import './case-list.scss'

export interface MyCasesProps {
  filter: CaseFilter
  onFilter: (filter: CaseFilter) => void
  list: CaseList
}

/** 我的办件: the state filters, the cases of the chosen one page by page, and 办件查询 below. */
export function MyCases({ filter, onFilter, list }: MyCasesProps) {
  return (
    <>
      <View className='case-list__filters' role='tablist' aria-label='按状态筛选'>
        {CASE_FILTERS.map((f) => (
          <Button
            key={f.key}
            className={`case-list__filter${f.key === filter.key ? ' case-list__filter--selected' : ''}`}
            role='tab'
            aria-selected={f.key === filter.key}
            onClick={() => onFilter(f)}
          >
            {f.label}
          </Button>
        ))}
      </View>
      <CaseListView list={list} filterLabel={filter.key === 'all' ? null : filter.label} />
      <Button className='case-list__lookup-link' onClick={() => void openLookup()}>用办件编号和查询码查询</Button>
    </>
  )
}

/** Signed out: why the list is not shown, and the ways on (sign in, or look one case up without). */
export function MyCasesSignedOut() {
  return (
    <View className='case-list__gate'>
      <EmptyState title='登录后查看我的办件' hint='办件的进度、补正和结果只给申请人本人看。没有登录也可以凭回执上的办件编号和查询码查询进度。' />
      <Button className='case-list__primary' onClick={() => void navigate(MINE_TAB_PATH)}>去登录</Button>
      <Button className='case-list__secondary' onClick={() => void openLookup()}>不登录查询（办件编号 + 查询码）</Button>
    </View>
  )
}

function CaseListView({ list, filterLabel }: { list: CaseList; filterLabel: string | null }) {
  if (list.items.length === 0) {
    if (list.error) return <ErrorState error={list.error} onRetry={() => void list.refresh()} />
    if (list.loading) return <LoadingState text='正在加载办件…' />
    if (filterLabel) return <EmptyState title={`没有「${filterLabel}」的办件`} hint='换一个状态看看，或点「全部」' />
    return (
      <View className='case-list__gate'>
        <EmptyState title='还没有办件' hint='在「办事」里找到事项，在线申报后，办件就会出现在这里' />
        <Button className='case-list__primary' onClick={() => void navigate(CATALOGUE_TAB_PATH)}>去办事</Button>
      </View>
    )
  }
  return (
    <View className='case-list'>
      {list.error && (
        <View className='case-list__inline-error' role='alert'>
          <Text className='case-list__note'>{`刷新失败：${list.error.message}`}</Text>
          <Button className='case-list__retry' onClick={() => void list.refresh()}>重试</Button>
        </View>
      )}
      <Text className='case-list__count'>{`共 ${list.total} 件`}</Text>
      <View className='case-list__items' role='list' aria-label='我的办件'>
        {list.items.map((c) => (
          <CaseCard key={c.caseNo} summary={c} onOpen={(caseNo) => void openCaseDetail(caseNo)} />
        ))}
      </View>
      <ListEnd loadingMore={list.loadingMore} loadMoreError={list.loadMoreError} hasMore={list.hasMore} onLoadMore={list.loadMore} />
    </View>
  )
}
