/**
 * Text lengths as a person counts them, for every free-text field the app and the mock backend
 * both check. Pure and free of Taro: the form's counter, its check before sending and the server's
 * 422 all use this one count and these limits, so a text the form lets through is one the server
 * accepts.
 */

/**
 * Counts characters as a person does: by Unicode code point, so a Chinese character or an emoji
 * is one, not the two UTF-16 code units `string.length` would give for an emoji.
 */
export function countChars(text: string): number {
  return Array.from(text).length
}
