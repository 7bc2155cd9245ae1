import { normalizeText, splitTerms } from './normalize'
import { TextTable } from './text-table'

function table(...texts: string[]): TextTable {
  const built = new TextTable(true)
  for (const text of texts) built.intern(text)
  return built
}

function pinyinMatches(built: TextTable, spelled: string): string[] {
  const found: string[] = []
  built.findPinyin(spelled, (id) => found.push(built.entries[id].text))
  return found
}

describe('normalization', () => {
  it('folds full-width letters and digits, lower-cases, and drops punctuation while remembering positions', () => {
    const text = normalizeText('Ａ类（2０22）证')
    expect(text.norm).toBe('a类2022证')
    expect(text.starts).toEqual([0, 1, 3, 4, 5, 6, 8])
  })

  it('maps characters outside the basic plane to their two UTF-16 units', () => {
    const text = normalizeText('𠀋证明')
    expect(text.chars).toEqual(['𠀋', '证', '明'])
    expect([text.starts[1], text.ends[1]]).toEqual([2, 3])
  })

  it('splits terms on spaces (also full-width) and list punctuation, and caps their number', () => {
    expect(splitTerms(' 身份证\u3000换领、补领 ')).toEqual(['身份证', '换领', '补领'])
    expect(splitTerms('a b c d e f g h i j')).toHaveLength(8)
  })
})

describe('pinyin matching', () => {
  const names = table('居民身份证换领', '社会保障卡申领', '住房公积金提取', '银行业金融机构设立')

  it('lets each character give its full syllable, its initial or zh/ch/sh', () => {
    expect(pinyinMatches(names, 'jumin')).toEqual(['居民身份证换领'])
    expect(pinyinMatches(names, 'shbzk')).toEqual(['社会保障卡申领'])
    expect(pinyinMatches(names, 'zhufanggjj')).toEqual(['住房公积金提取'])
  })

  it('accepts an unfinished syllable only at the end', () => {
    expect(pinyinMatches(names, 'gongjij')).toEqual(['住房公积金提取'])
    expect(pinyinMatches(names, 'gonjijin')).toEqual([])
  })

  it('matches a full syllable in any reading of a polyphonic character', () => {
    expect(pinyinMatches(names, 'yinhang')).toEqual(['银行业金融机构设立'])
    expect(pinyinMatches(names, 'yinxing')).toEqual(['银行业金融机构设立'])
  })

  it('takes initials and unfinished syllables from the in-context reading only', () => {
    const permits = table('往来港澳通行证签发')
    expect(pinyinMatches(permits, 'txz')).toEqual(['往来港澳通行证签发'])
    expect(pinyinMatches(permits, 'hz')).toEqual([])
    expect(pinyinMatches(permits, 'hangz')).toEqual(['往来港澳通行证签发'])
    expect(pinyinMatches(permits, 'tongha')).toEqual([])
  })

  it('reports the characters the letters spelled', () => {
    const id = names.idOf('住房公积金提取') as number
    expect(names.pinyinSpan(id, 'gjjtq')).toEqual([2, 7])
    expect(names.pinyinSpan(id, 'xyz')).toBeNull()
  })

  it('finds homophones by shared toneless readings, and scattered characters in order', () => {
    const found: string[] = []
    names.findHomophone('身分', (id) => found.push(names.entries[id].text))
    expect(found).toEqual(['居民身份证换领'])
    const id = names.idOf('社会保障卡申领') as number
    expect(names.scatteredSpans(id, '社保卡')).toEqual([[0, 1], [2, 3], [4, 5]])
    expect(names.scatteredSpans(id, '卡保社')).toBeNull()
  })
})
