import type { ItemTag } from '@contract/service-item'
import { applyFormUrl, assistUrl, bundleGuideUrl, guidePageUrl, SEARCH_PATH } from '@/constants/routes'
import { navigate } from '@/utils/navigate'
import { searchQueryString, type SearchLink } from './search-params'

export { guidePageUrl }

/** The URL that opens the search page with these words and filters. */
export function searchPageUrl(link: SearchLink = {}): string {
  const query = searchQueryString(link)
  return query ? `${SEARCH_PATH}?${query}` : SEARCH_PATH
}

/** Opens the search page (from 首页, 办事 or another search). */
export function openSearch(link: SearchLink = {}): Promise<void> {
  return navigate(searchPageUrl(link))
}

/** Opens an item's guide. */
export function openGuide(id: string): Promise<void> {
  return navigate(guidePageUrl(id))
}

/** Opens what a result stands for: a 一件事 bundle's own guide (parts, one application), else the item's guide. */
export function openItem(item: { id: string; tags?: readonly ItemTag[] }): Promise<void> {
  return navigate(item.tags?.includes('bundle') ? bundleGuideUrl(item.id) : guidePageUrl(item.id))
}

/** Shows another region's implementation of the same service in this guide's place (选择办理地区). */
export function switchGuide(id: string): Promise<void> {
  return navigate(guidePageUrl(id), { replace: true })
}

/** Opens the stepped application form of a palm-capable item (在线申报). */
export function openApply(itemId: string): Promise<void> {
  return navigate(applyFormUrl(itemId))
}

/** Opens the assisted-application request (帮办代办) of an item. */
export function openAssist(itemId: string): Promise<void> {
  return navigate(assistUrl(itemId))
}
