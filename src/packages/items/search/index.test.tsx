import Taro from '@tarojs/taro'
import SearchPage from './index'
import {
  findButton,
  findByText,
  findInput,
  getButton,
  getByLabel,
  mockBackend,
  pressEnter,
  queryAllByText,
  renderPage,
  tap,
  textOf,
  typeInto,
  waitFor,
  warmUpTaroComponents,
} from '@/testing'
import { SEARCH_PLACEHOLDER } from '@/features/items/copy'
import { clearCatalogueCache } from '@/features/items/catalogue-cache'
import { useSearchHistoryStore } from '@/stores/search-history-store'

/** The result cards on screen, top to bottom. */
function cards(container: HTMLElement): HTMLElement[] {
  return Array.from(container.querySelectorAll<HTMLElement>('.item-card'))
}

function cardName(card: HTMLElement): string {
  return textOf(card.querySelector('.item-card__name')!)
}

/** The marked (highlighted) parts of a card's name. */
function highlightedParts(card: HTMLElement): string[] {
  return Array.from(card.querySelectorAll('.item-card__name .highlighted-text__match')).map(textOf)
}

function totalShown(container: HTMLElement): number {
  const match = /共 (\d+) 项/.exec(textOf(container))
  if (!match) throw new Error('no total shown')
  return Number(match[1])
}

async function search(container: HTMLElement, words: string): Promise<HTMLInputElement> {
  const input = await findInput(container, SEARCH_PLACEHOLDER)
  typeInto(input, words)
  pressEnter(input)
  return input
}

beforeEach(() => {
  clearCatalogueCache()
})

// Real pages through the real HTTP layer against the real 22k-item mock: ~2 s for the slowest test
// (1.6 s of it the deliberate retry back-off of the offline tests), which a busy 2-core runner can
// stretch past jest's default 5 s.
jest.setTimeout(10_000)

beforeAll(() => warmUpTaroComponents(), 30_000)

