import type { Page } from '@contract/common'
import type { Guide, ItemQuery, ItemSuggestion, ItemSummary, RegionRef, Theme } from '@contract/service-item'
import { http } from '../http'

/** Searches and filters the catalogue, best match first. */
export async function listItems(query: ItemQuery): Promise<Page<ItemSummary>> {
  const { tags, ...rest } = query
  const { data } = await http.get<Page<ItemSummary>>('/items', { params: { ...rest, tags: tags?.join(',') } })
  return data
}

/** Item names to suggest while the person is typing. */
export async function suggestItems(q: string): Promise<ItemSuggestion[]> {
  const { data } = await http.get<{ items: ItemSuggestion[] }>('/items/suggest', { params: { q } })
  return data.items
}

/** The most used services (热门事项); `home` (所在地) answers each with that region's implementation. */
export async function listHotItems(region?: string, home?: string): Promise<ItemSummary[]> {
  const { data } = await http.get<{ items: ItemSummary[] }>('/items/hot', { params: { region, home } })
  return data.items
}

/** The service region nearest to a point the phone reported (所在地 from location). */
export async function findNearestRegion(latitude: number, longitude: number): Promise<RegionRef> {
  const { data } = await http.get<RegionRef>('/items/nearest-region', { params: { latitude, longitude } })
  return data
}

/** The full guide (办事指南) of one item. */
export async function getGuide(id: string): Promise<Guide> {
  const { data } = await http.get<Guide>(`/items/${encodeURIComponent(id)}`)
  return data
}

/** Themes to browse the catalogue by. */
export async function listThemes(): Promise<Theme[]> {
  const { data } = await http.get<Page<Theme>>('/themes')
  return data.items
}
