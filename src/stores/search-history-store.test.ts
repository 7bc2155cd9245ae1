import Taro from '@tarojs/taro'
import { SEARCH_HISTORY_LIMIT, useSearchHistoryStore } from './search-history-store'

const add = (q: string) => useSearchHistoryStore.getState().add(q)
const entries = () => useSearchHistoryStore.getState().entries

describe('search history', () => {
  it('keeps searches newest first and moves a repeated one to the front instead of listing it twice', () => {
    add('社保卡')
    add('sfz')
    add('  SFZ ')
    expect(entries()).toEqual(['SFZ', '社保卡'])
  })

  it('ignores empty searches', () => {
    add('   ')
    expect(entries()).toEqual([])
  })

  it(`keeps only the latest ${SEARCH_HISTORY_LIMIT}`, () => {
    for (let i = 1; i <= SEARCH_HISTORY_LIMIT + 3; i++) add(`事项${i}`)
    expect(entries()).toHaveLength(SEARCH_HISTORY_LIMIT)
    expect(entries()[0]).toBe(`事项${SEARCH_HISTORY_LIMIT + 3}`)
    expect(entries()).not.toContain('事项3')
  })

  it('is stored on the phone and survives a restart; 清空 forgets it there too', async () => {
    add('结婚登记')
    const stored: unknown = Taro.getStorageSync('qz-search-history')
    useSearchHistoryStore.setState({ entries: [] })
    Taro.setStorageSync('qz-search-history', stored)
    await useSearchHistoryStore.persist.rehydrate()
    expect(entries()).toEqual(['结婚登记'])

    useSearchHistoryStore.getState().clear()
    await useSearchHistoryStore.persist.rehydrate()
    expect(entries()).toEqual([])
  })

  it('forgets one search', () => {
    add('a')
    add('b')
    useSearchHistoryStore.getState().remove('A')
    expect(entries()).toEqual(['b'])
  })
})
