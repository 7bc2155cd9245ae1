import { cityItem } from '../../mock/test-support/fixtures'
import { bundleCaseWorld, people } from '../../mock/test-support/worlds'
import type { AppDriver } from '../lib/app-driver'
import { MINE, openApplication, signInAs, verifyRealNameInForm } from '../lib/flows'
import { eventually, expect, test } from '../lib/harness'
import { textSizes, type TextSizes } from '../lib/measure'

/**
 * Issue 16, part 5: every main page, in standard and in elder mode (长辈模式), measured against
 * SPEC §6 (适老化): body text ≥ 18 px and largest ≥ 30 px in elder mode; typed text in every input
 * and textarea ≥ 18 px in elder mode (≥ 16 otherwise), never the browser's monospace; every input,
 * textarea and button ≥ 60×60 px in elder mode, ≥ 44×44 otherwise, measured on the element that
 * actually receives the tap: on H5 an input is a plain <input> (config h5.useHtmlComponents), and a
 * textarea the native one inside Taro's taro-textarea-core, which must fill the box that is drawn.
 *
 * Measured inside the visible page only (`app.view()`), which on a tab page includes the app's tab
 * bar (src/custom-tab-bar, drawn by the page on H5): on 首页 and 我的 the bar must be there, with
 * four tabs each a full tap target and labels ≥ 18 px in elder mode (≥ 14 otherwise).
 * The date field's chooser (on a form's second step) has a test of its own below: measured open,
 * in elder mode, and audited by axe (Taro's picker it replaces failed contrast).
 */

const HOME = '/pages/index/index'
/** Pages that show the tab bar (the tab pages this walk visits). */
const TAB_PAGES = new Set(['首页', '我的'])
const SEARCH = '/packages/items/search/index'
const GUIDE = '/packages/items/guide/index'
const LOOKUP = '/packages/cases/lookup/index'
const VERIFY = '/packages/certificate/verify/index'
const STATS = '/packages/rating/stats/index'
const COMPLAINT = '/packages/rating/complaint/index'
const BUNDLE_GUIDE = '/packages/items/bundle/index'
const BUNDLE_APPLY = '/packages/apply/bundle/index'
const CASE_DETAIL = '/packages/cases/detail/index'

interface Mode {
  name: 'standard' | 'elder'
  /** Smallest tap target, both ways (CSS px). */
  tap: number
  /** Smallest typed-text size in an input or textarea (CSS px). */
  typed: number
  /** Body text and largest text minimums; SPEC §6 states them for elder mode only. */
  body: number
  largest: number
  /** Smallest tab bar label (CSS px): the body minimum in elder mode; WeChat's native 10 px is what it replaces. */
  tabLabel: number
}

const STANDARD: Mode = { name: 'standard', tap: 44, typed: 16, body: 0, largest: 0, tabLabel: 14 }
const ELDER: Mode = { name: 'elder', tap: 60, typed: 18, body: 18, largest: 30, tabLabel: 18 }

interface Tab {
  label: string
  selected: boolean
  width: number
  height: number
  labelSize: number
  iconWidth: number
  iconHeight: number
}

/** The tab bar of the page on screen: each tab's box, label size and icon size; null when there is none. */
async function tabBar(app: AppDriver): Promise<Tab[] | null> {
  const bar = app.tabBar()
  if ((await bar.count()) === 0) return null
  return bar.first().evaluate((root) =>
    Array.from(root.querySelectorAll<HTMLElement>('[role="tab"]')).map((t) => {
      const r = t.getBoundingClientRect()
      const label = t.querySelector<HTMLElement>('.app-tab-bar__label') ?? t
      const icon = t.querySelector<HTMLElement>('.app-tab-bar__icon-box')?.getBoundingClientRect()
      return {
        label: (t.getAttribute('aria-label') ?? t.textContent ?? '').trim(),
        selected: t.getAttribute('aria-selected') === 'true',
        width: Math.round(r.width * 10) / 10,
        height: Math.round(r.height * 10) / 10,
        labelSize: Math.round(parseFloat(getComputedStyle(label).fontSize) * 10) / 10,
        iconWidth: icon ? Math.round(icon.width) : 0,
        iconHeight: icon ? Math.round(icon.height) : 0,
      }
    }),
  )
}

