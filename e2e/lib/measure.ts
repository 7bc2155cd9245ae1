import type { Locator } from 'playwright-core'

export interface TextSizes {
  /** The font size (CSS px) carrying the most characters on screen: the body text size. */
  body: number
  /** The smallest font size of any visible text. */
  smallest: number
  /** The largest font size of any visible text (a page's title, normally). */
  largest: number
  /** CSS px → characters at that size, for the report. */
  histogram: Record<string, number>
}

/**
 * Font sizes of the visible text inside `scope`, weighted by characters, so "body text" is what
 * most of the words are set in rather than whichever element a test happens to pick.
 */
export async function textSizes(scope: Locator): Promise<TextSizes> {
  return scope.evaluate((root) => {
    const histogram: Record<string, number> = {}
    const walker = document.createTreeWalker(root, NodeFilter.SHOW_TEXT)
    for (let node = walker.nextNode(); node; node = walker.nextNode()) {
      const text = (node.textContent ?? '').replace(/\s+/g, '')
      const parent = node.parentElement
      if (!text || !parent || parent.closest('[aria-hidden="true"]')) continue
      if (!parent.checkVisibility({ checkOpacity: true, checkVisibilityCSS: true })) continue
      const rect = parent.getBoundingClientRect()
      if (rect.width === 0 || rect.height === 0) continue
      const size = String(Math.round(parseFloat(getComputedStyle(parent).fontSize) * 10) / 10)
      histogram[size] = (histogram[size] ?? 0) + text.length
    }
    const entries = Object.entries(histogram)
    const body = entries.length ? Number(entries.sort((a, b) => b[1] - a[1])[0][0]) : 0
    const smallest = entries.length ? Math.min(...entries.map(([s]) => Number(s))) : 0
    const largest = entries.length ? Math.max(...entries.map(([s]) => Number(s))) : 0
    return { body, smallest, largest, histogram }
  })
}

export interface TapTarget {
  label: string
  width: number
  height: number
}

/** Size of every visible tappable thing (buttons, switches, links, inputs) inside `scope`. */
export async function tapTargets(scope: Locator): Promise<TapTarget[]> {
  return scope.evaluate((root) => {
    const selector = '.taro-button-core, button, [role="button"], a[href], input[type="checkbox"], taro-switch-core'
    return Array.from(root.querySelectorAll<HTMLElement>(selector))
      .filter((el) => el.checkVisibility({ checkOpacity: true, checkVisibilityCSS: true }))
      // A switch's native checkbox sits inside taro-switch-core; measure the switch once.
      .filter((el) => !(el instanceof HTMLInputElement && el.closest('taro-switch-core')))
      .map((el) => {
        const r = el.getBoundingClientRect()
        const label = el.getAttribute('aria-label') ?? (el.textContent ?? '').trim().replace(/\s+/g, ' ')
        return { label: label.slice(0, 30) || el.tagName.toLowerCase(), width: Math.round(r.width), height: Math.round(r.height) }
      })
      .filter((t) => t.width > 0 && t.height > 0)
  })
}

/** Tap targets smaller than `min` × `min` CSS px, as "label (w×h)" lines. */
export function tooSmall(targets: readonly TapTarget[], min: number): string[] {
  return targets.filter((t) => t.width < min || t.height < min).map((t) => `${t.label} (${t.width}×${t.height})`)
}
