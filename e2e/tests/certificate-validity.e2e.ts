import { HOLDER_ID, HOLDER_NAME, residenceInput, submittedRequest } from '../../mock/test-support/worlds'
import { decodeQr, signInAs, signOut, verdict } from '../lib/flows'
import { eventually, expect, test } from '../lib/harness'

const CERT_REQUESTS = '/packages/certificate/requests/index'
const CERT_REQUEST = '/packages/certificate/request/index'
const CERT_DETAIL = '/packages/certificate/detail/index'
const VERIFY = '/packages/certificate/verify/index'
const WORKBENCH = '/packages/cadre/workbench/index'
const CADRE_REQUEST = '/packages/cadre/request/index'
const CADRE_CERTIFICATES = '/packages/cadre/certificates/index'

test('a certificate past its 有效期至: issued by the cadre, opened from the resident’s request detail, its QR code read from the screen verifies it as 已过期 once the admin clock passes the date, with what it states', async ({ app, server }) => {
  // The resident's request, made earlier (the form has its own tests): a 居(租)住证明, 90 days.
  const resident = await server.api.signIn('resident')
  await server.api.verifyRealName(resident.token, { name: HOLDER_NAME, idNumber: HOLDER_ID })
  const photo = await server.api.upload(resident.token)
  const request = await submittedRequest(server.api, resident.token, residenceInput(photo.fileId, { purpose: '子女入学' }))

  // Cadre: issues it, then finds it in the issued list with number, masked holder and 有效期至, and opens it.
  await signInAs(app, '村\\(居\\)干部')
  await app.button(/^村务工作台/).click()
  await app.arrive(WORKBENCH)
  await app.view().locator('.cadre-entry').filter({ hasText: '居(租)住证明' }).first().click()
  await app.arrive(CADRE_REQUEST)
  await app.button(/^出具证明$/).click()
  await app.button(/^确认出具$/).click()
  await eventually(async () => Object.values(server.api.store.dump().certificates).length === 1, 'approving issues one certificate')
  const [certificate] = Object.values(server.api.store.dump().certificates)
  expect(certificate.validUntil === '2022-05-30', `a 居住证明 issued on 2022-03-01 is valid through 2022-05-30; it says ${certificate.validUntil}`)
  await app.arrive(WORKBENCH)
  await app.button('已出具证明（可撤销）').click()
  await app.arrive(CADRE_CERTIFICATES)
  const entry = app.view().locator('.cadre__card').filter({ hasText: certificate.no })
  await entry.getByText('有效期至 2022年5月30日').waitFor()
  const entryText = await entry.innerText()
  expect(entryText.includes('陈**') && !entryText.includes(HOLDER_NAME), `the issued list masks the holder; it says ${entryText}`)
  await app.shot('cadre-issued-list')
  await app.view().getByRole('button', { name: `查看证明 ${certificate.no}` }).click()
  await app.arrive(CERT_DETAIL)
  await app.view().getByText(certificate.no).first().waitFor()

  // Resident: 我的证明 → 申请详情 → the certificate; its QR code read from the screen.
  await signOut(app)
  await signInAs(app, '居民')
  await app.button(/^我的证明/).click()
  await app.arrive(CERT_REQUESTS)
  await app.view().getByText('有效期至 2022年5月30日').first().waitFor()
  await app.view().getByRole('button', { name: '查看详情 居(租)住证明' }).click()
  await app.arrive(CERT_REQUEST)
  await app.view().getByText(`证明编号 ${certificate.no}`).waitFor()
  await app.view().getByText('出具证明').first().waitFor()
  await app.shot('request-detail')
  await app.view().getByRole('button', { name: `查看证明 ${certificate.no}` }).click()
  await app.arrive(CERT_DETAIL)
  const qr = app.view().locator('img[alt="证明核验二维码"]')
  await qr.waitFor()
  const link = await decodeQr(app, qr)
  expect(link.includes(`#${VERIFY}?`) && link.includes(encodeURIComponent(certificate.no)), `the QR code carries the verify link of ${certificate.no}; it says ${link}`)

  await app.page.goto(link)
  await app.arrive(VERIFY)
  expect((await verdict(app)) === '有效', `before 有效期至 the verify page says 有效; it says ${await verdict(app)}`)

  // The back office moves the clock (PUT /admin/clock) past 有效期至.
  const admin = await server.api.signIn('admin')
  const moved = await server.api.put('/api/v1/admin/clock', { token: admin.token, json: { now: '2022-06-02T10:00:00+08:00' } })
  expect(moved.status === 200, `the admin clock moved; it answered ${moved.status} ${moved.text}`)

  // The same QR link now says 已过期, with what the certificate states to compare with the paper.
  await app.page.goto(link)
  await app.arrive(VERIFY)
  await eventually(async () => (await verdict(app)) === '已过期', 'after 有效期至 the verify page opened from the QR link says 已过期')
  const shown = await app.view().innerText()
  expect(shown.includes('2022年5月30日'), 'the verdict names 有效期至')
  expect(shown.includes('子女入学') && shown.includes('晋江市安海镇西安村西安路12号'), 'verification shows the stated purpose and address')
  expect(shown.includes('陈**') && !shown.includes(HOLDER_NAME) && !shown.includes(HOLDER_ID.slice(0, 10)), 'verification masks the holder and shows no ID number')
  await app.shot('verified-expired')

  // The holder's own view says so too.
  await app.open(`${CERT_DETAIL}?no=${encodeURIComponent(certificate.no)}`)
  await app.arrive(CERT_DETAIL)
  await app.view().getByText('此证明已过期').waitFor()
  expect(request.status === 'pending', 'the request was pending when made')
})
