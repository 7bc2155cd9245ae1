import Taro, { usePullDownRefresh } from '@tarojs/taro'
import { Button, Text, View } from '@tarojs/components'
import { useState } from 'react'
import type { Certificate, CertificateStatus } from '@contract/certificate'
import { CERTIFICATE_STATUS_LABELS } from '@/domain/certificate-status'
import { maskName } from '@/domain/mask'
import { EmptyState, ErrorState, LoadingState } from '@/components/status-view'
import { certificateUrl } from '@/constants/routes'
import { useRequest } from '@/hooks/use-request'
import { listVillageCertificates, revokeCertificate } from '@/services/api/cadre'
import { toApiError } from '@/services/http'
import { navigate } from '@/utils/navigate'
import { formatDate, formatDateTime } from '../format'
import { ForbiddenState } from './forbidden-state'
import { ReasonForm } from './reason-form'
import './cadre.scss'

const FILTERS: readonly { status: CertificateStatus | undefined; label: string }[] = [
  { status: undefined, label: '全部' },
  { status: 'valid', label: CERTIFICATE_STATUS_LABELS.valid },
  { status: 'expired', label: CERTIFICATE_STATUS_LABELS.expired },
  { status: 'revoked', label: CERTIFICATE_STATUS_LABELS.revoked },
]

/** The certificates the village issued: number, holder (masked), validity; 查看证明 opens the document; 撤销 needs a reason. */
export function CertificatesScreen() {
  const [status, setStatus] = useState<CertificateStatus | undefined>(undefined)
  const list = useRequest(() => listVillageCertificates(status), [status])
  usePullDownRefresh(() => {
    void list.reload().finally(() => Taro.stopPullDownRefresh())
  })
  if (list.error && !list.data && list.error.kind === 'forbidden') return <ForbiddenState error={list.error} />
  return (
    <View className='cadre'>
      <View className='cadre__card'>
        <Text className='cadre__title' role='heading' aria-level={1}>已出具证明</Text>
        <Text className='cadre__intro'>{`撤销后，核验页面会显示「${CERTIFICATE_STATUS_LABELS.revoked}」及撤销时间，持证人也会看到撤销原因。`}</Text>
      </View>
      <View className='cadre__tabs' role='tablist' aria-label='证明状态'>
        {FILTERS.map((f) => (
          <Button key={f.label} className={`cadre__tab${f.status === status ? ' cadre__tab--active' : ''}`} role='tab' aria-selected={f.status === status} onClick={() => setStatus(f.status)}>
            {f.label}
          </Button>
        ))}
      </View>
      {list.error && !list.data && <ErrorState error={list.error} onRetry={list.reload} />}
      {list.loading && !list.data && <LoadingState />}
      {list.data && list.data.items.length === 0 && <EmptyState title='还没有出具的证明' />}
      {list.data?.items.map((certificate) => <CertificateEntry key={certificate.no} certificate={certificate} onChanged={() => void list.reload()} />)}
    </View>
  )
}

function CertificateEntry({ certificate, onChanged }: { certificate: Certificate; onChanged: () => void }) {
  const [revoking, setRevoking] = useState(false)
  const [busy, setBusy] = useState(false)
  const [failure, setFailure] = useState('')
  const valid = certificate.status === 'valid'
  // An expired certificate can still be revoked (e.g. found untrue later); only a revoked one cannot.
  const revocable = certificate.status !== 'revoked'

  async function revoke(reason: string) {
    if (busy) return
    setBusy(true)
    setFailure('')
    try {
      await revokeCertificate(certificate.no, reason)
      void Taro.showToast({ title: `证明${CERTIFICATE_STATUS_LABELS.revoked}`, icon: 'success' })
      setRevoking(false)
      onChanged()
    } catch (e) {
      const error = toApiError(e)
      setFailure(error.fields.reason ?? error.message)
    } finally {
      setBusy(false)
    }
  }

  return (
    <View className='cadre__card' role='group' aria-label={`${certificate.title} ${certificate.no}`}>
      <View className='cadre-entry__head'>
        <Text className='cadre-entry__name' role='heading' aria-level={2}>{certificate.type.name}</Text>
        <Text className={`cadre-chip cadre-chip--${valid ? 'valid' : 'revoked'}`}>{CERTIFICATE_STATUS_LABELS[certificate.status]}</Text>
      </View>
      <Text className='cadre-entry__meta'>{`证明编号 ${certificate.no}`}</Text>
      {/* A list read over a shoulder: the holder's name masked; the document shows it in full. */}
      <Text className='cadre-entry__meta'>{`持证人 ${maskName(certificate.holder.name)} · 出具日期 ${formatDate(certificate.issuedAt)}`}</Text>
      <Text className={`cadre-entry__meta${certificate.status === 'expired' ? ' cadre-entry__validity--expired' : ''}`}>
        {certificate.validUntil ? `有效期至 ${formatDate(certificate.validUntil)}${certificate.status === 'expired' ? '（已过期）' : ''}` : '长期有效'}
      </Text>
      {certificate.status === 'revoked' && certificate.revokedAt && <Text className='cadre-entry__meta'>{`撤销于 ${formatDateTime(certificate.revokedAt)}：${certificate.revokeReason ?? ''}`}</Text>}
      <Button className='cadre__secondary' aria-label={`查看证明 ${certificate.no}`} onClick={() => void navigate(certificateUrl(certificate.no))}>查看证明</Button>
      {revocable && !revoking && (
        <Button className='cadre__danger' aria-label={`撤销 ${certificate.no}`} onClick={() => setRevoking(true)}>撤销</Button>
      )}
      {revocable && revoking && (
        <ReasonForm
          title='撤销证明'
          hint='写明撤销原因（如情况不实、重复出具），持证人会看到。'
          confirmLabel='确认撤销'
          busy={busy}
          error={failure || undefined}
          onConfirm={(reason) => void revoke(reason)}
          onCancel={() => { setRevoking(false); setFailure('') }}
        />
      )}
    </View>
  )
}
