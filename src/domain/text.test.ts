import { sanitizeText } from './text'

describe('sanitizeText', () => {
  it('removes bidi embeddings, overrides and isolates', () => {
    // "photo\u202egpj.exe" reads as "photoexe.jpg" on screen.
    expect(sanitizeText('photo\u202egpj.exe')).toBe('photogpj.exe')
    expect(sanitizeText('\u202a\u202b\u202c\u202d\u202e甲\u2066\u2067\u2068\u2069乙')).toBe('甲乙')
  })

  it('removes zero-width characters and the byte-order mark', () => {
    expect(sanitizeText('\ufeff窗\u200b口\u200c排\u200d队\u2060')).toBe('窗口排队')
  })

  it('removes control characters but keeps tabs and line breaks, a carriage return becoming a line feed', () => {
    expect(sanitizeText('a\u0000b\u0007c\u007fd\u0085e')).toBe('abcde')
    expect(sanitizeText('第一行\r\n第二行\r第三行\n\t缩进')).toBe('第一行\n第二行\n第三行\n\t缩进')
  })

  it('leaves ordinary text alone, neither trimming nor shortening it', () => {
    expect(sanitizeText('  泉州市丰泽区 东海街道 😀  ')).toBe('  泉州市丰泽区 东海街道 😀  ')
  })
})
