/**
 * The official working-day calendar that deadlines are counted on (SPEC §4): weekdays are working days
 * unless the State Council's yearly notice (国务院办公厅关于 YYYY 年部分节假日安排的通知) makes them holidays,
 * and some weekend days become make-up working days (调休上班).
 *
 * Pure: no clock inside; callers pass dates. Dates are 'YYYY-MM-DD' strings on the China calendar
 * (use `chinaDateOf` to turn an instant into one). Malformed dates throw a RangeError, because a
 * silently wrong deadline is worse than a loud caller bug.
 *
 * Sources:
 * - Official years come from the `chinese-days` package's data file (pinned exactly in package.json;
 *   1.5.7 covers 2004–2026; its 2026 data matches 国办发明电 of 2025-11-04). A release that adds a year makes
 *   that year official here with no code change (and the 2027 "provisional" tests must then be updated).
 *   We read the data file rather than the package's isWorkday/getDayDetail because those parse
 *   'YYYY-MM-DD' as UTC but read it back in the process's local time zone, so on a server west of UTC they
 *   answer for the previous day.
 * - Years the data does not cover are "provisional": weekends off, plus the statutory holidays of
 *   《全国年节及纪念日放假办法》as revised 2024-11 (in force from 2025), without guessing the make-up
 *   working days or the bridging days that each year's notice adds:
 *     元旦 1/1 · 春节 除夕 + 正月初一至初三 (4 days) · 清明 (solar term) · 劳动节 5/1–5/2 ·
 *     端午 五月初五 · 中秋 八月十五 · 国庆 10/1–10/3.
 *   Lunar dates come from chinese-days' lunar table (1900–2100); 清明 from the standard solar-term
 *   formula for 2000–2099 (which agrees with chinese-days). Outside those ranges only the Gregorian
 *   holidays apply. A statutory holiday falling on a weekend is not moved (that is a notice's decision).
 * - Caveat for official years: a following year's notice may still move a make-up day into the last
 *   days of December (as 2019's did with 2018-12-29); until then those days read as the data says.
 */
import chineseDays from 'chinese-days'
// The data file behind chinese-days (holidays / make-up workdays, keyed 'YYYY-MM-DD').
import officialData from 'chinese-days/dist/chinese-days.json'

const DAY_MS = 86_400_000
const DATE_RE = /^(\d{4})-(\d{2})-(\d{2})$/

const officialHolidays = new Set(Object.keys(officialData.holidays))
const officialWorkdays = new Set(Object.keys(officialData.workdays))
/** A year is official when the data lists any of its holidays (every published year has several). */
const officialYears = new Set([...officialHolidays].map((d) => Number(d.slice(0, 4))))

// ---- date arithmetic on epoch days (UTC-based so the host time zone never matters) ----

function toDay(date: string): number {
  const m = DATE_RE.exec(date)
  if (m) {
    const day = Date.UTC(Number(m[1]), Number(m[2]) - 1, Number(m[3])) / DAY_MS
    if (fromDay(day) === date) return day
  }
  throw new RangeError(`invalid date (want YYYY-MM-DD): ${date}`)
}

function fromDay(day: number): string {
  return new Date(day * DAY_MS).toISOString().slice(0, 10)
}

function yearOf(day: number): number {
  return new Date(day * DAY_MS).getUTCFullYear()
}

// ---- provisional years ----

const provisionalCache = new Map<number, Set<string>>()

/** 清明 falls on April 4 or 5; the usual 21st-century formula (no exceptions for 清明 in 2000–2099). */
function qingmingDay(year: number): number {
  const y = year % 100
  return Math.floor(y * 0.2422 + 4.81) - Math.floor(y / 4)
}

/** Gregorian date of a lunar month/day in lunar year `year` (non-leap month), via chinese-days. */
function solarOfLunar(year: number, month: number, day: number): number {
  // A local-time Date: chinese-days reads the lunar y/m/d back with local getters and formats its answer
  // in local time too, which keeps this call right in any host time zone.
  return toDay(chineseDays.getSolarDateFromLunar(new Date(year, month - 1, day)).date)
}

/** Statutory holidays of a year without a published schedule (see the header for the rule). */
function provisionalHolidays(year: number): Set<string> {
  let set = provisionalCache.get(year)
  if (set) return set
  const days: number[] = []
  const md = (m: number, d: number) => Date.UTC(year, m - 1, d) / DAY_MS
  days.push(md(1, 1), md(5, 1), md(5, 2), md(10, 1), md(10, 2), md(10, 3))
  if (year >= 2000 && year <= 2099) {
    days.push(md(4, qingmingDay(year)))
    const springFestival = solarOfLunar(year, 1, 1)
    // 除夕 is the last day of the previous lunar year (腊月廿九 or 三十): the day before 正月初一.
    days.push(springFestival - 1, springFestival, springFestival + 1, springFestival + 2)
    days.push(solarOfLunar(year, 5, 5), solarOfLunar(year, 8, 15))
  }
  // 除夕 never leaves the Gregorian year (正月初一 is never before Jan 21), but filter to be exact.
  set = new Set(days.filter((d) => yearOf(d) === year).map(fromDay))
  provisionalCache.set(year, set)
  return set
}

