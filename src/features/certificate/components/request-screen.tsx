import Taro, { useDidShow, usePullDownRefresh } from '@tarojs/taro'
import { Button, Text, View } from '@tarojs/components'
import { useRef, useState } from 'react'
import type { CertificateRequest, CertificateRequestEvent } from '@contract/certificate'
import { ErrorState, LoadingState } from '@/components/status-view'
import { certificateApplyUrl, certificateRequestsUrl, certificateUrl, MINE_TAB_PATH } from '@/constants/routes'
import { canWithdrawRequest, CERTIFICATE_STATUS_LABELS } from '@/domain/certificate-status'
import { useRequest } from '@/hooks/use-request'
import { getCertificateRequest, withdrawCertificateRequest } from '@/services/api/certificates'
import { toApiError } from '@/services/http'
import { useSessionStore } from '@/stores/session-store'
import { goBack, navigate } from '@/utils/navigate'
import { formatDate, formatDateTime, requestStateLabel } from '../format'
import './certificate.scss'

/** What each step of the history means to the applicant. */
const EVENT_TITLES: Record<CertificateRequestEvent['action'], string> = {
  submitted: '提交申请',
  resubmitted: '修改后重新提交',
  returned: '退回补正',
  rejected: '不予出具',
  issued: '出具证明',
  revoked: '证明被撤销',
  withdrawn: '本人撤回申请',
}

/** What happens next, by state, in the applicant's words. */
function nextStep(request: CertificateRequest): string {
  switch (request.status) {
    case 'pending':
      return '村(居)干部审核中。审核前可以撤回；出具、退回或不予出具后都会通知您。'
    case 'returned':
      return '请按退回原因修改或补充材料后重新提交。'
    case 'rejected':
      return '村(居)委会不予出具。原因见下方；如原因中写明了可办理的部门，请到该部门办理。'
    case 'withdrawn':
      return '您已撤回这份申请。如仍需要证明，可以重新申请。'
    case 'issued':
      if (request.certificate?.status === 'expired') return '证明已过有效期，核验会显示「已过期」。如仍需要，请重新申请。'
      if (request.certificate?.status === 'revoked') return '证明已被村(居)委会撤销，核验会显示「已撤销」。'
      return '证明已出具，可查看、保存图片或分享核验链接。'
  }
}

/** 申请详情: the state, what was asked, the history with the cadre's reasons, and 撤回 while it waits. */
export function RequestScreen({ id }: { id: string }) {
  const token = useSessionStore((s) => s.token)
  const { data, error, loading, reload } = useRequest(() => getCertificateRequest(id), [id, token], { enabled: Boolean(id && token) })
  // Coming back from the form or the certificate shows the latest state; the first show loads anyway.
  const shown = useRef(false)
  useDidShow(() => {
    if (shown.current && token && id) void reload()
    shown.current = true
  })
  usePullDownRefresh(() => {
    void reload().finally(() => Taro.stopPullDownRefresh())
  })

  if (!token) {
    return (
      <View className='cert-page'>
        <Text className='cert-page__title' role='heading' aria-level={1}>申请详情</Text>
        <Text className='cert-page__intro'>登录后可查看证明申请的进度。</Text>
        <Button className='cert-page__primary' onClick={() => void navigate(MINE_TAB_PATH)}>去登录</Button>
      </View>
    )
  }
  if (!id) return <View className='cert-page'><Text className='cert-page__intro'>缺少申请编号，请从「我的证明」打开。</Text></View>
  if (error && !data) return <ErrorState error={error} onRetry={reload} />
  if (loading && !data) return <LoadingState />
  if (!data) return null
  return <RequestDetail request={data} onChanged={reload} />
}

