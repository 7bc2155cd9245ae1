import Taro from '@tarojs/taro'
import { Button, Text, View } from '@tarojs/components'
import { useState } from 'react'
import type { CertificateRequest } from '@contract/certificate'
import { ErrorState, LoadingState } from '@/components/status-view'
import { cadreWorkbenchUrl } from '@/constants/routes'
import { REQUEST_STATUS_LABELS } from '@/domain/certificate-status'
import { findRemovedCertificate, removedCertificateRefusal, STANDARD_REFUSALS } from '@/domain/removed-certificates'
import { useRequest } from '@/hooks/use-request'
import { approveRequest, getVillageRequest, rejectRequest, returnRequest } from '@/services/api/cadre'
import { listCertificateTypes } from '@/services/api/certificates'
import { toApiError } from '@/services/http'
import { goBack } from '@/utils/navigate'
import { formatDateTime, waitingSince, waitingText } from '../format'
import { AttachmentImage } from './attachment-image'
import { ForbiddenState } from './forbidden-state'
import { ReasonForm } from './reason-form'
import './cadre.scss'

type Action = 'approve' | 'return' | 'reject'

const ACTION_TOAST: Record<Action, string> = { approve: '证明已出具', return: '已退回补正', reject: '已决定不予出具' }

/** Back to the queue, which reloads its counts on show. */
function backToQueue() {
  void goBack(cadreWorkbenchUrl())
}

/** One request of the cadre's village: what was asked, the photos, and 出具 / 退回 / 不予出具. */
export function RequestScreen({ id }: { id: string }) {
  const { data, error, loading, reload } = useRequest(() => getVillageRequest(id), [id], { enabled: Boolean(id) })
  if (error && !data && error.kind === 'forbidden') return <ForbiddenState error={error} />
  if (error && !data) return <ErrorState error={error} onRetry={reload} />
  if ((loading || !id) && !data) return id ? <LoadingState /> : null
  if (!data) return null
  return <RequestDetail request={data} />
}

