import { create } from 'zustand'
import { persist } from 'zustand/middleware'
import { taroStorage } from './taro-storage'

/** How many past searches the phone keeps (newest first). */
export const SEARCH_HISTORY_LIMIT = 10

interface SearchHistoryState {
  /** Past search words, newest first, without duplicates. */
  entries: string[]
  /** Remembers a search word: moves it to the front if it was there already. */
  add: (query: string) => void
  /** Forgets one search word. */
  remove: (query: string) => void
  /** Forgets every search word (清空). */
  clear: () => void
}

// "SFZ" and "sfz " are the same search to the person; compare on the folded form so the list
// never shows both, but keep the spelling they used last.
const sameQuery = (a: string, b: string): boolean => a.trim().toLowerCase() === b.trim().toLowerCase()

export const useSearchHistoryStore = create<SearchHistoryState>()(
  persist(
    (set) => ({
      entries: [],
      add: (query) => {
        const text = query.trim()
        if (!text) return
        set(({ entries }) => ({
          entries: [text, ...entries.filter((entry) => !sameQuery(entry, text))].slice(0, SEARCH_HISTORY_LIMIT),
        }))
      },
      remove: (query) => set(({ entries }) => ({ entries: entries.filter((entry) => !sameQuery(entry, query)) })),
      clear: () => set({ entries: [] }),
    }),
    {
      name: 'qz-search-history',
      version: 1,
      storage: taroStorage,
      partialize: ({ entries }) => ({ entries }),
    },
  ),
)
