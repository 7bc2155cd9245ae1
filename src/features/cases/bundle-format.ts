/**
 * Words of a 一件事 bundle case as a person reads them: how many parts are done, where each part
 * stands, by when, and how the results come back (SPEC §7 "一件事 bundle").
 */
import type { BundleCaseInfo, BundleCaseSummaryInfo, BundlePartCase } from '@contract/bundle'
import type { CaseEnding } from '@contract/case'
import { STATUS_LABELS } from '@/domain/case-lifecycle'
import { maskName, maskPhone } from '@/domain/mask'
import { formatDate } from '@/utils/datetime'

/** 「已办结 2/4」: the count of parts concluded over the parts applied for. */
export function bundleProgressText(info: { concludedParts: number; partCount: number }): string {
  return `已办结 ${info.concludedParts}/${info.partCount}`
}

/** Each part with its state in words, so 「已办结 2/4」 never hides a part that ended short. */
export function bundleSummaryLines(info: BundleCaseSummaryInfo): { name: string; state: string }[] {
  return info.parts.map((part) => ({ name: part.name, state: STATUS_LABELS[part.status] }))
}

const ENDING_WORDS: Record<CaseEnding, string> = {
  withdrawn: '已撤回，不再办理',
  'not-accepted': '不予受理，不再办理',
  denied: '不予许可',
}

export type PartDeadlineTone = 'normal' | 'overdue' | 'paused' | 'ended'

/**
 * Where a part's clock stands: paused while its 补正 is outstanding, 已超期 past its date, the
 * date while it runs, how it ended once it ended (an ended part has no date to wait for).
 */
export function partDeadlineText(part: BundlePartCase): { text: string; tone: PartDeadlineTone } | null {
  if (part.ending) return { text: ENDING_WORDS[part.ending], tone: 'ended' }
  if (part.status === 'concluded') return part.concludedAt ? { text: `${formatDate(part.concludedAt)}办结`, tone: 'ended' } : null
  if (part.status === 'needs-supplement' || part.supplement) return { text: '暂停计时（待补正）', tone: 'paused' }
  if (!part.deadline) return null
  if (part.overdue) return { text: `已超期（办结期限 ${formatDate(part.deadline)}）`, tone: 'overdue' }
  return { text: `办结期限 ${formatDate(part.deadline)}`, tone: 'normal' }
}

/** The parts asking for a 补正 now, in the bundle's order. */
export function partsAwaitingSupplement(parts: readonly BundlePartCase[]): BundlePartCase[] {
  return parts.filter((p) => p.supplement !== null)
}

/** How the results of every part come back together: the hall, or the mail with its tracking number. */
export function deliveryLines(delivery: BundleCaseInfo['delivery']): string[] {
  if (delivery.method === 'window') {
    const lines = [`窗口领取：${delivery.hallName ?? '办理大厅'}`]
    lines.push('各部分办结后，结果在同一窗口一次领取')
    return lines
  }
  const lines = [`邮寄送达：${maskAddress(delivery.address)}`, `收件人 ${maskName(delivery.recipient)} ${maskPhone(delivery.phone)}`]
  lines.push(delivery.trackingNo ? `快递单号 ${delivery.trackingNo}` : '寄出后这里会显示快递单号')
  return lines
}

/** Administrative divisions an address starts with: they stay, the street and number do not. */
const DIVISION = /^(?:.{1,8}?(?:省|自治区|市|自治州|地区|盟|区|县|旗|镇|乡|街道))+/

/**
 * 福建省泉州市丰泽区东海街道**** : the divisions stay (enough to recognise one's own address on a
 * shared screen), the rest is hidden behind a fixed mask that does not tell its length.
 */
export function maskAddress(address: string): string {
  const text = address.trim()
  const kept = DIVISION.exec(text)?.[0] ?? Array.from(text).slice(0, 6).join('')
  return kept.length >= text.length ? text : `${kept}****`
}
