import type { RatingStatsGroup } from '@contract/rating'
import { checkComplaintContent, groupSummary, percent, periodRange } from './format'

describe('rating figures in words', () => {
  it('writes shares as percentages with one decimal and no trailing .0', () => {
    expect(percent(0.8333)).toBe('83.3%')
    expect(percent(1)).toBe('100%')
    expect(percent(0)).toBe('0%')
    expect(percent(0.0833)).toBe('8.3%')
    expect(percent(0.2857)).toBe('28.6%')
  })

  it('counts 近 30 天 and 近 90 天 back from today, both ends included, and 今年 from 1 January', () => {
    expect(periodRange('30', '2022-03-01')).toEqual({ from: '2022-01-31', to: '2022-03-01' })
    expect(periodRange('90', '2022-03-01')).toEqual({ from: '2021-12-02', to: '2022-03-01' })
    expect(periodRange('year', '2022-03-01')).toEqual({ from: '2022-01-01', to: '2022-03-01' })
    // 2024 is a leap year: 29 February is one of the 30 days.
    expect(periodRange('30', '2024-03-01')).toEqual({ from: '2024-02-01', to: '2024-03-01' })
  })

  it('gives a bar the whole of its figures as text, and says when there was no bad rating to rectify', () => {
    const group: RatingStatsGroup = {
      key: 'dept-1',
      name: '泉州市公安局',
      total: 12,
      counts: { 5: 10, 4: 1, 3: 0, 2: 1, 1: 0 },
      shares: { 5: 0.8333, 4: 0.0833, 3: 0, 2: 0.0833, 1: 0 },
      badCount: 1,
      badShare: 0.0833,
      rectifiedCount: 1,
      rectificationRate: 1,
    }
    expect(groupSummary(group)).toBe('泉州市公安局：共 12 条，非常满意 83.3%，满意 8.3%，基本满意 0%，不满意 8.3%，非常不满意 0%，差评率 8.3%，整改率 100%')
    expect(groupSummary({ ...group, badCount: 0, badShare: 0, rectifiedCount: 0, rectificationRate: null })).toMatch(/整改率 无差评$/)
  })

  it('asks for 5 to 500 characters of complaint, counting characters not bytes', () => {
    expect(checkComplaintContent('  ')).toBe('请填写反映的内容')
    expect(checkComplaintContent('办不成')).toBe('内容至少 5 个字，请说清楚发生了什么')
    expect(checkComplaintContent('窗口不受理')).toBeNull()
    expect(checkComplaintContent('字'.repeat(501))).toBe('内容最多 500 个字，现在是 501 个')
  })
})
