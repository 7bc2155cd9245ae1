import { PageShell } from '@/components/page-shell'
import { CadreGate } from '@/features/cadre/components/cadre-gate'
import { CertificatesScreen } from '@/features/cadre/components/certificates-screen'

/** 已出具证明 (cadres only): /packages/cadre/certificates/index */
export default function CadreCertificatesPage() {
  return (
    <PageShell>
      <CadreGate>
        <CertificatesScreen />
      </CadreGate>
    </PageShell>
  )
}