function RequestDetail({ request, onChanged }: { request: CertificateRequest; onChanged: () => Promise<unknown> }) {
  const state = requestStateLabel(request.status, request.certificate)
  const [confirming, setConfirming] = useState(false)
  const [busy, setBusy] = useState(false)
  const [failure, setFailure] = useState('')

  async function withdraw() {
    if (busy) return
    setBusy(true)
    setFailure('')
    try {
      await withdrawCertificateRequest(request.id)
      void Taro.showToast({ title: '已撤回', icon: 'success' })
      setConfirming(false)
      await onChanged()
    } catch (e) {
      const apiError = toApiError(e)
      setFailure(apiError.message)
      // The cadre may have acted meanwhile: show what the request is now.
      if (apiError.kind === 'conflict') await onChanged()
    } finally {
      setBusy(false)
    }
  }

  const history = [...request.history].reverse()
  const certificate = request.certificate

  return (
    <View className='cert-page'>
      <View className='cert-card'>
        <View className='cert-card__head'>
          <Text className='cert-card__name' role='heading' aria-level={1}>{request.type.name}</Text>
          <Text className={`cert-chip cert-chip--${state.tone}`}>{state.label}</Text>
        </View>
        <Text className='cert-card__meta'>{nextStep(request)}</Text>
        <Text className='cert-card__meta'>{`申请编号 ${request.id}`}</Text>
        {request.agent && <Text className='cert-card__meta'>{`持证人 ${request.applicant.name} · 经办人 ${request.agent.name}`}</Text>}
        <Text className='cert-card__meta'>{`向 ${request.village.path || request.village.name} 申请`}</Text>
        <Text className='cert-card__meta'>{`提交时间 ${formatDateTime(request.createdAt)}`}</Text>
        {request.reason && (request.status === 'returned' || request.status === 'rejected') && (
          <View className={`cert-card__reason cert-card__reason--${request.status}`} role='note'>
            <Text className='cert-card__reason-title'>{request.status === 'returned' ? '村(居)委会退回的原因' : '不予出具的原因'}</Text>
            <Text className='cert-card__reason-text'>{request.reason}</Text>
          </View>
        )}
        {certificate && (
          <View className='cert-card__facts'>
            <Text className='cert-card__meta'>{`证明编号 ${certificate.no}`}</Text>
            <Text className='cert-card__meta'>
              {certificate.validUntil ? `有效期至 ${formatDate(certificate.validUntil)}` : '长期有效'}
              {certificate.status !== 'valid' ? `（${CERTIFICATE_STATUS_LABELS[certificate.status]}）` : ''}
            </Text>
          </View>
        )}
        {/* 为家人办: the member follows it; correcting and 撤回 stay with the 经办人 who asked. */}
        {request.status === 'returned' && !request.viewerIsApplicant && (
          <Button className='cert-card__action' onClick={() => void navigate(certificateApplyUrl(request.id))}>修改后重新提交</Button>
        )}
        {certificate && (
          <Button className='cert-card__action' aria-label={`查看证明 ${certificate.no}`} onClick={() => void navigate(certificateUrl(certificate.no))}>查看证明</Button>
        )}
        {canWithdrawRequest(request.status) && !request.viewerIsApplicant && !confirming && (
          <Button className='cert-card__action cert-card__action--quiet' onClick={() => setConfirming(true)}>撤回申请</Button>
        )}
        {canWithdrawRequest(request.status) && !request.viewerIsApplicant && confirming && (
          <View className='cert-confirm' role='group' aria-label='确认撤回'>
            <Text className='cert-confirm__text'>撤回后村(居)干部不再审核这份申请；如仍需要证明，需要重新申请。确定撤回吗？</Text>
            <View className='cert-confirm__actions'>
              <Button className='cert-confirm__cancel' disabled={busy || undefined} onClick={() => { setConfirming(false); setFailure('') }}>不撤回</Button>
              <Button className='cert-confirm__ok' disabled={busy || undefined} onClick={() => void withdraw()}>{busy ? '正在撤回…' : '确认撤回'}</Button>
            </View>
          </View>
        )}
        {failure && <Text className='cert-apply__form-error' role='alert'>{failure}</Text>}
      </View>

      <View className='cert-card'>
        <Text className='cert-card__name' role='heading' aria-level={2}>申请内容</Text>
        <Fact label='用途' value={request.purpose} />
        {request.fields.map((f) => <Fact key={f.key} label={f.label} value={f.display} />)}
        {request.materials.map((m) => <Fact key={m.key} label={m.name} value={`${m.files.length} 张照片`} />)}
      </View>

      <View className='cert-card'>
        <Text className='cert-card__name' role='heading' aria-level={2}>办理记录</Text>
        <View role='list' aria-label='办理记录'>
          {history.map((event, i) => (
            <View key={`${event.at}-${i}`} className='cert-event' role='listitem'>
              <Text className='cert-event__title'>{EVENT_TITLES[event.action]}</Text>
              <Text className='cert-event__meta'>{`${formatDateTime(event.at)} · ${event.actor}`}</Text>
              {event.reason && <Text className='cert-event__reason'>{`原因：${event.reason}`}</Text>}
            </View>
          ))}
        </View>
      </View>
      <Button className='cert-page__secondary' onClick={() => void goBack(certificateRequestsUrl())}>返回我的证明</Button>
    </View>
  )
}

function Fact({ label, value }: { label: string; value: string }) {
  return (
    <View className='cert-fact'>
      <Text className='cert-fact__label'>{label}</Text>
      <Text className='cert-fact__value'>{value}</Text>
    </View>
  )
}
