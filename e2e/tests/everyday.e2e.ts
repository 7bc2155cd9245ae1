import type { ItemSummary } from '@contract/service-item'
import type { Page as ListPage } from '@contract/common'
import type { AppDriver } from '../lib/app-driver'
import { eventually, expect, test } from '../lib/harness'

const HOME = '/pages/index/index'
const CATALOGUE = '/pages/catalogue/index'
const MINE = '/pages/mine/index'
const SEARCH = '/packages/items/search/index'
const GUIDE = '/packages/items/guide/index'
const PLACEHOLDER = '搜索事项，如 身份证、社保卡、sfz'

function searchBox(app: AppDriver) {
  return app.view().getByRole('searchbox', { name: PLACEHOLDER })
}

function resultCards(app: AppDriver) {
  return app.view().locator('.search-results__list').locator('.taro-button-core')
}

/** The item names of the result cards on screen (each card's first line). */
async function resultNames(app: AppDriver): Promise<string[]> {
  const texts = await resultCards(app).allInnerTexts()
  return texts.map((t) => t.split('\n')[0].trim())
}

/** The number in 「共 N 项」 above the results, once the search has answered. */
async function resultTotal(app: AppDriver): Promise<number> {
  const text = await eventually(async () => {
    const t = await app.view().getByText(/^共 \d+ 项$/).textContent({ timeout: 1_000 })
    return t ?? ''
  }, 'the results should say how many items were found (共 N 项)')
  return Number(/\d+/.exec(text)?.[0])
}

/** Types into the search box key by key and taps 搜索, then waits for the answer. */
async function search(app: AppDriver, words: string): Promise<void> {
  await searchBox(app).fill('')
  await searchBox(app).pressSequentially(words, { delay: 40 })
  await app.button(/^搜索$/).click()
  await eventually(
    async () => (await resultCards(app).count()) > 0 || (await app.view().getByText('没有找到相关事项').isVisible()),
    `searching "${words}" should show results or say nothing was found`,
  )
  await app.settle()
  await app.audit(`search results for ${words}`)
}

test('a homophone typo 身分证 still finds the 身份证 items', async ({ app }) => {
  await app.open(SEARCH)
  await search(app, '身分证')
  await app.shot('results-homophone')
  const names = await resultNames(app)
  expect(names.length > 0, 'searching 身分证 should find something')
  expect(names[0].includes('身份证'), `the first result for 身分证 should be a 身份证 item; results: ${names.slice(0, 5).join(' / ')}`)
})

test('filtering by 跨省通办 narrows the results to items that can be done from another province', async ({ app }) => {
  await app.open(SEARCH)
  await search(app, '身份证')
  const before = await resultTotal(app)

  await app.button(/^筛选/).click()
  const sheet = app.view().getByRole('dialog', { name: '筛选事项' })
  await sheet.waitFor()
  await app.settle()
  await app.audit('filter sheet')
  await app.shot('filter-sheet')
  await sheet.locator('.taro-button-core').filter({ hasText: /^(✓ )?跨省通办$/ }).click()
  // Chosen shows as a ✓ for the eye and aria-pressed for a screen reader.
  const chosen = sheet.locator('.taro-button-core[aria-pressed="true"]').filter({ hasText: '✓ 跨省通办' })
  await eventually(() => chosen.isVisible(), 'tapping 跨省通办 in the sheet marks it chosen (✓, aria-pressed)')
  await sheet.locator('.taro-button-core').filter({ hasText: '查看结果' }).click()
  await sheet.waitFor({ state: 'detached' })
  await app.view().getByText('跨省通办 ×').waitFor()
  await app.settle()
  await app.audit('filtered results')
  await app.shot('results-cross-province')

  const after = await resultTotal(app)
  expect(after > 0 && after < before, `跨省通办 should narrow 身份证 results: ${before} before, ${after} after`)
  const cards = await resultCards(app).allInnerTexts()
  const without = cards.filter((c) => !c.includes('跨省通办')).map((c) => c.split('\n')[0])
  expect(without.length === 0, `every filtered result should show the 跨省通办 tag; these do not: ${without.join(' / ')}`)
})