/** What falls short on the tab bar of a tab page: missing, not four tabs, none or several selected, small tabs or labels. */
async function measureTabBar(app: AppDriver, where: string, mode: Mode): Promise<string[]> {
  const tabs = await tabBar(app)
  if (!tabs) return [`${where}: no tab bar on a tab page`]
  const problems: string[] = []
  if (tabs.length !== 4) problems.push(`${where}: tab bar has ${tabs.length} tabs, not 4`)
  const selected = tabs.filter((t) => t.selected)
  if (selected.length !== 1) problems.push(`${where}: ${selected.length} tabs marked selected`)
  for (const t of tabs) {
    const name = `${where}: tab 「${t.label}」`
    if (t.width < mode.tap || t.height < mode.tap) problems.push(`${name} is ${t.width}×${t.height} px, below ${mode.tap}×${mode.tap}`)
    if (t.labelSize < mode.tabLabel) problems.push(`${name} label is ${t.labelSize} px, below ${mode.tabLabel}`)
  }
  console.log(`      ${where}: tab bar ${tabs.map((t) => `${t.label}${t.selected ? '（当前）' : ''} ${t.width}×${t.height}, label ${t.labelSize}px, icon ${t.iconWidth}×${t.iconHeight}`).join('; ')}`)
  return problems
}

interface Control {
  kind: 'input' | 'textarea' | 'button'
  label: string
  width: number
  height: number
  fontSize: number
  fontFamily: string
  /** The drawn box around a native input/textarea (Taro's host element); 0×0 when there is none. */
  boxWidth: number
  boxHeight: number
}

/** Every visible input, textarea and button of the page, measured on the element that gets the tap. */
async function controls(app: AppDriver): Promise<Control[]> {
  return app.view().evaluate((root) => {
    const buttons = '.taro-button-core, button, [role="button"], [role="radio"], [role="checkbox"], [role="tab"], [role="switch"], a[href], taro-switch-core'
    const natives = 'input:not([type="checkbox"]):not([type="radio"]):not([type="file"]):not([type="hidden"]), textarea'
    const seen = new Set<Element>()
    const out: Control[] = []
    for (const el of Array.from(root.querySelectorAll<HTMLElement>(`${natives}, ${buttons}`))) {
      if (seen.has(el)) continue
      seen.add(el)
      // A switch's native checkbox sits inside taro-switch-core: the switch is measured once.
      if (el instanceof HTMLInputElement && el.closest('taro-switch-core')) continue
      if (!el.checkVisibility({ checkOpacity: true, checkVisibilityCSS: true })) continue
      const r = el.getBoundingClientRect()
      if (r.width === 0 || r.height === 0) continue
      // (No named helper functions in here: the test runner's transpiler would wrap them in a
      // helper the page does not have.)
      const labelledBy = el.getAttribute('aria-labelledby')
      const byRef = labelledBy ? labelledBy.split(/\s+/).map((id) => document.getElementById(id)?.textContent ?? '').join(' ') : ''
      const label = (el.getAttribute('aria-label') || byRef || el.textContent || el.getAttribute('placeholder') || el.className || el.tagName)
        .trim().replace(/\s+/g, ' ').slice(0, 40)
      const style = getComputedStyle(el)
      const native = el instanceof HTMLInputElement || el instanceof HTMLTextAreaElement
      const host = native ? el.closest('taro-textarea-core') : null
      const box = host?.getBoundingClientRect()
      out.push({
        kind: el instanceof HTMLTextAreaElement ? 'textarea' : el instanceof HTMLInputElement ? 'input' : 'button',
        label,
        width: Math.round(r.width * 10) / 10,
        height: Math.round(r.height * 10) / 10,
        fontSize: Math.round(parseFloat(style.fontSize) * 10) / 10,
        fontFamily: style.fontFamily,
        boxWidth: box ? Math.round(box.width * 10) / 10 : 0,
        boxHeight: box ? Math.round(box.height * 10) / 10 : 0,
      })
    }
    return out
  })
}

