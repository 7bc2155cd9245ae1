import { PageShell } from '@/components/page-shell'
import { RequestsScreen } from '@/features/certificate/components/requests-screen'

/** 我的证明: /packages/certificate/requests/index */
export default function CertificateRequestsPage() {
  return (
    <PageShell>
      <RequestsScreen />
    </PageShell>
  )
}
