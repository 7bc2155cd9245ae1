import type { AppDriver } from '../lib/app-driver'
import { eventually, expect, test } from '../lib/harness'
import { tapTargets, textSizes, tooSmall, type TextSizes } from '../lib/measure'

const HOME = '/pages/index/index'
const MINE = '/pages/mine/index'

/** The 长辈模式 switch, as a screen reader announces it. */
function elderSwitch(app: AppDriver) {
  return app.view().getByRole('switch', { name: '长辈模式' })
}

const describe = (s: TextSizes) => `body ${s.body}px, smallest ${s.smallest}px, ${JSON.stringify(s.histogram)}`

async function expectTapTargets(app: AppDriver, min: number, where: string): Promise<void> {
  const small = tooSmall(await tapTargets(app.view()), min)
  expect(small.length === 0, `on ${where} every tap target should be at least ${min}×${min} px; too small: ${small.join('; ')}`)
}

test('长辈模式 on 我的 makes text and buttons larger on 我的 and 首页, and stays on after a reload', async ({ app }) => {
  await app.open(HOME)
  const homeBefore = await textSizes(app.view())
  await expectTapTargets(app, 44, '首页 (standard mode)')

  await app.tab('我的', MINE)
  const mineBefore = await textSizes(app.view())
  await expectTapTargets(app, 44, '我的 (standard mode)')
  const toggle = elderSwitch(app)
  expect(!(await toggle.isChecked()), '长辈模式 should start off on a fresh phone')
  // Screenshots show the switch itself, the way a person looks at it before and after tapping.
  await toggle.evaluate((el) => el.scrollIntoView({ block: 'center' }))
  await app.shot('mine-standard')

  await toggle.click()
  await eventually(() => toggle.isChecked(), 'tapping the 长辈模式 switch turns it on')
  await app.settle()
  await app.audit('我的 in elder mode')
  await toggle.evaluate((el) => el.scrollIntoView({ block: 'center' }))
  await app.shot('mine-elder')

  const mineAfter = await textSizes(app.view())
  expect(mineAfter.body >= 18, `elder mode body text on 我的 should be ≥ 18 px: ${describe(mineAfter)}`)
  expect(mineAfter.body > mineBefore.body, `elder mode should enlarge body text on 我的: before ${describe(mineBefore)}; after ${describe(mineAfter)}`)
  await expectTapTargets(app, 60, '我的 (elder mode)')

  await app.tab('首页', HOME)
  await app.shot('home-elder')
  const homeAfter = await textSizes(app.view())
  expect(homeAfter.body >= 18, `elder mode body text on 首页 should be ≥ 18 px: ${describe(homeAfter)}`)
  expect(homeAfter.body > homeBefore.body, `elder mode should enlarge body text on 首页: before ${describe(homeBefore)}; after ${describe(homeAfter)}`)
  await expectTapTargets(app, 60, '首页 (elder mode)')

  // The choice is the person's, kept on the phone: a reload (the app reopened) keeps it.
  await app.reload()
  const homeReloaded = await textSizes(app.view())
  expect(homeReloaded.body >= 18, `after a reload 首页 should still be in elder mode: ${describe(homeReloaded)}`)
  await app.tab('我的', MINE)
  expect(await elderSwitch(app).isChecked(), 'after a reload the 长辈模式 switch should still be on')
  const mineReloaded = await textSizes(app.view())
  expect(mineReloaded.body >= 18, `after a reload 我的 should still be in elder mode: ${describe(mineReloaded)}`)

  // Taro's tab bar stands in for WeChat's native one, whose size no mini-program can change, so it
  // is reported rather than held to the 60 px rule.
  const tabs = (await tapTargets(app.tabBar())).map((t) => `${t.label} ${t.width}×${t.height}`)
  console.log(`      tab bar in elder mode: ${tabs.join(', ')}`)
  console.log(`      text 首页 ${homeBefore.body}→${homeAfter.body}px, 我的 ${mineBefore.body}→${mineAfter.body}px`)
})