/** What falls short of the guideline on the page on screen, one line each, naming the element. */
async function measurePage(app: AppDriver, page: string, mode: Mode): Promise<string[]> {
  await app.settle()
  const where = `${page} (${mode.name})`
  const text: TextSizes = await textSizes(app.view())
  const found = await controls(app)
  const problems: string[] = []
  if (text.body < mode.body) problems.push(`${where}: body text ${text.body} px < ${mode.body} (${JSON.stringify(text.histogram)})`)
  if (text.largest < mode.largest) problems.push(`${where}: largest text ${text.largest} px < ${mode.largest}`)
  // The drawn border (up to 2 px each side when marked wrong) is the only part of the box that may
  // not take the tap.
  const borderSlack = 5
  for (const c of found) {
    const name = `${where}: ${c.kind} 「${c.label}」`
    if (c.width < mode.tap || c.height < mode.tap) problems.push(`${name} is ${c.width}×${c.height} px, below ${mode.tap}×${mode.tap}`)
    if (c.kind === 'button') continue
    if (c.fontSize < mode.typed) problems.push(`${name} types text at ${c.fontSize} px, below ${mode.typed}`)
    if (/monospace/i.test(c.fontFamily)) problems.push(`${name} types text in ${c.fontFamily}`)
    if (c.boxHeight > 0 && (c.height < c.boxHeight - borderSlack || c.width < c.boxWidth - borderSlack)) {
      problems.push(`${name} takes taps on ${c.width}×${c.height} px of its drawn ${c.boxWidth}×${c.boxHeight} px box`)
    }
  }
  const typed = found.filter((c) => c.kind !== 'button')
  const smallestTap = found.length ? Math.min(...found.map((c) => Math.min(c.width, c.height))) : 0
  console.log(
    `      ${where}: body ${text.body}px, largest ${text.largest}px, smallest text ${text.smallest}px; ${found.length} controls, smallest side ${smallestTap}px` +
      (typed.length ? `; typed text ${[...new Set(typed.map((c) => `${c.fontSize}px`))].join('/')}, fields ${typed.map((c) => `${c.width}×${c.height}${c.boxHeight > 0 ? ` in ${c.boxWidth}×${c.boxHeight}` : ''}`).join(', ')}` : ''),
  )
  return problems
}

/** The application form's first step: past the privacy notice (once), at the real-name inputs. */
async function formFirstStep(app: AppDriver, itemId: string): Promise<void> {
  await openApplication(app, itemId)
  const agree = app.button('同意并继续')
  await eventually(async () => (await agree.count()) > 0 || (await app.view().getByRole('textbox', { name: '姓名' }).count()) > 0, 'the form opens on the privacy notice or the real-name inputs')
  if ((await agree.count()) > 0) await agree.click()
  await app.view().getByRole('textbox', { name: '姓名' }).waitFor()
  await app.settle()
  await app.audit('application form, step 1')
}

/** Every main page, measured; returns what falls short. Signs in first so 我的 and 投诉建议 show their forms. */
async function walk(app: AppDriver, itemId: string, mode: Mode): Promise<string[]> {
  const problems: string[] = []
  const pages: [string, () => Promise<void>][] = [
    ['首页', () => app.open(HOME)],
    ['搜索结果', () => app.open(`${SEARCH}?q=${encodeURIComponent('身份证')}`)],
    ['办事指南', () => app.open(`${GUIDE}?id=${encodeURIComponent(itemId)}`)],
    ['我的', () => app.open(MINE)],
    ['申报第一步', () => formFirstStep(app, itemId)],
    ['证明核验', () => app.open(VERIFY)],
    ['办件查询', () => app.open(LOOKUP)],
    ['好差评公示', () => app.open(STATS)],
    ['投诉建议', () => app.open(COMPLAINT)],
  ]
  for (const [name, go] of pages) {
    await go()
    problems.push(...(await measurePage(app, name, mode)))
    if (TAB_PAGES.has(name)) problems.push(...(await measureTabBar(app, `${name} (${mode.name})`, mode)))
  }
  return problems
}

