import { useRouter } from '@tarojs/taro'
import { PageShell } from '@/components/page-shell'
import { CaseDetailScreen } from '@/features/cases/components/case-detail-screen'
import { CertificateQr } from '@/features/certificate/components/certificate-qr'
import { verifyLink } from '@/features/certificate/qr'
import { routeParam } from '@/utils/route-param'

/**
 * 办件详情: /packages/cases/detail/index?caseNo=…[&part=… a part of a 一件事 bundle case, from a
 * message]; a bundle's 行业综合许可证 is drawn with the certificates' QR code.
 */
export default function CaseDetailPage() {
  const router = useRouter()
  return (
    <PageShell>
      <CaseDetailScreen
        caseNo={routeParam(router.params.caseNo)}
        partCaseNo={routeParam(router.params.part)}
        renderLicenseQr={(license) => <CertificateQr link={verifyLink(license.verifyPath)} />}
      />
    </PageShell>
  )
}
