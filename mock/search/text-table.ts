import { normalizeText } from './normalize'
import { readingsOf, textReadings } from './pinyin'

/** One distinct text (an item name, an alias, a department or material name), prepared for matching. */
export interface TextEntry {
  text: string
  /** Normalized characters (see normalize.ts) and `chars.join('')`. */
  chars: string[]
  norm: string
  /** Original [start, end) of each normalized character, to turn matches into highlights. */
  starts: number[]
  ends: number[]
  /** Toneless readings of each normalized character, the in-context one first (empty when the table has no pinyin). */
  readings: (readonly string[])[]
  /** Maps a UTF-16 offset in `norm` to a character index; null when they coincide (no astral characters). */
  unitToChar: Int32Array | null
  /** Bit per letter a–z occurring in any reading: typed letters must all occur (a cheap first check). */
  letters: number
}

/** Longer terms are pasted text, not something typed around a name; they are not split up. */
const MAX_CONTAINING_TERM = 40
const NO_IDS: readonly number[] = []

/** A matched [start, end) in normalized characters of a text. */
export type Span = [number, number]

/** How many typed letters select pinyin candidates (see pinyinKeys). */
const KEY_LENGTH = 3

/**
 * A set of distinct texts with inverted indexes, so that a query term is checked only against
 * texts that can possibly contain it: by character for Chinese, by syllable for homophones, and
 * by the first KEY_LENGTH typed letters for pinyin.
 */
export class TextTable {
  readonly entries: TextEntry[] = []
  private readonly byText = new Map<string, number>()
  private readonly byNorm = new Map<string, number[]>()
  private readonly charPostings = new Map<string, number[]>()
  private readonly syllablePostings = new Map<string, number[]>()
  /** Typed-letter strings of up to KEY_LENGTH letters that match somewhere in the text, exactly. */
  private readonly shortPostings = new Map<string, number[]>()
  /** The first KEY_LENGTH letters of every longer match: a necessary condition, checked afterwards. */
  private readonly prefixPostings = new Map<string, number[]>()
  /** Window of characters (with their in-context readings) → the pinyin posting lists it joins. */
  private readonly windowLists = new Map<string, number[][]>()
  private readonly withPinyin: boolean
  private longest = 0

  // Scratch state of the pinyin matcher, reused across calls to avoid per-candidate allocation.
  private seen = new Int32Array(0)
  private seenStamp = 0
  private failMemo = new Int32Array(0)
  private failStamp = 0
  private query = ''
  private entry: TextEntry | null = null

  constructor(withPinyin: boolean) {
    this.withPinyin = withPinyin
  }

  get size(): number {
    return this.entries.length
  }

  /** Adds a text once and returns its id (the same id when the text is already there). */
  intern(text: string): number {
    const known = this.byText.get(text)
    if (known !== undefined) return known
    const id = this.entries.length
    const normalized = normalizeText(text)
    const readings = this.withPinyin ? textReadings(normalized.chars) : []
    let unitToChar: Int32Array | null = null
    if (normalized.norm.length !== normalized.chars.length) {
      const map = new Int32Array(normalized.norm.length + 1)
      let unit = 0
      normalized.chars.forEach((char, index) => {
        for (let k = 0; k < char.length; k++) map[unit + k] = index
        unit += char.length
      })
      map[unit] = normalized.chars.length
      unitToChar = map
    }
    const entry: TextEntry = { text, ...normalized, readings, unitToChar, letters: readingsMask(readings) }
    this.entries.push(entry)
    this.byText.set(text, id)
    const sameNorm = this.byNorm.get(entry.norm)
    if (sameNorm === undefined) this.byNorm.set(entry.norm, [id])
    else sameNorm.push(id)
    this.longest = Math.max(this.longest, entry.chars.length)
    this.indexEntry(id, entry)
    return id
  }

  idOf(text: string): number | undefined {
    return this.byText.get(text)
  }

  /** Texts whose normalized form is exactly `norm`. */
  idsWithNorm(norm: string): readonly number[] {
    return this.byNorm.get(norm) ?? NO_IDS
  }

