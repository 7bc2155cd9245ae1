import Taro from '@tarojs/taro'
import GuidePage from './index'
import {
  type CatalogueItem,
  findButton,
  findByText,
  getButton,
  getByLabel,
  mockBackend,
  renderPage,
  tap,
  testCatalogue,
  textOf,
  waitFor,
  warmUpTaroComponents,
} from '@/testing'
import { applyFormUrl, assistUrl } from '@/constants/routes'
import { formatChineseDate } from '@/features/items/format'
import { useFavouritesStore } from '@/stores/favourites-store'

/** An item of the real seed that has what a test needs. */
function seedItem(predicate: (item: CatalogueItem) => boolean): CatalogueItem {
  const item = testCatalogue().seed.items.find(predicate)
  if (!item) throw new Error('the seed has no such item')
  return item
}

const withELicense = () =>
  seedItem((i) => i.kind === 'promised' && i.materials.some((m) => m.eLicenseType) && i.locations.length > 0 && i.process.length > 1)

/** The text of the section under a heading. */
function section(container: HTMLElement, title: string): string {
  const heading = Array.from(container.querySelectorAll('[role="heading"]')).find((h) => textOf(h) === title)
  if (!heading) throw new Error(`no section ${title}`)
  return textOf(heading.closest('.guide-section')!)
}

// Real pages through the real HTTP layer against the real 22k-item mock: ~2 s for the slowest test
// (1.6 s of it the deliberate retry back-off of the offline tests), which a busy 2-core runner can
// stretch past jest's default 5 s.
jest.setTimeout(10_000)

beforeAll(() => warmUpTaroComponents(), 30_000)

