import { join } from 'node:path'
import type { Locator } from 'playwright-core'
import { cityItem, testIdNumber } from '../../mock/test-support/fixtures'
import type { AppDriver } from '../lib/app-driver'
import { eventually, expect, test } from '../lib/harness'

const MINE = '/pages/mine/index'
const GUIDE = '/packages/items/guide/index'
const FORM = '/packages/apply/form/index'
const RECEIPT = '/packages/apply/receipt/index'
const PHOTO = join(__dirname, '..', 'fixtures', 'id-card-photo.jpg')

/** A material's card on the materials step, found by its heading (「2. 近期彩色免冠证件照片」). */
function materialCard(app: AppDriver, name: string): Locator {
  return app.view().locator('.material-card').filter({ has: app.page.getByRole('heading', { name: new RegExp(`^\\d+\\. ${name}$`) }) })
}

/** A choice row (role=radio) of a single-choice field, by its words. */
function choice(app: AppDriver, group: string, label: string): Locator {
  return app.view().getByRole('radiogroup', { name: group }).getByRole('radio', { name: label })
}

test('a resident applies for 社会保障卡申领 from its guide: verifies their name, uploads a photo, uses an e-license, reloads mid-way and finds the draft, submits and gets a receipt', async ({ app, server }) => {
  const item = cityItem(server.api.seed, '社会保障卡申领')
  const idNumber = testIdNumber('350582', '19580612', '246')

  await app.open(MINE)
  await app.button(/^居民$/).click()
  await app.button('退出登录').waitFor()

  await app.open(`${GUIDE}?id=${item.id}`)
  await app.button('在线申报').click()
  await app.arrive(FORM)

  // Step 1: the privacy notice comes before the first ID number is asked for, then real-name verification.
  await app.view().getByText('同意并继续').waitFor()
  await app.shot('privacy-notice')
  await app.button('同意并继续').click()
  await app.view().getByRole('textbox', { name: '姓名' }).fill('陈秀英')
  await app.view().getByRole('textbox', { name: '身份证号' }).fill(idNumber)
  await app.settle()
  await app.audit('real-name form')
  await app.button('提交认证').click()
  await eventually(() => app.view().getByText('3505**********').first().isVisible(), 'after verification the applicant step shows the masked ID number')
  expect(!(await app.view().getByText(idNumber).isVisible()), 'the full ID number is never shown once verified')
  await app.button(/^下一步$/).click()

  // Step 2: the item's own fields.
  await choice(app, '领卡网点（必填）', '中国农业银行网点').click()
  await choice(app, '领取方式（必填）', '网点领取').click()
  await app.view().getByRole('textbox', { name: '联系电话（必填）' }).fill('13905951234')
  await app.settle()
  await app.audit('details step')
  await app.button(/^下一步$/).click()

  // Step 3: the photo is uploaded, the ID card comes from the e-licenses (免提交).
  const photoCard = materialCard(app, '近期彩色免冠证件照片')
  await photoCard.waitFor()
  const chooser = app.page.waitForEvent('filechooser')
  await photoCard.locator('taro-button-core').filter({ hasText: '拍照或从相册选择' }).click()
  await (await chooser).setFiles(PHOTO)
  await photoCard.getByText(/已上传/).waitFor({ timeout: 15_000 })
  const idCard = materialCard(app, '居民身份证')
  await idCard.locator('taro-button-core').filter({ hasText: '使用电子证照（免提交）' }).click()
  await idCard.locator('taro-button-core').filter({ hasText: '居民身份证' }).first().click()
  await idCard.getByText(/免提交/).first().waitFor()
  await app.settle()
  await app.audit('materials step')
  await app.shot('materials')
  const uploads = Object.values(server.api.db.read().uploads)
  expect(uploads.length === 1 && uploads[0].mime === 'image/jpeg', `the photo reached the backend as one JPEG; uploads: ${JSON.stringify(uploads.map((u) => u.mime))}`)

  // A reload in the middle (the H5 page closed and opened again) offers the draft back.
  await app.reload()
  await app.view().getByText('有一份未提交的申请').waitFor()
  await app.shot('draft-offer')
  await app.button(/^继续填写/).click()
  await materialCard(app, '近期彩色免冠证件照片').getByText(/已上传/).waitFor()
  await materialCard(app, '居民身份证').getByText(/免提交/).first().waitFor()
  await app.settle()
  await app.audit('materials restored')
  await app.button(/^下一步$/).click()

  // Step 4: review, then submit.
  await app.view().getByText('中国农业银行网点').first().waitFor()
  expect(await app.view().getByText('139****1234').first().isVisible(), 'the review shows the phone masked')
  await app.settle()
  await app.audit('review step')
  await app.button('提交申请').click()
  await app.arrive(RECEIPT)
  await app.shot('receipt')

  const cases = Object.values(server.api.db.read().cases)
  expect(cases.length === 1, `exactly one case was created; found ${cases.length}`)
  const created = cases[0]
  const view = app.view()
  await view.getByText('申请已提交').waitFor()
  expect(await view.getByText(created.caseNo, { exact: true }).isVisible(), `the receipt shows the case number ${created.caseNo}`)
  expect(await view.getByText(created.queryCode, { exact: true }).isVisible(), 'the receipt shows the 6-digit query code')
  expect(await view.getByText(/^预计 \d{4}年\d{1,2}月\d{1,2}日前办结/).first().isVisible(), 'the receipt says by when the case should conclude')
  expect(created.materials.some((m) => m.license?.type === '居民身份证') && created.materials.some((m) => m.files.length === 1), 'the case holds the e-license and the uploaded photo')

  // The draft is gone: opening the form again starts afresh.
  await app.open(`${FORM}?itemId=${item.id}`)
  expect(!(await app.view().getByText('有一份未提交的申请').isVisible()), 'after a successful submission no draft is offered')
})
