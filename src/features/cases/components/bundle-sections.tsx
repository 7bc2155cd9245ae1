import { Button, Text, View } from '@tarojs/components'
import type { ReactNode } from 'react'
import type { BundleCaseInfo, BundlePartCase, IndustryLicense } from '@contract/bundle'
import type { Case } from '@contract/case'
import { certificateVerifyUrl } from '@/constants/routes'
import { navigate } from '@/utils/navigate'
import { bundleProgressText, deliveryLines, partDeadlineText, partsAwaitingSupplement } from '../bundle-format'
import { formatDate, formatDateTime } from '../format'
import { openCaseDetail, openSupplement } from '../navigation'
import { StatusChip } from './status-chip'
import './bundle-sections.scss'

/** Draws a license's QR code; the page hands it in (the QR library lives with the certificates). */
export type RenderLicenseQr = (license: IndustryLicense) => ReactNode

/**
 * A part's outstanding 补正, shown once at the bundle (not again on the part): which part asks,
 * what and why, and 去补正, which answers it in the bundle case and the server routes it to that part.
 */
export function BundleSupplements({ value }: { value: Case }) {
  const waiting = partsAwaitingSupplement(value.parts ?? [])
  return (
    <>
      {waiting.map((part) => {
        const supplement = part.supplement!
        return (
          <View key={part.caseNo} className='case-detail__section case-detail__supplement' role='region' aria-label={`需要补正：${part.name}`}>
            <Text className='case-detail__title case-detail__title--warning' role='heading' aria-level={2}>需要补正</Text>
            <Text className='case-detail__text'>{`${part.name}（${part.department.name}）`}</Text>
            <Text className='case-detail__text'>{`原因：${supplement.note}`}</Text>
            <Text className='case-detail__subtitle'>请补充以下材料</Text>
            <View role='list'>
              {supplement.items.map((item) => (
                <Text key={item} className='case-detail__bullet' role='listitem'>{item}</Text>
              ))}
            </View>
            <Text className='case-detail__meta'>{`${formatDateTime(supplement.requestedAt)} 提出；补正期间这一项暂停计时，其他事项照常办理`}</Text>
            <Button className='case-detail__primary' aria-label={`去补正：${part.name}`} onClick={() => void openSupplement(value.caseNo, part.caseNo)}>去补正</Button>
          </View>
        )
      })}
    </>
  )
}

/** 各事项办理情况: each part with its department, state, deadline or how it ended, and its result. */
export function BundleParts({ parts, info, focusPart = '' }: { parts: BundlePartCase[]; info: BundleCaseInfo; focusPart?: string }) {
  return (
    <View className='case-detail__section' role='region' aria-label='各事项办理情况'>
      <Text className='case-detail__title' role='heading' aria-level={2}>各事项办理情况</Text>
      <Text className='bundle-parts__count'>{bundleProgressText({ concludedParts: info.concludedParts, partCount: parts.length })}</Text>
      <View role='list' aria-label='一件事包含的事项'>
        {parts.map((part) => {
          const deadline = partDeadlineText(part)
          // Opened from a message about one part: that part is marked, in words as well.
          const focused = part.caseNo === focusPart
          return (
            <View key={part.caseNo} className={`bundle-parts__part${focused ? ' bundle-parts__part--focus' : ''}`} role='listitem'>
              {focused && <Text className='bundle-parts__focus'>消息所说的事项</Text>}
              <View className='bundle-parts__head'>
                <Text className='bundle-parts__name'>{part.name}</Text>
                <StatusChip status={part.status} />
              </View>
              <Text className='case-detail__meta'>{`办理部门 ${part.department.name}`}</Text>
              {deadline && <Text className={`bundle-parts__deadline bundle-parts__deadline--${deadline.tone}`}>{deadline.text}</Text>}
              {part.result && <Text className='case-detail__text'>{`办理结果：${part.result}`}</Text>}
              <Text className='case-detail__meta'>{`事项办件编号 ${part.caseNo}`}</Text>
            </View>
          )
        })}
      </View>
    </View>
  )
}

/** 结果送达: one delivery for every part, as chosen when applying. */
export function BundleDeliveryView({ delivery }: { delivery: BundleCaseInfo['delivery'] }) {
  return (
    <View className='case-detail__section' role='region' aria-label='结果送达'>
      <Text className='case-detail__title' role='heading' aria-level={2}>结果送达</Text>
      {deliveryLines(delivery).map((line) => (
        <Text key={line} className='case-detail__text'>{line}</Text>
      ))}
    </View>
  )
}

/** 行业综合许可证 (一业一证): issued once every part concluded; its QR opens the public verify page. */
export function IndustryLicenseCard({ license, renderQr }: { license: IndustryLicense; renderQr?: RenderLicenseQr }) {
  return (
    <View className='case-detail__section bundle-license' role='region' aria-label='行业综合许可证'>
      <Text className='case-detail__title' role='heading' aria-level={2}>{license.name}</Text>
      <Text className='case-detail__meta'>一业一证：各事项的许可合并为这一张电子证照，已放入您的电子证照。</Text>
      <View className='case-detail__row'>
        <Text className='case-detail__label'>许可证编号</Text>
        <Text className='case-detail__value'>{license.number}</Text>
      </View>
      <View className='case-detail__row'>
        <Text className='case-detail__label'>持证主体</Text>
        <Text className='case-detail__value'>{license.holder}</Text>
      </View>
      <View className='case-detail__row'>
        <Text className='case-detail__label'>发证机关</Text>
        <Text className='case-detail__value'>{license.issuer}</Text>
      </View>
      <View className='case-detail__row'>
        <Text className='case-detail__label'>有效期</Text>
        <Text className='case-detail__value'>{`${formatDate(license.issuedOn)} 至 ${license.validUntil ? formatDate(license.validUntil) : '长期'}`}</Text>
      </View>
      <View className='case-detail__row'>
        <Text className='case-detail__label'>核验码</Text>
        <Text className='case-detail__value'>{license.code}</Text>
      </View>
      {renderQr && <View className='bundle-license__qr'>{renderQr(license)}</View>}
      <Text className='case-detail__meta'>他人扫描二维码，或在「证明核验」输入许可证编号和核验码，即可核验真伪。</Text>
      <Button className='case-detail__secondary' onClick={() => void navigate(certificateVerifyUrl(license.number, license.code))}>核验这张许可证</Button>
    </View>
  )
}

/** On a part case: it belongs to a bundle, where its 补正 and the one rating are. */
export function BundleMembership({ bundleCaseNo }: { bundleCaseNo: string }) {
  return (
    <View className='case-detail__section' role='region' aria-label='所属一件事'>
      <Text className='case-detail__text'>{`本办件是「一件事」联办的一部分（一件事办件编号 ${bundleCaseNo}）。补正、结果送达和评价都在一件事办件中办理。`}</Text>
      <Button className='case-detail__secondary' onClick={() => void openCaseDetail(bundleCaseNo)}>查看一件事办件</Button>
    </View>
  )
}
