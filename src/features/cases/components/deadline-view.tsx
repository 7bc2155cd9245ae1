import { Text, View } from '@tarojs/components'
import type { CaseDeadline, CaseStatus } from '@contract/case'
import { deadlineLine } from '../format'
import './deadline-view.scss'

/** By when the case is due, how many working days are left (or overdue / paused), and any caution. */
export function DeadlineView({ deadline }: { deadline: CaseDeadline & { status: CaseStatus; acceptedAt?: string | null } }) {
  const line = deadlineLine(deadline)
  if (!line) return null
  return (
    <View className='deadline-view'>
      <Text className='deadline-view__text'>{line.text}</Text>
      {line.remaining && (
        <Text className={`deadline-view__remaining deadline-view__remaining--${line.remaining.tone}`}>{line.remaining.text}</Text>
      )}
      {line.caution && <Text className='deadline-view__caution'>{line.caution}</Text>}
    </View>
  )
}
