import Taro from '@tarojs/taro'
import { act } from 'react'
import { CASES_TAB_PATH, HOME_TAB_PATH, MINE_TAB_PATH } from '@/constants/routes'
import { usePreferencesStore } from '@/stores/preferences-store'
import { elderTokens, standardTokens } from '@/theme/tokens'
import {
  findByText,
  mockBackend,
  promisedItem,
  renderPage,
  signInAs,
  submitCase,
  tap,
  textOf,
  transition,
  waitFor,
  warmUpTaroComponents,
} from '@/testing'
import CasesPage from '../pages/cases/index'
import MinePage from '../pages/mine/index'
import CustomTabBar from './index'
import { useTabBarStore } from './store'
import { tabBarMetrics } from './tab-bar'
import { TAB_ITEMS } from './tabs'

jest.setTimeout(30_000)
beforeAll(() => warmUpTaroComponents(), 30_000)
beforeEach(() => mockBackend.app().store.clear())

function tabs(container: HTMLElement): HTMLElement[] {
  const bar = container.querySelector<HTMLElement>('[role="tablist"][aria-label="主导航"]')
  if (!bar) throw new Error('no tab bar')
  return Array.from(bar.querySelectorAll<HTMLElement>('[role="tab"]'))
}

function tab(container: HTMLElement, text: string): HTMLElement {
  const found = tabs(container).find((t) => textOf(t.querySelector('.app-tab-bar__label')!) === text)
  if (!found) throw new Error(`no tab ${text}`)
  return found
}

function selectedTabs(container: HTMLElement): string[] {
  return tabs(container).filter((t) => t.getAttribute('aria-selected') === 'true').map((t) => t.getAttribute('aria-label') ?? '')
}

function barStyle(container: HTMLElement): CSSStyleDeclaration {
  return container.querySelector<HTMLElement>('.app-tab-bar')!.style
}

describe('tab bar sizes from the design tokens', () => {
  it('labels at 14 px and tabs ≥ 44 px normally; labels ≥ 18 px, larger icons and tabs ≥ 60 px in elder mode', () => {
    const standard = tabBarMetrics(standardTokens)
    const elder = tabBarMetrics(elderTokens)
    expect(standard.label).toBe(standardTokens.font.small)
    expect(standard.height).toBeGreaterThanOrEqual(44)
    expect(elder.label).toBe(elderTokens.font.small)
    expect(elder.label).toBeGreaterThanOrEqual(18)
    expect(elder.height).toBeGreaterThanOrEqual(60)
    expect(elder.icon).toBeGreaterThan(standard.icon)
    // Room for the icon and one line of the label, whatever the mode.
    for (const [m, t] of [[standard, standardTokens], [elder, elderTokens]] as const) {
      expect(m.height).toBeGreaterThanOrEqual(m.icon + m.label * t.lineHeight)
    }
  })

  it('the same four tabs, in the same order, as app.config.ts tells WeChat', async () => {
    // The build provides defineAppConfig as a global; here it only has to hand the config back.
    const g = globalThis as { defineAppConfig?: (c: unknown) => unknown }
    g.defineAppConfig = (c) => c
    const config = (await import('../app.config')).default as unknown as { tabBar: { custom: boolean; list: { pagePath: string; text: string; iconPath: string; selectedIconPath: string }[] } }
    expect(config.tabBar.custom).toBe(true)
    expect(config.tabBar.list.map((t) => [`/${t.pagePath}`, t.text, t.iconPath, t.selectedIconPath])).toEqual(
      TAB_ITEMS.map((t) => [t.path, t.text, t.icon, t.selectedIcon]),
    )
  })
})

