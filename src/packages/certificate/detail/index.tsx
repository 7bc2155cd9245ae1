import { useRouter, useShareAppMessage } from '@tarojs/taro'
import { useCallback, useRef } from 'react'
import type { Certificate } from '@contract/certificate'
import { PageShell } from '@/components/page-shell'
import { CERTIFICATE_VERIFY_PATH } from '@/constants/routes'
import { CertificateScreen } from '@/features/certificate/components/certificate-screen'
import { routeParam } from '@/utils/route-param'

/** 村(居)证明 (the holder's view): /packages/certificate/detail/index?no=… */
export default function CertificateDetailPage() {
  const router = useRouter()
  const certificate = useRef<Certificate | null>(null)
  const onLoaded = useCallback((loaded: Certificate) => {
    certificate.current = loaded
  }, [])
  // WeChat share opens the public verify page, never this one: the receiver can only check it.
  useShareAppMessage(() => ({
    title: certificate.current ? `${certificate.current.title}（扫码核验真伪）` : '村(居)证明核验',
    path: certificate.current?.verifyPath ?? CERTIFICATE_VERIFY_PATH,
  }))
  return (
    <PageShell>
      <CertificateScreen no={routeParam(router.params.no)} onLoaded={onLoaded} />
    </PageShell>
  )
}
