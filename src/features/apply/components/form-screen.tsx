import { Button, Text, View } from '@tarojs/components'
import type { User } from '@contract/user'
import { EmptyState, ErrorState, LoadingState } from '@/components/status-view'
import { guidePageUrl, HOME_TAB_PATH, MINE_TAB_PATH } from '@/constants/routes'
import { useRequest } from '@/hooks/use-request'
import { getForm } from '@/services/api/applications'
import { useSessionStore } from '@/stores/session-store'
import { goBack, navigate } from '@/utils/navigate'
import { ApplicationForm } from './application-form'
import './apply-form.scss'

/** Applying needs an account; browsing does not, so this asks instead of forcing a login. */
export function SignInPrompt() {
  return (
    <View className='apply-form__gate' role='region' aria-label='需要登录'>
      <Text className='apply-form__gate-title' role='heading' aria-level={1}>登录后即可在线申报</Text>
      <Text className='apply-form__gate-text'>在线申报需要确认申请人身份。请到「我的」页面登录，登录后回到这里继续。</Text>
      <Button className='apply-form__primary' onClick={() => void navigate(MINE_TAB_PATH)}>去登录</Button>
    </View>
  )
}

/** 在线申报 of one item: sign-in, loading the item's form, then the stepped form. */
export function FormScreen({ itemId }: { itemId: string }) {
  const user = useSessionStore((s) => s.user)
  const token = useSessionStore((s) => s.token)
  if (!user || !token) return <SignInPrompt />
  return <FormLoader itemId={itemId} user={user} />
}

function FormLoader({ itemId, user }: { itemId: string; user: User }) {
  const { data: schema, error, loading, reload } = useRequest(() => getForm(itemId), [itemId], { enabled: itemId !== '' })
  if (schema) return <ApplicationForm key={`${user.id}:${schema.itemId}`} schema={schema} user={user} />
  if (itemId === '' || error?.kind === 'not-found') {
    return (
      <View className='apply-form__gate'>
        <EmptyState title='事项不存在或已下线' hint='请回到办事指南或搜索其他事项' />
        <Button className='apply-form__secondary' onClick={() => void goBack(HOME_TAB_PATH)}>返回</Button>
      </View>
    )
  }
  if (error?.kind === 'conflict') {
    // e.g. the item cannot be applied for on the phone (not 掌上办): say why and lead back to the guide.
    return (
      <View className='apply-form__gate' role='alert'>
        <Text className='apply-form__gate-title'>暂不能在手机上申报</Text>
        <Text className='apply-form__gate-text'>{error.message}</Text>
        <Button className='apply-form__primary' onClick={() => void goBack(guidePageUrl(itemId))}>查看办事指南</Button>
      </View>
    )
  }
  if (error) return <ErrorState error={error} onRetry={() => void reload()} />
  if (loading) return <LoadingState text='正在加载申报表…' />
  return null
}
