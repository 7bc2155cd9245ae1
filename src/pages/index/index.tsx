import Taro, { usePullDownRefresh } from '@tarojs/taro'
import { startTransition, useEffect, useState } from 'react'
import { Button, Text, View } from '@tarojs/components'
import type { ItemSummary, ItemTag } from '@contract/service-item'
import { PageShell } from '@/components/page-shell'
import { Skeleton } from '@/components/skeleton'
import { ErrorState } from '@/components/status-view'
import { useRequest, type RequestState } from '@/hooks/use-request'
import { useUnreadMessages } from '@/hooks/use-unread-messages'
import { certificateApplyUrl, certificateVerifyUrl, complaintUrl, HOME_TAB_PATH, lookupUrl, ratingStatsUrl } from '@/constants/routes'
import { ResidencePicker } from '@/features/items/components/residence-picker'
import { openGuide, openSearch } from '@/features/items/navigation'
import { listHotItems } from '@/services/api/items'
import { useResidenceStore } from '@/stores/residence-store'
import { navigate } from '@/utils/navigate'
import './index.scss'

// What people come for most, one tap away for someone who would rather not type.
const QUICK_QUERIES = ['身份证', '社保卡', '公积金', '结婚登记', '户口', '营业执照', '医保', '驾驶证']

const QUICK_TAGS: { tag: ItemTag; label: string }[] = [
  { tag: 'zero-trip', label: '一趟不用跑' },
  { tag: 'cross-province', label: '跨省通办' },
  { tag: 'bundle', label: '一件事' },
  { tag: 'palm', label: '掌上办' },
]

export default function HomePage() {
  // 所在地 answers each hot service with that region's implementation.
  const home = useResidenceStore((s) => s.region?.code)
  const hot = useRequest(() => listHotItems(undefined, home), [home])
  // The 我的 tab's unread badge, refreshed on each show of a tab page.
  useUnreadMessages()
  usePullDownRefresh(() => {
    void hot.reload().finally(() => Taro.stopPullDownRefresh())
  })
  const restOfPage = useRestOfPage()

  return (
    <PageShell className='home' tab={HOME_TAB_PATH}>
      <View className='home__banner'>
        <Text className='home__title' role='heading' aria-level={1}>泉服务·掌上办</Text>
        <Text className='home__subtitle'>泉州市行政服务中心 · 全市政务服务事项一站查询</Text>
        <Button className='home__search' onClick={() => void openSearch()}>
          <Text className='home__search-text'>搜索事项，如 身份证、社保卡、sfz</Text>
        </Button>
        <Button className='home__lookup' onClick={() => void navigate(lookupUrl())}>办件查询（凭办件编号和查询码，不用登录）</Button>
      </View>

      <View className='home__section'>
        <ResidencePicker />
      </View>

      <View className='home__section'>
        <Text className='home__heading' role='heading' aria-level={2}>常办事项</Text>
        <View className='home__grid'>
          {QUICK_QUERIES.map((q) => (
            <Button key={q} className='home__chip' onClick={() => void openSearch({ q })}>{q}</Button>
          ))}
        </View>
      </View>

      {restOfPage && <BelowTheFold hot={hot} />}
    </PageShell>
  )
}

/**
 * H5: the first commit holds what the first screen shows (banner, 所在地, 常办事项); the sections
 * below render just after, in a transition that React splits into short tasks, so a slow phone
 * answers a tap sooner (Lighthouse TBT). They are added at the end of the page, so nothing already
 * on screen moves. The weapp renders everything at once (a second setData would only cost).
 */
function useRestOfPage(): boolean {
  const [ready, setReady] = useState(process.env.TARO_ENV !== 'h5')
  useEffect(() => {
    if (!ready) startTransition(() => setReady(true))
  }, [ready])
  return ready
}

function BelowTheFold({ hot }: { hot: RequestState<ItemSummary[]> }) {
  return (
    <>
      <View className='home__section'>
        <Text className='home__heading' role='heading' aria-level={2}>特色服务</Text>
        <View className='home__grid'>
          {QUICK_TAGS.map(({ tag, label }) => (
            <Button key={tag} className='home__chip home__chip--feature' onClick={() => void openSearch({ tags: [tag], title: label })}>
              {label}
            </Button>
          ))}
        </View>
      </View>

      <View className='home__section'>
        <Text className='home__heading' role='heading' aria-level={2}>证明服务</Text>
        <View className='home__grid'>
          <Button className='home__chip home__chip--feature' onClick={() => void navigate(certificateApplyUrl())}>村(居)证明</Button>
          <Button className='home__chip home__chip--feature' onClick={() => void navigate(certificateVerifyUrl())}>证明核验</Button>
        </View>
      </View>

      <View className='home__section'>
        <Text className='home__heading' role='heading' aria-level={2}>好差评与投诉</Text>
        <View className='home__grid'>
          <Button className='home__chip home__chip--feature' onClick={() => void navigate(ratingStatsUrl())}>好差评公示</Button>
          <Button className='home__chip home__chip--feature' onClick={() => void navigate(complaintUrl())}>办不成事反映</Button>
        </View>
      </View>

      <View className='home__section'>
        <Text className='home__heading' role='heading' aria-level={2}>热门事项</Text>
        {hot.error && !hot.data && <ErrorState error={hot.error} onRetry={hot.reload} />}
        {/* Rows in the list's shape while it loads, so the page below does not jump when it arrives. */}
        {hot.loading && !hot.data && <Skeleton rows={5} text='正在加载热门事项…' />}
        {hot.data && <HotList items={hot.data} />}
      </View>
    </>
  )
}

function HotList({ items }: { items: ItemSummary[] }) {
  return (
    <View className='home__list'>
      {items.map((item, index) => (
        <Button key={item.id} className='home__hot' onClick={() => void openGuide(item.id)}>
          <Text className='home__hot-rank' aria-hidden>{index + 1}</Text>
          <View className='home__hot-text'>
            <Text className='home__hot-name'>{item.name}</Text>
            <Text className='home__hot-meta'>{item.department.name}</Text>
          </View>
        </Button>
      ))}
    </View>
  )
}
