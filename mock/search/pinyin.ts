import { pinyin, polyphonic } from 'pinyin-pro'
import { isHan } from './normalize'

/**
 * Toneless readings of characters, cached per character: a catalogue of tens of thousands of
 * names uses only a few thousand distinct characters, so each is converted once.
 *
 * Every reading of a polyphonic character is kept (行 → xing, hang, heng), for full syllables
 * typed by a resident who reads a character differently; see textReadings for which comes first.
 */
const readingCache = new Map<string, readonly string[]>()

/** The toneless readings of one normalized character; a non-Chinese character reads as itself. */
export function readingsOf(char: string): readonly string[] {
  const cached = readingCache.get(char)
  if (cached !== undefined) return cached
  let readings: string[]
  if (isHan(char)) {
    const found = polyphonic(char, { toneType: 'none', type: 'array', v: true })[0] ?? []
    readings = []
    for (const reading of found) addReading(readings, reading)
    // Residents type ü as v (lv) or as plain u (lu); accept both.
    for (const reading of [...readings]) if (reading.includes('v')) addReading(readings, reading.replace(/v/g, 'u'))
    if (readings.length === 0) readings.push(char)
  } else {
    readings = [char]
  }
  readingCache.set(char, readings)
  return readings
}

function addReading(readings: string[], reading: string): void {
  const clean = reading.toLowerCase().replace(/ü/g, 'v')
  if (/^[a-z]+$/.test(clean) && !readings.includes(clean)) readings.push(clean)
}

const orderedCache = new Map<string, readonly string[]>()

/**
 * Readings of each character of a text, the in-context one first (银行 → hang before xing,
 * 会计 → kuai before hui). Matching uses the first reading for initials and unfinished syllables
 * (so "hz" does not find 通行证 through its rare reading hang) and any reading for full syllables.
 */
export function textReadings(chars: string[]): (readonly string[])[] {
  const all = chars.map(readingsOf)
  if (!chars.some(isHan)) return all
  const inContext = pinyin(chars.join(''), { toneType: 'none', type: 'array', v: true })
  // pinyin-pro gives one entry per character; if it ever does not, the dictionary order stands.
  if (inContext.length !== chars.length) return all
  return all.map((readings, index) => {
    const primary = inContext[index].toLowerCase().replace(/ü/g, 'v')
    if (readings[0] === primary || !readings.includes(primary)) return readings
    const key = `${chars[index]}|${primary}`
    let ordered = orderedCache.get(key)
    if (ordered === undefined) {
      ordered = [primary, ...readings.filter((reading) => reading !== primary)]
      orderedCache.set(key, ordered)
    }
    return ordered
  })
}

/**
 * The pinyin a resident means by a term mixing characters and letters (身份zheng): characters
 * become their in-context reading, letters stay as typed.
 */
export function spellMixedTerm(term: string): string {
  const syllables = pinyin(term, { toneType: 'none', type: 'array', v: true, nonZh: 'consecutive' })
  return syllables.join('').toLowerCase().replace(/ü/g, 'v').replace(/[^a-z0-9]/g, '')
}
