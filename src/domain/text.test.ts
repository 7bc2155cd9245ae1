import { countChars } from './text'

describe('countChars', () => {
  it('counts code points, so a Chinese character or an emoji is one character', () => {
    expect(countChars('')).toBe(0)
    expect(countChars('张三')).toBe(2)
    expect(countChars('a😀b')).toBe(3)
    expect('a😀b'.length).toBe(4)
  })
})
