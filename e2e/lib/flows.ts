import { join } from 'node:path'
import jsQR from 'jsqr'
import type { Locator } from 'playwright-core'
import { testIdNumber } from '../../mock/test-support/fixtures'
import type { AppDriver } from './app-driver'
import { eventually, expect } from './harness'

/**
 * Steps that several browser tests walk through the way a person does (sign in, verify, fill the
 * 社会保障卡申领 form, attach materials). Each step waits for what a person would see next.
 */

export const MINE = '/pages/mine/index'
export const GUIDE = '/packages/items/guide/index'
export const FORM = '/packages/apply/form/index'
export const RECEIPT = '/packages/apply/receipt/index'
export const PHOTO = join(__dirname, '..', 'fixtures', 'id-card-photo.jpg')

/** A material's card on the materials step, found by its heading (「2. 近期彩色免冠证件照片」). */
export function materialCard(app: AppDriver, name: string): Locator {
  return app.view().locator('.material-card').filter({ has: app.page.getByRole('heading', { name: new RegExp(`^\\d+\\. ${name}$`) }) })
}

/** A choice row (role=radio) of a single-choice field, by its words. */
export function choice(app: AppDriver, group: string, label: string): Locator {
  return app.view().getByRole('radiogroup', { name: group }).getByRole('radio', { name: label })
}

/** Signs in on 我的 with one of the demo accounts, by the words on its button (居民, 后台 …). */
export async function signInAs(app: AppDriver, label: string): Promise<void> {
  await app.open(MINE)
  await app.button(new RegExp(`^${label}$`)).click()
  await app.button('退出登录').waitFor()
}

/** Opens the guide of `itemId`, taps 在线申报 and arrives at the form's first step. */
export async function openApplication(app: AppDriver, itemId: string): Promise<void> {
  await app.open(`${GUIDE}?id=${itemId}`)
  await app.button('在线申报').click()
  await app.arrive(FORM)
}

/** Step 1 for someone not yet verified: agree to the privacy notice, verify the real name, go on. */
export async function verifyRealNameInForm(app: AppDriver, options: { shot?: boolean } = {}): Promise<void> {
  await app.view().getByText('同意并继续').waitFor()
  if (options.shot) await app.shot('privacy-notice')
  await app.button('同意并继续').click()
  const idNumber = testIdNumber('350582', '19580612', '246')
  await app.view().getByRole('textbox', { name: '姓名' }).fill('陈秀英')
  await app.view().getByRole('textbox', { name: '身份证号' }).fill(idNumber)
  await app.settle()
  await app.audit('real-name form')
  await app.button('提交认证').click()
  await eventually(() => app.view().getByText('3505**********').first().isVisible(), 'after verification the applicant step shows the masked ID number')
  expect(!(await app.view().getByText(idNumber).isVisible()), 'the full ID number is never shown once verified')
  await app.button(/^下一步$/).click()
}

/** Step 2 of 社会保障卡申领: a bank branch, pickup at the branch, a phone number. */
export async function fillSocialSecurityCardDetails(app: AppDriver): Promise<void> {
  await choice(app, '领卡网点（必填）', '中国农业银行网点').click()
  await choice(app, '领取方式（必填）', '网点领取').click()
  await app.view().getByRole('textbox', { name: '联系电话（必填）' }).fill('13905951234')
  await app.settle()
  await app.audit('details step')
  await app.button(/^下一步$/).click()
}

/** Picks `file` through the page's 拍照或从相册选择 inside `scope` and waits until it shows 已上传. */
export async function uploadPhoto(app: AppDriver, scope: Locator, file = PHOTO): Promise<void> {
  const chooser = app.page.waitForEvent('filechooser')
  await scope.locator('.taro-button-core').filter({ hasText: '拍照或从相册选择' }).first().click()
  await (await chooser).setFiles(file)
  await scope.getByText(/已上传/).first().waitFor({ timeout: 15_000 })
}

/** Step 3 of 社会保障卡申领: upload the photo, use the 居民身份证 e-license (免提交). */
export async function attachSocialSecurityCardMaterials(app: AppDriver): Promise<void> {
  const photoCard = materialCard(app, '近期彩色免冠证件照片')
  await photoCard.waitFor()
  await uploadPhoto(app, photoCard)
  const idCard = materialCard(app, '居民身份证')
  await idCard.locator('.taro-button-core').filter({ hasText: '使用电子证照（免提交）' }).click()
  await idCard.locator('.taro-button-core').filter({ hasText: '居民身份证' }).first().click()
  await idCard.getByText(/免提交/).first().waitFor()
  await app.settle()
  await app.audit('materials step')
}

/** Step 4: review and submit; arrives at the receipt. */
export async function submitFromReview(app: AppDriver): Promise<void> {
  await app.view().getByText('中国农业银行网点').first().waitFor()
  await app.settle()
  await app.audit('review step')
  await app.button('提交申请').click()
  await app.arrive(RECEIPT)
  await app.view().getByText('申请已提交').waitFor()
}

/**
 * Reads a QR code the way a phone camera would: from a screenshot of what is on screen. The PNG
 * is decoded by the browser itself (no image library in Node), and the pixels go to jsQR.
 */
export async function decodeQr(app: AppDriver, qr: Locator): Promise<string> {
  const png = await qr.screenshot()
  const { width, height, pixels } = await app.page.evaluate(async (base64) => {
    const image = new Image()
    image.src = `data:image/png;base64,${base64}`
    await image.decode()
    const canvas = document.createElement('canvas')
    canvas.width = image.naturalWidth
    canvas.height = image.naturalHeight
    const context = canvas.getContext('2d')!
    context.drawImage(image, 0, 0)
    const data = context.getImageData(0, 0, canvas.width, canvas.height).data
    return { width: canvas.width, height: canvas.height, pixels: Array.from(data) }
  }, png.toString('base64'))
  const code = jsQR(Uint8ClampedArray.from(pixels), width, height)
  expect(code, `a QR code could be read from the ${width}×${height} screenshot of the certificate`)
  return code.data
}

/** The certificate verify page's verdict: the heading of its 核验结果 region. */
export async function verdict(app: AppDriver): Promise<string> {
  const heading = app.view().getByRole('region', { name: '核验结果' }).getByRole('heading').first()
  await heading.waitFor()
  return (await heading.innerText()).trim()
}

/** Signs out on 我的 and waits for the demo accounts to show again. */
export async function signOut(app: AppDriver): Promise<void> {
  await app.open(MINE)
  await app.button('退出登录').click()
  await app.button(/^居民$/).waitFor()
}
