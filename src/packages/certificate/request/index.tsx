import { useRouter } from '@tarojs/taro'
import { PageShell } from '@/components/page-shell'
import { RequestScreen } from '@/features/certificate/components/request-screen'
import { routeParam } from '@/utils/route-param'

/** 申请详情: /packages/certificate/request/index?id=… */
export default function CertificateRequestPage() {
  const router = useRouter()
  return (
    <PageShell>
      <RequestScreen id={routeParam(router.params.id)} />
    </PageShell>
  )
}
