/**
 * The arithmetic of the date field's chooser (date-field.tsx): dates as `YYYY-MM-DD` strings (what
 * forms send), years grouped by decade so a date decades back is a few taps, and every choice kept
 * inside the field's min/max. No Taro, no React: unit-tested on its own.
 */

export interface Ymd {
  y: number
  m: number
  d: number
}

// Without a min, a chooser still needs a first decade: far enough back for any living person.
const DEFAULT_MIN_YEAR = 1900
// Without a max, a few decades ahead (a licence's expiry, a planned date).
const YEARS_AHEAD = 30

export function parseYmd(text: string | null | undefined): Ymd | null {
  const m = /^(\d{4})-(\d{2})-(\d{2})$/.exec(text ?? '')
  if (!m) return null
  const ymd = { y: Number(m[1]), m: Number(m[2]), d: Number(m[3]) }
  return ymd.m >= 1 && ymd.m <= 12 && ymd.d >= 1 && ymd.d <= daysIn(ymd.y, ymd.m) ? ymd : null
}

export function formatYmd({ y, m, d }: Ymd): string {
  return `${String(y).padStart(4, '0')}-${String(m).padStart(2, '0')}-${String(d).padStart(2, '0')}`
}

/** The phone's local date today. */
export function todayYmd(now: Date = new Date()): Ymd {
  return { y: now.getFullYear(), m: now.getMonth() + 1, d: now.getDate() }
}

export function daysIn(y: number, m: number): number {
  return new Date(Date.UTC(y, m, 0)).getUTCDate()
}

function key({ y, m, d }: Ymd): number {
  return y * 10000 + m * 100 + d
}

/** The field's bounds; a missing one is filled in so that the chooser has a finite list of years. */
export interface DateRange {
  min: Ymd
  max: Ymd
}

export function rangeOf(min: string | null | undefined, max: string | null | undefined, today: Ymd = todayYmd()): DateRange {
  return {
    min: parseYmd(min) ?? { y: DEFAULT_MIN_YEAR, m: 1, d: 1 },
    max: parseYmd(max) ?? { y: today.y + YEARS_AHEAD, m: 12, d: 31 },
  }
}

export function clamp(date: Ymd, range: DateRange): Ymd {
  if (key(date) < key(range.min)) return range.min
  if (key(date) > key(range.max)) return range.max
  return date
}

/**
 * Where the chooser opens: the value if there is one; else the `likely` hint; else, for a field
 * that only takes past dates (its max is today or earlier, like 出生日期 or 取得时间), its max, the
 * nearest date it allows; else today. Always inside the range.
 */
export function openingDate(value: string | null | undefined, range: DateRange, likely?: string | null, today: Ymd = todayYmd()): Ymd {
  const chosen = parseYmd(value) ?? parseYmd(likely)
  if (chosen) return clamp(chosen, range)
  if (key(range.max) <= key(today)) return range.max
  return clamp(today, range)
}

/** The first year of each decade the range touches, oldest first (1940 for 1949-10-01). */
export function decadesOf(range: DateRange): number[] {
  const out: number[] = []
  for (let start = Math.floor(range.min.y / 10) * 10; start <= range.max.y; start += 10) out.push(start)
  return out
}

/** The years of a decade inside the range. */
export function yearsOf(decade: number, range: DateRange): number[] {
  const out: number[] = []
  for (let y = Math.max(decade, range.min.y); y <= Math.min(decade + 9, range.max.y); y += 1) out.push(y)
  return out
}

/** Whether any day of this month is inside the range. */
export function monthAllowed(y: number, m: number, range: DateRange): boolean {
  return key({ y, m, d: daysIn(y, m) }) >= key(range.min) && key({ y, m, d: 1 }) <= key(range.max)
}

export function dayAllowed(date: Ymd, range: DateRange): boolean {
  return key(date) >= key(range.min) && key(date) <= key(range.max)
}

/**
 * The draft after choosing a year or a month: the same month and day where they still exist and
 * are allowed, else the nearest allowed (31 March → 30 April; a month past the max → the max).
 */
export function moveTo(draft: Ymd, y: number, m: number, range: DateRange): Ymd {
  return clamp({ y, m, d: Math.min(draft.d, daysIn(y, m)) }, range)
}
