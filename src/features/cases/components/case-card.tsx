import { Button, Text, View } from '@tarojs/components'
import type { CaseSummary } from '@contract/case'
import { formatDateTime, remainingText } from '../format'
import { BundleMark, BundleProgress } from './bundle-progress'
import { StatusChip } from './status-chip'
import './case-card.scss'

/** One case in the 办件 list (a 一件事 bundle once, with its parts' progress); tapping it opens the detail. */
export function CaseCard({ summary, onOpen }: { summary: CaseSummary; onOpen: (caseNo: string) => void }) {
  const remaining = remainingText(summary)
  return (
    <View className='case-card' role='listitem'>
      <Button className='case-card__button' onClick={() => onOpen(summary.caseNo)}>
        <View className='case-card__top'>
          {summary.bundle && <BundleMark />}
          <Text className='case-card__name'>{summary.item.name}</Text>
          <StatusChip status={summary.status} />
        </View>
        {summary.bundle && <BundleProgress info={summary.bundle} />}
        <Text className='case-card__meta'>{`办件编号 ${summary.caseNo}`}</Text>
        {summary.proxy && <Text className='case-card__meta'>{`为家人办：申请人 ${summary.proxy.applicantName} · 经办人 ${summary.proxy.agentName}`}</Text>}
        <Text className='case-card__meta'>{`提交于 ${formatDateTime(summary.submittedAt)}`}</Text>
        {remaining && (
          <Text className={`case-card__remaining case-card__remaining--${remaining.tone}`}>{remaining.text}</Text>
        )}
      </Button>
    </View>
  )
}
