import Taro from '@tarojs/taro'
import type { BundleGuide } from '@contract/bundle'
import { findByText, getButton, mockBackend, queryAllByText, renderPage, tap, testCatalogue, textOf, waitFor, warmUpTaroComponents } from '@/testing'
import { bundleApplyUrl, bundleGuideUrl, guidePageUrl } from '@/constants/routes'
import { limitLabel } from '@/features/bundle/format'
import { openItem } from '@/features/items/navigation'
import GuidePage from '../guide/index'
import SearchPage from '../search/index'
import BundleGuidePage from './index'

const CITY = '350500000000'

function bundleId(name: string): string {
  const item = testCatalogue().seed.items.find((i) => i.name === name && i.region.code === CITY)
  if (!item) throw new Error(`the seed has no city bundle ${name}`)
  return item.id
}

async function guideOf(id: string): Promise<BundleGuide> {
  const res = await mockBackend.app().get<BundleGuide>(`/api/v1/bundles/${id}`)
  if (res.status !== 200) throw new Error(`bundle ${id} answered ${res.status}: ${res.text}`)
  return res.body
}

// The first guide of a file pays for building the catalogue lookups on a loaded machine.
jest.setTimeout(30_000)

beforeAll(() => warmUpTaroComponents(), 30_000)

afterEach(() => jest.restoreAllMocks())

describe('“一件事”指南', () => {
  it('shows every part with its department, limit and whether it is required, and each material once', async () => {
    const id = bundleId('新生儿出生一件事')
    const guide = await guideOf(id)
    const { container } = renderPage(BundleGuidePage, { id })
    await findByText(container, guide.name, '.guide-screen__name')

    const parts = Array.from(container.querySelectorAll('.bundle-guide__part'))
    expect(parts).toHaveLength(guide.parts.length)
    guide.parts.forEach((part, i) => {
      const text = textOf(parts[i])
      expect(text).toContain(part.name)
      expect(text).toContain(part.department.name)
      expect(text).toContain(part.required ? '必办' : '可选')
    })
    expect(textOf(container.querySelector('.guide-screen__limit')!)).toBe(`整体时限：${limitLabel(guide.promisedLimitDays)}`)

    // The combined list: each material once, however many parts need it.
    const names = Array.from(container.querySelectorAll('.bundle-guide__materials .material-list__name')).map(textOf)
    expect(names).toEqual(guide.materials.map((m) => m.name))
    expect(new Set(names).size).toBe(names.length)
    const licensed = guide.materials.filter((m) => m.eLicenseType)
    expect(container.querySelectorAll('.bundle-guide__materials .material-list__elicense')).toHaveLength(licensed.length)

    const navigateTo = jest.spyOn(Taro, 'navigateTo').mockResolvedValue({ errMsg: 'navigateTo:ok' })
    tap(getButton(container, '立即申请'))
    await waitFor(() => expect(navigateTo).toHaveBeenCalledWith({ url: bundleApplyUrl(id) }))
  })

  it('marks an 一业一证 bundle and names the license it ends in', async () => {
    const all = testCatalogue().seed.items.filter((i) => i.name === '我要开餐饮店一件事')
    let found: BundleGuide | null = null
    for (const item of all) {
      const guide = await guideOf(item.id)
      if (guide.industryLicense && guide.industryLicenseName) {
        found = guide
        break
      }
    }
    if (!found) throw new Error('no 一业一证 implementation of 我要开餐饮店一件事')
    const { container } = renderPage(BundleGuidePage, { id: found.id })
    await findByText(container, found.name, '.guide-screen__name')
    expect(textOf(container)).toContain('一业一证')
    expect(textOf(container)).toContain(found.industryLicenseName!)
  })

  it('opens in place of the plain guide when a bundle item is reached by an old link or a favourite', async () => {
    const id = bundleId('新生儿出生一件事')
    const redirect = jest.spyOn(Taro, 'redirectTo').mockResolvedValue({ errMsg: 'redirectTo:ok' })
    renderPage(GuidePage, { id })
    await waitFor(() => expect(redirect).toHaveBeenCalledWith({ url: bundleGuideUrl(id) }))
  })

  it('is what tapping a 一件事 search result opens (宝宝出生)', async () => {
    const navigateTo = jest.spyOn(Taro, 'navigateTo').mockResolvedValue({ errMsg: 'navigateTo:ok' })
    const { container } = renderPage(SearchPage, { q: '宝宝出生' })
    const card = await waitFor(() => {
      const found = queryAllByText(container, '新生儿出生一件事', '.item-card__name')[0]?.closest('.item-card')
      if (!found) throw new Error('no 新生儿出生一件事 result yet')
      return found
    })
    tap(card)
    await waitFor(() => expect(navigateTo).toHaveBeenCalledTimes(1))
    const url = navigateTo.mock.calls[0][0].url
    expect(url.startsWith(`${bundleGuideUrl('')}`)).toBe(true)
    const guide = await guideOf(decodeURIComponent(url.slice(bundleGuideUrl('').length)))
    expect(guide.name).toBe('新生儿出生一件事')
  })

  it('is what a search result tagged 一件事 opens; other results open their guide', async () => {
    const navigateTo = jest.spyOn(Taro, 'navigateTo').mockResolvedValue({ errMsg: 'navigateTo:ok' })
    await openItem({ id: 'it-350500-a', tags: ['palm', 'bundle'] })
    await openItem({ id: 'it-350500-b', tags: ['palm'] })
    expect(navigateTo.mock.calls.map(([o]) => o.url)).toEqual([bundleGuideUrl('it-350500-a'), guidePageUrl('it-350500-b')])
  })
})
