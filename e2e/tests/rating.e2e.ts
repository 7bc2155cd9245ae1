import type { Rating } from '@contract/rating'
import { concludedCase, people } from '../../mock/test-support/worlds'
import type { AppDriver } from '../lib/app-driver'
import { signInAs } from '../lib/flows'
import { eventually, expect, test } from '../lib/harness'

const DETAIL = '/packages/cases/detail/index'
const RATE = '/packages/rating/rate/index'
const MY_RATINGS = '/packages/rating/mine/index'
const STATS = '/packages/rating/stats/index'

/** The text of the 总体情况 region of 好差评公示 (no login). */
async function overallFigures(app: AppDriver): Promise<string> {
  await app.open(STATS)
  const overall = app.view().getByRole('region', { name: '总体情况' })
  await overall.waitFor()
  return (await overall.innerText()).replace(/\s+/g, ' ')
}

test('好差评: a concluded case is rated 不满意 with a reason, the back office replies, the person sees the reply and gives a follow-up rating, and the public figures count it as rectified', async ({ app, server }) => {
  // A case of this resident that the back office concluded (the lifecycle has its own browser test).
  const who = await people(server.api)
  const concluded = await concludedCase(server.api, who)

  const before = await overallFigures(app)
  expect(before.includes('这段时间还没有评价'), `before any rating the figures say there is none; they read: ${before}`)

  // The resident rates from the case: 不满意 needs a reason before it can be sent.
  await signInAs(app, '居民')
  await app.open(`${DETAIL}?caseNo=${concluded.caseNo}`)
  const invite = app.view().getByRole('region', { name: '评价' })
  await invite.getByText(/^评价截止/).waitFor()
  await invite.locator('.taro-button-core').filter({ hasText: '去评价' }).click()
  await app.arrive(RATE)
  await app.view().getByRole('radio', { name: '不满意', exact: true }).click()
  await app.view().getByText('请至少选择一项不满意的原因').first().waitFor()
  const send = app.button('提交评价')
  expect((await send.getAttribute('disabled')) !== null, 'a bad rating without a reason cannot be sent: 提交评价 is disabled')
  await app.settle()
  await app.audit('bad rating without a reason')
  await app.view().getByRole('checkbox', { name: '办事效率', exact: true }).click()
  await app.view().getByRole('textbox', { name: /具体情况/ }).fill('排队等了很久')
  await app.shot('bad-rating')
  await send.click()
  await app.view().getByText('感谢您的评价').first().waitFor()
  const rating = Object.values(server.api.store.dump().ratings)[0]
  expect(rating?.level === 2 && rating.tags.includes('efficiency'), 'the backend holds one 不满意 rating with the reason 办事效率')

  const afterRating = await overallFigures(app)
  expect(afterRating.includes('评价 1 条') && afterRating.includes('差评 1 条'), `the figures count the bad rating; they read: ${afterRating}`)
  expect(!afterRating.includes('排队等了很久'), 'the public figures never show the rating text')

  // The back office verifies and replies.
  const replied = await server.api.post<Rating>(`/api/v1/admin/ratings/${rating.id}/reply`, {
    token: who.admin,
    json: { text: '经核实，当天窗口人手不足导致等候过长', rectification: '高峰时段增开两个窗口，并推行预约取号' },
  })
  expect(replied.status === 200, `the back office could reply: ${replied.status} ${replied.text}`)

  // The person sees the reply in 我的评价 and gives the one follow-up rating.
  await app.open(MY_RATINGS)
  const reply = app.view().getByRole('region', { name: '部门答复' }).first()
  await reply.getByText('经核实，当天窗口人手不足导致等候过长').waitFor()
  await reply.getByText(/高峰时段增开两个窗口/).waitFor()
  await app.button('回访评价').click()
  const followUp = app.view().getByRole('region', { name: '回访评价表' })
  await followUp.getByRole('radio', { name: '满意', exact: true }).click()
  await app.settle()
  await app.audit('follow-up form')
  await followUp.locator('.taro-button-core').filter({ hasText: '提交回访评价' }).click()
  await app.view().getByText('回访评价：满意').first().waitFor()
  await app.shot('reply-and-follow-up')
  await eventually(async () => server.api.store.dump().ratings[rating.caseNo]?.followUp?.level === 4, 'the follow-up rating reached the backend')

  // The public figures now count the bad rating as rectified.
  const afterReply = await overallFigures(app)
  expect(afterReply.includes('已整改 1 条') && afterReply.includes('整改率 100%'), `after the reply the figures show it rectified; they read: ${afterReply}`)
  await app.shot('figures')
})
