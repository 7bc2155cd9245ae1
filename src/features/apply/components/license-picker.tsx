import { Button, Text, View } from '@tarojs/components'
import dayjs from 'dayjs'
import type { ELicense } from '@contract/application'
import { ErrorState, LoadingState } from '@/components/status-view'
import type { RequestState } from '@/hooks/use-request'
import './license-picker.scss'

/** 有效期至 2030年1月1日 / 长期有效. */
export function validityLabel(license: ELicense): string {
  return license.validUntil ? `有效期至 ${dayjs(license.validUntil).format('YYYY年M月D日')}` : '长期有效'
}

export function isExpired(license: ELicense, today: Date = new Date()): boolean {
  return license.validUntil !== null && license.validUntil < dayjs(today).format('YYYY-MM-DD')
}

interface LicensePickerProps {
  /** The e-license type the material accepts (居民身份证, 营业执照 …). */
  type: string
  licenses: RequestState<ELicense[]>
  /** Whether the person is real-name verified: e-licenses are found by the verified identity. */
  verified: boolean
  onPick: (license: ELicense) => void
  onClose: () => void
}

/** The person's e-licenses of one type, to use instead of uploading (免提交). */
export function LicensePicker({ type, licenses, verified, onPick, onClose }: LicensePickerProps) {
  const { data, error, loading, reload } = licenses
  const matching = (data ?? []).filter((l) => l.type === type)
  return (
    <View className='license-picker'>
      <Text className='license-picker__title' role='heading' aria-level={4}>{`选择电子证照：${type}`}</Text>
      {!data && error && <ErrorState error={error} onRetry={() => void reload()} />}
      {!data && !error && loading && <LoadingState text='正在查找您的电子证照…' />}
      {data && matching.length === 0 && (
        <View className='license-picker__empty'>
          <Text className='license-picker__empty-title'>暂无可用的电子证照</Text>
          <Text className='license-picker__note'>
            {verified ? `没有找到您名下的「${type}」电子证照，请拍照上传。` : '实名认证后可用：电子证照按您核验过的身份查找。'}
          </Text>
        </View>
      )}
      {matching.map((license) => {
        const expired = isExpired(license)
        return (
          <Button
            key={license.id}
            className='license-picker__item'
            disabled={expired || undefined}
            aria-label={`使用电子证照 ${license.type} ${license.number}${expired ? '（已过期）' : ''}`}
            onClick={() => onPick(license)}
          >
            <Text className='license-picker__name'>{license.type}</Text>
            <Text className='license-picker__line'>{`${license.holder} · ${license.number}`}</Text>
            <Text className='license-picker__line'>{`${license.issuer} · ${expired ? '已过期，不能使用' : validityLabel(license)}`}</Text>
          </Button>
        )
      })}
      <Button className='license-picker__close' onClick={onClose}>不用电子证照，上传文件</Button>
    </View>
  )
}