  /**
   * Texts (of at least two characters) that occur whole inside the term: residents type
   * sentences such as 我要开饭店 or 怎么换身份证 around a name or alias.
   */
  findContainedIn(term: string, visit: (id: number) => void): void {
    const chars = Array.from(term)
    if (chars.length > MAX_CONTAINING_TERM) return
    for (let start = 0; start < chars.length - 1; start++) {
      let piece = chars[start]
      for (let end = start + 1; end < chars.length && end - start < this.longest; end++) {
        piece += chars[end]
        const ids = this.byNorm.get(piece)
        if (ids !== undefined) for (const id of ids) visit(id)
      }
    }
  }

  private indexEntry(id: number, entry: TextEntry): void {
    // Ids arrive in increasing order, so pushOnce drops a text's repeated keys without a Set.
    for (const char of entry.chars) pushOnce(this.charPostings, char, id)
    if (!this.withPinyin) return
    for (const readings of entry.readings) pushOnce(this.syllablePostings, readings[0], id)
    for (let start = 0; start < entry.chars.length; start++) {
      for (const list of this.keyListsAt(entry, start)) if (list[list.length - 1] !== id) list.push(id)
    }
  }

  /**
   * The posting lists a text joins for matches starting at `start`. Windows of characters repeat
   * across names, so each window's lists are looked up once and then reused.
   */
  private keyListsAt(entry: TextEntry, start: number): number[][] {
    const end = Math.min(entry.chars.length, start + KEY_LENGTH)
    let window = ''
    for (let k = start; k < end; k++) window += entry.chars[k] + entry.readings[k][0]
    let lists = this.windowLists.get(window)
    if (lists === undefined) {
      const keys = pinyinKeys(entry.readings.slice(start, end))
      lists = [
        ...keys.short.map((key) => postingList(this.shortPostings, key)),
        ...keys.prefixes.map((key) => postingList(this.prefixPostings, key)),
      ]
      this.windowLists.set(window, lists)
    }
    return lists
  }

  /** Texts containing `fragment` (normalized) literally; `visit` gets where it first occurs. */
  findLiteral(fragment: string, visit: (id: number, start: number) => void): void {
    const chars = Array.from(fragment)
    if (chars.length === 0) return
    const candidates = this.rarest(chars.map((char) => this.charPostings.get(char)))
    if (candidates === null) return
    for (const id of candidates) {
      const span = this.literalSpan(id, fragment)
      if (span !== null) visit(id, span[0])
    }
  }

  /** Where `fragment` first occurs in text `id`, in normalized characters. */
  literalSpan(id: number, fragment: string): Span | null {
    const entry = this.entries[id]
    const unit = entry.norm.indexOf(fragment)
    if (unit < 0) return null
    const start = entry.unitToChar === null ? unit : entry.unitToChar[unit]
    const end = entry.unitToChar === null ? unit + fragment.length : entry.unitToChar[unit + fragment.length]
    return [start, end]
  }

  /**
   * Texts containing a run of characters whose in-context reading is one of the readings of the
   * term's characters: 身分证 finds 身份证 (shen fen zheng either way).
   */
  findHomophone(term: string, visit: (id: number) => void): void {
    if (!this.withPinyin) return
    const wanted = Array.from(term, readingsOf)
    let best: number[][] | null = null
    let bestSize = Infinity
    for (const readings of wanted) {
      const lists: number[][] = []
      let size = 0
      for (const reading of readings) {
        const list = this.syllablePostings.get(reading)
        if (list !== undefined) {
          lists.push(list)
          size += list.length
        }
      }
      if (size === 0) return
      if (size < bestSize) {
        best = lists
        bestSize = size
      }
    }
    if (best === null) return
    const stamp = this.nextSeenStamp()
    for (const list of best) {
      for (const id of list) {
        if (this.seen[id] === stamp) continue
        this.seen[id] = stamp
        if (matchHomophone(this.entries[id], wanted) !== null) visit(id)
      }
    }
  }

  homophoneSpan(id: number, term: string): Span | null {
    return this.withPinyin ? matchHomophone(this.entries[id], Array.from(term, readingsOf)) : null
  }

