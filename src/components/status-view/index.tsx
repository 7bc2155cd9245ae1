import { Button, Text, View } from '@tarojs/components'
import type { ApiError } from '@/services/api-error'
import './index.scss'

/** A failed load: says what went wrong in Chinese and offers 重试. */
export function ErrorState({ error, onRetry }: { error: ApiError; onRetry?: () => void }) {
  return (
    <View className='status-view' role='alert'>
      <Text className='status-view__title'>{error.kind === 'network' || error.kind === 'timeout' ? '网络不太好' : '加载失败'}</Text>
      <Text className='status-view__text'>{error.message}</Text>
      {/* Trying again cannot change a 404 or a 403 (the server said no); the page offers its way back. */}
      {onRetry && error.kind !== 'not-found' && error.kind !== 'forbidden' && (
        <Button className='status-view__button' onClick={onRetry}>重试</Button>
      )}
    </View>
  )
}

/** Nothing to show, with a hint about what to do next. */
export function EmptyState({ title, hint }: { title: string; hint?: string }) {
  return (
    <View className='status-view'>
      <Text className='status-view__title'>{title}</Text>
      {hint && <Text className='status-view__text'>{hint}</Text>}
    </View>
  )
}

/** Loading, announced to screen readers. */
export function LoadingState({ text = '正在加载…' }: { text?: string }) {
  return (
    <View className='status-view' aria-live='polite'>
      <Text className='status-view__text'>{text}</Text>
    </View>
  )
}
