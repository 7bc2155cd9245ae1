import { cityItem } from '../../mock/test-support/fixtures'
import {
  attachSocialSecurityCardMaterials,
  FORM,
  fillSocialSecurityCardDetails,
  materialCard,
  openApplication,
  signInAs,
  submitFromReview,
  verifyRealNameInForm,
} from '../lib/flows'
import { expect, test } from '../lib/harness'

test('a resident applies for 社会保障卡申领 from its guide: verifies their name, uploads a photo, uses an e-license, reloads mid-way and finds the draft, submits and gets a receipt', async ({ app, server }) => {
  const item = cityItem(server.api.seed, '社会保障卡申领')

  await signInAs(app, '居民')
  await openApplication(app, item.id)
  // Step 1: the privacy notice comes before the first ID number is asked for, then real-name verification.
  await verifyRealNameInForm(app, { shot: true })
  await fillSocialSecurityCardDetails(app)
  await attachSocialSecurityCardMaterials(app)
  await app.shot('materials')
  const uploads = Object.values(server.api.store.dump().uploads)
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

  await app.view().getByText('中国农业银行网点').first().waitFor()
  expect(await app.view().getByText('139****1234').first().isVisible(), 'the review shows the phone masked')
  await submitFromReview(app)
  await app.shot('receipt')

  const cases = Object.values(server.api.store.dump().cases)
  expect(cases.length === 1, `exactly one case was created; found ${cases.length}`)
  const created = cases[0]
  const view = app.view()
  expect(await view.getByText(created.caseNo, { exact: true }).isVisible(), `the receipt shows the case number ${created.caseNo}`)
  expect(await view.getByText(created.queryCode, { exact: true }).isVisible(), 'the receipt shows the 6-digit query code')
  expect(await view.getByText(/^预计 \d{4}年\d{1,2}月\d{1,2}日前办结/).first().isVisible(), 'the receipt says by when the case should conclude')
  expect(created.materials.some((m) => m.license?.type === '居民身份证') && created.materials.some((m) => m.files.length === 1), 'the case holds the e-license and the uploaded photo')

  // The draft is gone: opening the form again starts afresh.
  await app.open(`${FORM}?itemId=${item.id}`)
  expect(!(await app.view().getByText('有一份未提交的申请').isVisible()), 'after a successful submission no draft is offered')
})
