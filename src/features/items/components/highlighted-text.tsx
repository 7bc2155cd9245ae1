import { Text } from '@tarojs/components'
import type { HighlightRange } from '@contract/service-item'
import { splitHighlights } from '../highlight'
import './highlighted-text.scss'

/**
 * Text with the matched parts marked: coloured AND bold, since colour alone does not reach
 * everyone (colour-blind people, low-contrast cheap screens in sunlight).
 */
export function HighlightedText({ text, ranges, className }: { text: string; ranges?: readonly HighlightRange[]; className?: string }) {
  const segments = splitHighlights(text, ranges)
  if (!segments.some((s) => s.highlighted)) return <Text className={className}>{text}</Text>
  return (
    <Text className={className}>
      {segments.map((segment, i) =>
        segment.highlighted ? (
          <Text key={i} className='highlighted-text__match'>{segment.text}</Text>
        ) : (
          <Text key={i}>{segment.text}</Text>
        ),
      )}
    </Text>
  )
}
