import { Button, Text, View } from '@tarojs/components'
import { PageShell } from '@/components/page-shell'
import { MINE_TAB_PATH } from '@/constants/routes'
import { LicensesScreen } from '@/features/account/components/licenses-screen'
import { useSessionStore } from '@/stores/session-store'
import { navigate } from '@/utils/navigate'

/** 我的电子证照: /packages/account/licenses/index, from 我的. */
export default function LicensesPage() {
  const user = useSessionStore((s) => s.user)
  return (
    <PageShell className='licenses-page'>
      <Text className='licenses-page__title' role='heading' aria-level={1}>我的电子证照</Text>
      {user ? (
        <LicensesScreen verified={user.realName !== null} />
      ) : (
        <View>
          <Text>登录后查看您的电子证照。</Text>
          <Button onClick={() => void navigate(MINE_TAB_PATH)}>去登录</Button>
        </View>
      )}
    </PageShell>
  )
}