describe('tab bar on a tab page (H5 draws it in the page)', () => {
  it('marks the page’s own tab (aria-selected and the selected class), and a tap on another switches tab', async () => {
    const switchTab = jest.spyOn(Taro, 'switchTab').mockResolvedValue({ errMsg: 'switchTab:ok' })
    const { container } = renderPage(CasesPage)
    await waitFor(() => expect(tabs(container)).toHaveLength(4))
    expect(tabs(container).map((t) => t.getAttribute('aria-label'))).toEqual(['首页', '办事', '办件', '我的'])
    expect(selectedTabs(container)).toEqual(['办件'])
    expect(tab(container, '办件').className).toContain('app-tab-bar__tab--selected')
    expect(tab(container, '首页').className).not.toContain('app-tab-bar__tab--selected')
    // Outside the page's main landmark, with room left at the end of the page for it.
    expect(tab(container, '首页').closest('[role="main"]')).toBeNull()
    expect(container.querySelector('[role="main"] .app-tab-bar-spacer')).not.toBeNull()

    tap(tab(container, '首页'))
    await waitFor(() => expect(switchTab).toHaveBeenCalledWith({ url: HOME_TAB_PATH }))
    // The tab on screen does nothing when tapped again.
    switchTab.mockClear()
    tap(tab(container, '办件'))
    expect(switchTab).not.toHaveBeenCalled()
    // WeChat's bar instance learns which tab is on screen from the page.
    expect(useTabBarStore.getState().selected).toBe(TAB_ITEMS.findIndex((t) => t.path === CASES_TAB_PATH))
  })

  it('shows the unread count as a badge on 我的 and in its accessible name, and drops it at 0', async () => {
    const { token } = await signInAs('resident')
    const c = await submitCase(token, promisedItem())
    await transition(c.caseNo, { action: 'accept', note: '' })
    await transition(c.caseNo, { action: 'request-supplement', note: '照片不清晰', supplementItems: ['近期免冠照片'] })
    const { container } = renderPage(MinePage)
    await waitFor(() => expect(tab(container, '我的').getAttribute('aria-label')).toBe('我的，2 条未读消息'))
    expect(selectedTabs(container)).toEqual(['我的，2 条未读消息'])
    expect(textOf(tab(container, '我的').querySelector('.app-tab-bar__badge')!)).toBe('2')
    expect(tab(container, '我的').querySelector('[aria-hidden]')?.contains(tab(container, '我的').querySelector('.app-tab-bar__badge'))).toBe(true)
    for (const other of ['首页', '办事', '办件']) expect(tab(container, other).querySelector('.app-tab-bar__badge')).toBeNull()

    // 全部已读 elsewhere: the next show of a tab page loads 0 and the badge goes.
    await mockBackend.app().post('/api/v1/me/messages/read-all', { token })
    const again = renderPage(MinePage)
    await waitFor(() => expect(tab(again.container, '我的').getAttribute('aria-label')).toBe('我的'))
    expect(again.container.querySelector('.app-tab-bar__badge')).toBeNull()
  })

  it('sizes itself from the elder tokens in 长辈模式', async () => {
    const { container } = renderPage(MinePage)
    await waitFor(() => expect(tabs(container)).toHaveLength(4))
    const px = (n: number) => Taro.pxTransform(n * 2)
    const standard = tabBarMetrics(standardTokens)
    expect(barStyle(container).getPropertyValue('--tab-label')).toBe(px(standard.label))
    expect(barStyle(container).getPropertyValue('--tab-bar-height')).toBe(px(standard.height))
    expect(container.querySelector('.app-tab-bar--elder')).toBeNull()

    act(() => usePreferencesStore.getState().setElderMode(true))
    const elder = tabBarMetrics(elderTokens)
    await waitFor(() => expect(barStyle(container).getPropertyValue('--tab-label')).toBe(px(elder.label)))
    expect(barStyle(container).getPropertyValue('--tab-bar-height')).toBe(px(elder.height))
    expect(barStyle(container).getPropertyValue('--tab-icon')).toBe(px(elder.icon))
    expect(barStyle(container).getPropertyValue('--tap')).toBe(px(60))
    expect(container.querySelector('.app-tab-bar--elder')).not.toBeNull()
    // The spacer grows with the bar.
    expect(container.querySelector<HTMLElement>('.app-tab-bar-spacer')!.style.getPropertyValue('--tab-bar-height')).toBe(px(elder.height))
  })
})

describe('WeChat’s custom-tab-bar component', () => {
  it('draws the tab the page on screen selected and the unread count the badge code set (99+ past 99)', async () => {
    const { container } = renderPage(CustomTabBar)
    await waitFor(() => expect(tabs(container)).toHaveLength(4))
    act(() => {
      useTabBarStore.getState().select(TAB_ITEMS.findIndex((t) => t.path === MINE_TAB_PATH))
      useTabBarStore.getState().setUnread(120)
    })
    await waitFor(() => expect(selectedTabs(container)).toEqual(['我的，120 条未读消息']))
    expect(textOf(await findByText(container, '99+'))).toBe('99+')
  })
})

describe('on WeChat, where Taro 4 drops aria-* attributes', () => {
  // Through a variable: the test transformer rewrites the literal `process.env.TARO_ENV` in sources.
  const vars = process.env as Record<string, string | undefined>
  const env = vars.TARO_ENV
  afterEach(() => {
    vars.TARO_ENV = env
  })

  it('says the selected tab and the unread count in words a screen reader reads, and only there', async () => {
    act(() => {
      useTabBarStore.getState().select(TAB_ITEMS.findIndex((t) => t.path === MINE_TAB_PATH))
      useTabBarStore.getState().setUnread(2)
    })
    const h5 = renderPage(CustomTabBar)
    await waitFor(() => expect(tabs(h5.container)).toHaveLength(4))
    expect(h5.container.querySelector('.app-tab-bar__spoken')).toBeNull()
    h5.unmount()

    vars.TARO_ENV = 'weapp'
    const { container } = renderPage(CustomTabBar)
    await waitFor(() => expect(tabs(container)).toHaveLength(4))
    expect(textOf(tab(container, '我的'))).toBe('我的2 条未读消息，已选中')
    expect(textOf(tab(container, '首页'))).toBe('首页')
  })
})

