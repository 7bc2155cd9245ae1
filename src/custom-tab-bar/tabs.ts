import { CASES_TAB_PATH, CATALOGUE_TAB_PATH, HOME_TAB_PATH, MINE_TAB_PATH } from '@/constants/routes'

/** One tab of the app's tab bar; `icon`/`selectedIcon` are the same files app.config.ts lists. */
export interface TabItem {
  path: string
  text: string
  icon: string
  selectedIcon: string
}

// The same four tabs, in the same order, as `tabBar.list` in app.config.ts: WeChat still needs the
// list there (it decides which pages are tab pages), the custom bar draws them from here.
export const TAB_ITEMS: readonly TabItem[] = [
  { path: HOME_TAB_PATH, text: '首页', icon: 'assets/tabbar/home.png', selectedIcon: 'assets/tabbar/home-active.png' },
  { path: CATALOGUE_TAB_PATH, text: '办事', icon: 'assets/tabbar/catalogue.png', selectedIcon: 'assets/tabbar/catalogue-active.png' },
  { path: CASES_TAB_PATH, text: '办件', icon: 'assets/tabbar/cases.png', selectedIcon: 'assets/tabbar/cases-active.png' },
  { path: MINE_TAB_PATH, text: '我的', icon: 'assets/tabbar/mine.png', selectedIcon: 'assets/tabbar/mine-active.png' },
]

/** The position of a tab page in the bar, -1 for any other page. */
export function tabIndexOf(path: string): number {
  return TAB_ITEMS.findIndex((t) => t.path === path)
}

/** The badge text for a count: none at 0, 99+ past 99 (what WeChat's own badge shows). */
export function badgeText(count: number): string | null {
  if (count <= 0) return null
  return count > 99 ? '99+' : String(count)
}
