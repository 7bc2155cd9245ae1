import Taro, { usePullDownRefresh, useRouter, useShareAppMessage, useShareTimeline } from '@tarojs/taro'
import { useEffect } from 'react'
import { PageShell } from '@/components/page-shell'
import { bundleGuideUrl } from '@/constants/routes'
import { BundleGuideScreen } from './guide-screen'
import { useBundleGuide } from '@/features/bundle/use-bundle-guide'
import { safeDecode } from '@/features/items/search-params'

/** “一件事”指南: /packages/items/bundle/index?id=… (the bundle item's id). */
export default function BundleGuidePage() {
  const router = useRouter()
  const id = safeDecode(router.params.id).trim()
  const guide = useBundleGuide(id)
  const name = guide.data?.name

  useEffect(() => {
    if (name) void Taro.setNavigationBarTitle({ title: name })
  }, [name])

  usePullDownRefresh(() => {
    void guide.reload().finally(() => Taro.stopPullDownRefresh())
  })

  useShareAppMessage(() => ({ title: name ? `一件事：${name}` : '泉服务·掌上办 一件事', path: bundleGuideUrl(id) }))
  useShareTimeline(() => ({ title: name ? `一件事：${name}` : '泉服务·掌上办 一件事', query: `id=${encodeURIComponent(id)}` }))

  return (
    <PageShell>
      <BundleGuideScreen state={guide} />
    </PageShell>
  )
}