  /**
   * Texts containing the term's characters in order with small gaps (公积金提取 finds
   * 住房公积金部分提取, 社保卡 finds 社会保障卡): residents shorten official names this way.
   */
  findScattered(term: string, visit: (id: number) => void): void {
    const chars = Array.from(term)
    const candidates = this.rarest(chars.map((char) => this.charPostings.get(char)))
    if (candidates === null) return
    for (const id of candidates) if (matchScattered(this.entries[id], chars) !== null) visit(id)
  }

  /** Each matched character of a scattered match, as one-character spans. */
  scatteredSpans(id: number, term: string): Span[] | null {
    const positions = matchScattered(this.entries[id], Array.from(term))
    return positions === null ? null : positions.map((at): Span => [at, at + 1])
  }

  /**
   * Texts whose pinyin contains the typed letters, where each character contributes a full
   * syllable (any reading), or, in its in-context reading, its initial (zh/ch/sh or the first
   * letter) or — for the last character only — any prefix: "shenfenzheng", "sfz", "shenfz" and
   * "shenfenzh" all find 身份证.
   */
  findPinyin(spelled: string, visit: (id: number) => void): void {
    if (!this.withPinyin || spelled.length === 0) return
    if (spelled.length <= KEY_LENGTH) {
      // Short keys are built from exactly the matches the matcher accepts: no need to check.
      for (const id of this.shortPostings.get(spelled) ?? NO_IDS) visit(id)
      return
    }
    const candidates = this.prefixPostings.get(spelled.slice(0, KEY_LENGTH))
    if (candidates === undefined) return
    const letters = letterMask(spelled)
    for (const id of candidates) {
      if ((this.entries[id].letters & letters) !== letters) continue
      if (this.pinyinSpan(id, spelled) !== null) visit(id)
    }
  }

  /** The first run of characters of text `id` that the typed letters spell. */
  pinyinSpan(id: number, spelled: string): Span | null {
    if (!this.withPinyin || spelled.length === 0) return null
    const entry = this.entries[id]
    const width = this.longest + 1
    const cells = (spelled.length + 1) * width
    if (this.failMemo.length < cells) {
      this.failMemo = new Int32Array(cells)
      this.failStamp = 0
    }
    this.query = spelled
    this.entry = entry
    this.failStamp++
    const first = spelled[0]
    for (let start = 0; start < entry.chars.length; start++) {
      if (!startsWithLetter(entry.readings[start], first)) continue
      const end = this.matchFrom(0, start)
      if (end >= 0) return [start, end]
    }
    return null
  }

  /** Index of the character after a match of query[qi..] starting at character ci, or -1. */
  private matchFrom(qi: number, ci: number): number {
    const query = this.query
    if (qi === query.length) return ci
    const entry = this.entry as TextEntry
    if (ci === entry.chars.length) return -1
    const cell = qi * (this.longest + 1) + ci
    if (this.failMemo[cell] === this.failStamp) return -1
    const remaining = query.length - qi
    const readings = entry.readings[ci]
    for (const reading of readings) {
      if (reading[0] !== query[qi]) continue
      if (query.startsWith(reading, qi)) {
        const end = this.matchFrom(qi + reading.length, ci + 1)
        if (end >= 0) return end
      }
    }
    const primary = readings[0]
    if (primary[0] === query[qi]) {
      // The last typed letters may be an unfinished syllable.
      if (remaining <= primary.length && sameLetters(primary, query, qi, remaining)) return ci + 1
      if (hasDoubleInitial(primary) && query[qi + 1] === 'h') {
        const end = this.matchFrom(qi + 2, ci + 1)
        if (end >= 0) return end
      }
      if (primary.length > 1) {
        const end = this.matchFrom(qi + 1, ci + 1)
        if (end >= 0) return end
      }
    }
    this.failMemo[cell] = this.failStamp
    return -1
  }

  /** The shortest posting list among the given ones; null if any character occurs nowhere. */
  private rarest(lists: (number[] | undefined)[]): number[] | null {
    let best: number[] | null = null
    for (const list of lists) {
      if (list === undefined) return null
      if (best === null || list.length < best.length) best = list
    }
    return best
  }

  private nextSeenStamp(): number {
    if (this.seen.length < this.entries.length) {
      this.seen = new Int32Array(this.entries.length)
      this.seenStamp = 0
    }
    return ++this.seenStamp
  }
}

