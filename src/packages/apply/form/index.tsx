import { useRouter } from '@tarojs/taro'
import { PageShell } from '@/components/page-shell'
import { FormScreen } from '@/features/apply/components/form-screen'
import { routeParam } from '@/utils/route-param'

/** 在线申报: /packages/apply/form/index?itemId=… */
export default function ApplyFormPage() {
  const router = useRouter()
  return (
    <PageShell>
      <FormScreen itemId={routeParam(router.params.itemId)} />
    </PageShell>
  )
}
