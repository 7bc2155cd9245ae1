/**
 * Text lengths as a person counts them, for every free-text field that the app and the mock
 * backend both check. Pure and free of Taro: the form's counter, its check before sending and the
 * server's 422 use this one count and these limits, so a text the form lets through is one the
 * server accepts. Each limit is stated here and nowhere else (src/domain/limits.test.ts pins them).
 */

/** Shortest and longest length of a text field, in characters as countChars counts them. */
export interface CharLimit {
  readonly min: number
  readonly max: number
}

/**
 * Counts characters as a person does: by Unicode code point, so a Chinese character or an emoji
 * is one, not the two UTF-16 code units `string.length` gives for an emoji.
 */
export function countChars(text: string): number {
  return Array.from(text).length
}

/**
 * Characters that are invisible or change how the text around them reads: the bidi embeddings,
 * overrides and isolates (U+202A–U+202E, U+2066–U+2069), which can make "gpj.exe" read as "exe.jpg"
 * or reverse a sentence a cadre reads, and the zero-width ones (U+200B–U+200D, U+2060, U+FEFF),
 * which make two texts that look the same differ.
 */
const INVISIBLE = /[\u202a-\u202e\u2066-\u2069\u200b-\u200d\u2060\ufeff]/g

/** Control characters other than tab and line feed (C0, DEL, C1); a carriage return becomes a line feed first. */
// eslint-disable-next-line no-control-regex -- removing control characters is the point of this pattern
const CONTROL = /[\u0000-\u0008\u000b-\u001f\u007f-\u009f]/g

/**
 * Free text as it may be stored and shown: control characters (but tab and line breaks),
 * bidi-override and zero-width characters removed, line breaks as \n. The mock applies it to every
 * typed-text field before storing (mock/lib/text.ts); it neither trims nor shortens.
 */
export function sanitizeText(text: string): string {
  return text.replace(/\r\n?/g, '\n').replace(CONTROL, '').replace(INVISIBLE, '')
}

/** 真实姓名 as on the ID card (间隔号 included). */
export const REAL_NAME_CHARS: CharLimit = { min: 2, max: 20 }

/** 企业名称 as on the business licence. */
export const ENTERPRISE_NAME_CHARS: CharLimit = { min: 2, max: 60 }

/** 证明用途 of a village certificate request. */
export const CERTIFICATE_PURPOSE_CHARS: CharLimit = { min: 2, max: 100 }

/** The cadre's reason to return, refuse or revoke (退回 / 不予出具 / 撤销): the resident reads it. */
export const REVIEW_REASON_CHARS: CharLimit = { min: 2, max: 200 }

/** 需求说明 of a 帮办 request. */
export const ASSIST_NOTE_CHARS: CharLimit = { min: 1, max: 200 }

/** 方便联系的时间 of a 帮办 request (optional). */
export const ASSIST_TIME_CHARS: CharLimit = { min: 0, max: 20 }

/** 反映内容 of 办不成事反映 / 投诉 / 建议. */
export const COMPLAINT_CHARS: CharLimit = { min: 5, max: 500 }

/** 补正说明 the applicant may add to supplied materials (optional). */
export const SUPPLEMENT_NOTE_CHARS: CharLimit = { min: 0, max: 200 }

/** A search term (搜索词); the search box stops typing there and the server refuses longer. */
export const SEARCH_QUERY_CHARS: CharLimit = { min: 0, max: 50 }
