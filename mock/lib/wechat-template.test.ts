import { characterStringValue, cutText, phraseValue, thingValue, timeValue } from './wechat-template'

describe('WeChat subscribe-message values', () => {
  it('thing: up to 20 characters kept whole, longer cut to 19 + …', () => {
    expect(thingValue('居民身份证换领', '办事申请')).toBe('居民身份证换领')
    const twenty = '一二三四五六七八九十一二三四五六七八九十'
    expect(thingValue(twenty, 'x')).toBe(twenty)
    expect(thingValue(`${twenty}多`, 'x')).toBe('一二三四五六七八九十一二三四五六七八九…')
    expect(Array.from(thingValue(`${twenty}多`, 'x'))).toHaveLength(20)
  })

  it('counts a surrogate pair (emoji, rare character) as one character and never splits it', () => {
    expect(cutText('😀'.repeat(20), 20)).toBe('😀'.repeat(20))
    expect(cutText('😀'.repeat(21), 20)).toBe(`${'😀'.repeat(19)}…`)
    expect(cutText(`${'a'.repeat(18)}𠀀𠀀𠀀`, 20)).toBe(`${'a'.repeat(18)}𠀀…`)
  })

  it('one line: line breaks and control characters become a space; empty falls back', () => {
    expect(thingValue('照片\n不清晰\u0000 ', 'x')).toBe('照片 不清晰')
    expect(thingValue('   ', '请按要求补正材料')).toBe('请按要求补正材料')
  })

  it('character_string: ASCII letters, digits and symbols, at most 32', () => {
    expect(characterStringValue('QZ20220301ABCDEFGH')).toBe('QZ20220301ABCDEFGH')
    expect(characterStringValue('QZ 2022-03/01 编号')).toBe('QZ2022-03/01')
    expect(characterStringValue('A'.repeat(40))).toHaveLength(32)
  })

  it('phrase: Chinese characters only, at most 5, no ellipsis', () => {
    expect(phraseValue('已受理')).toBe('已受理')
    expect(phraseValue('不予受理')).toBe('不予受理')
    expect(phraseValue('需要补正材料')).toBe('需要补正材')
    expect(phraseValue('OK已办结!')).toBe('已办结')
  })

  it('time: China time as 2026年2月13日 09:30', () => {
    expect(timeValue(new Date('2026-02-13T01:30:00Z'))).toBe('2026年2月13日 09:30')
    expect(timeValue(new Date('2026-12-31T16:05:00Z'))).toBe('2027年1月1日 00:05')
  })
})
