import {
  addWorkingDays,
  chinaDateOf,
  dueDate,
  isCalendarOfficial,
  isWorkingDay,
  nextWorkingDay,
  workingDaysBetween,
} from './working-days'

// 2026 dates below are from 国务院办公厅关于2026年部分节假日安排的通知 (2025-11-04), which chinese-days 1.5.7 carries:
// 元旦 1/1–1/3 off, 1/4 (Sun) on · 春节 2/15–2/23 off, 2/14 (Sat) and 2/28 (Sat) on · 清明 4/4–4/6 ·
// 劳动节 5/1–5/5 off, 5/9 (Sat) on · 端午 6/19–6/21 · 中秋 9/25–9/27 · 国庆 10/1–10/7 off, 9/20 (Sun) and 10/10 (Sat) on.

/** Every date from `from` to `to` inclusive. */
function datesFrom(from: string, to: string): string[] {
  const out: string[] = []
  for (let t = Date.parse(`${from}T00:00:00Z`); t <= Date.parse(`${to}T00:00:00Z`); t += 86_400_000) {
    out.push(new Date(t).toISOString().slice(0, 10))
  }
  return out
}

describe('the official 2026 calendar', () => {
  it('knows 2026 is published and 2027 is not yet', () => {
    expect(isCalendarOfficial(2025)).toBe(true)
    expect(isCalendarOfficial(2026)).toBe(true)
    expect(isCalendarOfficial(2027)).toBe(false)
  })

  it('takes 元旦 off on 1/1–1/3 and works the make-up Sunday 1/4', () => {
    expect(datesFrom('2026-01-01', '2026-01-03').map(isWorkingDay)).toEqual([false, false, false])
    expect(isWorkingDay('2026-01-04')).toBe(true) // Sunday, 调休上班
    expect(isWorkingDay('2026-01-05')).toBe(true)
  })

  it('takes the nine days of Spring Festival off and works the make-up Saturdays 2/14 and 2/28', () => {
    expect(datesFrom('2026-02-15', '2026-02-23').some(isWorkingDay)).toBe(false)
    expect(isWorkingDay('2026-02-14')).toBe(true)
    expect(isWorkingDay('2026-02-28')).toBe(true)
    expect(isWorkingDay('2026-02-13')).toBe(true)
    expect(isWorkingDay('2026-02-24')).toBe(true)
    expect(isWorkingDay('2026-03-01')).toBe(false) // an ordinary Sunday after the make-up Saturday
  })

  it('takes Mid-Autumn 9/25–9/27 and National Day 10/1–10/7 off and works 9/20 and 10/10', () => {
    expect(datesFrom('2026-09-25', '2026-09-27').some(isWorkingDay)).toBe(false)
    expect(datesFrom('2026-10-01', '2026-10-07').some(isWorkingDay)).toBe(false)
    expect(isWorkingDay('2026-09-20')).toBe(true) // Sunday
    expect(isWorkingDay('2026-10-10')).toBe(true) // Saturday
    expect(isWorkingDay('2026-10-08')).toBe(true)
    expect(isWorkingDay('2026-10-11')).toBe(false) // Sunday
  })

  it('takes 劳动节 5/1–5/5 off and works 5/9', () => {
    expect(datesFrom('2026-05-01', '2026-05-05').some(isWorkingDay)).toBe(false)
    expect(isWorkingDay('2026-05-09')).toBe(true)
  })

  it('treats ordinary weekends as days off and ordinary weekdays as working days', () => {
    expect(isWorkingDay('2026-03-07')).toBe(false) // Saturday
    expect(isWorkingDay('2026-03-08')).toBe(false) // Sunday
    expect(datesFrom('2026-03-09', '2026-03-13').every(isWorkingDay)).toBe(true)
    expect(nextWorkingDay('2026-03-06')).toBe('2026-03-09')
    expect(addWorkingDays('2026-03-06', 1)).toEqual({ date: '2026-03-09', provisional: false })
  })
})