const report = (problems: string[]) => `${problems.length} size problems:\n  ${problems.join('\n  ')}`

// One test per mode: a walk of nine pages with an audit on each takes most of a test's 60 s.
test('every main page meets the 适老化 sizes in standard mode: typed text, and the tap area of every input, textarea, button and tab', async ({ app, server }) => {
  const item = cityItem(server.api.seed, '社会保障卡申领')
  await signInAs(app, '居民')
  const problems = await walk(app, item.id, STANDARD)
  expect(problems.length === 0, report(problems))
})

test('every main page meets the 适老化 sizes in elder mode: body and largest text, typed text, tab labels, and the tap area of every input, textarea, button and tab', async ({ app, server }) => {
  const item = cityItem(server.api.seed, '社会保障卡申领')
  await signInAs(app, '居民')

  // Elder mode the way a person turns it on: the switch on 我的.
  const toggle = app.view().getByRole('switch', { name: '长辈模式' })
  await toggle.click()
  await eventually(() => toggle.isChecked(), 'tapping the 长辈模式 switch turns it on')
  await app.settle()
  await app.audit('我的 in elder mode')

  const problems = await walk(app, item.id, ELDER)
  expect(problems.length === 0, report(problems))
})

test('the date field opens near its likely date, jumps by decade and year, and in elder mode meets the sizes and passes axe', async ({ app, server }) => {
  // 出生登记: its 出生日期 takes 2000-01-01 … today (the seed's), so the chooser opens on today's year.
  const item = server.api.seed.items.find((i) => i.palm && i.name === '出生登记')
  if (!item) throw new Error('the seed has no palm item 出生登记')
  await signInAs(app, '居民')
  const toggle = app.view().getByRole('switch', { name: '长辈模式' })
  await toggle.click()
  await eventually(() => toggle.isChecked(), 'tapping the 长辈模式 switch turns it on')

  await openApplication(app, item.id)
  await verifyRealNameInForm(app)
  const field = app.view().getByRole('button', { name: /^出生日期（必填）：/ })
  await field.waitFor()
  await field.click()
  const chooser = app.view().getByRole('dialog', { name: '选择出生日期' })
  await chooser.waitFor()
  await app.settle()
  const problems = await measurePage(app, '出生日期 chooser', ELDER)
  await app.audit('date chooser, elder mode')

  // 2015年6月15日 in five taps from the open chooser: decade, year, month, day, 确定 (the chosen
  // choice's name starts with ✓, hence the pattern for the day, which keeps the opening date's).
  await chooser.getByRole('button', { name: '2010年代', exact: true }).click()
  await chooser.getByRole('button', { name: '2015', exact: true }).click()
  await chooser.getByRole('button', { name: '6月', exact: true }).click()
  await chooser.getByRole('button', { name: /^✓?15$/ }).click()
  await chooser.getByRole('button', { name: /^确定/ }).click()
  await eventually(async () => (await app.view().getByRole('button', { name: '出生日期（必填）：2015年6月15日，修改' }).count()) === 1, 'the field shows the date picked: 2015年6月15日')
  expect(problems.length === 0, report(problems))
})

