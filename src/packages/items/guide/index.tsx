import Taro, { usePullDownRefresh, useRouter, useShareAppMessage, useShareTimeline } from '@tarojs/taro'
import { useEffect } from 'react'
import { PageShell } from '@/components/page-shell'
import { bundleGuideUrl, guidePageUrl } from '@/constants/routes'
import { GuideScreen } from '@/features/items/components/guide-screen'
import { useGuide } from '@/features/items/hooks/use-guide'
import { safeDecode } from '@/features/items/search-params'
import { navigate } from '@/utils/navigate'

/** 办事指南: /packages/items/guide/index?id=… */
export default function GuidePage() {
  const router = useRouter()
  const id = safeDecode(router.params.id).trim()
  const guide = useGuide(id)
  const name = guide.data?.name

  useEffect(() => {
    if (name) void Taro.setNavigationBarTitle({ title: name })
  }, [name])

  // A 一件事 bundle has its own guide (parts, one application): links that reach the plain guide
  // (收藏, 热门, shared before) open it in this page's place.
  const bundle = guide.data?.tags.includes('bundle') === true
  useEffect(() => {
    if (bundle && id) void navigate(bundleGuideUrl(id), { replace: true })
  }, [bundle, id])

  usePullDownRefresh(() => {
    void guide.reload().finally(() => Taro.stopPullDownRefresh())
  })

  useShareAppMessage(() => ({ title: name ? `办事指南：${name}` : '泉服务·掌上办 办事指南', path: guidePageUrl(id) }))
  useShareTimeline(() => ({ title: name ? `办事指南：${name}` : '泉服务·掌上办 办事指南', query: `id=${encodeURIComponent(id)}` }))

  return (
    <PageShell>
      <GuideScreen state={guide} />
    </PageShell>
  )
}
