import { useRouter } from '@tarojs/taro'
import { PageShell } from '@/components/page-shell'
import { CadreGate } from '@/features/cadre/components/cadre-gate'
import { RequestScreen } from '@/features/cadre/components/request-screen'
import { routeParam } from '@/utils/route-param'

/** 证明申请审核 (cadres only): /packages/cadre/request/index?id=… */
export default function CadreRequestPage() {
  const router = useRouter()
  return (
    <PageShell>
      <CadreGate>
        <RequestScreen id={routeParam(router.params.id)} />
      </CadreGate>
    </PageShell>
  )
}