test('a guide can be saved to 我的收藏, and is still saved after a reload', async ({ app, server }) => {
  const list = await server.api.get<ListPage<ItemSummary>>('/api/v1/items?q=社保卡&pageSize=1')
  const item = list.body.items[0]
  expect(item, 'the seed should have a 社保卡 item')

  await app.open(`${GUIDE}?id=${encodeURIComponent(item.id)}`)
  await app.view().getByRole('heading', { name: item.name, level: 1 }).waitFor()
  const save = app.button(/收藏/)
  expect((await save.innerText()).includes('☆ 收藏'), `a guide not yet saved should offer ☆ 收藏, it shows "${await save.innerText()}"`)

  await save.click()
  await eventually(async () => (await save.innerText()).includes('已收藏'), 'tapping 收藏 turns the button into ★ 已收藏')
  await app.settle()
  await app.audit('guide saved')
  await app.shot('guide-saved')

  await app.reload()
  await app.view().getByRole('heading', { name: item.name, level: 1 }).waitFor()
  expect((await app.button(/收藏/).innerText()).includes('已收藏'), 'after a reload the guide should still show ★ 已收藏')

  await app.open(MINE)
  const favourite = app.view().getByText(item.name, { exact: true })
  // Visible means readable: an entry squeezed to no width is as good as missing.
  await eventually(async () => {
    const box = (await favourite.count()) > 0 ? await favourite.first().boundingBox() : null
    if (!box || box.width < 16 || box.height < 8) throw new Error(box ? `listed but squeezed to ${Math.round(box.width)}×${Math.round(box.height)} px` : 'not listed')
    return true
  }, `我的收藏 on 我的 should show ${item.name}`)
  await app.shot('mine-favourites')
})

test('the 办事 tab lists themes, and a theme opens the list of its items', async ({ app, server }) => {
  const all = await server.api.get<ListPage<ItemSummary>>('/api/v1/items?pageSize=1')

  await app.open(HOME)
  await app.tab('办事', CATALOGUE)
  const themeTab = app.view().getByRole('tab', { name: '按主题' })
  expect((await themeTab.getAttribute('aria-selected')) === 'true', '办事 should open on 按主题')
  await app.button('证件办理').waitFor()
  await app.shot('catalogue-themes')
  const tiles = await app.view().getByRole('tabpanel').locator('.taro-button-core').allInnerTexts()
  expect(tiles.some((t) => t.includes('户籍办理')), `the personal themes should include 户籍办理; shown: ${tiles.join(' / ')}`)

  await app.button('证件办理').click()
  await app.arrive(SEARCH)
  await app.view().getByText('主题：证件办理 ×').waitFor()
  const total = await resultTotal(app)
  await app.shot('theme-results')
  expect(total > 0 && total < all.body.total, `the 证件办理 list should be a part of the catalogue: ${total} of ${all.body.total}`)
  const names = await resultNames(app)
  expect(names.some((n) => /证|照/.test(n)), `证件办理 should list certificate items; shown: ${names.slice(0, 5).join(' / ')}`)
})

test('the home page draws every button as designed: an even grid of shortcuts, and 办件查询 as a link on the blue banner', async ({ app }) => {
  // Taro's plain components bring default button styles (a grey box, black text, 15 px between
  // neighbouring buttons) that must give way to ours (config/loaders/low-specificity-css.js).
  await app.open(HOME)
  const chips = app.view().getByRole('button', { name: /^(身份证|社保卡|公积金|结婚登记)$/ })
  await chips.first().waitFor()
  const boxes = await chips.evaluateAll((els) => els.map((el) => {
    const r = el.getBoundingClientRect()
    return { top: Math.round(r.top), height: Math.round(r.height), margin: getComputedStyle(el).marginTop }
  }))
  expect(boxes.length === 4, `four shortcuts in the first row; found ${boxes.length}`)
  expect(new Set(boxes.map((b) => `${b.top}/${b.height}`)).size === 1, `the first row of shortcuts should line up: ${JSON.stringify(boxes)}`)
  expect(boxes.every((b) => b.margin === '0px'), `no shortcut should be pushed down: ${JSON.stringify(boxes)}`)
  const lookup = app.button(/^办件查询/)
  const look = await lookup.evaluate((el) => ({ background: getComputedStyle(el).backgroundColor, color: getComputedStyle(el).color }))
  expect(look.background === 'rgba(0, 0, 0, 0)', `办件查询 should sit on the banner with no box of its own: ${look.background}`)
  expect(look.color === 'rgb(255, 255, 255)', `办件查询 should be white on the blue banner: ${look.color}`)
})

test('a lost network shows 网络不太好 with 重试, keeps the words, and 重试 recovers', async ({ app, page }) => {
  let offline = true
  await page.route(
    (url) => url.pathname === '/api/v1/items',
    (route) => (offline ? route.abort('internetdisconnected') : route.continue()),
  )

  await app.open(`${SEARCH}?q=${encodeURIComponent('身份证')}`)
  const alert = app.view().getByRole('alert')
  await alert.waitFor()
  const message = await alert.innerText()
  expect(message.includes('网络'), `the error should say the network is the problem, it says: ${message}`)
  await app.audit('search error state')
  await app.shot('network-error')
  expect((await searchBox(app).inputValue()) === '身份证', 'what was typed stays in the box after a failure')

  offline = false
  await alert.locator('.taro-button-core').filter({ hasText: '重试' }).click()
  await resultCards(app).first().waitFor()
  await app.settle()
  await app.audit('search recovered')
  await app.shot('network-recovered')
  const names = await resultNames(app)
  expect(names[0]?.includes('身份证'), `after 重试 the 身份证 results should show; shown: ${names.slice(0, 3).join(' / ')}`)
})
