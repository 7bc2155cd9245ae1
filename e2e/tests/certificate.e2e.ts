import { decodeQr, signInAs, signOut, uploadPhoto, verdict } from '../lib/flows'
import { eventually, expect, test } from '../lib/harness'

const HOME = '/pages/index/index'
const MINE = '/pages/mine/index'
const CERT_APPLY = '/packages/certificate/apply/index'
const CERT_REQUESTS = '/packages/certificate/requests/index'
const CERT_DETAIL = '/packages/certificate/detail/index'
const VERIFY = '/packages/certificate/verify/index'
const WORKBENCH = '/packages/cadre/workbench/index'
const CADRE_REQUEST = '/packages/cadre/request/index'
const CADRE_CERTIFICATES = '/packages/cadre/certificates/index'

test('a village certificate across both roles: the resident requests, the cadre issues, its QR code read from the screen verifies it as valid, and after the cadre revokes it the same link says revoked', async ({ app, server }) => {
  // The resident verified their real name earlier (the application tests cover that screen).
  const resident = await server.api.signIn('resident')
  await server.api.verifyRealName(resident.token)

  // Resident: from 首页 to the request form of their own village.
  await signInAs(app, '居民')
  await app.open(HOME)
  await app.button(/^村\(居\)证明$/).click()
  await app.arrive(CERT_APPLY)
  await app.view().getByRole('radio', { name: /^家庭经济状况证明/ }).click()
  await app.view().getByRole('radio', { name: '晋江市' }).click()
  await app.view().getByRole('radio', { name: '安海镇' }).click()
  await app.view().getByRole('radio', { name: '西安村委会' }).click()
  await app.view().getByText('西安村委会').first().waitFor()
  await app.view().getByRole('textbox', { name: '用途（必填）' }).fill('子女申请助学金')
  await app.view().getByRole('textbox', { name: '家庭人口（必填）' }).fill('4')
  await app.view().getByRole('textbox', { name: '家庭年收入（必填）' }).fill('26000')
  await app.view().getByRole('radio', { name: '家庭成员患病' }).click()
  await app.view().getByRole('textbox', { name: '困难原因（必填）' }).fill('父亲长期患病需要治疗，母亲务农，家中两个孩子上学')
  const photoField = app.view().locator('.cert-field').filter({ hasText: '居民户口簿照片' })
  await uploadPhoto(app, photoField)
  await app.settle()
  await app.audit('certificate request form filled')
  await app.shot('request-form')
  await app.button(/^提交申请$/).click()
  await app.arrive(CERT_REQUESTS)
  await app.view().getByText('待审核').first().waitFor()
  const [request] = Object.values(server.api.store.dump().certificateRequests)
  expect(request?.status === 'pending', 'the request reached the village committee as pending')

  // Cadre of that village: the queue shows it, the cadre issues the certificate.
  await signOut(app)
  await signInAs(app, '村\\(居\\)干部')
  await app.button(/^村务工作台/).click()
  await app.arrive(WORKBENCH)
  await app.view().getByText('待审核 1').first().waitFor()
  await app.shot('workbench')
  await app.view().locator('.cadre-entry').filter({ hasText: '家庭经济状况证明' }).first().click()
  await app.arrive(CADRE_REQUEST)
  await app.button(/^出具证明$/).click()
  await app.button(/^确认出具$/).click()
  await eventually(async () => Object.values(server.api.store.dump().certificates).length === 1, 'approving issues exactly one certificate')
  // Back in the queue, the request has left 待审核.
  await app.arrive(WORKBENCH)
  await app.view().getByText('待审核 0').first().waitFor()
  const [certificate] = Object.values(server.api.store.dump().certificates)

  // Resident: opens the certificate; its QR code, read from a screenshot, opens the verify page.
  await signOut(app)
  await signInAs(app, '居民')
  await app.button(/^我的证明/).click()
  await app.arrive(CERT_REQUESTS)
  await app.view().getByRole('button', { name: `查看证明 ${certificate.no}` }).click()
  await app.arrive(CERT_DETAIL)
  await app.view().getByText(certificate.no).first().waitFor()
  await app.view().getByText('晋江市安海镇西安村民委员会').first().waitFor()
  const qr = app.view().locator('img[alt="证明核验二维码"]')
  await qr.waitFor()
  await app.shot('certificate')
  const link = await decodeQr(app, qr)
  expect(link.includes(`#${VERIFY}?`) && link.includes(encodeURIComponent(certificate.no)), `the QR code carries the verify link of ${certificate.no}; it says ${link}`)

  await app.page.goto(link)
  await app.arrive(VERIFY)
  expect((await verdict(app)) === '有效', `the verify page opened from the QR code says 有效; it says ${await verdict(app)}`)
  const shown = await app.view().innerText()
  expect(shown.includes('晋江市安海镇西安村民委员会') && shown.includes('家庭经济状况证明'), 'verification shows the type and the issuer')
  // Since issue 15 verification shows what the certificate states (to compare with the paper), never the full name.
  expect(shown.includes('子女申请助学金') && !shown.includes('测试居民'), 'verification shows what the certificate states, with the holder’s name masked')
  await app.shot('verified-valid')

  // Cadre revokes; the same link now says revoked.
  await app.open(MINE)
  await app.button('退出登录').click()
  await app.button(/^居民$/).waitFor()
  await signInAs(app, '村\\(居\\)干部')
  await app.button(/^村务工作台/).click()
  await app.arrive(WORKBENCH)
  await app.button('已出具证明（可撤销）').click()
  await app.arrive(CADRE_CERTIFICATES)
  await app.view().getByRole('button', { name: `撤销 ${certificate.no}` }).click()
  await app.view().getByRole('textbox', { name: '撤销证明的原因（必填）' }).fill('申请人家庭情况已发生变化')
  await app.button(/^确认撤销$/).click()
  await app.view().getByText(/^撤销于 /).first().waitFor()

  await app.page.goto(link)
  await app.arrive(VERIFY)
  await eventually(async () => (await verdict(app)) === '已撤销', 'after revocation the verify page opened from the same QR link says 已撤销')
  expect(await app.view().getByText(/撤销/).nth(1).isVisible(), 'the revoked verdict says when it was revoked')
  await app.shot('verified-revoked')
})
