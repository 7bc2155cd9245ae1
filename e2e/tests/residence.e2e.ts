import { eventually, expect, test } from '../lib/harness'

const HOME = '/pages/index/index'
const SEARCH = '/packages/items/search/index'
const GUIDE = '/packages/items/guide/index'
const PLACEHOLDER = '搜索事项，如 身份证、社保卡、sfz'

// Issue 13: one service, many places.
test('a resident sets 所在地 to 晋江市, searches 营业执照 and opens 晋江市’s 个体工商户设立登记 from the first screen', async ({ app }) => {
  await app.open(HOME)
  await app.button('选择所在地').click()
  await app.button(/^晋江市$/).waitFor()
  await app.settle()
  await app.audit('所在地 list on 首页')
  await app.button(/^晋江市$/).click()
  await eventually(() => app.view().getByText('所在地：晋江市').isVisible(), '首页 shows 所在地：晋江市 after choosing it')
  await app.audit('首页 with 所在地 晋江市')
  await app.shot('home-residence')

  await app.button(PLACEHOLDER).click()
  await app.arrive(SEARCH)
  expect(await app.view().getByText('所在地：晋江市').isVisible(), 'search shows the remembered 所在地')
  const box = app.view().getByRole('searchbox', { name: PLACEHOLDER })
  await box.pressSequentially('营业执照', { delay: 40 })
  await app.button(/^搜索$/).click()
  const cards = app.view().locator('.search-results__list').locator('.taro-button-core')
  await cards.first().waitFor()
  await app.settle()
  await app.audit('search results for 营业执照 with 所在地 晋江市')
  await app.shot('results-yingyezhizhao')

  const firstThree = await Promise.all([0, 1, 2].map((i) => cards.nth(i).innerText()))
  const at = firstThree.findIndex((text) => text.split('\n')[0] === '个体工商户设立登记')
  expect(at >= 0, `个体工商户设立登记 should be among the first three results, they are: ${firstThree.map((t) => t.split('\n')[0]).join(' | ')}`)
  expect(firstThree[at].includes('晋江市'), `the result should be 晋江市’s implementation: ${firstThree[at]}`)

  // The first screen of a 390×844 phone: the card is visible without scrolling.
  const box3 = await cards.nth(at).boundingBox()
  expect(box3 !== null && box3.y + box3.height / 2 < 844, `the card should be on the first screen, it is at y=${box3?.y}`)

  await cards.nth(at).click()
  await app.arrive(GUIDE)
  const guide = app.view()
  await guide.getByRole('heading', { name: '个体工商户设立登记', level: 1 }).waitFor()
  expect(await guide.getByText('办理地区：晋江市').isVisible(), 'the guide opens for 晋江市')
  const halls = await guide.getByRole('region', { name: '办理地点' }).innerText()
  expect(halls.includes('晋江市行政服务中心'), `办理地点 should list 晋江市行政服务中心: ${halls.slice(0, 200)}`)
  await app.shot('guide-jinjiang')
})
