import { create } from 'zustand'
import { persist } from 'zustand/middleware'
import { taroStorage } from './taro-storage'

/** A service item the person saved (收藏), kept on the phone; no login needed. */
export interface FavouriteItem {
  id: string
  name: string
  department: { id: string; name: string }
  region: { code: string; name: string }
  /** When it was saved, ISO 8601. */
  savedAt: string
}

// Storage on a phone is small (WeChat: 1 MB a key); no person needs more saved items than this.
export const FAVOURITES_LIMIT = 200

interface FavouritesState {
  /** Saved items, most recently saved first. */
  items: FavouriteItem[]
  /** Saves an item (or moves it to the front if it was saved already). */
  add: (item: Omit<FavouriteItem, 'savedAt'>, savedAt?: string) => void
  /** Un-saves an item. */
  remove: (id: string) => void
  /** Saves the item if it is not saved, else un-saves it; returns whether it is saved now. */
  toggle: (item: Omit<FavouriteItem, 'savedAt'>) => boolean
}

export const useFavouritesStore = create<FavouritesState>()(
  persist(
    (set, get) => ({
      items: [],
      add: (item, savedAt = new Date().toISOString()) => {
        const saved: FavouriteItem = {
          id: item.id,
          name: item.name,
          department: { id: item.department.id, name: item.department.name },
          region: { code: item.region.code, name: item.region.name },
          savedAt,
        }
        set(({ items }) => ({ items: [saved, ...items.filter((x) => x.id !== item.id)].slice(0, FAVOURITES_LIMIT) }))
      },
      remove: (id) => set(({ items }) => ({ items: items.filter((x) => x.id !== id) })),
      toggle: (item) => {
        if (get().items.some((x) => x.id === item.id)) {
          get().remove(item.id)
          return false
        }
        get().add(item)
        return true
      },
    }),
    {
      name: 'qz-favourites',
      version: 1,
      storage: taroStorage,
      partialize: ({ items }) => ({ items }),
    },
  ),
)

/** Whether the item with `id` is saved; re-renders only when that answer changes. */
export function useIsFavourite(id: string): boolean {
  return useFavouritesStore((s) => s.items.some((x) => x.id === id))
}
