import Taro from '@tarojs/taro'

/**
 * Scrolls the page to `selector` (a field with an error), or to the top when null. Only a
 * convenience: a page that cannot scroll (H5 in a test, an old base library) still works.
 */
export function scrollTo(selector: string | null): void {
  try {
    const done = selector ? Taro.pageScrollTo({ selector, duration: 200 }) : Taro.pageScrollTo({ scrollTop: 0, duration: 0 })
    void Promise.resolve(done).catch(() => undefined)
  } catch {
    // Ignored for the same reason.
  }
}
