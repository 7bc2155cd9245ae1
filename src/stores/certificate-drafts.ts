import Taro from '@tarojs/taro'

/**
 * Half-filled 村(居)证明 requests, kept on the phone so closing the app loses nothing (SPEC §6), like
 * the application drafts. Read and written straight through Taro's synchronous storage: each change
 * is on the phone before the next one, and there is no in-memory copy to go stale between people.
 */

const STORAGE_KEY = 'qz-certificate-drafts'

// A draft is a few KB of text and file ids (never bytes); nobody has more requests half-done.
export const CERTIFICATE_DRAFTS_LIMIT = 10

interface Stored<T> {
  draft: T
  savedAt: string
}

type All = Record<string, Stored<unknown>>

/** Per signed-in person and request (`new`, or the id of a returned one being corrected). */
export function certificateDraftKey(userId: string, requestId: string | null): string {
  return `${userId}:${requestId ?? 'new'}`
}

function readAll(): All {
  try {
    const raw: unknown = Taro.getStorageSync(STORAGE_KEY)
    if (typeof raw !== 'string' || raw === '') return {}
    const parsed: unknown = JSON.parse(raw)
    return parsed && typeof parsed === 'object' ? (parsed as All) : {}
  } catch {
    // A damaged entry is not worth a crash: the person starts the form again.
    return {}
  }
}

function writeAll(all: All): void {
  Taro.setStorageSync(STORAGE_KEY, JSON.stringify(all))
}

/** The saved draft and when it was saved, or null. */
export function loadCertificateDraft<T>(key: string): Stored<T> | null {
  return (readAll()[key] as Stored<T> | undefined) ?? null
}

/** Saves (replaces) the draft under `key`; the least recently saved beyond the limit goes. */
export function saveCertificateDraft<T>(key: string, draft: T, savedAt = new Date().toISOString()): void {
  const all: All = { ...readAll(), [key]: { draft, savedAt } }
  const keys = Object.keys(all)
  if (keys.length > CERTIFICATE_DRAFTS_LIMIT) {
    const oldestFirst = keys.filter((k) => k !== key).sort((a, b) => all[a].savedAt.localeCompare(all[b].savedAt))
    for (const k of oldestFirst.slice(0, keys.length - CERTIFICATE_DRAFTS_LIMIT)) delete all[k]
  }
  writeAll(all)
}

/** Forgets the draft (after it was sent). */
export function clearCertificateDraft(key: string): void {
  const all = readAll()
  if (!(key in all)) return
  delete all[key]
  writeAll(all)
}
