import Taro from '@tarojs/taro'
import HomePage from '../../../pages/index/index'
import SearchPage from '../search/index'
import GuidePage from './index'
import { findButton, findByText, findInput, getButton, mockBackend, pressEnter, renderPage, tap, textOf, typeInto, waitFor, warmUpTaroComponents } from '@/testing'
import { SEARCH_PLACEHOLDER } from '@/features/items/copy'
import { clearCatalogueCache } from '@/features/items/catalogue-cache'
import { useResidenceStore } from '@/stores/residence-store'

// The journey of issue 13 across three real pages against the real 22k-item mock.
jest.setTimeout(20_000)

beforeAll(async () => {
  mockBackend.app().index.hot()
  await warmUpTaroComponents()
}, 30_000)

beforeEach(() => {
  clearCatalogueCache()
  useResidenceStore.getState().clear()
})

/** The url a tap navigated to (navigateTo or, for a replace, redirectTo). */
function lastUrl(spy: jest.SpyInstance): string {
  const calls = spy.mock.calls
  return String((calls[calls.length - 1][0] as { url: string }).url)
}

describe('所在地 → search → guide of that region (issue 13)', () => {
  it('chooses 所在地 on 首页, finds 营业执照 as 晋江市’s own 个体工商户设立登记, and its guide lists 晋江’s halls', async () => {
    const home = renderPage(HomePage)
    tap(await findButton(home.container, '选择所在地'))
    tap(await findButton(home.container, '晋江市'))
    await findByText(home.container, '所在地：晋江市')
    // Remembered on the phone, not only on this page.
    expect(JSON.stringify(Taro.getStorageSync('qz-residence'))).toContain('350582000000')
    home.unmount()

    const navigateTo = jest.spyOn(Taro, 'navigateTo').mockResolvedValue({ errMsg: 'navigateTo:ok' })
    const search = renderPage(SearchPage)
    await findByText(search.container, '所在地：晋江市')
    const input = await findInput(search.container, SEARCH_PLACEHOLDER)
    typeInto(input, '营业执照')
    pressEnter(input)
    const card = await waitFor(() => {
      const found = Array.from(search.container.querySelectorAll<HTMLElement>('.item-card')).slice(0, 3)
      const hit = found.find((c) => textOf(c.querySelector('.item-card__name')!) === '个体工商户设立登记')
      if (!hit) throw new Error('not yet')
      return hit
    })
    expect(textOf(card)).toContain('晋江市')
    expect(textOf(card)).toContain('全市通办')
    tap(card)
    const guideUrl = lastUrl(navigateTo)
    const id = decodeURIComponent(/id=([^&]+)/.exec(guideUrl)?.[1] ?? '')
    expect(id).toMatch(/^it-350582-/)
    search.unmount()

    const guide = renderPage(GuidePage, { id })
    await findByText(guide.container, '办理地区：晋江市')
    await findByText(guide.container, '晋江市行政服务中心', '.location-list__name')
    expect(textOf(guide.container)).toMatch(/共 \d+ 个受理点/)
    expect(getButton(guide.container, '查看地图')).toBeTruthy()
    guide.unmount()
  })

  it('switches 办理地区 on the guide to another region’s implementation', async () => {
    const redirectTo = jest.spyOn(Taro, 'redirectTo').mockResolvedValue({ errMsg: 'redirectTo:ok' })
    const item = mockBackend.app().index.searchServices({ q: '最低生活保障审核确认', region: '350582000000' }).items[0]
    const guide = renderPage(GuidePage, { id: item.id })
    await findByText(guide.container, '办理地区：晋江市')
    // Every township 便民服务中心 of 晋江 handles 低保 too.
    await findByText(guide.container, '安海镇便民服务中心', '.location-list__name')
    tap(await findButton(guide.container, '选择办理地区'))
    tap(await findButton(guide.container, '南安市'))
    const url = lastUrl(redirectTo)
    const nanan = decodeURIComponent(/id=([^&]+)/.exec(url)?.[1] ?? '')
    expect(nanan).toMatch(/^it-350583-/)
    guide.unmount()

    const next = renderPage(GuidePage, { id: nanan })
    await findByText(next.container, '办理地区：南安市')
    await findByText(next.container, '南安市行政服务中心', '.location-list__name')
    next.unmount()
  })

  it('sorts halls nearest first when the person shared their location', async () => {
    useResidenceStore.getState().setFromLocation({ code: '350582000000', name: '晋江市' }, { latitude: 24.781, longitude: 118.552 })
    const item = mockBackend.app().index.searchServices({ q: '最低生活保障审核确认', region: '350582000000' }).items[0]
    const guide = renderPage(GuidePage, { id: item.id })
    await findByText(guide.container, /^共 \d+ 个受理点/, '.location-list__note')
    expect(textOf(guide.container.querySelector('.location-list__note')!)).toContain('按距离由近到远')
    const first = guide.container.querySelector('.location-list__item')!
    expect(textOf(first)).toContain('晋江市行政服务中心')
    expect(textOf(first)).toMatch(/约 \d+ 米|约 [\d.]+ 公里/)
    guide.unmount()
  })
})
