import { useRouter } from '@tarojs/taro'
import { PageShell } from '@/components/page-shell'
import { LookupScreen } from '@/features/cases/components/lookup-screen'
import { routeParam } from '@/utils/route-param'

/** 办件查询 (no login): /packages/cases/lookup/index[?caseNo=…] */
export default function CaseLookupPage() {
  const router = useRouter()
  return (
    <PageShell>
      <LookupScreen initialCaseNo={routeParam(router.params.caseNo)} />
    </PageShell>
  )
}
