import { useDidShow } from '@tarojs/taro'
import { View } from '@tarojs/components'
import { useEffect } from 'react'
import { useTabBarStore } from './store'
import { TabBar, useTabBarStyle } from './tab-bar'
import { tabIndexOf } from './tabs'

/**
 * What a tab page adds for the tab bar (PageShell's `tab`). On WeChat the bar is the
 * custom-tab-bar component, one instance per tab page, which cannot know its page: the page tells
 * it on every show. On H5 Taro draws no bar at all once `tabBar.custom` is set, so the page draws
 * it itself, fixed at the bottom of the screen.
 */
export function TabPageBar({ path }: { path: string }) {
  const index = tabIndexOf(path)
  const select = useTabBarStore((s) => s.select)
  const unread = useTabBarStore((s) => s.unread)
  useEffect(() => select(index), [index, select])
  useDidShow(() => select(index))
  if (process.env.TARO_ENV !== 'h5') return null
  // A navigation landmark, so the bar is not content outside every landmark (axe's region rule).
  return (
    <View role='navigation'>
      <TabBar selected={index} unread={unread} />
    </View>
  )
}

/**
 * Room at the end of a tab page as tall as the bar, so its last lines can scroll clear of the bar
 * that is laid over the bottom of the screen. Sized by the same token arithmetic as the bar.
 */
export function TabBarSpacer() {
  const { style } = useTabBarStyle()
  return <View className='app-tab-bar-spacer' style={style} aria-hidden />
}
