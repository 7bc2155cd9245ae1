import { useRouter } from '@tarojs/taro'
import { PageShell } from '@/components/page-shell'
import { MaterialUploader } from '@/features/apply/components/material-uploader'
import { SupplementScreen } from '@/features/cases/components/supplement-screen'
import { routeParam } from '@/utils/route-param'

/**
 * 补正材料: /packages/apply/supplement/index?caseNo=… (with `&part=…`: one part of a 一件事 bundle
 * case, answered through the bundle case). It lives in the application subpackage so the
 * uploader of the application form serves here too, without shipping it twice.
 */
export default function SupplementPage() {
  const router = useRouter()
  return (
    <PageShell>
      <SupplementScreen
        caseNo={routeParam(router.params.caseNo)}
        partCaseNo={routeParam(router.params.part)}
        renderUploader={(props) => <MaterialUploader {...props} />}
      />
    </PageShell>
  )
}
