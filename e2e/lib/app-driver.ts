import { mkdirSync } from 'node:fs'
import { join } from 'node:path'
import type { Locator, Page, Request } from 'playwright-core'
import { auditPage } from './axe'

/** One entry of the app's route history as the browser saw it. */
interface Visit {
  route: string
  audited: boolean
}

/** `#/packages/items/guide/index?id=x` → `/packages/items/guide/index?id=x`; '' when not an app route. */
function routeOf(url: string): string {
  const hash = new URL(url).hash
  return /^#\/(pages|packages)\//.test(hash) ? hash.slice(1) : ''
}

const pathOf = (route: string): string => route.split('?')[0]

/**
 * Drives the Taro H5 app the way a person does, and audits every page it arrives at.
 *
 * Every route change of the main frame is recorded; `arrive()` (and `open()`) waits until the page
 * has settled and runs axe on it. At the end of a test, `finish()` audits the page still on screen
 * if nobody did, and fails if the test walked through a page without auditing it.
 */
export class AppDriver {
  private readonly visits: Visit[] = []
  private inFlight = 0
  private lastNetworkActivity = Date.now()
  private shotCount = 0

  constructor(
    readonly page: Page,
    private readonly origin: string,
    private readonly artifactsDir: string,
    private readonly testSlug: string,
  ) {
    page.on('framenavigated', (frame) => {
      if (frame !== page.mainFrame()) return
      const route = routeOf(frame.url())
      if (!route) return
      const last = this.visits[this.visits.length - 1]
      // Taro re-reports the same URL when it settles a route; that is still the same visit.
      if (last && last.route === route && !last.audited) return
      this.visits.push({ route, audited: false })
    })
    const isApi = (r: Request) => new URL(r.url()).pathname.startsWith('/api/')
    const done = (r: Request) => {
      if (!isApi(r)) return
      this.inFlight = Math.max(0, this.inFlight - 1)
      this.lastNetworkActivity = Date.now()
    }
    page.on('request', (r) => {
      if (!isApi(r)) return
      this.inFlight += 1
      this.lastNetworkActivity = Date.now()
    })
    page.on('requestfinished', done)
    page.on('requestfailed', done)
  }

  /** The page on screen. Taro keeps earlier pages in the DOM, hidden, so always look only here. */
  view(): Locator {
    return this.page.locator('.taro_page').filter({ visible: true })
  }

  /**
   * Something to tap, found by the words on it: a Taro `Button` (on H5 a `div.taro-button-core` with
   * the button role, src/utils/h5-a11y.ts), a native button, or anything with the role; the words
   * are what a person goes by anyway.
   */
  button(text: string | RegExp): Locator {
    return this.view().locator('.taro-button-core, button, [role="button"]').filter({ hasText: text })
  }

  /** The app's tab bar (首页 / 办事 / 办件 / 我的): src/custom-tab-bar, drawn inside each tab page. */
  tabBar(): Locator {
    return this.view().locator('[role="tablist"][aria-label="主导航"]')
  }

  /** The current app route, e.g. `/pages/index/index`. */
  currentRoute(): string {
    return routeOf(this.page.url())
  }

  /** Loads the app at `route` as if typed into the address bar, and audits the page. */
  async open(route: string): Promise<void> {
    await this.page.goto(`${this.origin}/#${route}`)
    await this.arrive(pathOf(route))
  }

  /** Reloads the browser tab (a new visit of the same page), and audits it again. */
  async reload(): Promise<void> {
    const route = this.currentRoute()
    await this.page.reload()
    await this.arrive(pathOf(route))
  }

  /** Taps a tab of the tab bar by its label and audits the page it shows. */
  async tab(label: string, route: string): Promise<void> {
    // The tab (a button whose name starts with its label: 「我的，2 条未读消息」), as a finger taps it.
    await this.tabBar().getByRole('tab', { name: new RegExp(`^${label}(，|$)`) }).click()
    await this.arrive(route)
  }

  /**
   * Waits for the app to show `path` (the route without query), for that page to be the one
   * visible, and for its data to load; then runs the accessibility audit on it.
   */
  async arrive(path: string, label = path): Promise<void> {
    await this.page.waitForFunction(
      (p) => location.hash.slice(1).split('?')[0] === p,
      path,
      { timeout: 15_000 },
    ).catch(() => {
      throw new Error(`expected the app to show ${path}, but it shows ${this.currentRoute() || this.page.url()}`)
    })
    await this.settle()
    await this.audit(label)
  }

  /** Waits until the visible page exists, no API call is pending and fonts are in. */
  async settle(): Promise<void> {
    await this.view().first().waitFor({ state: 'visible', timeout: 15_000 })
    // Taro slides pages in; until the transition ends the previous page is still displayed, and an
    // audit or a screenshot then would see both.
    await this.page.waitForFunction(
      () => Array.from(document.querySelectorAll('.taro_page')).filter((p) => getComputedStyle(p).display !== 'none').length === 1,
      undefined,
      { timeout: 15_000 },
    ).catch(() => {
      throw new Error(`more than one Taro page stayed on screen at ${this.currentRoute()}`)
    })
    const deadline = Date.now() + 15_000
    // "Quiet for 300 ms" rather than "zero now": a page often fires its second request right
    // after the first one answers.
    while (this.inFlight > 0 || Date.now() - this.lastNetworkActivity < 300) {
      if (Date.now() > deadline) throw new Error(`API requests still pending after 15 s on ${this.currentRoute()}`)
      await this.page.waitForTimeout(50)
    }
    await this.page.evaluate(() => document.fonts.ready.then(() => undefined))
    // Let React commit what the last response rendered before anyone looks at it.
    await this.page.evaluate(() => new Promise<void>((r) => requestAnimationFrame(() => requestAnimationFrame(() => r()))))
  }

  /**
   * Audits what is on screen now. Call it again after a page changes state in a way that matters
   * (an error state, elder mode on); arrive() calls it on every route change.
   */
  async audit(label = this.currentRoute()): Promise<void> {
    await auditPage(this.page, `${label} (${this.testSlug})`)
    const last = this.visits[this.visits.length - 1]
    if (last && last.route === this.currentRoute()) last.audited = true
  }

  /** Saves a screenshot of the viewport into e2e/.artifacts and returns its path. */
  async shot(name: string, fullPage = false): Promise<string> {
    mkdirSync(this.artifactsDir, { recursive: true })
    this.shotCount += 1
    const file = join(this.artifactsDir, `${this.testSlug}-${String(this.shotCount).padStart(2, '0')}-${name}.png`)
    await this.page.screenshot({ path: file, fullPage })
    return file
  }

  /** End of a test: every page visited must have been audited; the one on screen is audited now if not. */
  async finish(): Promise<void> {
    const last = this.visits[this.visits.length - 1]
    if (last && !last.audited && last.route === this.currentRoute()) {
      await this.settle()
      await this.audit()
    }
    const missed = this.visits.filter((v) => !v.audited).map((v) => v.route)
    if (missed.length > 0) {
      throw new Error(`pages visited without an accessibility audit (use app.arrive() after each navigation): ${missed.join(', ')}`)
    }
  }
}