function postingList(map: Map<string, number[]>, key: string): number[] {
  let list = map.get(key)
  if (list === undefined) {
    list = []
    map.set(key, list)
  }
  return list
}

function pushOnce(map: Map<string, number[]>, key: string, id: number): void {
  const list = map.get(key)
  if (list === undefined) map.set(key, [id])
  else if (list[list.length - 1] !== id) list.push(id)
}

function startsWithLetter(readings: readonly string[], letter: string): boolean {
  for (const reading of readings) if (reading[0] === letter) return true
  return false
}

interface PinyinKeys {
  short: readonly string[]
  prefixes: readonly string[]
}

/**
 * The letter keys of matches starting at the first of these characters. A match is a run of
 * per-character segments — a full syllable (any reading), or of the in-context reading its
 * initial, zh/ch/sh, or (last) any prefix. `short`: every complete match of up to KEY_LENGTH
 * letters. `prefixes`: the first KEY_LENGTH letters of every longer one. Each segment has at
 * least one letter, so KEY_LENGTH characters decide all keys.
 */
function pinyinKeys(readings: (readonly string[])[]): PinyinKeys {
  const short = new Set<string>()
  const prefixes = new Set<string>()
  const extend = (index: number, typed: string): void => {
    if (typed.length >= KEY_LENGTH) {
      // Longer queries starting like this must share their first KEY_LENGTH letters.
      prefixes.add(typed.slice(0, KEY_LENGTH))
      if (typed.length === KEY_LENGTH) short.add(typed)
      return
    }
    if (typed.length > 0) short.add(typed)
    if (index === readings.length) return
    const primary = readings[index][0]
    // An unfinished last syllable: every prefix of the in-context reading ends a match.
    for (let length = 1; length < primary.length && typed.length + length <= KEY_LENGTH; length++) {
      short.add(typed + primary.slice(0, length))
    }
    for (const reading of readings[index]) extend(index + 1, typed + reading)
    if (primary.length > 1) extend(index + 1, typed + primary[0])
    if (hasDoubleInitial(primary)) extend(index + 1, typed + primary.slice(0, 2))
  }
  extend(0, '')
  return { short: [...short], prefixes: [...prefixes] }
}

/** zh, ch, sh: typed as one initial. */
function hasDoubleInitial(reading: string): boolean {
  return reading.length > 2 && reading[1] === 'h' && (reading[0] === 'z' || reading[0] === 'c' || reading[0] === 's')
}

function matchHomophone(entry: TextEntry, wanted: (readonly string[])[]): Span | null {
  const last = entry.chars.length - wanted.length
  for (let start = 0; start <= last; start++) {
    let ok = true
    for (let k = 0; k < wanted.length && ok; k++) ok = wanted[k].includes(entry.readings[start + k][0])
    if (ok) return [start, start + wanted.length]
  }
  return null
}

/** Positions of the term's characters in order, within twice the term's length; the first such run. */
function matchScattered(entry: TextEntry, chars: string[]): number[] | null {
  const text = entry.chars
  const maxSpan = chars.length * 2
  for (let start = 0; start < text.length; start++) {
    if (text[start] !== chars[0]) continue
    const positions = [start]
    let at = start
    for (let k = 1; k < chars.length; k++) {
      at = indexOfChar(text, chars[k], at + 1, start + maxSpan)
      if (at < 0) break
      positions.push(at)
    }
    if (positions.length === chars.length) return positions
  }
  return null
}

function readingsMask(readings: (readonly string[])[]): number {
  let mask = 0
  for (const options of readings) for (const reading of options) mask |= letterMask(reading)
  return mask
}

function letterMask(text: string): number {
  let mask = 0
  for (let i = 0; i < text.length; i++) {
    const code = text.charCodeAt(i) - 97
    if (code >= 0 && code < 26) mask |= 1 << code
  }
  return mask
}

function sameLetters(reading: string, query: string, from: number, count: number): boolean {
  for (let k = 1; k < count; k++) if (reading.charCodeAt(k) !== query.charCodeAt(from + k)) return false
  return true
}

function indexOfChar(chars: string[], char: string, from: number, until: number): number {
  const end = Math.min(until, chars.length)
  for (let i = from; i < end; i++) if (chars[i] === char) return i
  return -1
}
