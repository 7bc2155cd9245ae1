import Taro from '@tarojs/taro'
import { FAVOURITES_LIMIT, useFavouritesStore } from './favourites-store'

const item = (id: string) => ({
  id,
  name: `事项${id}`,
  department: { id: 'qz-police', name: '泉州市公安局' },
  region: { code: '350500000000', name: '泉州市' },
})

describe('favourites', () => {
  it('saves and un-saves with one toggle, most recent first, with when it was saved', () => {
    const { toggle } = useFavouritesStore.getState()
    expect(toggle(item('a'))).toBe(true)
    expect(toggle(item('b'))).toBe(true)
    expect(useFavouritesStore.getState().items.map((f) => f.id)).toEqual(['b', 'a'])
    expect(Number.isNaN(Date.parse(useFavouritesStore.getState().items[0].savedAt))).toBe(false)

    expect(toggle(item('a'))).toBe(false)
    expect(useFavouritesStore.getState().items.map((f) => f.id)).toEqual(['b'])
  })

  it('keeps only what the list shows (no search highlights or other fields)', () => {
    useFavouritesStore.getState().add({ ...item('a'), highlights: [[0, 1]] } as ReturnType<typeof item>, '2022-03-01T09:00:00+08:00')
    expect(useFavouritesStore.getState().items[0]).toEqual({ ...item('a'), savedAt: '2022-03-01T09:00:00+08:00' })
  })

  it(`keeps at most ${FAVOURITES_LIMIT}`, () => {
    for (let i = 0; i < FAVOURITES_LIMIT + 5; i++) useFavouritesStore.getState().add(item(String(i)))
    expect(useFavouritesStore.getState().items).toHaveLength(FAVOURITES_LIMIT)
  })

  it('is stored on the phone and read back on start', async () => {
    useFavouritesStore.getState().add(item('a'))
    const stored: unknown = Taro.getStorageSync('qz-favourites')
    useFavouritesStore.setState({ items: [] })
    Taro.setStorageSync('qz-favourites', stored)
    await useFavouritesStore.persist.rehydrate()
    expect(useFavouritesStore.getState().items.map((f) => f.id)).toEqual(['a'])
  })
})
