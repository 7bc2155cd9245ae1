/**
 * What a resident wants done, read from the words around the thing they name (issue 13):
 * 身份证丢了 wants 补领, not 换领; 注销营业执照 wants 注销, not 设立登记. The words are taken off
 * the query (丢了 is in no item name) and decide which variant of the service comes first.
 */
export type Intent = 'reissue' | 'renew' | 'cancel' | 'new'

export const INTENTS: readonly Intent[] = ['reissue', 'renew', 'cancel', 'new']

/**
 * Words by intent, longest first inside each list. Single characters (补, 换, 开) count only at
 * the start of a term (补身份证, 换驾照, 开饭店), where they are verbs; elsewhere they are part of
 * a name (社会保障卡补换, 换领).
 */
const WORDS: Record<Intent, readonly string[]> = {
  reissue: ['丢了', '丢失了', '丢失', '遗失了', '遗失', '弄丢了', '弄丢', '掉了', '不见了', '找不到了', '被偷了', '坏了', '补办'],
  renew: ['快到期了', '到期了', '到期', '快过期了', '过期了', '过期', '换新'],
  cancel: ['不干了', '不做了', '不开了', '关掉', '关门', '注销'],
  new: ['新办', '第一次办', '第一次', '首次办理', '办新'],
}
const LEADING: Record<Intent, readonly string[]> = { reissue: ['补'], renew: ['换'], cancel: [], new: ['开'] }

/** Item names of each intent's variants. */
const NAMES: Record<Intent, RegExp> = {
  reissue: /补领|补发|挂失|补证|补办|补换|遗失/,
  renew: /换领|换证|换发|延续|延期/,
  cancel: /注销/,
  new: /设立|新办|首次|申领|核发|开办|（新办）/,
}

/** The intent an item name serves, or null. The first that fits wins (补换领 is reissue). */
export function intentOfName(name: string): Intent | null {
  for (const intent of INTENTS) if (NAMES[intent].test(name)) return intent
  return null
}

export interface ReadIntent {
  intent: Intent
  /** The terms without the intent words (terms that were nothing else are dropped). */
  terms: string[]
}

/** The intent of normalized query terms, or null when they carry none (or nothing else). */
export function readIntent(terms: readonly string[]): ReadIntent | null {
  let found: Intent | null = null
  const rest: string[] = []
  for (const term of terms) {
    let text = term
    for (const intent of INTENTS) {
      for (const word of WORDS[intent]) {
        if (text.length > word.length && (text.endsWith(word) || text.startsWith(word))) {
          text = text.endsWith(word) ? text.slice(0, -word.length) : text.slice(word.length)
          found ??= intent
        } else if (text === word && terms.length > 1) {
          text = ''
          found ??= intent
        }
      }
      for (const char of LEADING[intent]) {
        if (text.length > 2 && text.startsWith(char)) {
          text = text.slice(char.length)
          found ??= intent
        }
      }
    }
    if (text !== '') rest.push(text)
  }
  return found === null || rest.length === 0 ? null : { intent: found, terms: rest }
}