describe('办事指南 page', () => {
  it('shows the whole guide: limits, fee, materials with e-license marking, process, locations and phones', async () => {
    const item = withELicense()
    const { container } = renderPage(GuidePage, { id: item.id })

    await findByText(container, item.name, '.guide-screen__name')
    expect(container.querySelector('[role="heading"][aria-level="1"]')?.textContent).toBe(item.name)
    expect(textOf(container)).toContain(`${item.department.name} · ${item.region.name}`)

    const facts = section(container, '基本信息')
    expect(facts).toContain(`法定时限${item.legalLimitDays} 个工作日`)
    expect(facts).toContain(`承诺时限${item.promisedLimitDays} 个工作日`)
    expect(facts).toContain(item.fee.charged ? item.fee.description : '不收费')

    const materials = section(container, '申请材料')
    for (const material of item.materials) {
      expect(materials).toContain(material.name)
      if (material.eLicenseType) expect(materials).toContain(`可用电子证照免提交：${material.eLicenseType}`)
    }
    expect(materials).toContain(item.materials[0].required ? '必需' : '非必需')

    const process = section(container, '办理流程')
    item.process.forEach((step, i) => expect(process).toContain(`第 ${i + 1} 步：${step.name}`))

    const locations = section(container, '办理地点')
    expect(locations).toContain(item.locations[0].address)
    expect(locations).toContain(item.locations[0].hours)

    const contacts = section(container, '咨询与监督')
    expect(contacts).toContain(item.phone)
    expect(contacts).toContain(item.complaintPhone)

    expect(textOf(container)).toContain(`更新日期：${formatChineseDate(item.updatedAt)}`)
    expect(formatChineseDate(item.updatedAt)).toMatch(/^\d{4}年\d{1,2}月\d{1,2}日$/)
  })

  it('says 一趟不用跑 for a zero-trip item and 即办 for an instant one', async () => {
    const item = seedItem((i) => i.visits === 0 && i.kind === 'instant')
    const { container } = renderPage(GuidePage, { id: item.id })
    await findByText(container, item.name, '.guide-screen__name')
    const facts = section(container, '基本信息')
    expect(facts).toContain('一趟不用跑')
    expect(facts).toContain('承诺时限即办')
  })

  it('calls the 咨询电话 with one tap', async () => {
    const call = jest.spyOn(Taro, 'makePhoneCall').mockResolvedValue({ errMsg: 'makePhoneCall:ok' })
    const item = withELicense()
    const { container } = renderPage(GuidePage, { id: item.id })
    await findByText(container, item.name, '.guide-screen__name')

    tap(getByLabel(container, `拨打咨询电话 ${item.phone}`))
    await waitFor(() => expect(call).toHaveBeenCalledTimes(1))
    expect(call.mock.calls[0][0].phoneNumber.replace(/\D/g, '')).toBe(item.phone.split(/转|[，,;；/、]/)[0].replace(/\D/g, ''))
  })

  it('opens a web map of the service hall in a browser (H5 has no WeChat map)', async () => {
    const open = jest.spyOn(window, 'open').mockReturnValue(window)
    const item = withELicense()
    const { container } = renderPage(GuidePage, { id: item.id })
    await findByText(container, item.name, '.guide-screen__name')

    tap(getByLabel(container, `查看地图：${item.locations[0].name}`))
    expect(open).toHaveBeenCalledWith(expect.stringContaining(`position=${item.locations[0].longitude},${item.locations[0].latitude}`), '_blank')
  })

  it('keeps a favourite on the phone across a remount, and un-saves it', async () => {
    const item = withELicense()
    const first = renderPage(GuidePage, { id: item.id })
    const star = await findButton(first.container, '☆ 收藏')
    expect(star.getAttribute('aria-pressed')).toBe('false')
    tap(star)
    await waitFor(() => expect(getButton(first.container, '★ 已收藏').getAttribute('aria-pressed')).toBe('true'))
    first.unmount()

    // A fresh app start: nothing in memory, only what the phone stored. (Emptying the store writes
    // through to storage, so put the stored text back before reading it again.)
    const stored: unknown = Taro.getStorageSync('qz-favourites')
    expect(String(stored)).toContain(item.id)
    useFavouritesStore.setState({ items: [] })
    Taro.setStorageSync('qz-favourites', stored)
    await useFavouritesStore.persist.rehydrate()
    expect(useFavouritesStore.getState().items.map((f) => f.id)).toEqual([item.id])
    expect(useFavouritesStore.getState().items[0]).toMatchObject({ name: item.name, department: { name: item.department.name } })

    const { container } = renderPage(GuidePage, { id: item.id })
    const saved = await findButton(container, '★ 已收藏')
    tap(saved)
    await waitFor(() => expect(getButton(container, '☆ 收藏').getAttribute('aria-pressed')).toBe('false'))
    expect(String(Taro.getStorageSync('qz-favourites'))).not.toContain(item.id)
  })

  it('copies the link to share in a browser', async () => {
    const setClipboard = jest.spyOn(Taro, 'setClipboardData').mockResolvedValue({ errMsg: 'setClipboardData:ok', data: '' })
    // taro-h5's toast is a singleton element the shared setup detaches between tests; read what it was told to say.
    const toast = jest.spyOn(Taro, 'showToast')
    const item = withELicense()
    const { container } = renderPage(GuidePage, { id: item.id })
    await findByText(container, item.name, '.guide-screen__name')

    tap(getButton(container, '分享'))
    await waitFor(() => expect(setClipboard).toHaveBeenCalledTimes(1))
    expect(setClipboard.mock.calls[0][0].data).toContain(`/packages/items/guide/index?id=${encodeURIComponent(item.id)}`)
    await waitFor(() => expect(toast).toHaveBeenCalledWith(expect.objectContaining({ title: expect.stringContaining('链接已复制') })))
  })

  it('says the item does not exist or is offline', async () => {
    const { container } = renderPage(GuidePage, { id: 'no-such-item' })
    await findByText(container, '事项不存在或已下线')
    expect(container.querySelector('.guide-screen__name')).toBeNull()
    expect(getButton(container, '搜索其他事项').textContent).toContain('搜索其他事项')
  })

  it('offers 重试 when the guide cannot load, and then shows it', async () => {
    const item = withELicense()
    mockBackend.failNextRequests(3)
    const { container } = renderPage(GuidePage, { id: item.id })
    const retry = await findButton(container, '重试')
    tap(retry)
    await findByText(container, item.name, '.guide-screen__name')
  })

  describe('ways to apply', () => {
    const navigations = () => jest.spyOn(Taro, 'navigateTo').mockResolvedValue({ errMsg: 'navigateTo:ok' })

    it('offers 在线申报 for a palm-capable item, opening its application form', async () => {
      const navigate = navigations()
      const item = seedItem((i) => i.palm)
      const { container } = renderPage(GuidePage, { id: item.id })
      await findByText(container, item.name, '.guide-screen__name')

      expect(textOf(container)).not.toContain('暂不支持掌上办理')
      tap(getButton(container, '在线申报'))
      await waitFor(() => expect(navigate).toHaveBeenCalledTimes(1))
      expect(navigate.mock.calls[0][0].url).toBe(applyFormUrl(item.id))
    })

    it('says an item cannot be done on the phone instead of offering 在线申报, and still offers 帮办代办', async () => {
      const navigate = navigations()
      const item = seedItem((i) => !i.palm)
      const { container } = renderPage(GuidePage, { id: item.id })
      await findByText(container, item.name, '.guide-screen__name')

      expect(textOf(container)).toContain('本事项暂不支持掌上办理，可预约或到窗口办理')
      expect(() => getButton(container, '在线申报')).toThrow()
      tap(getButton(container, '帮办代办'))
      await waitFor(() => expect(navigate).toHaveBeenCalledTimes(1))
      expect(navigate.mock.calls[0][0].url).toBe(assistUrl(item.id))
    })

    it('offers 帮办代办 beside 在线申报 on a palm-capable item too', async () => {
      const navigate = navigations()
      const item = seedItem((i) => i.palm)
      const { container } = renderPage(GuidePage, { id: item.id })
      await findByText(container, item.name, '.guide-screen__name')

      tap(getButton(container, '帮办代办'))
      await waitFor(() => expect(navigate).toHaveBeenCalledTimes(1))
      expect(navigate.mock.calls[0][0].url).toBe(`/packages/apply/assist/index?itemId=${encodeURIComponent(item.id)}`)
    })
  })
})
