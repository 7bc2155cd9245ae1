import { useRouter } from '@tarojs/taro'
import { PageShell } from '@/components/page-shell'
import { BundleApplyScreen } from './apply-screen'
import { routeParam } from '@/utils/route-param'

/** “一件事”在线申报: /packages/apply/bundle/index?id=… (the bundle's id). */
export default function BundleApplyPage() {
  const router = useRouter()
  return (
    <PageShell>
      <BundleApplyScreen bundleId={routeParam(router.params.id)} />
    </PageShell>
  )
}
