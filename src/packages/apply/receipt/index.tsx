import { useRouter } from '@tarojs/taro'
import { PageShell } from '@/components/page-shell'
import { ReceiptScreen } from '@/features/apply/components/receipt-screen'
import { routeParam } from '@/utils/route-param'

/** 申报回执: /packages/apply/receipt/index?caseNo=… */
export default function ReceiptPage() {
  const router = useRouter()
  return (
    <PageShell>
      <ReceiptScreen caseNo={routeParam(router.params.caseNo)} />
    </PageShell>
  )
}