describe('搜索事项 page', () => {
  it('finds 居民身份证 items first for the initials "sfz", with 身份证 marked in the name', async () => {
    const { container } = renderPage(SearchPage)
    await search(container, 'sfz')

    await waitFor(() => expect(cards(container).length).toBeGreaterThan(0))
    const first = cards(container)[0]
    expect(cardName(first)).toContain('居民身份证')
    expect(highlightedParts(first).join('')).toContain('身份证')
    // Marked by weight as well as colour: the span has its own class, styled bold.
    expect(first.querySelector('.highlighted-text__match')).not.toBeNull()
    expect(totalShown(container)).toBeGreaterThanOrEqual(1)
  })

  it('finds 身份证 items when the person types the homophone 身分证', async () => {
    const { container } = renderPage(SearchPage)
    await search(container, '身分证')

    await waitFor(() => expect(cards(container).length).toBeGreaterThan(0))
    expect(cardName(cards(container)[0])).toContain('身份证')
  })

  it('suggests names while typing and searches the one tapped', async () => {
    const { container } = renderPage(SearchPage)
    const input = await findInput(container, SEARCH_PLACEHOLDER)
    typeInto(input, '身份')

    const suggestion = await waitFor(() => {
      const found = container.querySelector<HTMLElement>('.suggestion-list__item')
      if (!found) throw new Error('no suggestion yet')
      return found
    })
    expect(textOf(suggestion)).toContain('身份')
    expect(textOf(suggestion.querySelector('.highlighted-text__match')!)).toContain('身份')

    const picked = textOf(suggestion)
    tap(suggestion)
    await waitFor(() => expect(cards(container).length).toBeGreaterThan(0))
    expect(input.value).toBe(picked)
    expect(useSearchHistoryStore.getState().entries[0]).toBe(picked)
  })

  it('narrows the results with a region filter and shows the new count', async () => {
    const { container } = renderPage(SearchPage)
    await search(container, '证')
    await waitFor(() => expect(cards(container).length).toBeGreaterThan(0))
    const before = totalShown(container)

    tap(getButton(container, '筛选'))
    const region = await waitFor(() => getByLabel(container, '晋江市'))
    tap(region)
    expect(region.getAttribute('aria-pressed')).toBe('true')
    tap(getButton(container, '查看结果'))

    await waitFor(() => {
      expect(container.querySelector('.filter-sheet')).toBeNull()
      expect(totalShown(container)).toBeLessThan(before)
    })
    await waitFor(() => expect(getButton(container, '晋江市 ×').textContent).toContain('晋江市'))
    for (const card of cards(container)) expect(textOf(card.querySelector('.item-card__meta')!)).toContain('晋江市')
  })

  it('says nothing was found, what to try, and offers 清除筛选 when filters are on', async () => {
    const { container } = renderPage(SearchPage, { q: '完全不存在的事项名称', tags: 'cross-province' })

    await findByText(container, '没有找到相关事项')
    expect(textOf(container)).toContain('拼音首字母')
    tap(getButton(container, '清除筛选'))
    // Searched again without the filter: still nothing, and nothing left to clear.
    await waitFor(() => {
      expect(queryAllByText(container, '跨省通办 ×', '.taro-button-core')).toHaveLength(0)
      expect(queryAllByText(container, '清除筛选', '.taro-button-core')).toHaveLength(0)
      expect(textOf(container)).toContain('共 0 项')
    })
    expect(textOf(container)).toContain('没有找到相关事项')
  })

  it('explains a link to a department that no longer exists and lets the person drop the filter', async () => {
    const { container } = renderPage(SearchPage, { q: 'sfz', department: 'no-such-department' })

    await findByText(container, /部门不存在/)
    tap(getButton(container, '清除筛选'))
    await waitFor(() => expect(cards(container).length).toBeGreaterThan(0))
    expect(cardName(cards(container)[0])).toContain('身份证')
  })

  it('shows 重试 when the network fails, keeps what was typed, and recovers', async () => {
    const { container } = renderPage(SearchPage)
    const input = await findInput(container, SEARCH_PLACEHOLDER)
    // The 热门事项 list has arrived, so the failures below fall on the search itself.
    await findByText(container, '热门事项')
    // The HTTP layer retries a GET twice on its own; the third failure reaches the person.
    mockBackend.failNextRequests(3)
    typeInto(input, 'sfz')
    pressEnter(input)

    const retry = await findButton(container, '重试')
    expect(textOf(container)).toContain('网络')
    expect(input.value).toBe('sfz')

    tap(retry)
    await waitFor(() => expect(cards(container).length).toBeGreaterThan(0))
    expect(cardName(cards(container)[0])).toContain('身份证')
    expect(input.value).toBe('sfz')
  })

  it('keeps past searches on the phone, newest first, and clears them after confirmation', async () => {
    const first = renderPage(SearchPage)
    await search(first.container, '社保卡')
    await waitFor(() => expect(totalShown(first.container)).toBeGreaterThanOrEqual(0))
    const input = await findInput(first.container, SEARCH_PLACEHOLDER)
    typeInto(input, 'sfz')
    pressEnter(input)
    await waitFor(() => expect(cardName(cards(first.container)[0])).toContain('身份证'))
    first.unmount()

    expect(String(Taro.getStorageSync('qz-search-history'))).toContain('社保卡')

    const { container } = renderPage(SearchPage)
    await findByText(container, '搜索历史')
    const entries = Array.from(container.querySelectorAll('.search-history__entry')).map(textOf)
    expect(entries).toEqual(['sfz', '社保卡'])

    tap(getButton(container, '清空'))
    const confirm = await waitFor(() => {
      const button = document.querySelector<HTMLElement>('.taro-model__confirm')
      if (!button) throw new Error('no confirmation yet')
      return button
    })
    expect(document.body.textContent).toContain('确定要清空全部搜索历史吗？')
    tap(confirm)

    await waitFor(() => expect(container.querySelectorAll('.search-history__entry')).toHaveLength(0))
    expect(useSearchHistoryStore.getState().entries).toEqual([])
    expect(String(Taro.getStorageSync('qz-search-history'))).not.toContain('社保卡')
  })

  it('opens filtered by a theme from a deep link and names the theme', async () => {
    const { container } = renderPage(SearchPage, { theme: 'p-marriage', title: encodeURIComponent('婚姻登记') })

    await waitFor(() => expect(cards(container).length).toBeGreaterThan(0))
    expect(getButton(container, '主题：婚姻登记 ×').textContent).toContain('婚姻登记')
    expect(totalShown(container)).toBeGreaterThan(0)
  })

  it('loads more results at the bottom and says when there are no more', async () => {
    const { container } = renderPage(SearchPage, { q: '证' })
    await waitFor(() => expect(cards(container)).toHaveLength(20))
    const total = totalShown(container)
    expect(total).toBeGreaterThan(20)

    tap(getButton(container, '加载更多'))
    await waitFor(() => expect(cards(container).length).toBe(Math.min(40, total)))
    // Each card reads name, department · region: the same text twice would be a repeated item.
    const ids = new Set(cards(container).map((card) => card.textContent))
    expect(ids.size).toBe(cards(container).length)
  })

  it('says 已经到底了 once every result is shown', async () => {
    const { container } = renderPage(SearchPage, { q: '居民身份证换领', region: '350582000000' })
    await waitFor(() => expect(cards(container).length).toBeGreaterThan(0))
    expect(totalShown(container)).toBeLessThanOrEqual(20)
    expect(textOf(container)).toContain('已经到底了')
  })

  it('shows hot items before typing and opens the guide of the one tapped', async () => {
    const navigate = jest.spyOn(Taro, 'navigateTo').mockResolvedValue({ errMsg: 'navigateTo:ok' })
    const { container } = renderPage(SearchPage)
    await findByText(container, '热门事项')
    const hot = await waitFor(() => {
      const item = container.querySelector<HTMLElement>('.hot-items__item')
      if (!item) throw new Error('no hot items yet')
      return item
    })
    tap(hot)
    expect(navigate).toHaveBeenCalledWith({ url: expect.stringMatching(/^\/packages\/items\/guide\/index\?id=.+/) })
  })
})
