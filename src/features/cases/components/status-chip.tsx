import { Text } from '@tarojs/components'
import type { CaseStatus } from '@contract/case'
import { STATUS_LABELS } from '@/domain/case-lifecycle'
import { statusTone } from '../format'
import './status-chip.scss'

/** A case's state as a chip: the words carry it, the colour only helps. */
export function StatusChip({ status }: { status: CaseStatus }) {
  return <Text className={`case-status case-status--${statusTone(status)}`}>{STATUS_LABELS[status]}</Text>
}
