import { useRouter } from '@tarojs/taro'
import { PageShell } from '@/components/page-shell'
import { CaseDetailScreen } from '@/features/cases/components/case-detail-screen'
import { routeParam } from '@/utils/route-param'

/** 办件详情: /packages/cases/detail/index?caseNo=… */
export default function CaseDetailPage() {
  const router = useRouter()
  return (
    <PageShell>
      <CaseDetailScreen caseNo={routeParam(router.params.caseNo)} />
    </PageShell>
  )
}
