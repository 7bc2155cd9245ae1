import { formatChineseDate, promisedLimitLabel, visitsLabel, workingDaysLabel } from './format'
import { dialableNumber } from './device'
import { ITEM_TAG_LABELS } from './item-tags'
import { ITEM_TAGS } from '@contract/service-item'

describe('how item facts read', () => {
  it('says 即办 for instant items and the promised working days otherwise', () => {
    expect(promisedLimitLabel({ kind: 'instant', promisedLimitDays: 0 })).toBe('即办')
    expect(promisedLimitLabel({ kind: 'promised', promisedLimitDays: 5 })).toBe('承诺 5 个工作日')
    expect(workingDaysLabel(20)).toBe('20 个工作日')
  })

  it('names the zero-trip and one-trip promises', () => {
    expect(visitsLabel(0)).toContain('一趟不用跑')
    expect(visitsLabel(1)).toContain('最多跑一趟')
    expect(visitsLabel(2)).toBe('2 次')
  })

  it('shows dates as YYYY年M月D日', () => {
    expect(formatChineseDate('2022-01-05T09:00:00+08:00')).toBe('2022年1月5日')
    expect(formatChineseDate('not a date')).toBe('not a date')
  })

  it('has a label for every tag', () => {
    for (const tag of ITEM_TAGS) expect(ITEM_TAG_LABELS[tag]).toMatch(/[\u4e00-\u9fff]/)
  })

  it('dials only the first number, digits only', () => {
    expect(dialableNumber('0595-22500000 转 8001')).toBe('0595-22500000')
    expect(dialableNumber('12345')).toBe('12345')
  })
})
