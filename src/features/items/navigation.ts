import Taro from '@tarojs/taro'
import { applyFormUrl, assistUrl } from '@/constants/routes'
import { searchQueryString, type SearchLink } from './search-params'

export const SEARCH_PAGE_PATH = '/packages/items/search/index'
export const GUIDE_PAGE_PATH = '/packages/items/guide/index'

/** The URL that opens the search page with these words and filters. */
export function searchPageUrl(link: SearchLink = {}): string {
  const query = searchQueryString(link)
  return query ? `${SEARCH_PAGE_PATH}?${query}` : SEARCH_PAGE_PATH
}

/** The URL of an item's guide (办事指南). */
export function guidePageUrl(id: string): string {
  return `${GUIDE_PAGE_PATH}?id=${encodeURIComponent(id)}`
}

// WeChat keeps at most 10 pages on the stack; search → guide → search … can reach it, and then
// navigateTo fails. Replacing the current page still takes the person where they tapped.
async function go(url: string): Promise<void> {
  try {
    await Taro.navigateTo({ url })
  } catch {
    try {
      await Taro.redirectTo({ url })
    } catch {
      void Taro.showToast({ title: '页面打开失败，请重试', icon: 'none' })
    }
  }
}

/** Opens the search page (from 首页, 办事 or another search). */
export function openSearch(link: SearchLink = {}): Promise<void> {
  return go(searchPageUrl(link))
}

/** Opens an item's guide. */
export function openGuide(id: string): Promise<void> {
  return go(guidePageUrl(id))
}

/** Opens the stepped application form of a palm-capable item (在线申报). */
export function openApply(itemId: string): Promise<void> {
  return go(applyFormUrl(itemId))
}

/** Opens the assisted-application request (帮办代办) of an item. */
export function openAssist(itemId: string): Promise<void> {
  return go(assistUrl(itemId))
}
