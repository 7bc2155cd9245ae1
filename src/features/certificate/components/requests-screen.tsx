import Taro, { useDidShow, usePullDownRefresh } from '@tarojs/taro'
import { Button, Text, View } from '@tarojs/components'
import { useRef } from 'react'
import type { CertificateRequest } from '@contract/certificate'
import { EmptyState, ErrorState, LoadingState } from '@/components/status-view'
import { certificateApplyUrl, certificateRequestUrl, certificateUrl, MINE_TAB_PATH } from '@/constants/routes'
import { useRequest } from '@/hooks/use-request'
import { listMyCertificateRequests } from '@/services/api/certificates'
import { useSessionStore } from '@/stores/session-store'
import { navigate } from '@/utils/navigate'
import { formatDate, formatDateTime, requestStateLabel } from '../format'
import './certificate.scss'

/** 我的证明: every request with its state, the cadre's reason, and what can be done next. */
export function RequestsScreen() {
  const token = useSessionStore((s) => s.token)
  const list = useRequest(() => listMyCertificateRequests(), [token], { enabled: Boolean(token) })
  // Coming back from the form or a certificate shows the latest states; the first show loads anyway.
  const shown = useRef(false)
  useDidShow(() => {
    if (shown.current && token) void list.reload()
    shown.current = true
  })
  usePullDownRefresh(() => {
    void list.reload().finally(() => Taro.stopPullDownRefresh())
  })

  if (!token) {
    return (
      <View className='cert-page'>
        <Text className='cert-page__title' role='heading' aria-level={1}>我的证明</Text>
        <Text className='cert-page__intro'>登录后可查看村(居)证明的申请和出具情况。</Text>
        <Button className='cert-page__primary' onClick={() => void navigate(MINE_TAB_PATH)}>去登录</Button>
      </View>
    )
  }

  return (
    <View className='cert-page'>
      <Text className='cert-page__title' role='heading' aria-level={1}>我的证明</Text>
      <Button className='cert-page__primary' onClick={() => void navigate(certificateApplyUrl())}>申请村(居)证明</Button>
      {list.error && !list.data && <ErrorState error={list.error} onRetry={list.reload} />}
      {list.loading && !list.data && <LoadingState />}
      {list.data && list.data.items.length === 0 && <EmptyState title='还没有证明申请' hint='点上方「申请村(居)证明」，选好证明类型和所在村(居)即可申请。' />}
      {list.data && list.data.items.map((request) => <RequestCard key={request.id} request={request} />)}
    </View>
  )
}

function RequestCard({ request }: { request: CertificateRequest }) {
  const state = requestStateLabel(request.status, request.certificate)
  return (
    <View className='cert-card' role='group' aria-label={`${request.type.name}，${state.label}`}>
      <View className='cert-card__head'>
        <Text className='cert-card__name' role='heading' aria-level={2}>{request.type.name}</Text>
        <Text className={`cert-chip cert-chip--${state.tone}`}>{state.label}</Text>
      </View>
      <Text className='cert-card__meta'>{`${request.village.name} · 用途：${request.purpose}`}</Text>
      {request.agent && <Text className='cert-card__meta'>{`持证人 ${request.applicant.name} · 经办人 ${request.agent.name}`}</Text>}
      <Text className='cert-card__meta'>{`提交时间 ${formatDateTime(request.createdAt)}`}</Text>
      {request.certificate?.validUntil && (
        <Text className='cert-card__meta'>{`有效期至 ${formatDate(request.certificate.validUntil)}${request.certificate.status === 'expired' ? '（已过期）' : ''}`}</Text>
      )}
      {request.reason && (request.status === 'returned' || request.status === 'rejected') && (
        <View className={`cert-card__reason cert-card__reason--${request.status}`}>
          <Text className='cert-card__reason-title'>{request.status === 'returned' ? '退回原因' : '不予出具的原因'}</Text>
          <Text className='cert-card__reason-text'>{request.reason}</Text>
        </View>
      )}
      {/* 为家人办: the member follows it; correcting stays with the 经办人 who asked. */}
      {request.status === 'returned' && !request.viewerIsApplicant && (
        <Button className='cert-card__action' onClick={() => void navigate(certificateApplyUrl(request.id))}>修改后重新提交</Button>
      )}
      {request.certificate && (
        <Button className='cert-card__action' aria-label={`查看证明 ${request.certificate.no}`} onClick={() => void navigate(certificateUrl(request.certificate!.no))}>查看证明</Button>
      )}
      {/* The visible words start the accessible name (axe label-content-name-mismatch); 撤回 is on the detail page. */}
      <Button className='cert-card__action' aria-label={`查看详情 ${request.type.name}`} onClick={() => void navigate(certificateRequestUrl(request.id))}>查看详情</Button>
    </View>
  )
}
