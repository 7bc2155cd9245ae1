import { useRouter, useShareAppMessage } from '@tarojs/taro'
import { PageShell } from '@/components/page-shell'
import { CERTIFICATE_VERIFY_PATH } from '@/constants/routes'
import { VerifyScreen } from '@/features/certificate/components/verify-screen'
import { routeParam } from '@/utils/route-param'

/** 证明核验 (no login): /packages/certificate/verify/index[?no=…&code=…] (the QR code's link). */
export default function CertificateVerifyPage() {
  const router = useRouter()
  useShareAppMessage(() => ({ title: '村(居)证明核验', path: CERTIFICATE_VERIFY_PATH }))
  return (
    <PageShell>
      <VerifyScreen initialNo={routeParam(router.params.no)} initialCode={routeParam(router.params.code)} />
    </PageShell>
  )
}
