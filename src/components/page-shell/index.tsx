import Taro from '@tarojs/taro'
import { View } from '@tarojs/components'
import type { CSSProperties, PropsWithChildren } from 'react'
import { useMemo } from 'react'
import { TabBarSpacer, TabPageBar } from '@/custom-tab-bar/tab-page-bar'
import { useElderMode } from '@/stores/preferences-store'
import { cssVars, tokensFor } from '@/theme/tokens'
import './index.scss'

// Tokens are CSS px on a 375-px-wide phone; Taro's design width is 750, hence ×2.
const toUnit = (px: number): string => Taro.pxTransform(px * 2)

/**
 * Root of every page: applies the design tokens (standard or elder) as CSS variables, so all
 * stylesheets below size themselves from `var(--…)`. A tab page passes its path as `tab` to get the
 * app's tab bar (src/custom-tab-bar).
 */
export function PageShell({ children, className, tab }: PropsWithChildren<{ className?: string; tab?: string }>) {
  const elder = useElderMode()
  const style = useMemo(() => cssVars(tokensFor(elder), toUnit) as CSSProperties, [elder])
  const main = (
    // The page's content is its main landmark, so screen-reader users can jump straight to it.
    <View className={`page-shell${elder ? ' page-shell--elder' : ''}${className ? ` ${className}` : ''}`} style={style} role='main'>
      {children}
      {tab && <TabBarSpacer />}
    </View>
  )
  if (!tab) return main
  // A tab page (`tab` is its path): the tab bar, outside the main landmark.
  return (
    <>
      {main}
      <TabPageBar path={tab} />
    </>
  )
}
