import { cadreActs, certificateWorld, pendingRequest } from '../../mock/test-support/worlds'
import { MINE, signInAs } from '../lib/flows'
import { expect, test } from '../lib/harness'

const MESSAGES = '/packages/messages/list/index'
const CERT_REQUEST = '/packages/certificate/request/index'
const REASON = '户口簿照片不清晰，请重新拍摄后上传'

test('a village certificate request returned by the cadre reaches the resident as an unread message on 我的; opening it shows the request with the reason, and the count goes back to none', async ({ app, server }) => {
  // The resident asked for a 居住证明 and the cadre of 西安村 returned it (the certificate tests
  // walk those screens); what is tested here is how the resident hears of it.
  const world = await certificateWorld(server.api)
  const id = await pendingRequest(world)
  await cadreActs(server.api, id, 'return', REASON, world.cadre)

  await signInAs(app, '居民')
  await app.open(MINE)
  const entry = app.button(/^消息/)
  await entry.filter({ hasText: '1 条未读' }).waitFor()
  // The tab bar's badge says it too, in words a screen reader speaks.
  await app.tabBar().getByRole('tab', { name: '我的，1 条未读消息' }).waitFor()
  expect((await app.tabBar().locator('.app-tab-bar__badge').innerText()).trim() === '1', 'the 我的 tab shows the badge 1')
  await app.audit('我的 with one unread message')
  await app.shot('mine-unread')

  await entry.click()
  await app.arrive(MESSAGES)
  const message = app.view().getByRole('button', { name: /证明申请被退回/ })
  await message.waitFor()
  const text = (await message.innerText()).replace(/\s+/g, ' ')
  expect(text.includes('「居(租)住证明」申请已退回'), `the message names the certificate: ${text}`)
  expect(text.includes(REASON), `the message carries the cadre's reason: ${text}`)
  await app.audit('messages with the returned request')
  await app.shot('messages')

  await message.click()
  await app.arrive(CERT_REQUEST)
  await app.view().getByText(REASON).first().waitFor()
  await app.view().getByText('请按退回原因修改或补充材料后重新提交。').waitFor()
  await app.audit('the returned request')

  // Opened once, it is read: 我的 no longer counts it.
  await app.open(MINE)
  await app.button(/^消息/).filter({ hasText: '办件、证明、反映和评价的通知' }).waitFor()
  await app.tabBar().getByRole('tab', { name: '我的', exact: true }).waitFor()
  const unread = await server.api.get<{ count: number }>('/api/v1/me/messages/unread-count', { token: world.resident })
  expect(unread.body.count === 0, `the message is read after opening it (unread ${unread.body.count})`)
})
