import Taro from '@tarojs/taro'
import TestUtils from '@tarojs/test-utils-react'
import { usePreferencesStore } from '@/stores/preferences-store'
import MinePage from './index'

function fontBody(utils: TestUtils): number {
  const shell = utils.queries.querySelector('.page-shell') as HTMLElement
  return parseFloat(shell.style.getPropertyValue('--font-body'))
}

function elderSwitch(utils: TestUtils): HTMLElement {
  return utils.queries.querySelector('[role="switch"]') as HTMLElement
}

describe('我的 page', () => {
  it('turns elder mode on with one tap, making every token-sized text and target larger', async () => {
    const utils = new TestUtils()
    await utils.mount(MinePage)
    const standardBody = fontBody(utils)
    const standardTap = parseFloat((utils.queries.querySelector('.page-shell') as HTMLElement).style.getPropertyValue('--tap'))
    expect(elderSwitch(utils).getAttribute('aria-checked')).toBe('false')
    expect(utils.queries.queryByText('已关闭')).not.toBeNull()

    await utils.act(async () => {
      elderSwitch(utils).click()
    })

    expect(elderSwitch(utils).getAttribute('aria-checked')).toBe('true')
    expect(utils.queries.queryByText('已开启')).not.toBeNull()
    // 16 → 20 px body text and 44 → 60 px tap targets (SPEC §6), in the platform's unit.
    expect(fontBody(utils) / standardBody).toBeCloseTo(20 / 16, 2)
    const shell = utils.queries.querySelector('.page-shell') as HTMLElement
    expect(parseFloat(shell.style.getPropertyValue('--tap')) / standardTap).toBeCloseTo(60 / 44, 2)
    expect(shell.className).toContain('page-shell--elder')
  })

  it('remembers elder mode on the phone, so it is still on after the app is reopened', async () => {
    const first = new TestUtils()
    await first.mount(MinePage)
    await first.act(async () => {
      elderSwitch(first).click()
    })
    first.unmout()
    const saved: unknown = Taro.getStorageSync('qz-preferences')

    // A reopened app starts with nothing in memory and reads the phone's storage back.
    await first.act(async () => {
      usePreferencesStore.setState({ elderMode: null })
      Taro.setStorageSync('qz-preferences', saved)
      await usePreferencesStore.persist.rehydrate()
    })

    const second = new TestUtils()
    await second.mount(MinePage)
    expect(elderSwitch(second).getAttribute('aria-checked')).toBe('true')
  })

  it('signs in with a demo account through the real backend and shows the masked profile', async () => {
    const utils = new TestUtils()
    await utils.mount(MinePage)
    expect(utils.queries.queryByText('退出登录')).toBeNull()

    const cadreButton = await utils.queries.waitForQueryByText('村(居)干部')
    await utils.act(async () => {
      (cadreButton as HTMLElement).click()
    })

    await utils.queries.waitForQueryByText('退出登录')
    const page = document.body.textContent ?? ''
    expect(page).toContain('服务村(居)：晋江市')
    expect(page).toContain('尚未实名认证')
  })

  it('signing out returns to the sign-in choices', async () => {
    const utils = new TestUtils()
    await utils.mount(MinePage)
    await utils.act(async () => {
      ((await utils.queries.waitForQueryByText('居民')) as HTMLElement).click()
    })
    const signOut = await utils.queries.waitForQueryByText('退出登录')
    await utils.act(async () => {
      (signOut as HTMLElement).click()
    })
    expect(utils.queries.queryByText('退出登录')).toBeNull()
    expect(utils.queries.queryByText('演示账号（模拟后端）')).not.toBeNull()
  })
})
