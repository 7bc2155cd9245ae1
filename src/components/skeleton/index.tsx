import { Text, View } from '@tarojs/components'
import './index.scss'

export type SkeletonKind = 'list' | 'guide'

/**
 * Grey placeholders in the shape of what is loading (a list of rows, or a guide's heading and
 * paragraphs), so the screen has its layout at once instead of a blank area that jumps when the
 * data arrives. Every size comes from the design tokens (`var(--…)` set by PageShell), so elder
 * mode gets taller rows and bars with no rule here knowing about it. The loading text stays for
 * screen readers (announced politely), as LoadingState says it.
 */
export function Skeleton({ kind = 'list', rows = 4, text = '正在加载…' }: { kind?: SkeletonKind; rows?: number; text?: string }) {
  return (
    <View className={`skeleton skeleton--${kind}`} aria-busy>
      <Text className='skeleton__label' aria-live='polite'>{text}</Text>
      {kind === 'guide' && (
        <View className='skeleton__head' aria-hidden>
          <View className='skeleton__bar skeleton__bar--title' />
          <View className='skeleton__bar skeleton__bar--short' />
        </View>
      )}
      {Array.from({ length: rows }, (_, i) => (
        <View key={i} className='skeleton__row' aria-hidden>
          <View className='skeleton__bar' />
          <View className='skeleton__bar skeleton__bar--meta' />
        </View>
      ))}
    </View>
  )
}
