import Taro from '@tarojs/taro'
import { Button, Canvas, Text, View } from '@tarojs/components'
import { useEffect, useState } from 'react'
import type { Certificate } from '@contract/certificate'
import { CERTIFICATE_STATUS_LABELS } from '@/domain/certificate-status'
import { ErrorState, LoadingState } from '@/components/status-view'
import { useRequest } from '@/hooks/use-request'
import { getCertificate } from '@/services/api/certificates'
import { toApiError } from '@/services/http'
import { formatDate, formatDateTime } from '../format'
import { isWebLink, verifyLink } from '../qr'
import { AlbumRefusedError, downloadCertificateH5, saveCertificateToAlbum } from '../save-image'
import { CertificateQr } from './certificate-qr'
import './certificate.scss'

const SAVE_CANVAS_ID = 'cert-save-canvas'

/** An issued certificate as the official document, with 保存图片 and 分享. */
export function CertificateScreen({ no, onLoaded }: { no: string; onLoaded?: (certificate: Certificate) => void }) {
  const { data, error, loading, reload } = useRequest(() => getCertificate(no), [no], { enabled: Boolean(no) })
  useEffect(() => {
    if (data) onLoaded?.(data)
  }, [data, onLoaded])

  if (!no) return <View className='cert-page'><Text className='cert-page__intro'>缺少证明编号，请从「我的证明」打开。</Text></View>
  if (error && !data) return <ErrorState error={error} onRetry={reload} />
  if (loading && !data) return <LoadingState />
  if (!data) return null
  return <CertificateView certificate={data} />
}

function CertificateView({ certificate }: { certificate: Certificate }) {
  const link = verifyLink(certificate.verifyPath)
  const revoked = certificate.status === 'revoked'
  const expired = certificate.status === 'expired'
  const [saving, setSaving] = useState(false)

  async function save() {
    if (saving) return
    setSaving(true)
    try {
      if (process.env.TARO_ENV === 'weapp') {
        await saveCertificateToAlbum(certificate, link, `#${SAVE_CANVAS_ID}`)
        void Taro.showToast({ title: '已保存到相册', icon: 'success' })
      } else {
        downloadCertificateH5(certificate, link)
        void Taro.showToast({ title: '图片已开始下载', icon: 'none' })
      }
    } catch (e) {
      if (!(e instanceof AlbumRefusedError)) {
        const message = e instanceof Error && !(e as { errMsg?: string }).errMsg ? e.message : toApiError(e).message
        void Taro.showToast({ title: message || '保存失败，请重试', icon: 'none', duration: 3000 })
      }
    } finally {
      setSaving(false)
    }
  }

  async function copyLink() {
    try {
      await Taro.setClipboardData({ data: link })
      void Taro.showToast({ title: '核验链接已复制，可粘贴发给对方', icon: 'none', duration: 3000 })
    } catch {
      void Taro.showModal({ title: '核验链接', content: link, showCancel: false })
    }
  }

  return (
    <View className='cert-page'>
      {revoked && (
        <View className='cert-revoked' role='alert'>
          <Text className='cert-revoked__title'>{`此证明${CERTIFICATE_STATUS_LABELS.revoked}`}</Text>
          <Text className='cert-revoked__text'>{`撤销时间：${formatDateTime(certificate.revokedAt ?? '')}`}</Text>
          {certificate.revokeReason && <Text className='cert-revoked__text'>{`撤销原因：${certificate.revokeReason}`}</Text>}
        </View>
      )}
      {expired && (
        <View className='cert-revoked' role='alert'>
          <Text className='cert-revoked__title'>{`此证明${CERTIFICATE_STATUS_LABELS.expired}`}</Text>
          <Text className='cert-revoked__text'>{`有效期至 ${formatDate(certificate.validUntil ?? '')}，核验会显示「${CERTIFICATE_STATUS_LABELS.expired}」。如仍需要，请重新申请。`}</Text>
        </View>
      )}
      <View className={`cert-doc${revoked || expired ? ' cert-doc--revoked' : ''}`} role='article' aria-label={certificate.title}>
        <Text className='cert-doc__title' role='heading' aria-level={1}>{certificate.title}</Text>
        {certificate.body.split('\n').map((paragraph, i) => (
          <Text key={i} className='cert-doc__body'>{paragraph}</Text>
        ))}
        <View className='cert-doc__sign'>
          <Text className='cert-doc__issuer'>{certificate.issuer}</Text>
          <Text className='cert-doc__date'>{formatDate(certificate.issuedAt)}</Text>
        </View>
        <View className='cert-doc__facts'>
          <Text className='cert-doc__fact'>{`证明编号：${certificate.no}`}</Text>
          <Text className='cert-doc__fact'>{`核验码：${certificate.verificationCode}`}</Text>
          <Text className='cert-doc__fact'>{certificate.validUntil ? `有效期至：${formatDate(certificate.validUntil)}` : '有效期：长期'}</Text>
        </View>
        <View className='cert-doc__qr'>
          <CertificateQr link={link} />
          <Text className='cert-doc__qr-note'>扫码或凭证明编号和核验码核验真伪</Text>
        </View>
      </View>
      {/* 为家人办: who asked is not on the paper (nor in verification); the people involved are told here. */}
      {certificate.agent && <Text className='cert-page__intro'>{`为家人办理：持证人 ${certificate.holder.name}，经办人 ${certificate.agent.name}`}</Text>}
      <View className='cert-page__actions'>
        <Button className='cert-page__primary' disabled={saving || undefined} onClick={() => void save()}>
          {saving ? '正在生成图片…' : '保存图片'}
        </Button>
        {process.env.TARO_ENV === 'weapp' ? (
          <Button className='cert-page__secondary' openType='share'>分享</Button>
        ) : (
          <Button className='cert-page__secondary' onClick={() => void copyLink()}>复制核验链接</Button>
        )}
      </View>
      <Text className='cert-page__intro'>分享出去的是核验页面：对方能看到证明是否有效（有效、已过期或已撤销），以及证明写明的内容，姓名遮挡、不显示身份证号。</Text>
      {!isWebLink(link) && (
        // A build without the public H5 address: no camera can open a page, so say how it is checked.
        <Text className='cert-page__intro'>{`二维码请用本小程序「证明核验」扫码查验，或输入证明编号 ${certificate.no} 和核验码。`}</Text>
      )}
      {process.env.TARO_ENV === 'weapp' && <Canvas type='2d' id={SAVE_CANVAS_ID} className='cert-page__offscreen' />}
    </View>
  )
}
