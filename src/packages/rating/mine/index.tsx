import { useRouter } from '@tarojs/taro'
import { PageShell } from '@/components/page-shell'
import { RatingsScreen } from '@/features/rating/components/ratings-screen'
import { routeParam } from '@/utils/route-param'

/** 我的评价 and 待评价: /packages/rating/mine/index[?tab=pending] */
export default function MyRatingsPage() {
  const router = useRouter()
  return (
    <PageShell>
      <RatingsScreen initialTab={routeParam(router.params.tab) === 'pending' ? 'pending' : 'mine'} />
    </PageShell>
  )
}
