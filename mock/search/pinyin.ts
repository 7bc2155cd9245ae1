import { pinyin, polyphonic } from 'pinyin-pro'
import { isHan } from './normalize'

/**
 * Toneless readings of characters, cached per character: a catalogue of tens of thousands of
 * names uses only a few thousand distinct characters, so each is converted once.
 *
 * Every reading of a polyphonic character is kept (行 → xing, hang, heng): a resident typing
 * "yinhang" or "xingzheng" should find 银行 and 行政 alike, and comparing against all readings
 * also makes homophone typos (身分证 for 身份证) match without guessing the intended word.
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

/**
 * The pinyin a resident means by a term mixing characters and letters (身份zheng): characters
 * become their in-context reading, letters stay as typed.
 */
export function spellMixedTerm(term: string): string {
  const syllables = pinyin(term, { toneType: 'none', type: 'array', v: true, nonZh: 'consecutive' })
  return syllables.join('').toLowerCase().replace(/ü/g, 'v').replace(/[^a-z0-9]/g, '')
}
