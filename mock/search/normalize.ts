/**
 * Text normalization shared by indexing and querying, so that both sides agree on what a
 * "character" is: full-width forms fold to half-width (NFKC), Latin letters fold to lower case,
 * and everything that is neither a letter nor a digit (punctuation, brackets, spaces) is dropped.
 */

const KEEP = /[\p{L}\p{N}]/u
const HAN = /\p{Script=Han}/u
const LATIN_LETTERS = /^[a-z]+$/

/** A text reduced to its searchable characters, remembering where each came from. */
export interface NormalizedText {
  /** The kept characters, one code point each, lower-cased and half-width. */
  chars: string[]
  /** `chars.join('')`, for substring search. */
  norm: string
  /** For each kept character: its [start, end) in the original string (UTF-16 units, as JS indexes). */
  starts: number[]
  ends: number[]
}

/** Reduces `text` to its searchable characters; highlights map back through `starts`/`ends`. */
export function normalizeText(text: string): NormalizedText {
  const chars: string[] = []
  const starts: number[] = []
  const ends: number[] = []
  let offset = 0
  for (const codePoint of text) {
    const width = codePoint.length
    const code = codePoint.charCodeAt(0)
    // Fast path for what names are made of: common Chinese characters and ASCII letters/digits.
    if ((code >= 0x4e00 && code <= 0x9fff) || (code >= 0x61 && code <= 0x7a) || (code >= 0x30 && code <= 0x39)) {
      chars.push(codePoint)
      starts.push(offset)
      ends.push(offset + width)
      offset += width
      continue
    }
    // NFKC may expand one character into several (e.g. ㈠ → (一)); all of them map to the original one.
    for (const folded of codePoint.normalize('NFKC').toLowerCase()) {
      if (KEEP.test(folded)) {
        chars.push(folded)
        starts.push(offset)
        ends.push(offset + width)
      }
    }
    offset += width
  }
  return { chars, norm: chars.join(''), starts, ends }
}

/** The searchable characters of a query fragment (no offsets needed). */
export function normalizeFragment(text: string): string {
  let out = ''
  for (const folded of text.normalize('NFKC').toLowerCase()) {
    if (KEEP.test(folded)) out += folded
  }
  return out
}

/**
 * Residents separate words with spaces, and sometimes with list punctuation (、，；) copied from
 * elsewhere; both split terms. Any other punctuation is ignored inside a term.
 */
const TERM_SEPARATORS = /[\s,，、;；|/]+/u

/** Limits that keep a pasted essay from costing more than a normal query. */
export const MAX_QUERY_LENGTH = 200
export const MAX_TERMS = 8
export const MAX_TERM_LENGTH = 80

/** Splits a raw query into normalized, non-empty terms (at most MAX_TERMS, each at most MAX_TERM_LENGTH). */
export function splitTerms(query: string): string[] {
  const terms: string[] = []
  const nfkc = query.slice(0, MAX_QUERY_LENGTH).normalize('NFKC')
  for (const raw of nfkc.split(TERM_SEPARATORS)) {
    const term = normalizeFragment(raw)
    if (term.length === 0) continue
    terms.push(Array.from(term).slice(0, MAX_TERM_LENGTH).join(''))
    if (terms.length === MAX_TERMS) break
  }
  return terms
}

export function isHan(char: string): boolean {
  return HAN.test(char)
}

/** Whether every character of the term is a Chinese character. */
export function isAllHan(term: string): boolean {
  for (const char of term) if (!HAN.test(char)) return false
  return term.length > 0
}

/** Whether the term looks like pinyin typing (Latin letters only). */
export function isLatinLetters(term: string): boolean {
  return LATIN_LETTERS.test(term)
}

export function hasHan(term: string): boolean {
  return HAN.test(term)
}
