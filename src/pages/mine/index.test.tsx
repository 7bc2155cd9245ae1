import Taro from '@tarojs/taro'
import TestUtils from '@tarojs/test-utils-react'
import { act } from 'react'
import type { DemoAccount } from '@contract/user'
import { mockBackend } from '@/testing'
import { identityUrl } from '@/constants/routes'
import { idNumberCheckChar } from '@/domain/identity'
import { usePreferencesStore } from '@/stores/preferences-store'
import { useSessionStore } from '@/stores/session-store'
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

  it('hides the demo accounts in a build without the demo switch (TARO_APP_DEMO)', async () => {
    const before = process.env.TARO_APP_DEMO
    process.env.TARO_APP_DEMO = ''
    try {
      const utils = new TestUtils()
      await utils.mount(MinePage)
      await utils.queries.waitForQueryByText('登录')
      expect(utils.queries.queryByText('演示账号（模拟后端）')).toBeNull()
      expect(utils.queries.queryByText('村(居)干部')).toBeNull()
    } finally {
      process.env.TARO_APP_DEMO = before
    }
  })

  describe('身份认证', () => {
    const first17 = '35052119781122301'
    const idNumber = `${first17}${idNumberCheckChar(first17)}`

    async function signIn(account: DemoAccount, verify = false): Promise<void> {
      const auth = await mockBackend.signIn(account)
      let user = auth.user
      if (verify) {
        const res = await mockBackend.app().request<typeof user>('PUT', '/api/v1/me/real-name', { token: auth.token, json: { name: '张三', idNumber } })
        if (res.status !== 200) throw new Error(`real-name verification answered ${res.status}`)
        user = res.body
      }
      act(() => useSessionStore.getState().signIn({ token: auth.token, user }))
    }

    /** The tappable entry whose title (its first line) is `title`. */
    function entry(utils: TestUtils, title: string): HTMLElement {
      const titles = Array.from(utils.queries.querySelectorAll('.mine__entry-title'))
      const found = titles.find((t) => t.textContent === title)?.closest('.mine__entry')
      if (!found) throw new Error(`no entry ${title}`)
      return found as HTMLElement
    }

    it('offers 去认证 to a person who has not verified, opening real-name verification', async () => {
      const navigate = jest.spyOn(Taro, 'navigateTo').mockResolvedValue({ errMsg: 'navigateTo:ok' })
      await signIn('resident')
      const utils = new TestUtils()
      await utils.mount(MinePage)

      const realName = entry(utils, '实名认证')
      expect(realName.textContent).toContain('尚未实名认证')
      expect(realName.textContent).toContain('去认证')
      expect(utils.queries.queryByText('企业认证')).toBeNull()
      await utils.act(async () => {
        realName.click()
      })
      expect(navigate).toHaveBeenCalledWith(expect.objectContaining({ url: identityUrl('personal') }))
    })

    it('shows a verified person masked: 已实名：张*（3505**********1234）', async () => {
      await signIn('cadre-other', true)
      const utils = new TestUtils()
      await utils.mount(MinePage)
      const realName = entry(utils, '实名认证')
      expect(realName.textContent).toContain(`已实名：张*（${idNumber.slice(0, 4)}**********${idNumber.slice(-4)}）`)
      expect(realName.textContent).not.toContain(idNumber)
      expect(realName.textContent).not.toContain('去认证')
    })

    it('offers 企业认证 to a business account, opening enterprise verification', async () => {
      const navigate = jest.spyOn(Taro, 'navigateTo').mockResolvedValue({ errMsg: 'navigateTo:ok' })
      await signIn('business', true)
      const utils = new TestUtils()
      await utils.mount(MinePage)
      const enterprise = entry(utils, '企业认证')
      expect(enterprise.textContent).toContain('尚未企业认证')
      await utils.act(async () => {
        enterprise.click()
      })
      expect(navigate).toHaveBeenCalledWith(expect.objectContaining({ url: identityUrl('legal') }))
    })
  })
})
