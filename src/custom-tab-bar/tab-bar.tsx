import Taro from '@tarojs/taro'
import { Button, Image, Text, View } from '@tarojs/components'
import type { CSSProperties } from 'react'
import { useMemo } from 'react'
import { MINE_TAB_PATH } from '@/constants/routes'
import { useElderMode } from '@/stores/preferences-store'
import { cssVars, tokensFor, type Tokens } from '@/theme/tokens'
import { navigate } from '@/utils/navigate'
import { weappAttributes } from '@/utils/h5-attributes'
import { TAB_ITEMS, badgeText } from './tabs'
import './index.scss'

// Tokens are CSS px on a 375-px-wide phone; Taro's design width is 750, hence ×2 (as PageShell).
const toUnit = (px: number): string => Taro.pxTransform(px * 2)

/**
 * The bar's sizes from the design tokens (CSS px): labels at the small text size (14, elder 18),
 * icons as tall as large text (22, elder 30), and each tab at least a tap target tall (44, elder
 * 60) and tall enough for icon, label and the token spacing (51, elder 71). WeChat's native bar
 * stays at 10 px labels and 50 px tabs whatever the mode, which is why the bar is drawn here.
 */
export function tabBarMetrics(tokens: Tokens): { label: number; icon: number; height: number } {
  const label = tokens.font.small
  const icon = tokens.font.large
  const height = Math.max(tokens.tap, Math.ceil(icon + label * tokens.lineHeight + 2 * tokens.space.xs))
  return { label, icon, height }
}

/** The token variables plus the bar's own, for an element outside PageShell (WeChat draws the bar apart from the page). */
export function useTabBarStyle(): { elder: boolean; style: CSSProperties } {
  const elder = useElderMode()
  const style = useMemo(() => {
    const tokens = tokensFor(elder)
    const m = tabBarMetrics(tokens)
    return {
      ...cssVars(tokens, toUnit),
      '--tab-bar-height': toUnit(m.height),
      '--tab-icon': toUnit(m.icon),
      '--tab-label': toUnit(m.label),
    } as CSSProperties
  }, [elder])
  return { elder, style }
}

interface AppConfigOnH5 {
  __taroAppConfig?: { tabBar?: { list?: { iconPath?: string; selectedIconPath?: string }[] } }
}

/**
 * A tab's icon. WeChat copies the files app.config.ts lists into the package root; the H5 build
 * bundles them and writes their URLs back into the app config it keeps on `window`.
 */
function iconSrc(index: number, selected: boolean): string | undefined {
  const tab = TAB_ITEMS[index]
  if (process.env.TARO_ENV === 'h5') {
    const item = (globalThis as AppConfigOnH5).__taroAppConfig?.tabBar?.list?.[index]
    return (selected ? item?.selectedIconPath : item?.iconPath) || undefined
  }
  return `/${selected ? tab.selectedIcon : tab.icon}`
}

/** The accessible name of a tab: its label, and on 我的 how many messages are unread. */
export function tabLabel(index: number, unread: number): string {
  const tab = TAB_ITEMS[index]
  return tab.path === MINE_TAB_PATH && unread > 0 ? `${tab.text}，${unread} 条未读消息` : tab.text
}

export interface TabBarProps {
  /** The tab page on screen (index in TAB_ITEMS). */
  selected: number
  /** Unread messages: the badge on 我的. */
  unread: number
}

/**
 * The app's tab bar, drawn from the design tokens so 长辈模式 enlarges it like every page. The tab
 * on screen is marked by a bar over it, bold words and the filled icon as well as by colour; each
 * tab is a `tab` with aria-selected, and 我的 names its unread count.
 */
export function TabBar({ selected, unread }: TabBarProps) {
  const { elder, style } = useTabBarStyle()
  // WeChat reads a button by its text: Taro 4's weapp templates drop aria-label, aria-selected and
  // aria-hidden (ariaLabel/ariaRole reach QQ's only), so on weapp the words a screen reader needs
  // are text, visually hidden. H5 has the aria attributes and must not hear them twice.
  const SPOKEN = process.env.TARO_ENV === 'weapp'
  return (
    <View className={`app-tab-bar${elder ? ' app-tab-bar--elder' : ''}`} style={style} role='tablist' aria-label='主导航'>
      {TAB_ITEMS.map((tab, i) => {
        const on = i === selected
        const badge = tab.path === MINE_TAB_PATH ? badgeText(unread) : null
        const src = iconSrc(i, on)
        const label = tabLabel(i, unread)
        return (
          <Button
            key={tab.path}
            className={`app-tab-bar__tab${on ? ' app-tab-bar__tab--selected' : ''}`}
            role='tab'
            aria-selected={on}
            aria-label={label}
            // Taro 4 passes ariaLabel into QQ's template only (weapp's drops it); kept for when it does.
            {...weappAttributes({ ariaLabel: label })}
            onClick={() => {
              if (!on) void navigate(tab.path)
            }}
          >
            {/* The label comes first in reading order (the icon is drawn above it by CSS `order`), so
                the visible words 「我的 2」 are where the accessible name 「我的，2 条未读消息」 starts:
                axe's label-content-name-mismatch, and a screen reader reading the text on weapp. */}
            <Text className='app-tab-bar__label'>{tab.text}</Text>
            <View className='app-tab-bar__icon-box' aria-hidden>
              {src && <Image className='app-tab-bar__icon' src={src} mode='aspectFit' />}
              {badge && <Text className='app-tab-bar__badge'>{badge}</Text>}
              {badge && SPOKEN && <Text className='app-tab-bar__spoken'> 条未读消息</Text>}
            </View>
            {on && SPOKEN && <Text className='app-tab-bar__spoken'>，已选中</Text>}
          </Button>
        )
      })}
    </View>
  )
}
