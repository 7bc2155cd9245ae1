import { useRouter } from '@tarojs/taro'
import { PageShell } from '@/components/page-shell'
import { ComplaintScreen } from '@/features/rating/components/complaint-screen'
import { routeParam } from '@/utils/route-param'

/** 办不成事反映 / 投诉建议: /packages/rating/complaint/index[?caseNo=…] */
export default function ComplaintPage() {
  const router = useRouter()
  return (
    <PageShell>
      <ComplaintScreen caseNo={routeParam(router.params.caseNo)} />
    </PageShell>
  )
}
