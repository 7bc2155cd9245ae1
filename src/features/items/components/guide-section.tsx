import { Text, View } from '@tarojs/components'
import type { PropsWithChildren } from 'react'
import './guide-section.scss'

/** One titled part of a guide; the title is a level-2 heading so screen readers can jump between parts. */
export function GuideSection({ title, children }: PropsWithChildren<{ title: string }>) {
  return (
    <View className='guide-section' aria-label={title} role='region'>
      <Text className='guide-section__title' role='heading' aria-level={2}>{title}</Text>
      <View className='guide-section__body'>{children}</View>
    </View>
  )
}

/** A plain bulleted list of sentences (受理条件, 法律依据 …), or a note when there are none. */
export function TextList({ lines, empty }: { lines: readonly string[]; empty: string }) {
  if (lines.length === 0) return <Text className='guide-section__empty'>{empty}</Text>
  return (
    <View className='guide-section__list' role='list'>
      {lines.map((line, i) => (
        <View key={i} className='guide-section__list-item' role='listitem'>
          <Text className='guide-section__bullet' aria-hidden>•</Text>
          <Text className='guide-section__text'>{line}</Text>
        </View>
      ))}
    </View>
  )
}
