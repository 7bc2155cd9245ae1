import type { Locator } from 'playwright-core'
import type { Case, CaseAction, CaseSummary } from '../../types/case'
import type { Page } from '../../types/common'
import type { E2EServer } from '../lib/server'
import type { AppDriver } from '../lib/app-driver'
import { testIdNumber } from '../../mock/test-support/fixtures'
import { choice, materialCard, signInAs, uploadPhoto } from '../lib/flows'
import { eventually, expect, test } from '../lib/harness'

const HOME = '/pages/index/index'
const SEARCH = '/packages/items/search/index'
const BUNDLE_GUIDE = '/packages/items/bundle/index'
const BUNDLE_APPLY = '/packages/apply/bundle/index'
const BUNDLE_RECEIPT = '/packages/apply/bundle/receipt/index'
const CASES_TAB = '/pages/cases/index'
const DETAIL = '/packages/cases/detail/index'
const PLACEHOLDER = '搜索事项，如 身份证、社保卡、sfz'
const BUNDLE = '新生儿出生一件事'

/** A field of the form kit, by its label (「新生儿姓名」). */
function field(app: AppDriver, label: string): Locator {
  return app.view().locator('.form-field').filter({ has: app.page.locator('.form-field__label').getByText(label, { exact: true }) })
}

/** Picks a region step by step inside one region field (县 → 镇 → 村 as far as the field goes). */
async function pickRegion(app: AppDriver, label: string, path: string[]): Promise<void> {
  const scope = field(app, label)
  for (const name of path) {
    const option = scope.getByRole('radio', { name, exact: true })
    await option.waitFor()
    await option.click()
  }
  await scope.getByText(`${path.join(' / ')}`).first().waitFor().catch(async () => {
    // The summary may join the names differently; what matters is that the last one is chosen.
    await scope.getByText(path[path.length - 1]).first().waitFor()
  })
}

/** The step indicator's words: 「第 3 步，共 7 步：填写信息」. */
async function stepIs(app: AppDriver, title: string): Promise<void> {
  await eventually(async () => ((await app.view().locator('.step-indicator__status').innerText()).trim().endsWith(`：${title}`)), `the application reaches the step ${title}`)
}

/** The back office (admin account) moves a part case as the department's clerk would. */
async function backOffice(server: E2EServer, caseNo: string, action: CaseAction, extra: Record<string, string> = {}): Promise<void> {
  const { token } = await server.api.signIn('admin')
  const res = await server.api.post(`/api/v1/admin/cases/${caseNo}/transition`, { token, json: { action, note: '', ...extra } })
  expect(res.status === 200, `the back office could ${action} ${caseNo}: ${res.status} ${res.text}`)
}

