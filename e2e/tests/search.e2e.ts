import { eventually, expect, test } from '../lib/harness'
import type { AppDriver } from '../lib/app-driver'

const HOME = '/pages/index/index'
const SEARCH = '/packages/items/search/index'
const GUIDE = '/packages/items/guide/index'
const PLACEHOLDER = '搜索事项，如 身份证、社保卡、sfz'

/** The search box, as a screen reader announces it (its placeholder is its name). */
function searchBox(app: AppDriver) {
  return app.view().getByRole('searchbox', { name: PLACEHOLDER })
}

/** The result cards, top to bottom: each card is one button whose label starts with the item name. */
function resultCards(app: AppDriver) {
  return app.view().locator('.search-results__list').locator('.taro-button-core')
}

test('searching the pinyin initials sfz finds 身份证 items, highlighted, and opens the guide with its materials', async ({ app }) => {
  await app.open(HOME)
  await app.shot('home')

  await app.button(PLACEHOLDER).click()
  await app.arrive(SEARCH)

  // Typing key by key, as a person does, shows suggestions before anything is searched.
  await searchBox(app).pressSequentially('sfz', { delay: 60 })
  await eventually(() => app.button('搜索“sfz”').isVisible(), 'typing "sfz" shows the 搜索“sfz” line above the suggestions')
  await app.settle()
  await app.audit('search suggestions for sfz')
  await app.shot('suggestions-sfz')

  await app.button(/^搜索$/).click()
  const first = resultCards(app).first()
  await first.waitFor()
  await app.settle()
  await app.audit('search results for sfz')
  await app.shot('results-sfz')

  const firstName = (await first.innerText()).split('\n')[0]
  expect(firstName.includes('身份证'), `the first result for "sfz" should be a 身份证 item, got "${firstName}"`)
  // The match is marked: the characters 身份证 sit in their own element, styled apart from the rest
  // of the name (bold and coloured, so it does not rely on colour alone).
  const mark = first.getByText('身份证', { exact: true })
  await mark.waitFor()
  const [markStyle, nameStyle] = await Promise.all([
    mark.evaluate((el) => ({ weight: Number(getComputedStyle(el).fontWeight), color: getComputedStyle(el).color })),
    first.evaluate((el) => {
      const name = el.firstElementChild ?? el
      return { weight: Number(getComputedStyle(name).fontWeight), color: getComputedStyle(name).color }
    }),
  ])
  expect(markStyle.weight >= 600, `the highlighted 身份证 should be bold, its font-weight is ${markStyle.weight}`)
  expect(
    markStyle.color !== nameStyle.color || markStyle.weight > nameStyle.weight,
    `the highlighted 身份证 should look different from the rest of the name (${JSON.stringify(markStyle)} vs ${JSON.stringify(nameStyle)})`,
  )

  await first.click()
  await app.arrive(GUIDE)
  const guide = app.view()
  await guide.getByRole('heading', { name: firstName, level: 1 }).waitFor()
  const materials = guide.getByRole('heading', { name: '申请材料', level: 2 })
  // Scroll the way a reader does: the section heading at the top of the screen.
  await materials.evaluate((el) => el.scrollIntoView({ block: 'start' }))
  await app.shot('guide-materials')
  const section = guide.getByRole('region', { name: '申请材料' })
  const sectionText = await section.innerText()
  expect(/居民身份证|户口簿/.test(sectionText), `申请材料 should list 居民身份证 or 户口簿, it says: ${sectionText.slice(0, 200)}`)
  // The time limits are what people ask first: 承诺时限 / 法定时限 in the facts, and the headline.
  const facts = await guide.getByRole('region', { name: '基本信息' }).innerText()
  expect(facts.includes('承诺时限') && facts.includes('法定时限'), `基本信息 should give 承诺时限 and 法定时限, it says: ${facts.slice(0, 200)}`)
  expect(/承诺\s*\d+\s*个工作日|即办|当场办结/.test(await guide.innerText()), 'the guide should say how long it takes (承诺 N 个工作日 or 即办)')
})
