import { useRouter } from '@tarojs/taro'
import { PageShell } from '@/components/page-shell'
import { RateScreen } from '@/features/rating/components/rate-screen'
import { routeParam } from '@/utils/route-param'

/** 评价办件: /packages/rating/rate/index?caseNo=… */
export default function RatePage() {
  const router = useRouter()
  return (
    <PageShell>
      <RateScreen caseNo={routeParam(router.params.caseNo)} />
    </PageShell>
  )
}