describe('adding working days', () => {
  it('runs a 5-day limit accepted just before Spring Festival past the holiday', () => {
    // 2/13 (Fri) 1, 2/14 (make-up Sat) 2, holiday 2/15–2/23, 2/24 3, 2/25 4, 2/26 5.
    expect(addWorkingDays('2026-02-12', 5)).toEqual({ date: '2026-02-26', provisional: false })
  })

  it('counts the make-up days around National Day', () => {
    // 10/1–10/7 off, 10/8 1, 10/9 2, 10/10 (make-up Sat) 3.
    expect(addWorkingDays('2026-09-30', 3)).toEqual({ date: '2026-10-10', provisional: false })
    // 9/19 Sat off, 9/20 (make-up Sun) 1, 9/21 2, 9/22 3.
    expect(addWorkingDays('2026-09-18', 3)).toEqual({ date: '2026-09-22', provisional: false })
  })

  it('with 0 days gives the date itself on a working day and the next working day on a holiday', () => {
    expect(addWorkingDays('2026-03-09', 0)).toEqual({ date: '2026-03-09', provisional: false })
    expect(addWorkingDays('2026-10-03', 0)).toEqual({ date: '2026-10-08', provisional: false })
    expect(addWorkingDays('2026-02-14', 0)).toEqual({ date: '2026-02-14', provisional: false })
    expect(addWorkingDays('2026-03-07', 0)).toEqual({ date: '2026-03-09', provisional: false })
  })

  it('is provisional only once it reaches into an unpublished year', () => {
    expect(addWorkingDays('2026-12-30', 1)).toEqual({ date: '2026-12-31', provisional: false })
    // 2027-01-01 (Fri) is 元旦, then the weekend.
    expect(addWorkingDays('2026-12-31', 1)).toEqual({ date: '2027-01-04', provisional: true })
    expect(nextWorkingDay('2026-12-31')).toBe('2027-01-04')
  })

  it('counts working days in (from, to] for "剩余 N 个工作日"', () => {
    expect(workingDaysBetween('2026-02-13', '2026-02-27')).toBe(5) // 2/14, 2/24–2/27
    expect(workingDaysBetween('2026-03-09', '2026-03-09')).toBe(0)
    expect(workingDaysBetween('2026-03-13', '2026-03-09')).toBe(0)
    expect(workingDaysBetween('2026-10-01', '2026-10-07')).toBe(0)
  })

  it('lands n working days later, which workingDaysBetween counts back as n, for many dates in 2026', () => {
    // A small seeded generator so a failure is reproducible.
    let seed = 20260101
    const random = () => {
      seed = (seed * 1103515245 + 12345) % 2147483648
      return seed / 2147483648
    }
    const year = datesFrom('2026-01-01', '2026-12-31')
    for (let i = 0; i < 400; i++) {
      const from = year[Math.floor(random() * year.length)]
      const n = 1 + Math.floor(random() * 40)
      const { date } = addWorkingDays(from, n)
      expect({ from, n, between: workingDaysBetween(from, date), working: isWorkingDay(date) }).toEqual({
        from,
        n,
        between: n,
        working: true,
      })
      // And it is the first such date: the day before holds one working day fewer.
      expect(workingDaysBetween(from, datesFrom(from, date).slice(-2)[0])).toBe(n - 1)
    }
  })

  it('refuses malformed dates and negative counts rather than guess', () => {
    expect(() => isWorkingDay('2026-02-30')).toThrow(RangeError)
    expect(() => isWorkingDay('2026/02/01')).toThrow(RangeError)
    expect(() => addWorkingDays('2026-03-09', -1)).toThrow(RangeError)
    expect(() => addWorkingDays('2026-03-09', 1.5)).toThrow(RangeError)
  })
})

describe('a year without a published schedule (2027)', () => {
  it('takes weekends and 元旦, 劳动节 and 国庆 off, with no guessed make-up days', () => {
    expect(isWorkingDay('2027-01-01')).toBe(false) // Friday, 元旦
    expect(datesFrom('2027-10-01', '2027-10-03').some(isWorkingDay)).toBe(false)
    expect(isWorkingDay('2027-10-04')).toBe(true) // no bridging days are guessed
    expect(isWorkingDay('2027-05-03')).toBe(true) // 5/1–5/2 fall on the weekend; not moved
    expect(isWorkingDay('2027-03-06')).toBe(false) // Saturday
    expect(isWorkingDay('2027-03-07')).toBe(false) // Sunday
    expect(isWorkingDay('2027-03-08')).toBe(true)
  })

  it('takes the lunar statutory days off: 除夕 to 初三, 清明, 端午, 中秋', () => {
    // 正月初一 2027 is 2/6 (Sat): 除夕 2/5 (Fri) and 初三 2/8 (Mon) are off.
    expect(isWorkingDay('2027-02-04')).toBe(true)
    expect(isWorkingDay('2027-02-05')).toBe(false)
    expect(isWorkingDay('2027-02-08')).toBe(false)
    expect(isWorkingDay('2027-02-09')).toBe(true)
    expect(isWorkingDay('2027-04-05')).toBe(false) // 清明, Monday
    expect(isWorkingDay('2027-06-09')).toBe(false) // 端午, Wednesday
    expect(isWorkingDay('2027-09-15')).toBe(false) // 中秋, Wednesday
  })

  it('marks dates computed there as provisional', () => {
    // 2/4 (Thu) → 2/9 (Tue) 1, 2/10 2.
    expect(addWorkingDays('2027-02-04', 2)).toEqual({ date: '2027-02-10', provisional: true })
    expect(addWorkingDays('2027-03-08', 0)).toEqual({ date: '2027-03-08', provisional: true })
  })
})

