import dayjs from 'dayjs'
import type { Audience, ItemSummary, ServiceAvailability } from '@contract/service-item'

const AUDIENCE_LABELS: Readonly<Record<Audience, string>> = {
  personal: '个人',
  legal: '法人',
  both: '个人、法人',
}

/** 服务对象 as a person reads it. */
export function audienceLabel(audience: Audience): string {
  return AUDIENCE_LABELS[audience]
}

/** "即办" for instant items, else "承诺 N 个工作日". */
export function promisedLimitLabel(item: Pick<ItemSummary, 'kind' | 'promisedLimitDays'>): string {
  if (item.kind === 'instant' || item.promisedLimitDays === 0) return '即办'
  return `承诺 ${item.promisedLimitDays} 个工作日`
}

/** A limit in working days for the guide's table. */
export function workingDaysLabel(days: number): string {
  return days === 0 ? '即办' : `${days} 个工作日`
}

/** 到现场次数: 0 is the zero-trip promise, 1 the one-trip promise. */
export function visitsLabel(visits: number): string {
  if (visits <= 0) return '0 次（一趟不用跑）'
  if (visits === 1) return '1 次（最多跑一趟）'
  return `${visits} 次`
}

/** A date as YYYY年M月D日; an unreadable date is shown as is rather than as "Invalid Date". */
export function formatChineseDate(iso: string): string {
  const date = dayjs(iso)
  return date.isValid() ? date.format('YYYY年M月D日') : iso
}

/** 部门 · 地区, the line under an item's name. */
export function departmentRegionLabel(item: Pick<ItemSummary, 'department' | 'region'>): string {
  return `${item.department.name} · ${item.region.name}`
}

/** Where a service can be handled: 全市通办, or its regions (市本级 for the city's own). */
export function availabilityLabel(availability: ServiceAvailability | undefined): string | null {
  if (!availability) return null
  if (availability.citywide) return '全市通办'
  const names = availability.regions.map((r) => (r.code === CITY_REGION_CODE ? '市本级' : r.name))
  if (names.length === 0) return null
  return names.length > 4 ? `可在${names.slice(0, 4).join('、')}等 ${names.length} 地办理` : `可在${names.join('、')}办理`
}

/** The city's region code (泉州市): its implementations are 市本级. */
export const CITY_REGION_CODE = '350500000000'
