import { create } from 'zustand'
import { persist } from 'zustand/middleware'
import type { ApplicationDraft } from '@/features/apply/draft-types'
import { taroStorage } from './taro-storage'

// WeChat gives one storage key 1 MB; a draft is a few KB of text and file ids (never bytes), and
// nobody has this many applications half-done. The least recently touched goes first.
export const DRAFTS_LIMIT = 20

/** Drafts are per signed-in person and item: two people on one phone never see each other's. */
export function draftKey(userId: string, itemId: string): string {
  return `${userId}:${itemId}`
}

interface DraftsState {
  drafts: Record<string, ApplicationDraft>
  /** Saves (or replaces) a draft as the person types; stamps it with when that happened. */
  saveDraft: (draft: Omit<ApplicationDraft, 'updatedAt'>, updatedAt?: string) => void
  /** Forgets a draft (after a successful submission, or when the person starts over). */
  clearDraft: (userId: string, itemId: string) => void
}

export const useDraftsStore = create<DraftsState>()(
  persist(
    (set) => ({
      drafts: {},
      saveDraft: (draft, updatedAt = new Date().toISOString()) =>
        set(({ drafts }) => {
          const key = draftKey(draft.userId, draft.itemId)
          const next: Record<string, ApplicationDraft> = { ...drafts, [key]: { ...draft, updatedAt } }
          const keys = Object.keys(next)
          if (keys.length > DRAFTS_LIMIT) {
            const oldestFirst = keys.filter((k) => k !== key).sort((a, b) => next[a].updatedAt.localeCompare(next[b].updatedAt))
            for (const k of oldestFirst.slice(0, keys.length - DRAFTS_LIMIT)) delete next[k]
          }
          return { drafts: next }
        }),
      clearDraft: (userId, itemId) =>
        set(({ drafts }) => {
          const key = draftKey(userId, itemId)
          if (!(key in drafts)) return {}
          const next = { ...drafts }
          delete next[key]
          return { drafts: next }
        }),
    }),
    {
      // Taro's storage is synchronous, so each keystroke is on the phone before the next one:
      // closing the app right after typing loses nothing.
      name: 'qz-drafts',
      version: 1,
      storage: taroStorage,
      partialize: ({ drafts }) => ({ drafts }),
    },
  ),
)

/** The person's draft of an item, or null. */
export function getDraft(userId: string, itemId: string): ApplicationDraft | null {
  return useDraftsStore.getState().drafts[draftKey(userId, itemId)] ?? null
}