describe('due dates with the clock paused for a supplement', () => {
  // Accepted Monday 2026-03-02 with 10 working days: 3/3 … 3/13 are 9, 3/16 is the 10th.
  it('without pauses is the limit-th working day after acceptance', () => {
    expect(dueDate('2026-03-02', 10, [])).toEqual({ date: '2026-03-16', provisional: false, paused: false })
    expect(dueDate('2026-02-12', 5, [])).toEqual({ ...addWorkingDays('2026-02-12', 5), paused: false })
  })

  it('does not count the working days after the request up to and including the day the supplement arrives', () => {
    // Requested Wed 3/4 (counts: 3/3 1, 3/4 2), arrived Tue 3/10: 3/5, 3/6, 3/9, 3/10 do not count.
    // Then 3/11 3 … 3/20 10.
    const pauses = [{ from: '2026-03-04', to: '2026-03-10' }]
    expect(dueDate('2026-03-02', 10, pauses)).toEqual({ date: '2026-03-20', provisional: false, paused: false })
  })

  it('costs nothing when the supplement arrives the day it was requested', () => {
    expect(dueDate('2026-03-02', 10, [{ from: '2026-03-04', to: '2026-03-04' }]).date).toBe('2026-03-16')
  })

  it('ignores the part of a pause before acceptance and merges overlapping pauses', () => {
    // This pause ended on the acceptance day, so none of the days that count fall in it.
    expect(dueDate('2026-03-02', 10, [{ from: '2026-02-24', to: '2026-03-02' }]).date).toBe('2026-03-16')
    const overlapping = [
      { from: '2026-03-04', to: '2026-03-09' },
      { from: '2026-03-06', to: '2026-03-10' },
    ]
    expect(dueDate('2026-03-02', 10, overlapping).date).toBe('2026-03-20')
  })

  it('keeps the remaining working days frozen while a supplement is outstanding', () => {
    const pauses = [{ from: '2026-03-04', to: null }]
    // Two days used (3/3, 3/4); 8 remain however long the supplement takes.
    const onTenth = dueDate('2026-03-02', 10, pauses, '2026-03-10')
    expect(onTenth).toEqual({ date: '2026-03-20', provisional: false, paused: true })
    expect(workingDaysBetween('2026-03-10', onTenth.date)).toBe(8)
    const onTwelfth = dueDate('2026-03-02', 10, pauses, '2026-03-12')
    expect(onTwelfth.date).toBe('2026-03-24')
    expect(workingDaysBetween('2026-03-12', onTwelfth.date)).toBe(8)
    // Without today: the earliest possible due date (as if supplied the same day).
    expect(dueDate('2026-03-02', 10, pauses)).toEqual({ date: '2026-03-16', provisional: false, paused: true })
  })

  it('runs a pause and the holiday together across Spring Festival', () => {
    // Accepted 2/9 (Mon), 5 days: 2/10 1; requested 2/11 (2); arrived 2/13: 2/12, 2/13 do not count;
    // 2/14 (make-up Sat) 3, holiday, 2/24 4, 2/25 5.
    expect(dueDate('2026-02-09', 5, [{ from: '2026-02-11', to: '2026-02-13' }]).date).toBe('2026-02-25')
  })

  it('gives an instant item (limit 0) the acceptance day', () => {
    expect(dueDate('2026-03-02', 0, [])).toEqual({ date: '2026-03-02', provisional: false, paused: false })
    expect(dueDate('2026-10-02', 0, [])).toEqual({ date: '2026-10-08', provisional: false, paused: false })
  })

  it('is provisional when the due date falls in 2027', () => {
    expect(dueDate('2026-12-28', 5, [])).toEqual({ date: '2027-01-05', provisional: true, paused: false })
  })
})

describe('the China date of an instant', () => {
  it('turns over at midnight Beijing time, not UTC', () => {
    expect(chinaDateOf(new Date('2026-02-14T15:59:59.999Z'))).toBe('2026-02-14')
    expect(chinaDateOf(new Date('2026-02-14T16:00:00.000Z'))).toBe('2026-02-15')
    expect(chinaDateOf(new Date('2026-12-31T20:00:00+08:00'))).toBe('2026-12-31')
  })
})
