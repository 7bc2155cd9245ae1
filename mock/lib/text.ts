import { z } from 'zod'
import { countChars, sanitizeText } from '@/domain/text'
import { hasGarbage } from './validate'

/**
 * Body fields of free text a person types: trimmed, no control characters (refused), bidi-override
 * and zero-width characters removed before storing (sanitizeText), a length in characters.
 * They differ only in what they say when the text is missing or too short, so each route keeps the
 * words its form uses.
 */

/** At most `max` characters; empty allowed unless a caller refines it. */
export function typedText(label: string, max: number) {
  return z.string({ error: `${label}应为文本` }).transform((raw, ctx) => {
    const text = sanitizeText(raw).trim()
    if (hasGarbage(raw)) ctx.addIssue({ code: 'custom', message: `${label}包含无法识别的字符` })
    else if (countChars(text) > max) ctx.addIssue({ code: 'custom', message: tooLong(label, max, text) })
    return text
  })
}

/** Between `min` and `max` characters; absent or too short both say `missing`. */
export function freeText(label: string, min: number, max: number, missing: string) {
  return z.string({ error: (iss) => (iss.input === undefined ? missing : `${label}应为文本`) }).transform((raw, ctx) => {
    const text = sanitizeText(raw).trim()
    if (hasGarbage(raw)) ctx.addIssue({ code: 'custom', message: `${label}包含无法识别的字符` })
    else if (countChars(text) < min) ctx.addIssue({ code: 'custom', message: missing })
    else if (countChars(text) > max) ctx.addIssue({ code: 'custom', message: tooLong(label, max, text) })
    return text
  })
}

/** Text the back office (or a complainant) writes: missing or too short says how many characters are needed. */
export function officeText(label: string, min: number, max: number) {
  return freeText(label, min, max, `请填写${label}（至少 ${min} 个字）`)
}

/** Like `freeText`, but empty says `missing` and too short says the minimum (certificate forms). */
export function personText(label: string, min: number, max: number, missing: string) {
  return z.string({ error: (iss) => (iss.input === undefined ? missing : `${label}应为文本`) }).transform((raw, ctx) => {
    const text = sanitizeText(raw).trim()
    if (hasGarbage(raw)) ctx.addIssue({ code: 'custom', message: `${label}包含无法识别的字符` })
    else if (text === '') ctx.addIssue({ code: 'custom', message: missing })
    else if (countChars(text) < min) ctx.addIssue({ code: 'custom', message: `${label}至少 ${min} 个字` })
    else if (countChars(text) > max) ctx.addIssue({ code: 'custom', message: tooLong(label, max, text) })
    return text
  })
}

function tooLong(label: string, max: number, text: string): string {
  return `${label}最多 ${max} 个字，现在是 ${countChars(text)} 个`
}
