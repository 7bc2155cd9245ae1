import { Text, View } from '@tarojs/components'
import type { TimelineEntry } from '@contract/case'
import { formatDateTime } from '../format'
import './case-timeline.scss'

/** The full timeline of a case, newest first (what a person checks is what happened last). */
export function CaseTimeline({ entries }: { entries: TimelineEntry[] }) {
  // The server lists in order of happening; two steps in the same minute keep that order, reversed.
  const newestFirst = [...entries].reverse().sort((a, b) => Date.parse(b.at) - Date.parse(a.at))
  return (
    <View className='case-timeline'>
      <Text className='case-timeline__order'>最新的记录在最上面</Text>
      <View role='list' aria-label='办理记录'>
        {newestFirst.map((entry, i) => (
          <View key={`${entry.at}-${i}`} className={`case-timeline__entry${i === 0 ? ' case-timeline__entry--latest' : ''}`} role='listitem'>
            <Text className='case-timeline__title'>{entry.title}</Text>
            <Text className='case-timeline__meta'>{`${formatDateTime(entry.at)} · ${entry.actor}`}</Text>
            {entry.note && <Text className='case-timeline__note'>{entry.note}</Text>}
          </View>
        ))}
      </View>
    </View>
  )
}
