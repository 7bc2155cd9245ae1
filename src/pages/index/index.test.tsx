import Taro from '@tarojs/taro'
import TestUtils from '@tarojs/test-utils-react'
import { mockBackend, warmUpTaroComponents } from '@/testing'
import HomePage from './index'

// Two costs of a cold jest worker used to land in the first test and, on a busy 2-core runner,
// push it to jest's 5 s limit: the real catalogue's search index, built on first use (~1 s here)
// by the first GET /items/hot, and the first registration of taro-h5's web components (~1 s).
// Both are paid once per file, before the tests.
beforeAll(async () => {
  mockBackend.app().index.hot()
  await warmUpTaroComponents()
}, 30_000)

describe('首页', () => {
  it('lists the hot items from the catalogue, most used first, and opens a guide with one tap', async () => {
    const navigate = jest.spyOn(Taro, 'navigateTo').mockResolvedValue({ errMsg: 'navigateTo:ok' })
    const utils = new TestUtils()
    await utils.mount(HomePage)

    await utils.queries.waitForQuerySelector('.home__hot')
    const hot = mockBackend.app().index.hot(10)
    const names = Array.from(utils.queries.querySelectorAll('.home__hot-name')).map((el) => el.textContent)
    expect(names.length).toBeGreaterThan(3)
    expect(names[0]).toBe(hot[0].name)

    await utils.act(async () => {
      (utils.queries.querySelector('.home__hot') as HTMLElement).click()
    })
    expect(navigate).toHaveBeenCalledWith({ url: `/packages/items/guide/index?id=${encodeURIComponent(hot[0].id)}` })
  })

  it('says the network failed and offers 重试, which then shows the hot items', async () => {
    // The first load and both of its automatic retries are lost.
    mockBackend.failNextRequests(3)
    const utils = new TestUtils()
    await utils.mount(HomePage)

    const retry = await utils.queries.waitForQuerySelector('.status-view__button', { timeout: 5000 })
    expect(retry.textContent).toBe('重试')
    expect(document.body.textContent).toContain('网络连接失败，请检查网络后重试')
    expect(utils.queries.querySelectorAll('.home__hot')).toHaveLength(0)

    await utils.act(async () => {
      (retry as HTMLElement).click()
    })
    await utils.queries.waitForQuerySelector('.home__hot')
    expect(utils.queries.querySelector('.status-view__button')).toBeNull()
  })

  it('opens the search page for a common need without typing', async () => {
    const navigate = jest.spyOn(Taro, 'navigateTo').mockResolvedValue({ errMsg: 'navigateTo:ok' })
    const utils = new TestUtils()
    await utils.mount(HomePage)
    await utils.act(async () => {
      const chips = Array.from(utils.queries.querySelectorAll('.home__chip')) as HTMLElement[]
      chips.find((chip) => chip.textContent === '社保卡')?.click()
    })
    const url = String(navigate.mock.calls[0][0].url)
    expect(url.startsWith('/packages/items/search/index?')).toBe(true)
    expect(decodeURIComponent(url)).toContain('q=社保卡')
  })

  it('opens 办件查询 (no login) from the banner', async () => {
    const navigate = jest.spyOn(Taro, 'navigateTo').mockResolvedValue({ errMsg: 'navigateTo:ok' })
    const utils = new TestUtils()
    await utils.mount(HomePage)
    const entry = await utils.queries.waitForQuerySelector('.home__lookup')
    expect(entry.textContent).toContain('办件查询')
    await utils.act(async () => {
      (entry as HTMLElement).click()
    })
    expect(navigate).toHaveBeenCalledWith({ url: '/packages/cases/lookup/index' })
  })
})
