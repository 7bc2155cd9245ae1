import type { CaseAction, TransitionInput } from '@contract/case'
import { cityItem } from '../../mock/test-support/fixtures'
import type { AppDriver } from '../lib/app-driver'
import {
  attachSocialSecurityCardMaterials,
  fillSocialSecurityCardDetails,
  openApplication,
  signInAs,
  submitFromReview,
  uploadPhoto,
  verifyRealNameInForm,
} from '../lib/flows'
import { eventually, expect, test } from '../lib/harness'
import type { E2EServer } from '../lib/server'

const CASES_TAB = '/pages/cases/index'
const DETAIL = '/packages/cases/detail/index'
const SUPPLEMENT = '/packages/apply/supplement/index'

/** The back office (admin account) moves a case, as a window clerk would in their own system. */
async function backOffice(server: E2EServer, caseNo: string, action: CaseAction, extra: Partial<TransitionInput> = {}): Promise<void> {
  const { token } = await server.api.signIn('admin')
  const res = await server.api.post(`/api/v1/admin/cases/${caseNo}/transition`, { token, json: { action, note: '', ...extra } })
  expect(res.status === 200, `the back office could ${action} ${caseNo}: ${res.status} ${res.text}`)
}

/** The timeline section's text on the detail page. */
function timeline(app: AppDriver) {
  return app.view().getByRole('region', { name: '办理记录' })
}

test('a case moves from submission to 办结: accepted, a supplement asked for and uploaded from the case, concluded, and the 办件 list shows 办结', async ({ app, server }) => {
  const item = cityItem(server.api.seed, '社会保障卡申领')

  await signInAs(app, '居民')
  await openApplication(app, item.id)
  await verifyRealNameInForm(app)
  await fillSocialSecurityCardDetails(app)
  await attachSocialSecurityCardMaterials(app)
  await app.button(/^下一步$/).click()
  await submitFromReview(app)
  const [created] = Object.values(server.api.store.dump().cases)
  const caseNo = created.caseNo

  // From the receipt to the case, which waits for acceptance.
  await app.button('查看办件进度').click()
  await app.arrive(DETAIL)
  await app.view().getByText(caseNo).first().waitFor()

  // The back office accepts: the timeline shows it after the page is shown again.
  await backOffice(server, caseNo, 'accept', { note: '材料齐全，予以受理' })
  await app.reload()
  await timeline(app).getByText('已受理').first().waitFor()
  await timeline(app).getByText('材料齐全，予以受理').waitFor()
  await app.shot('accepted')

  // A supplement is requested: the case says what is missing and why.
  await backOffice(server, caseNo, 'start-review')
  await backOffice(server, caseNo, 'request-supplement', { note: '照片背景须为白色，请重新上传', supplementItems: ['白底证件照片'] })
  await app.reload()
  const supplementBlock = app.view().getByRole('region', { name: '需要补正' })
  await supplementBlock.getByText('照片背景须为白色，请重新上传').waitFor()
  await supplementBlock.getByText('白底证件照片').waitFor()
  await app.audit('case needs a supplement')
  await app.shot('needs-supplement')

  // The person uploads it from the case; the case goes back to review.
  await supplementBlock.locator('.taro-button-core').filter({ hasText: '去补正' }).click()
  await app.arrive(SUPPLEMENT)
  const itemBlock = app.view().getByRole('listitem').filter({ has: app.page.getByRole('heading', { name: '白底证件照片' }) })
  await uploadPhoto(app, itemBlock)
  await app.settle()
  await app.audit('supplement with the photo uploaded')
  await app.button('提交补正材料').click()
  await app.arrive(DETAIL)
  await timeline(app).getByText('已提交补正材料').waitFor()
  await eventually(async () => server.api.store.dump().cases[caseNo]?.status === 'in-review', 'after the supplement the case is back in review on the server')
  expect(!(await app.view().getByRole('region', { name: '需要补正' }).isVisible()), 'once supplied, the case no longer asks for a supplement')

  // The back office approves and concludes; the 办件 list shows 办结.
  await backOffice(server, caseNo, 'approve', { result: '社会保障卡已制作完成' })
  await backOffice(server, caseNo, 'conclude', { note: '已通知领卡', result: '社会保障卡已制作完成，请到中国农业银行网点领取' })
  await app.reload()
  await app.view().getByRole('region', { name: '办理结果' }).getByText('社会保障卡已制作完成，请到中国农业银行网点领取').waitFor()
  await app.shot('concluded')

  await app.open(CASES_TAB)
  const card = app.view().locator('.case-card').filter({ hasText: caseNo })
  await card.waitFor()
  expect(await card.getByText('已办结').isVisible(), `the 办件 list shows ${caseNo} as 已办结; the card reads: ${await card.innerText()}`)
  await app.shot('cases-list')
})