function isWorkingDayNum(day: number): boolean {
  const date = fromDay(day)
  const year = yearOf(day)
  const weekday = new Date(day * DAY_MS).getUTCDay()
  const weekend = weekday === 0 || weekday === 6
  if (officialYears.has(year)) {
    if (officialWorkdays.has(date)) return true
    return !weekend && !officialHolidays.has(date)
  }
  return !weekend && !provisionalHolidays(year).has(date)
}

function nextWorkingDayNum(day: number): number {
  let d = day + 1
  while (!isWorkingDayNum(d)) d++
  return d
}

/** Whether every year touched by the closed range [fromDay, toDay] has an official schedule. */
function allOfficial(fromDayNum: number, toDayNum: number): boolean {
  for (let y = yearOf(fromDayNum); y <= yearOf(toDayNum); y++) if (!officialYears.has(y)) return false
  return true
}

function checkCount(n: number, what: string): void {
  if (!Number.isInteger(n) || n < 0) throw new RangeError(`${what} must be a whole number ≥ 0: ${n}`)
}

// ---- public API ----

// YYYY-MM-DD of an instant in China Standard Time: the domain's, re-exported for the mock's many callers.
export { chinaDateOf } from '@/domain/china-date'

/** Whether `date` (YYYY-MM-DD) is an official working day (weekday not a holiday, or a make-up working day 调休上班). */
export function isWorkingDay(date: string): boolean {
  return isWorkingDayNum(toDay(date))
}

/** The first working day strictly after `date`. */
export function nextWorkingDay(date: string): string {
  return fromDay(nextWorkingDayNum(toDay(date)))
}

/** The date of the `days`-th working day AFTER `from` (days = 0 → `from` itself if it is a working day, else the next working day); provisional when any date examined lies in a year the official calendar does not cover. */
export function addWorkingDays(from: string, days: number): { date: string; provisional: boolean } {
  checkCount(days, 'days')
  const start = toDay(from)
  let d = start
  if (days === 0) {
    if (!isWorkingDayNum(d)) d = nextWorkingDayNum(d)
  } else {
    for (let i = 0; i < days; i++) d = nextWorkingDayNum(d)
  }
  return { date: fromDay(d), provisional: !allOfficial(start, d) }
}

/** Working days in (from, to] — 0 when to <= from. For "剩余 N 个工作日". */
export function workingDaysBetween(from: string, to: string): number {
  const end = toDay(to)
  let n = 0
  for (let d = toDay(from) + 1; d <= end; d++) if (isWorkingDayNum(d)) n++
  return n
}

/** Whether the official schedule for `year` is known (else: weekends + fixed-date statutory holidays, provisional). */
export function isCalendarOfficial(year: number): boolean {
  return officialYears.has(year)
}

/**
 * A stretch during which the deadline clock stops because a supplement (补正) is outstanding:
 * `from` = the date the supplement was requested, `to` = the date it arrived (null = still outstanding).
 */
export interface ClockPause {
  from: string
  to: string | null
}

/**
 * Due date of a case accepted on `acceptedOn` with a limit of `limitDays` working days, where the
 * working days of each pause do not count.
 *
 * Counting (SPEC §4: the clock stops while a supplement is outstanding; it does not start over, so
 * the days already used stay used), chosen as the rule a resident would find fair:
 * - Working days count from the day AFTER acceptance (acceptance day itself is not a day of the limit),
 *   so with no pauses this is `addWorkingDays(acceptedOn, limitDays)`; limit 0 (instant items) → the
 *   acceptance day (or the next working day).
 * - A pause stops the clock for the working days in (from, to]: the day the supplement is requested
 *   still counts as used (the department had that day), the day the supplement arrives does not
 *   (it may arrive at 17:00), and counting resumes with the first working day after it.
 *   Same-day request and arrival costs nothing. Overlapping pauses are simply merged; the parts of a
 *   pause before acceptance do not matter (nothing was counting then).
 * - An outstanding pause (to = null) is taken to last through `today` (the caller's China date), so the
 *   result is the due date if the supplement arrived today, and `workingDaysBetween(today, date)` is the
 *   frozen "剩余 N 个工作日". Without `today` it lasts through its own `from` day only, i.e. the result is
 *   the earliest possible due date. `paused` says whether any pause is outstanding.
 */
export function dueDate(
  acceptedOn: string,
  limitDays: number,
  pauses: ClockPause[],
  today?: string,
): { date: string; provisional: boolean; paused: boolean } {
  checkCount(limitDays, 'limitDays')
  const start = toDay(acceptedOn)
  const openEnd = today === undefined ? undefined : toDay(today)
  const intervals = pauses.map((p) => {
    const from = toDay(p.from)
    const to = p.to !== null ? toDay(p.to) : Math.max(from, openEnd ?? from)
    return { from, to }
  })
  const paused = pauses.some((p) => p.to === null)
  if (limitDays === 0) return { ...addWorkingDays(acceptedOn, 0), paused }
  const stopped = (d: number) => intervals.some((p) => d > p.from && d <= p.to)
  let d = start
  for (let counted = 0; counted < limitDays; ) {
    d = nextWorkingDayNum(d)
    if (!stopped(d)) counted++
  }
  return { date: fromDay(d), provisional: !allOfficial(start, d), paused }
}
