import { useRouter } from '@tarojs/taro'
import { PageShell } from '@/components/page-shell'
import { BundleReceiptScreen } from './receipt-screen'
import { routeParam } from '@/utils/route-param'

/** “一件事”申报回执: /packages/apply/bundle/receipt/index?caseNo=… (the bundle case). */
export default function BundleReceiptPage() {
  const router = useRouter()
  return (
    <PageShell>
      <BundleReceiptScreen caseNo={routeParam(router.params.caseNo)} />
    </PageShell>
  )
}
