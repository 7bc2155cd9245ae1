import { TabBar } from './tab-bar'
import { useTabBarStore } from './store'

/**
 * WeChat's custom tab bar (app.config.ts `tabBar.custom`): WeChat's own bar keeps 10 px labels and
 * 50 px tabs in every mode, too small for 长辈模式 (SPEC §6). WeChat mounts this component on each
 * tab page; the page on screen sets which tab is selected (TabPageBar), the unread count comes from
 * the badge code (src/utils/tab-badge.ts).
 */
export default function CustomTabBar() {
  const selected = useTabBarStore((s) => s.selected)
  const unread = useTabBarStore((s) => s.unread)
  return <TabBar selected={selected} unread={unread} />
}

// Taro passes a component's `options` to WeChat's Component(): the bar's classes are extracted into
// the app's shared stylesheet, which a custom component sees only with addGlobalClass.
CustomTabBar.options = { addGlobalClass: true }
