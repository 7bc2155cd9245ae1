import Taro from '@tarojs/taro'
import { MINE_TAB_PATH, TAB_PATHS } from '@/constants/routes'
import { useTabBarStore } from '@/custom-tab-bar/store'

const MINE_TAB_INDEX = TAB_PATHS.indexOf(MINE_TAB_PATH)

/**
 * Shows the unread message count as a badge on 我的 (none at 0). The app's tab bar is a custom one
 * (src/custom-tab-bar), which WeChat's badge API cannot reach: it reads the count from its store.
 * The native call stays for WeChat versions too old for a custom bar, which draw the native one.
 * The badge is a hint, never a failure the person should see: H5 may lack the APIs, and both
 * reject when the current page has no tab bar (a subpackage page), so a refusal is left alone.
 */
export function showUnreadBadge(count: number): void {
  useTabBarStore.getState().setUnread(count)
  const index = MINE_TAB_INDEX
  const set = (Taro as Partial<typeof Taro>).setTabBarBadge
  const remove = (Taro as Partial<typeof Taro>).removeTabBarBadge
  // Through a promise, so a synchronous throw and an API that returns nothing end the same way.
  void Promise.resolve()
    .then(() => {
      if (count > 0) return set?.({ index, text: count > 99 ? '99+' : String(count) })
      return remove?.({ index })
    })
    .catch(() => undefined)
}
