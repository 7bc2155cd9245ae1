import { create } from 'zustand'

interface TabBarState {
  /** The tab page on screen. On WeChat every tab page has its own bar instance; each reads this. */
  selected: number
  /** Unread messages, the badge on 我的 (setTabBarBadge cannot reach a custom bar). */
  unread: number
  select: (index: number) => void
  setUnread: (count: number) => void
}

/** What the tab bar shows, shared by the tab pages (which set it) and the bar (which draws it). */
export const useTabBarStore = create<TabBarState>()((set) => ({
  selected: 0,
  unread: 0,
  select: (selected) => set({ selected }),
  setUnread: (unread) => set({ unread: Math.max(0, unread) }),
}))
