/**
 * Dates and times as a person reads them, in Beijing time whatever the phone's time zone: the
 * service center's working days, deadlines and certificate dates are China dates.
 */
import dayjs from 'dayjs'
import utc from 'dayjs/plugin/utc'
import { CHINA_OFFSET_MINUTES } from '@/domain/china-date'

dayjs.extend(utc)

/** An instant in Beijing time, or null when it is not one; a bare date (2022-03-08) is read as is. */
export function inChinaTime(iso: string): dayjs.Dayjs | null {
  // A bare date is already a China date: read as is, in no time zone at all.
  if (/^\d{4}-\d{2}-\d{2}$/.test(iso)) return dayjs(iso)
  const at = dayjs(iso)
  return at.isValid() ? at.utcOffset(CHINA_OFFSET_MINUTES) : null
}

/** 2022年3月1日 09:00; an unreadable value is shown as is. */
export function formatDateTime(iso: string): string {
  return inChinaTime(iso)?.format('YYYY年M月D日 HH:mm') ?? iso
}

/** 2022年3月1日; an unreadable value is shown as is. */
export function formatDate(iso: string): string {
  return inChinaTime(iso)?.format('YYYY年M月D日') ?? iso
}

/** The China calendar day (YYYY-MM-DD) of an instant or a date, or null when it is not one. */
export function chinaDay(iso: string): string | null {
  return inChinaTime(iso)?.format('YYYY-MM-DD') ?? null
}
