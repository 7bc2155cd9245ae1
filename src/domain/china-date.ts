/**
 * The China calendar (UTC+8, no daylight saving) that dates, deadlines and numbers are counted on,
 * whatever the time zone of the phone or the server. Pure and free of Taro: the app, the mock
 * backend and the domain's own checks (a birth date "not after today") share this one offset.
 */

/** China Standard Time is UTC+8 all year. */
export const CHINA_OFFSET_MINUTES = 8 * 60

export const CHINA_OFFSET_MS = CHINA_OFFSET_MINUTES * 60_000

/** The instant moved by +8 h, so that its getUTC* fields read the Beijing wall clock. */
export function chinaWallClock(instant: Date): Date {
  return new Date(instant.getTime() + CHINA_OFFSET_MS)
}

/** YYYY-MM-DD of an instant on the China calendar. */
export function chinaDateOf(instant: Date): string {
  return chinaWallClock(instant).toISOString().slice(0, 10)
}

/** ISO 8601 in China Standard Time with its offset (SPEC §5: times carry an offset), e.g. 2022-01-05T09:30:00.000+08:00. */
export function toIsoChina(instant: Date): string {
  return chinaWallClock(instant).toISOString().replace('Z', '+08:00')
}
