import Taro from '@tarojs/taro'
import { View } from '@tarojs/components'
import type { CSSProperties, PropsWithChildren } from 'react'
import { useMemo } from 'react'
import { useElderMode } from '@/stores/preferences-store'
import { cssVars, tokensFor } from '@/theme/tokens'
import './index.scss'

// Tokens are CSS px on a 375-px-wide phone; Taro's design width is 750, hence ×2.
const toUnit = (px: number): string => Taro.pxTransform(px * 2)

/**
 * Root of every page: applies the design tokens (standard or elder) as CSS variables, so all
 * stylesheets below size themselves from `var(--…)`.
 */
export function PageShell({ children, className }: PropsWithChildren<{ className?: string }>) {
  const elder = useElderMode()
  const style = useMemo(() => cssVars(tokensFor(elder), toUnit) as CSSProperties, [elder])
  return (
    // The page's content is its main landmark, so screen-reader users can jump straight to it.
    <View className={`page-shell${elder ? ' page-shell--elder' : ''}${className ? ` ${className}` : ''}`} style={style} role='main'>
      {children}
    </View>
  )
}
