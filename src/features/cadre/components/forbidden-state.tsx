import { Button, Text, View } from '@tarojs/components'
import type { ApiError } from '@/services/api-error'
import { cadreWorkbenchUrl } from '@/constants/routes'
import { goBack } from '@/utils/navigate'
import './cadre.scss'

/**
 * A 403 on the workbench: another village's request or certificate, or an account without a
 * village. Trying again can never work, so it says why and offers the way back instead of 重试.
 */
export function ForbiddenState({ error }: { error: ApiError }) {
  return (
    <View className='cadre'>
      <View className='cadre__card' role='alert'>
        <Text className='cadre__title' role='heading' aria-level={1}>无权处理</Text>
        <Text className='cadre__intro'>{error.message}</Text>
        <Text className='cadre__intro'>
          村(居)干部只能审核、出具和撤销本村（社区）的证明。如果这份申请应由您处理，请联系管理员核对账号绑定的村（社区）。
        </Text>
        <Button className='cadre__primary' onClick={() => void goBack(cadreWorkbenchUrl())}>返回村务工作台</Button>
      </View>
    </View>
  )
}
