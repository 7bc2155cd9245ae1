import { useRouter } from '@tarojs/taro'
import { PageShell } from '@/components/page-shell'
import { ApplyScreen } from '@/features/certificate/components/apply-screen'
import { routeParam } from '@/utils/route-param'

/** 申请村(居)证明: /packages/certificate/apply/index[?id=<returned request>] */
export default function CertificateApplyPage() {
  const router = useRouter()
  return (
    <PageShell>
      <ApplyScreen requestId={routeParam(router.params.id)} />
    </PageShell>
  )
}
