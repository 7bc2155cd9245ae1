import Taro, { useDidShow, usePullDownRefresh, useReachBottom } from '@tarojs/taro'
import { Button, Text, View } from '@tarojs/components'
import { useRef, useState } from 'react'
import { PageShell } from '@/components/page-shell'
import { EmptyState, ErrorState, LoadingState } from '@/components/status-view'
import { CATALOGUE_TAB_PATH, MINE_TAB_PATH } from '@/constants/routes'
import { CaseCard } from '@/features/cases/components/case-card'
import { CASE_FILTERS } from '@/features/cases/format'
import { useCaseList, type CaseList } from '@/features/cases/hooks/use-case-list'
import { openCaseDetail, openLookup, openTab } from '@/features/cases/navigation'
import { useSessionStore } from '@/stores/session-store'
import './index.scss'

/** 办件 tab: my cases, newest first, by state; or, signed out, the way to sign in or look one up. */
export default function CasesPage() {
  const userId = useSessionStore((s) => s.user?.id ?? null)
  const [filterKey, setFilterKey] = useState(CASE_FILTERS[0].key)
  const filter = CASE_FILTERS.find((f) => f.key === filterKey) ?? CASE_FILTERS[0]
  const list = useCaseList(filter.statuses, userId)

  // The first show is the mount, which loads already; later shows (back from a detail, a case
  // submitted from another tab) reload over what is on screen.
  const shown = useRef(false)
  useDidShow(() => {
    if (shown.current) void list.refresh()
    shown.current = true
  })
  usePullDownRefresh(() => {
    void list.refresh().finally(() => Taro.stopPullDownRefresh())
  })
  useReachBottom(() => list.loadMore())

  return (
    <PageShell className='cases'>
      {userId ? (
        <>
          <View className='cases__filters' role='tablist' aria-label='按状态筛选'>
            {CASE_FILTERS.map((f) => (
              <Button
                key={f.key}
                className={`cases__filter${f.key === filter.key ? ' cases__filter--selected' : ''}`}
                role='tab'
                aria-selected={f.key === filter.key}
                onClick={() => setFilterKey(f.key)}
              >
                {f.label}
              </Button>
            ))}
          </View>
          <CaseListView list={list} filterLabel={filter.key === 'all' ? null : filter.label} />
          <Button className='cases__lookup-link' onClick={() => void openLookup()}>用办件编号和查询码查询</Button>
        </>
      ) : (
        <SignedOut />
      )}
    </PageShell>
  )
}

function SignedOut() {
  return (
    <View className='cases__gate'>
      <EmptyState title='登录后查看我的办件' hint='办件的进度、补正和结果只给申请人本人看。没有登录也可以凭回执上的办件编号和查询码查询进度。' />
      <Button className='cases__primary' onClick={() => openTab(MINE_TAB_PATH)}>去登录</Button>
      <Button className='cases__secondary' onClick={() => void openLookup()}>不登录查询（办件编号 + 查询码）</Button>
    </View>
  )
}

function CaseListView({ list, filterLabel }: { list: CaseList; filterLabel: string | null }) {
  if (list.items.length === 0) {
    if (list.error) return <ErrorState error={list.error} onRetry={() => void list.refresh()} />
    if (list.loading) return <LoadingState text='正在加载办件…' />
    if (filterLabel) return <EmptyState title={`没有「${filterLabel}」的办件`} hint='换一个状态看看，或点「全部」' />
    return (
      <View className='cases__gate'>
        <EmptyState title='还没有办件' hint='在「办事」里找到事项，在线申报后，办件就会出现在这里' />
        <Button className='cases__primary' onClick={() => openTab(CATALOGUE_TAB_PATH)}>去办事</Button>
      </View>
    )
  }
  return (
    <View className='cases__list-wrap'>
      {list.error && (
        <View className='cases__inline-error' role='alert'>
          <Text className='cases__note'>{`刷新失败：${list.error.message}`}</Text>
          <Button className='cases__more' onClick={() => void list.refresh()}>重试</Button>
        </View>
      )}
      <Text className='cases__count'>{`共 ${list.total} 件`}</Text>
      <View className='cases__list' role='list' aria-label='我的办件'>
        {list.items.map((c) => (
          <CaseCard key={c.caseNo} summary={c} onOpen={(caseNo) => void openCaseDetail(caseNo)} />
        ))}
      </View>
      <View className='cases__end'>
        {list.loadMoreError ? (
          <View role='alert' className='cases__inline-error'>
            <Text className='cases__note'>{list.loadMoreError.message}</Text>
            <Button className='cases__more' onClick={list.loadMore}>重试</Button>
          </View>
        ) : list.loadingMore ? (
          <Text className='cases__note' aria-live='polite'>正在加载更多…</Text>
        ) : list.hasMore ? (
          // Reaching the bottom loads more by itself; the button serves screen readers and switch access.
          <Button className='cases__more' onClick={list.loadMore}>加载更多</Button>
        ) : (
          <Text className='cases__note'>没有更多了</Text>
        )}
      </View>
    </View>
  )
}