test('the 一件事 pages meet the 适老化 sizes in both modes: the bundle guide, choosing parts, and a bundle case with its parts', async ({ app, server }) => {
  const world = await bundleCaseWorld(server.api, { who: await people(server.api) })
  await signInAs(app, '居民')
  const pages: [string, () => Promise<void>][] = [
    ['一件事指南', () => app.open(`${BUNDLE_GUIDE}?id=${encodeURIComponent(world.bundleId)}`)],
    ['一件事选择事项', async () => {
      await app.open(`${BUNDLE_APPLY}?id=${encodeURIComponent(world.bundleId)}`)
      // The second pass finds the first one's draft on the phone: continue it (it stands at 选择事项).
      const resume = app.button(/^继续填写/)
      const next = app.button(/^下一步$/)
      await eventually(async () => (await resume.count()) > 0 || (await next.count()) > 0, 'the application opens on 为谁办理 or offers the kept draft')
      if ((await resume.count()) > 0) await resume.click()
      else await next.click()
      await app.view().getByRole('group', { name: '选择要办理的事项' }).waitFor()
      await app.settle()
      await app.audit('一件事: parts')
    }],
    ['一件事办件', () => app.open(`${CASE_DETAIL}?caseNo=${encodeURIComponent(world.bundle.caseNo)}`)],
  ]
  const problems: string[] = []
  for (const mode of [STANDARD, ELDER]) {
    if (mode === ELDER) {
      await app.open(MINE)
      const toggle = app.view().getByRole('switch', { name: '长辈模式' })
      await toggle.click()
      await eventually(() => toggle.isChecked(), 'tapping the 长辈模式 switch turns it on')
    }
    for (const [name, go] of pages) {
      await go()
      problems.push(...(await measurePage(app, name, mode)))
    }
  }
  expect(problems.length === 0, report(problems))
})

/** The outline of whatever has the keyboard focus now, as the page draws it. */
async function focusOutline(app: AppDriver): Promise<{ what: string; style: string; width: number }> {
  return app.page.evaluate(() => {
    const el = document.activeElement as HTMLElement | null
    const style = el ? getComputedStyle(el) : null
    return {
      what: el ? `${el.tagName.toLowerCase()} 「${(el.getAttribute('aria-label') ?? el.textContent ?? '').trim().slice(0, 20)}」` : 'nothing',
      style: style?.outlineStyle ?? 'none',
      width: style ? parseFloat(style.outlineWidth) : 0,
    }
  })
}

test('the keyboard finds every control and sees where it is: a focus outline on inputs and buttons, and Enter checks a verify code or looks up a case', async ({ app }) => {
  await app.open(VERIFY)
  await app.view().getByRole('textbox', { name: '证明编号' }).click()
  await app.page.keyboard.type('350582101201-2022-00000000')
  await app.page.keyboard.press('Tab')
  const onCode = await focusOutline(app)
  expect(onCode.style !== 'none' && onCode.width >= 2, `Tab from 证明编号 should show an outline on 核验码; ${onCode.what} has ${onCode.style} ${onCode.width}px`)
  await app.page.keyboard.type('ABCD1234')
  await app.page.keyboard.press('Tab')
  const onButton = await focusOutline(app)
  expect(/核验/.test(onButton.what) && onButton.style !== 'none' && onButton.width >= 2, `Tab from 核验码 should reach 核验 with an outline; ${onButton.what} has ${onButton.style} ${onButton.width}px`)
  await app.view().getByRole('textbox', { name: '核验码' }).click()
  await app.page.keyboard.press('Enter')
  await app.view().getByRole('region', { name: '核验结果' }).waitFor({ timeout: 10_000 })
  await app.settle()
  await app.audit('verify result after Enter')

  await app.open(LOOKUP)
  await app.view().getByRole('textbox', { name: '办件编号' }).fill('QZ20220301ABCD1234')
  await app.view().getByRole('textbox', { name: '查询码' }).fill('123456')
  await app.page.keyboard.press('Enter')
  // An unknown case: the server's not-found answer shows, which only 查询 or Enter can ask for.
  await app.view().getByText('办件编号或查询码不正确').waitFor({ timeout: 10_000 })
  await app.settle()
  await app.audit('lookup answer after Enter')
})