test('新生儿出生一件事 from a search for 宝宝出生 to one receipt, then two parts concluded by their departments and the bundle showing 已办结 2/4', async ({ app, server }) => {
  const resident = await server.api.signIn('resident')
  await server.api.verifyRealName(resident.token)
  await signInAs(app, '居民')

  // 首页 → search 宝宝出生: the bundle is the first result and opens its own guide.
  await app.open(HOME)
  await app.button(PLACEHOLDER).click()
  await app.arrive(SEARCH)
  await app.view().getByRole('searchbox', { name: PLACEHOLDER }).pressSequentially('宝宝出生', { delay: 40 })
  await app.button(/^搜索$/).click()
  const first = app.view().locator('.search-results__list').locator('.taro-button-core').first()
  await first.waitFor()
  expect((await first.innerText()).startsWith(BUNDLE), `the first result of 宝宝出生 is ${BUNDLE}: ${(await first.innerText()).slice(0, 40)}`)
  await app.settle()
  await app.audit('search results for 宝宝出生')
  await first.click()
  await app.arrive(BUNDLE_GUIDE)
  for (const part of ['出生登记', '新生儿参保登记', '社会保障卡申领', '生育保险待遇核准（生育医疗费用）']) {
    await app.view().getByText(part, { exact: true }).first().waitFor()
  }
  await app.settle()
  await app.audit('bundle guide')
  await app.shot('bundle-guide')

  // 立即申请: for oneself (verified), all four parts, one form, one set of materials, one pickup.
  await app.button('立即申请').click()
  await app.arrive(BUNDLE_APPLY)
  await stepIs(app, '为谁办理')
  await app.view().getByText('✓ 申请人信息已核验，可以继续下一步').waitFor()
  await app.audit('bundle: for whom')
  await app.button(/^下一步$/).click()

  await stepIs(app, '选择事项')
  await app.view().getByRole('checkbox', { name: /^出生登记（必办事项，不能取消）/ }).waitFor()
  for (const optional of ['社会保障卡申领', '生育保险待遇核准（生育医疗费用）']) {
    const box = app.view().getByRole('checkbox', { name: new RegExp(`^(✓)?${optional.replace(/[()（）]/g, '.')}`) })
    if ((await box.getAttribute('aria-checked')) !== 'true') await box.click()
    await eventually(async () => (await box.getAttribute('aria-checked')) === 'true', `${optional} is chosen`)
  }
  await app.audit('bundle: parts')
  await app.button(/^下一步$/).click()

  await stepIs(app, '填写信息')
  // The baby's name is asked once although 出生登记 and 新生儿参保登记 both need it.
  await eventually(async () => (await field(app, '新生儿姓名').count()) === 1, '新生儿姓名 is asked once for every part')
  await field(app, '新生儿姓名').getByRole('textbox').fill('陈小宝')
  await choice(app, '新生儿性别（必填）', '女').click()
  await field(app, '出生日期').getByRole('button').first().click()
  const chooser = app.view().getByRole('dialog', { name: '选择出生日期' })
  await chooser.waitFor()
  await chooser.getByRole('button', { name: /^确定/ }).click()
  await pickRegion(app, '出生地', ['丰泽区'])
  await choice(app, '随父或随母落户（必填）', '随父落户').click()
  await pickRegion(app, '落户地（村/社区）', ['晋江市', '安海镇', '西安村委会'])
  await field(app, '母亲身份证号').getByRole('textbox').fill(testIdNumber('350582', '19920315', '122'))
  await field(app, '联系电话').getByRole('textbox').fill('13905951234')
  await field(app, '出生医学证明编号').getByRole('textbox').fill('Q350012345')
  await choice(app, '领卡网点（必填）', '中国农业银行网点').click()
  await field(app, '生育职工姓名').getByRole('textbox').fill('林秀英')
  await choice(app, '分娩方式（必填）', '顺产').click()
  await field(app, '分娩医院').getByRole('textbox').fill('泉州市妇幼保健院')
  await choice(app, '收款银行（必填）', '中国农业银行').click()
  await field(app, '银行卡号').getByRole('textbox').fill('6228480012345678901')
  await app.settle()
  await app.audit('bundle: one form')
  await app.shot('bundle-form')
  await app.button(/^下一步$/).click()

  await stepIs(app, '上传材料')
  const required = await app.view().locator('.material-card').filter({ hasText: '必交' }).all()
  expect(required.length >= 4, `the materials step lists the required materials once each (${required.length})`)
  for (const name of ['出生医学证明', '父亲或母亲的居民户口簿', '父母双方居民身份证', '监护人居民身份证', '居民身份证', '近期彩色免冠证件照片', '医疗费用票据（生育医疗费用未直接结算的提供）', '本人银行账户信息']) {
    const card = materialCard(app, name)
    if ((await card.count()) === 0) continue
    await uploadPhoto(app, card)
  }
  await app.settle()
  await app.audit('bundle: materials')
  await app.button(/^下一步$/).click()

  await stepIs(app, '领取方式')
  await choice(app, '领取方式（必填）', '窗口领取').click()
  const hall = app.view().getByRole('radiogroup', { name: /^领取地点/ }).getByRole('radio').first()
  await hall.click()
  await app.settle()
  await app.audit('bundle: delivery')
  await app.button(/^下一步$/).click()

  await stepIs(app, '确认提交')
  await app.view().getByText('窗口领取：', { exact: false }).first().waitFor()
  await app.settle()
  await app.audit('bundle: review')
  await app.button('提交申请').click()
  await app.arrive(BUNDLE_RECEIPT)
  await app.view().getByText('“一件事”申请已提交').waitFor()
  await app.settle()
  await app.audit('bundle receipt')
  await app.shot('bundle-receipt')

  // One bundle case with four part cases reached the back office.
  const list = await server.api.get<Page<CaseSummary>>('/api/v1/cases', { token: resident.token })
  const bundles = list.body.items.filter((c) => c.item.name === BUNDLE)
  expect(bundles.length === 1, `one bundle case in 办件 (${bundles.length})`)
  const bundle = (await server.api.get<Case>(`/api/v1/cases/${bundles[0].caseNo}`, { token: resident.token })).body
  expect(bundle.parts?.length === 4, `four part cases (${bundle.parts?.length})`)
  await app.view().getByText(bundle.caseNo).first().waitFor()

  // Two departments conclude their parts.
  for (const part of bundle.parts!.slice(0, 2)) {
    await backOffice(server, part.caseNo, 'accept')
    await backOffice(server, part.caseNo, 'start-review')
    await backOffice(server, part.caseNo, 'approve', { result: `${part.name}已办理完成` })
    await backOffice(server, part.caseNo, 'conclude', { result: `${part.name}已办结` })
  }

  // 办件: the bundle is one case, 已办结 2/4, and its detail lists each part.
  await app.open(CASES_TAB)
  const card = app.view().getByRole('button', { name: new RegExp(BUNDLE) }).first()
  await card.waitFor()
  await eventually(async () => (await card.innerText()).includes('已办结 2/4'), 'the 办件 list shows 已办结 2/4 on the bundle')
  await app.settle()
  await app.audit('办件 with the bundle')
  await app.shot('cases-bundle')
  await card.click()
  await app.arrive(DETAIL)
  await app.view().getByText('已办结 2/4').first().waitFor()
  for (const part of bundle.parts!) await app.view().getByText(part.caseNo).first().waitFor()
  await app.settle()
  await app.audit('bundle case detail')
  await app.shot('bundle-detail')
})
