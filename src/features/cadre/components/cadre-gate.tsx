import { Text, View } from '@tarojs/components'
import type { PropsWithChildren } from 'react'
import { useSessionStore } from '@/stores/session-store'
import './cadre.scss'

/** Only a signed-in cadre sees what is inside; everyone else is told whom it is for. */
export function CadreGate({ children }: PropsWithChildren) {
  const user = useSessionStore((s) => s.user)
  const token = useSessionStore((s) => s.token)
  if (!token || user?.role !== 'cadre') {
    return (
      <View className='cadre'>
        <View className='cadre__card'>
          <Text className='cadre__title' role='heading' aria-level={1}>村务工作台</Text>
          <Text className='cadre__intro'>仅村(居)干部可用。请使用绑定了所在村(居)的干部账号登录。</Text>
        </View>
      </View>
    )
  }
  return <>{children}</>
}
