import { Button, Text, View } from '@tarojs/components'
import { PageShell } from '@/components/page-shell'
import { MINE_TAB_PATH } from '@/constants/routes'
import { FamilyScreen } from '@/features/account/components/family-screen'
import { useSessionStore } from '@/stores/session-store'
import { navigate } from '@/utils/navigate'

/** 家人 (为家人办): /packages/account/family/index, from 我的. */
export default function FamilyPage() {
  const user = useSessionStore((s) => s.user)
  return (
    <PageShell className='family-page'>
      <Text className='family-page__title' role='heading' aria-level={1}>家人</Text>
      {user ? (
        <FamilyScreen user={user} />
      ) : (
        <View>
          <Text>登录后添加家人、为家人办事。</Text>
          <Button onClick={() => void navigate(MINE_TAB_PATH)}>去登录</Button>
        </View>
      )}
    </PageShell>
  )
}
