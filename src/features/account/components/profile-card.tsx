import { Button, Text, View } from '@tarojs/components'
import type { Role, User } from '@contract/user'
import { useSessionStore } from '@/stores/session-store'
import './account.scss'

const ROLE_LABEL: Record<Role, string> = {
  resident: '个人用户',
  business: '企业经办人',
  cadre: '村(居)干部',
  admin: '后台工作人员',
}

/** Who is signed in (name, role, phone, the village a cadre serves), with 退出登录. */
export function ProfileCard({ user }: { user: User }) {
  const signOut = useSessionStore((s) => s.signOut)
  return (
    <View className='mine__card'>
      <Text className='mine__name' role='heading' aria-level={2}>{user.realName?.name ?? user.nickname}</Text>
      <Text className='mine__meta'>{ROLE_LABEL[user.role]}</Text>
      {user.phone && <Text className='mine__meta'>手机号 {user.phone}</Text>}
      {user.village && <Text className='mine__meta'>服务村(居)：{user.village.path}</Text>}
      <Button className='mine__button mine__button--plain' onClick={signOut}>退出登录</Button>
    </View>
  )
}
