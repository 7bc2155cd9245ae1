import Taro from '@tarojs/taro'
import CataloguePage from './index'
import { findButton, getButton, mockBackend, renderPage, tap, testCatalogue, textOf, waitFor, warmUpTaroComponents } from '@/testing'
import { clearCatalogueCache } from '@/features/items/catalogue-cache'
import { parseSearchParams } from '@/features/items/search-params'

/** Where the last navigateTo went: the path and the search page's parsed params. */
function lastNavigation(spy: jest.SpyInstance): { path: string; params: ReturnType<typeof parseSearchParams> } {
  const { url } = spy.mock.calls[spy.mock.calls.length - 1][0] as { url: string }
  const [path, query = ''] = url.split('?')
  const raw: Record<string, string> = {}
  for (const pair of query.split('&').filter(Boolean)) {
    const [key, value = ''] = pair.split('=')
    raw[key] = value
  }
  return { path, params: parseSearchParams(raw) }
}

let navigate: jest.SpyInstance

beforeEach(() => {
  clearCatalogueCache()
  navigate = jest.spyOn(Taro, 'navigateTo').mockResolvedValue({ errMsg: 'navigateTo:ok' })
})

// Real pages through the real HTTP layer against the real 22k-item mock: ~2 s for the slowest test
// (1.6 s of it the deliberate retry back-off of the offline tests), which a busy 2-core runner can
// stretch past jest's default 5 s.
jest.setTimeout(10_000)

beforeAll(() => warmUpTaroComponents(), 30_000)

describe('办事 tab', () => {
  it('lists the personal themes, switches to 法人, and opens the search filtered by the theme tapped', async () => {
    const { seed } = testCatalogue()
    const personal = seed.themes.filter((t) => t.audience === 'personal')
    const legal = seed.themes.filter((t) => t.audience === 'legal')
    const { container } = renderPage(CataloguePage)

    await findButton(container, personal[0].name)
    const tiles = () => Array.from(container.querySelectorAll('.catalogue__tile')).map(textOf)
    expect(tiles()).toEqual(personal.map((t) => t.name))
    expect(getButton(container, '✓ 个人办事').getAttribute('aria-pressed')).toBe('true')

    tap(getButton(container, '法人办事'))
    await waitFor(() => expect(tiles()).toEqual(legal.map((t) => t.name)))

    tap(getButton(container, legal[0].name))
    const { path, params } = lastNavigation(navigate)
    expect(path).toBe('/packages/items/search/index')
    expect(params.filters.theme).toBe(legal[0].id)
    expect(params.title).toBe(legal[0].name)
  })

  it('lists the city departments and opens the search filtered by one', async () => {
    const { container } = renderPage(CataloguePage)
    tap(await findButton(container, '按部门'))
    const police = await findButton(container, /^泉州市公安局/)
    tap(police)
    const { params } = lastNavigation(navigate)
    expect(params.filters.department).toMatch(/^dept-350500-/)
    expect(params.filters.region).toBe('350500000000')
    expect(params.title).toBe('泉州市公安局')
  })

  it('lists the 13 regions, then a region’s departments and 全部事项', async () => {
    const { container } = renderPage(CataloguePage)
    tap(await findButton(container, '按地区'))
    await findButton(container, '晋江市')
    expect(container.querySelectorAll('.catalogue__tile')).toHaveLength(13)

    tap(getButton(container, '晋江市'))
    tap(await findButton(container, '查看晋江市全部事项'))
    expect(lastNavigation(navigate).params.filters.region).toBe('350582000000')

    const department = await waitFor(() => {
      const row = container.querySelector<HTMLElement>('.catalogue__row')
      if (!row) throw new Error('no departments yet')
      return row
    })
    tap(department)
    const { params } = lastNavigation(navigate)
    expect(params.filters.region).toBe('350582000000')
    expect(params.filters.department).toMatch(/^dept-350582-/)
    expect(params.title).toBe(`晋江市 · ${textOf(department).replace(/\s*›$/, '')}`)

    tap(getButton(container, '‹ 全部地区'))
    await waitFor(() => expect(container.querySelectorAll('.catalogue__tile')).toHaveLength(13))
  })

  it('opens the search page from the search bar', async () => {
    const { container } = renderPage(CataloguePage)
    const bar = await waitFor(() => {
      const found = Array.from(container.querySelectorAll<HTMLElement>('.taro-button-core')).find((el) => (el.textContent ?? '').includes('搜索事项'))
      if (!found) throw new Error('no search bar')
      return found
    })
    await findButton(container, testCatalogue().seed.themes[0].name)
    tap(bar)
    expect(lastNavigation(navigate).path).toBe('/packages/items/search/index')
  })

  it('offers 重试 when the themes cannot load, and then lists them', async () => {
    mockBackend.failNextRequests(3)
    const { container } = renderPage(CataloguePage)
    tap(await findButton(container, '重试'))
    await findButton(container, testCatalogue().seed.themes[0].name)
  })
})
