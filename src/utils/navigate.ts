import Taro from '@tarojs/taro'
import { TAB_PATHS } from '@/constants/routes'

const FAILED = '页面打开失败，请重试'

function pathOf(url: string): string {
  return url.replace(/\?.*$/, '')
}

function tellFailed(): void {
  void Taro.showToast({ title: FAILED, icon: 'none' })
}

/**
 * Whether a page-stack route is the page at `path` (a path of constants/routes.ts). WeChat gives
 * `packages/cases/detail/index`, taro-h5 may add the leading slash; neither carries the query.
 */
export function isRoute(route: string | undefined, path: string): boolean {
  if (!route) return false
  return `/${pathOf(route).replace(/^\//, '')}` === path
}

/**
 * Opens a page (a URL built in constants/routes.ts). A tab page opens with switchTab, the only way
 * one can. Any other page opens on top of the current one, or in its place when WeChat's stack of
 * 10 pages is full (search → guide → search … reaches it), so the person still gets where they
 * tapped; with `replace` it takes the current page's place from the start (a form that is done).
 * If the page cannot be opened at all, a toast says so: never a silent tap.
 */
export async function navigate(url: string, options: { replace?: boolean } = {}): Promise<void> {
  if (TAB_PATHS.includes(pathOf(url))) {
    await Taro.switchTab({ url }).catch(tellFailed)
    return
  }
  const push = () => Taro.navigateTo({ url })
  const replace = () => Taro.redirectTo({ url })
  const [first, second] = options.replace ? [replace, push] : [push, replace]
  try {
    await first()
  } catch {
    try {
      await second()
    } catch {
      tellFailed()
    }
  }
}

/**
 * Back to the page below when it is the page at `path` (it reloads on show, so it shows what was
 * just done there), else `url` in place of the current page (opened from a link or a notice).
 */
export async function backTo(path: string, url: string): Promise<void> {
  if (pageBelowIs(path)) {
    try {
      await Taro.navigateBack()
      return
    } catch {
      // Fall through to opening it afresh.
    }
  }
  await navigate(url, { replace: true })
}

/**
 * 返回: back to whatever page is below, or `fallback` in this page's place when there is none (a
 * page opened from a shared link, a notice or a scan), so the button never strands the person.
 */
export async function goBack(fallback: string): Promise<void> {
  if (hasPageBelow()) {
    try {
      await Taro.navigateBack()
      return
    } catch {
      // Fall through to opening the fallback.
    }
  }
  await navigate(fallback, { replace: true })
}

function hasPageBelow(): boolean {
  try {
    return Taro.getCurrentPages().length > 1
  } catch {
    // No page stack to read: let navigateBack itself find out.
    return true
  }
}

function pageBelowIs(path: string): boolean {
  try {
    const pages = Taro.getCurrentPages()
    const below = pages.length > 1 ? pages[pages.length - 2] : undefined
    return isRoute(below?.route, path)
  } catch {
    // No page stack to read (a runtime without one): open the page instead.
    return false
  }
}
