import { clamp, decadesOf, formatYmd, monthAllowed, moveTo, openingDate, parseYmd, rangeOf, yearsOf } from './date-model'

const today = { y: 2022, m: 3, d: 1 }

describe('date field arithmetic', () => {
  it('reads and writes YYYY-MM-DD, refusing impossible dates', () => {
    expect(parseYmd('1958-03-15')).toEqual({ y: 1958, m: 3, d: 15 })
    expect(parseYmd('2021-02-29')).toBeNull()
    expect(parseYmd('2020-02-29')).toEqual({ y: 2020, m: 2, d: 29 })
    expect(parseYmd('')).toBeNull()
    expect(formatYmd({ y: 1958, m: 3, d: 5 })).toBe('1958-03-05')
  })

  it('opens on the value, else the likely hint, else the max of a past-dates field, else today', () => {
    const past = rangeOf('1949-10-01', '2022-03-01', today)
    expect(openingDate('1990-06-01', past, null, today)).toEqual({ y: 1990, m: 6, d: 1 })
    expect(openingDate('', past, '1960-01-01', today)).toEqual({ y: 1960, m: 1, d: 1 })
    expect(openingDate('', past, null, today)).toEqual({ y: 2022, m: 3, d: 1 })
    const open = rangeOf(null, null, today)
    expect(openingDate(null, open, null, today)).toEqual(today)
    // A value or hint outside the range opens at the nearest end.
    expect(openingDate('1900-01-01', past, null, today)).toEqual({ y: 1949, m: 10, d: 1 })
  })

  it('groups the range’s years by decade, inside the bounds', () => {
    const past = rangeOf('1949-10-01', '2022-03-01', today)
    expect(decadesOf(past)).toEqual([1940, 1950, 1960, 1970, 1980, 1990, 2000, 2010, 2020])
    expect(yearsOf(1940, past)).toEqual([1949])
    expect(yearsOf(1950, past)).toEqual([1950, 1951, 1952, 1953, 1954, 1955, 1956, 1957, 1958, 1959])
    expect(yearsOf(2020, past)).toEqual([2020, 2021, 2022])
  })

  it('keeps moves inside the range and the month', () => {
    const past = rangeOf('1949-10-01', '2022-03-01', today)
    expect(monthAllowed(1949, 9, past)).toBe(false)
    expect(monthAllowed(1949, 10, past)).toBe(true)
    expect(monthAllowed(2022, 4, past)).toBe(false)
    expect(moveTo({ y: 2021, m: 3, d: 31 }, 2021, 4, past)).toEqual({ y: 2021, m: 4, d: 30 })
    expect(moveTo({ y: 2021, m: 12, d: 20 }, 2022, 12, past)).toEqual({ y: 2022, m: 3, d: 1 })
    expect(clamp({ y: 1949, m: 1, d: 1 }, past)).toEqual({ y: 1949, m: 10, d: 1 })
  })
})
