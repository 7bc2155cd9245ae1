import Taro, { useDidShow, usePullDownRefresh, useReachBottom, useShareAppMessage } from '@tarojs/taro'
import { useRef, useState } from 'react'
import { PageShell } from '@/components/page-shell'
import { CASES_TAB_PATH, HOME_TAB_PATH } from '@/constants/routes'
import { MyCases, MyCasesSignedOut } from '@/features/cases/components/case-list'
import { CASE_FILTERS } from '@/features/cases/format'
import { useCaseList } from '@/features/cases/hooks/use-case-list'
import { useUnreadMessages } from '@/hooks/use-unread-messages'
import { useSessionStore } from '@/stores/session-store'
import './index.scss'

/** 办件 tab: my cases, newest first, by state; or, signed out, the way to sign in or look one up. */
export default function CasesPage() {
  const userId = useSessionStore((s) => s.user?.id ?? null)
  const [filter, setFilter] = useState(CASE_FILTERS[0])
  const list = useCaseList(filter.statuses, userId)
  // The 我的 tab's unread badge, refreshed on each show of a tab page.
  useUnreadMessages()

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
  // A person's own cases are not for others: 转发 sends the app's home page instead.
  useShareAppMessage(() => ({ title: '泉服务·掌上办', path: HOME_TAB_PATH }))

  return (
    <PageShell className='cases' tab={CASES_TAB_PATH}>
      {userId ? <MyCases filter={filter} onFilter={setFilter} list={list} /> : <MyCasesSignedOut />}
    </PageShell>
  )
}
