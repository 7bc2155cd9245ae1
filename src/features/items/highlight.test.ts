import { splitHighlights } from './highlight'

describe('splitHighlights', () => {
  it('cuts a name into plain and matched runs', () => {
    expect(splitHighlights('居民身份证申领', [[2, 5]])).toEqual([
      { text: '居民', highlighted: false },
      { text: '身份证', highlighted: true },
      { text: '申领', highlighted: false },
    ])
  })

  it('merges overlapping and unsorted ranges and clamps ones past the end, never changing the text', () => {
    const segments = splitHighlights('社会保障卡申领', [[4, 99], [0, 2], [1, 3]])
    expect(segments).toEqual([
      { text: '社会保', highlighted: true },
      { text: '障', highlighted: false },
      { text: '卡申领', highlighted: true },
    ])
    expect(segments.map((s) => s.text).join('')).toBe('社会保障卡申领')
  })

  it('shows plain text without ranges and drops empty or inverted ones', () => {
    expect(splitHighlights('婚姻登记', undefined)).toEqual([{ text: '婚姻登记', highlighted: false }])
    expect(splitHighlights('婚姻登记', [[2, 2], [3, 1]])).toEqual([{ text: '婚姻登记', highlighted: false }])
    expect(splitHighlights('', [[0, 1]])).toEqual([])
  })
})
