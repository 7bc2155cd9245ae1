import { activeFilterCount, parseSearchParams, searchQueryString, toItemQuery } from './search-params'
import { guidePageUrl, searchPageUrl } from './navigation'

describe('search page URL', () => {
  it('round-trips words, filters and title through the URL, Chinese included', () => {
    const url = searchPageUrl({ q: '身份证 换领', region: '350582000000', department: 'jj-police', audience: 'personal', tags: ['instant', 'palm'], title: '晋江市 · 公安局' })
    expect(url.startsWith('/packages/items/search/index?')).toBe(true)
    const raw = Object.fromEntries(url.split('?')[1].split('&').map((pair) => pair.split('=')))
    expect(parseSearchParams(raw)).toEqual({
      q: '身份证 换领',
      filters: { region: '350582000000', department: 'jj-police', audience: 'personal', theme: undefined, tags: ['instant', 'palm'] },
      title: '晋江市 · 公安局',
    })
  })

  it('accepts params already decoded by the platform, and a literal % without failing', () => {
    expect(parseSearchParams({ q: '100%', title: '婚姻登记' })).toMatchObject({ q: '100%', title: '婚姻登记' })
  })

  it('ignores unknown tags and audiences instead of sending them to the server', () => {
    const { filters } = parseSearchParams({ tags: 'instant,bogus,instant', audience: 'alien' })
    expect(filters.tags).toEqual(['instant'])
    expect(filters.audience).toBeUndefined()
  })

  it('leaves empty values out of a link', () => {
    expect(searchQueryString({ q: '  ', tags: [] })).toBe('')
    expect(searchPageUrl()).toBe('/packages/items/search/index')
    expect(guidePageUrl('a b')).toBe('/packages/items/guide/index?id=a%20b')
  })

  it('counts a theme as a filter and builds the server query', () => {
    const filters = { theme: 'p-marriage', tags: ['zero-trip' as const] }
    expect(activeFilterCount(filters)).toBe(2)
    expect(toItemQuery(' 结婚 ', filters, 2, 20)).toEqual({
      q: '结婚',
      region: undefined,
      department: undefined,
      audience: undefined,
      theme: 'p-marriage',
      tags: ['zero-trip'],
      page: 2,
      pageSize: 20,
    })
  })
})
