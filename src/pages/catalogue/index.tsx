import { useShareAppMessage } from '@tarojs/taro'
import { PageShell } from '@/components/page-shell'
import { CATALOGUE_TAB_PATH } from '@/constants/routes'
import { CatalogueScreen } from '@/features/items/components/catalogue-screen'
import { useUnreadMessages } from '@/hooks/use-unread-messages'

/** 办事 tab. */
export default function CataloguePage() {
  // The 我的 tab's unread badge, refreshed on each show of a tab page.
  useUnreadMessages()
  useShareAppMessage(() => ({ title: '泉服务·掌上办 办事：全市政务服务事项', path: CATALOGUE_TAB_PATH }))
  return (
    <PageShell tab={CATALOGUE_TAB_PATH}>
      <CatalogueScreen />
    </PageShell>
  )
}
