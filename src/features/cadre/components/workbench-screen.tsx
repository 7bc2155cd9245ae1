import Taro, { useDidShow, usePullDownRefresh } from '@tarojs/taro'
import { Button, Text, View } from '@tarojs/components'
import { useRef, useState } from 'react'
import type { CertificateRequest } from '@contract/certificate'
import { EmptyState, ErrorState, LoadingState } from '@/components/status-view'
import { cadreCertificatesUrl, cadreRequestUrl } from '@/constants/routes'
import { maskName } from '@/domain/mask'
import { useRequest } from '@/hooks/use-request'
import { listVillageRequests } from '@/services/api/cadre'
import { useSessionStore } from '@/stores/session-store'
import { navigate } from '@/utils/navigate'
import { formatDateTime, QUEUE_TABS, waitingSince, waitingText, type QueueStatus } from '../format'
import './cadre.scss'

/** 村务工作台: the village's queue with counts, pending oldest first, and the other states as tabs. */
export function WorkbenchScreen() {
  const village = useSessionStore((s) => s.user?.village ?? null)
  const [status, setStatus] = useState<QueueStatus>('pending')
  const list = useRequest(() => listVillageRequests(status), [status])
  // Back from a request the cadre acted on: the counts and the queue are fresh.
  const shown = useRef(false)
  useDidShow(() => {
    if (shown.current) void list.reload()
    shown.current = true
  })
  usePullDownRefresh(() => {
    void list.reload().finally(() => Taro.stopPullDownRefresh())
  })

  const counts = list.data?.counts
  const items = list.data ? [...list.data.items] : []
  if (status === 'pending') items.sort((a, b) => Date.parse(waitingSince(a)) - Date.parse(waitingSince(b)))

  return (
    <View className='cadre'>
      <View className='cadre__card'>
        <Text className='cadre__title' role='heading' aria-level={1}>村务工作台</Text>
        {village && <Text className='cadre__intro'>{village.path || village.name}</Text>}
        <View className='cadre__counts' aria-live='polite'>
          {QUEUE_TABS.map((tab) => (
            <View key={tab.status} className='cadre__count'>
              <Text className='cadre__count-number'>{counts ? String(counts[tab.status]) : '–'}</Text>
              <Text className='cadre__count-label'>{tab.label}</Text>
            </View>
          ))}
        </View>
        <Button className='cadre__link' onClick={() => void navigate(cadreCertificatesUrl())}>已出具证明（可撤销）</Button>
      </View>

      <View className='cadre__tabs' role='tablist' aria-label='申请状态'>
        {QUEUE_TABS.map((tab) => (
          <Button
            key={tab.status}
            className={`cadre__tab${tab.status === status ? ' cadre__tab--active' : ''}`}
            role='tab'
            aria-selected={tab.status === status}
            onClick={() => setStatus(tab.status)}
          >
            {counts ? `${tab.label} ${counts[tab.status]}` : tab.label}
          </Button>
        ))}
      </View>

      {list.error && !list.data && <ErrorState error={list.error} onRetry={list.reload} />}
      {list.loading && !list.data && <LoadingState />}
      {list.data && items.length === 0 && (
        <EmptyState title={status === 'pending' ? '没有待审核的申请' : '这里还没有申请'} hint={status === 'pending' ? '居民提交的证明申请会出现在这里。' : undefined} />
      )}
      <View className='cadre__list' role='list' aria-label={`${QUEUE_TABS.find((t) => t.status === status)?.label}的申请`}>
        {list.data && items.map((request) => <QueueEntry key={request.id} request={request} pending={status === 'pending'} />)}
      </View>
    </View>
  )
}

// A list shown over a shoulder: the applicant's name masked; the detail shows what the backend sends.
function QueueEntry({ request, pending }: { request: CertificateRequest; pending: boolean }) {
  const since = waitingSince(request)
  return (
    <Button className='cadre-entry' role='listitem' onClick={() => void navigate(cadreRequestUrl(request.id))}>
      <View className='cadre-entry__head'>
        <Text className='cadre-entry__name'>{request.type.name}</Text>
        {pending && <Text className='cadre-entry__wait'>{waitingText(since)}</Text>}
      </View>
      <Text className='cadre-entry__meta'>{`申请人 ${maskName(request.applicant.name)} · 用途：${request.purpose}`}</Text>
      <Text className='cadre-entry__meta'>{`提交时间 ${formatDateTime(since)}`}</Text>
      {request.reason && !pending && <Text className='cadre-entry__meta'>{`原因：${request.reason}`}</Text>}
    </Button>
  )
}