function RequestDetail({ request }: { request: CertificateRequest }) {
  const [action, setAction] = useState<Action | null>(null)
  const [busy, setBusy] = useState(false)
  const [failure, setFailure] = useState('')
  const since = waitingSince(request)
  const removedRefusal = useRemovedRefusal(request)

  async function run(chosen: Action, reason?: string) {
    if (busy) return
    setBusy(true)
    setFailure('')
    try {
      if (chosen === 'approve') await approveRequest(request.id)
      else if (chosen === 'return') await returnRequest(request.id, reason ?? '')
      else await rejectRequest(request.id, reason ?? '')
      void Taro.showToast({ title: ACTION_TOAST[chosen], icon: 'success' })
      backToQueue()
    } catch (e) {
      const apiError = toApiError(e)
      setFailure(apiError.fields.reason ?? apiError.message)
    } finally {
      setBusy(false)
    }
  }

  return (
    <View className='cadre'>
      <View className='cadre__card'>
        <Text className='cadre__title' role='heading' aria-level={1}>{request.type.name}</Text>
        <Text className='cadre__intro'>{`${REQUEST_STATUS_LABELS[request.status]} · 提交于 ${formatDateTime(since)}${request.status === 'pending' ? `（${waitingText(since)}）` : ''}`}</Text>
        <Fact label='申请人' value={request.applicant.name} />
        <Fact label='身份证号' value={request.applicant.idNumber} />
        {/* 为家人办: who asked on the applicant's behalf, masked; the certificate names the applicant only. */}
        {request.agent && <Fact label='经办人' value={`${request.agent.name}（${request.agent.idNumber}）`} />}
        {request.applicant.phone && <Fact label='手机号' value={request.applicant.phone} />}
        <Fact label='村(居)' value={request.village.path || request.village.name} />
        <Fact label='用途' value={request.purpose} />
        {request.fields.map((field) => <Fact key={field.key} label={field.label} value={field.display} />)}
        {request.reason && <Fact label='原因' value={request.reason} />}
      </View>

      <View className='cadre__card'>
        <Text className='cadre__subtitle' role='heading' aria-level={2}>申请材料</Text>
        {request.materials.length === 0 && <Text className='cadre__intro'>没有上传材料。</Text>}
        {request.materials.map((material) => (
          <View key={material.key} className='cadre__material'>
            <Text className='cadre__material-name'>{`${material.name}（${material.files.length} 张）`}</Text>
            <View className='cadre__photos'>
              {material.files.map((file) => <AttachmentImage key={file.fileId} fileId={file.fileId} name={file.name} />)}
            </View>
          </View>
        ))}
      </View>

      {request.status === 'pending' && (
        <View className='cadre__card'>
          <Text className='cadre__subtitle' role='heading' aria-level={2}>审核</Text>
          {action === null && (
            <View className='cadre__actions'>
              <Button className='cadre__primary' onClick={() => setAction('approve')}>出具证明</Button>
              <Button className='cadre__secondary' onClick={() => setAction('return')}>退回补正</Button>
              <Button className='cadre__danger' onClick={() => setAction('reject')}>不予出具</Button>
            </View>
          )}
          {action === null && removedRefusal && (
            <View className='cadre-reason' role='group' aria-label='已取消的证明事项'>
              <Text className='cadre-reason__hint'>{`这份申请要的是「${removedRefusal.name}」，2020 年已明确不由村(居)委会出具。`}</Text>
              {failure && <Text className='cadre-reason__error' role='alert'>{failure}</Text>}
              <Button className='cadre__danger' disabled={busy || undefined} onClick={() => void run('reject', removedRefusal.reason)}>
                {busy ? '正在提交…' : '依规不予出具（说明原因和办理去处）'}
              </Button>
            </View>
          )}
          {action === 'approve' && (
            <View className='cadre-reason' role='group' aria-label='确认出具'>
              <Text className='cadre-reason__title' role='heading' aria-level={2}>确认出具证明？</Text>
              <Text className='cadre-reason__hint'>出具后，申请人即可查看和保存证明，任何人可凭编号和核验码核验。</Text>
              {failure && <Text className='cadre-reason__error' role='alert'>{failure}</Text>}
              <View className='cadre-reason__actions'>
                <Button className='cadre-reason__cancel' disabled={busy || undefined} onClick={() => { setAction(null); setFailure('') }}>取消</Button>
                <Button className='cadre-reason__confirm' disabled={busy || undefined} onClick={() => void run('approve')}>{busy ? '正在出具…' : '确认出具'}</Button>
              </View>
            </View>
          )}
          {action === 'return' && (
            <ReasonForm
              title='退回补正'
              hint='写清需要补充或改正什么，申请人修改后可重新提交。'
              confirmLabel='确认退回'
              busy={busy}
              error={failure || undefined}
              onConfirm={(reason) => void run('return', reason)}
              onCancel={() => { setAction(null); setFailure('') }}
            />
          )}
          {action === 'reject' && (
            <View className='cadre-presets' role='group' aria-label='常用原因'>
              <Text className='cadre-reason__hint'>点一下常用原因即可不予出具，申请人会看到原文：</Text>
              {[...(removedRefusal ? [removedRefusal.reason] : []), ...STANDARD_REFUSALS].map((reason) => (
                <Button key={reason} className='cadre-presets__item' disabled={busy || undefined} onClick={() => void run('reject', reason)}>{reason}</Button>
              ))}
            </View>
          )}
          {action === 'reject' && (
            <ReasonForm
              title='不予出具'
              hint='写明不予出具的原因（如不属于村(居)委会出具范围），申请人会看到。'
              confirmLabel='确认不予出具'
              busy={busy}
              error={failure || undefined}
              onConfirm={(reason) => void run('reject', reason)}
              onCancel={() => { setAction(null); setFailure('') }}
            />
          )}
        </View>
      )}
    </View>
  )
}

/**
 * The removed certificate (2020 list) a request asks for, by the same rule the server applies to new
 * requests, on the texts its type screens; requests made before the rule may still be in the queue.
 */
function useRemovedRefusal(request: CertificateRequest): { name: string; reason: string } | null {
  const types = useRequest(listCertificateTypes, [])
  const screened = types.data?.find((t) => t.id === request.type.id)?.removedScreen ?? []
  for (const key of screened) {
    const text = key === 'purpose' ? request.purpose : request.fields.find((f) => f.key === key)?.display
    const removed = text ? findRemovedCertificate(text) : null
    if (removed) return { name: removed.name, reason: removedCertificateRefusal(removed) }
  }
  return null
}

function Fact({ label, value }: { label: string; value: string }) {
  return (
    <View className='cadre__fact'>
      <Text className='cadre__fact-label'>{label}</Text>
      <Text className='cadre__fact-value'>{value}</Text>
    </View>
  )
}
