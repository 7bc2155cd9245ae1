import { useShareAppMessage } from '@tarojs/taro'
import { PageShell } from '@/components/page-shell'
import { CATALOGUE_TAB_PATH } from '@/constants/routes'
import { CatalogueScreen } from '@/features/items/components/catalogue-screen'

/** 办事 tab. */
export default function CataloguePage() {
  useShareAppMessage(() => ({ title: '泉服务·掌上办 办事：全市政务服务事项', path: CATALOGUE_TAB_PATH }))
  return (
    <PageShell>
      <CatalogueScreen />
    </PageShell>
  )
}
