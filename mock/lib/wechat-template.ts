/**
 * WeChat subscribe-message values and their limits (订阅消息模板参数规则): a value that breaks them is
 * refused by WeChat and the whole message is lost, so every notice value goes through here.
 * Lengths count characters as a person does: an emoji or a rare character outside the BMP (a
 * surrogate pair in UTF-16) is one character, and a cut never splits it.
 *
 * - thing: ≤ 20 characters (letters, digits, Chinese, symbols).
 * - character_string: ≤ 32 characters of digits, letters and symbols (no Chinese).
 * - phrase: ≤ 5 characters, Chinese characters only.
 * - time: a date-time such as 2026年2月13日 09:30.
 */
import { chinaWallClock } from '@/domain/china-date'

export const THING_MAX = 20
export const CHARACTER_STRING_MAX = 32
export const PHRASE_MAX = 5

const ELLIPSIS = '…'

/** Control characters and line breaks become one space: a subscribe message is one line per value. */
function oneLine(text: string): string {
  // eslint-disable-next-line no-control-regex -- replacing control characters is the point of this pattern
  return text.replace(/[\u0000-\u001f\u007f-\u009f\u2028\u2029]+/g, ' ').replace(/\s+/g, ' ').trim()
}

/** At most `max` characters; a longer text keeps `max - 1` and ends with …. */
export function cutText(text: string, max: number): string {
  const chars = Array.from(oneLine(text))
  if (chars.length <= max) return chars.join('')
  return chars.slice(0, max - 1).join('') + ELLIPSIS
}

/** A thing value (≤ 20 characters); `fallback` when the text is empty (WeChat refuses empty values). */
export function thingValue(text: string, fallback: string): string {
  const value = cutText(text, THING_MAX)
  return value === '' ? cutText(fallback, THING_MAX) : value
}

/** A character_string value: ASCII letters, digits and common symbols only, ≤ 32 (a case number fits whole). */
export function characterStringValue(text: string): string {
  return Array.from(text.replace(/[^A-Za-z0-9_\-.:/#@+]/g, ''))
    .slice(0, CHARACTER_STRING_MAX)
    .join('')
}

/** A phrase value: Chinese characters only, ≤ 5 (no ellipsis: … is not a Chinese character). */
export function phraseValue(text: string): string {
  return Array.from(text.replace(/[^\u4e00-\u9fff]/g, ''))
    .slice(0, PHRASE_MAX)
    .join('')
}

/** A time value in China Standard Time: 2026年2月13日 09:30. */
export function timeValue(instant: Date): string {
  const d = chinaWallClock(instant)
  const pad = (n: number) => String(n).padStart(2, '0')
  return `${d.getUTCFullYear()}年${d.getUTCMonth() + 1}月${d.getUTCDate()}日 ${pad(d.getUTCHours())}:${pad(d.getUTCMinutes())}`
}
