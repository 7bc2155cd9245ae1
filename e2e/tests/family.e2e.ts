import type { Case, CaseSummary } from '../../types/case'
import type { Page } from '../../types/common'
import type { FamilyAuthorization } from '../../types/family'
import { cityItem, testIdNumber } from '../../mock/test-support/fixtures'
import { choice, materialCard, MINE, openApplication, RECEIPT, signInAs, uploadPhoto } from '../lib/flows'
import { eventually, expect, test } from '../lib/harness'

const IDENTITY = '/packages/apply/identity/index'
const FAMILY = '/packages/account/family/index'
const CASE_DETAIL = '/packages/cases/detail/index'
const PARENT = { name: '王秀英', idNumber: testIdNumber('350582', '19400315', '224') }

test('a resident adds their mother, she confirms with her code, the resident applies 高龄津贴 for her, and the case shows both 申请人 and 经办人 to both of them', async ({ app, server }) => {
  const item = cityItem(server.api.seed, '高龄津贴申领')

  // The resident verifies their own name first (我的 → 实名认证).
  await signInAs(app, '居民')
  await app.open(`${IDENTITY}?kind=personal`)
  await app.button('同意并继续').click()
  await app.view().getByRole('textbox', { name: '姓名' }).fill('陈志明')
  await app.view().getByRole('textbox', { name: '身份证号' }).fill(testIdNumber('350582', '19700506', '135'))
  await app.button('提交认证').click()
  await app.view().getByText('✓ 已实名').waitFor()
  await app.audit('verified')

  // 我的 → 家人: add the mother.
  await app.open(MINE)
  await app.button(/为父母等家人办事/).click()
  await app.arrive(FAMILY)
  await app.view().getByText('还没有添加家人').waitFor()
  await app.view().getByRole('textbox', { name: '家人姓名（必填）' }).fill(PARENT.name)
  await app.view().getByRole('textbox', { name: '家人身份证号（必填）' }).fill(PARENT.idNumber)
  await app.view().getByRole('radiogroup', { name: '家人是您的（必填）' }).getByRole('radio', { name: '父母', exact: true }).click()
  await app.settle()
  await app.audit('add family member')
  await app.button('添加家人').click()
  await app.view().getByText('王**（父母）').waitFor()
  await app.view().getByText('待家人确认').waitFor()
  await app.shot('member-pending')

  // The mother sees the code in her own account (here through the API) and tells it.
  const mother = (await server.api.signIn('resident-new')).token
  await server.api.verifyRealName(mother, PARENT)
  const requests = await server.api.get<Page<FamilyAuthorization>>('/api/v1/me/family/requests', { token: mother })
  const code = requests.body.items[0]?.code
  expect(typeof code === 'string' && /^\d{6}$/.test(code), `the mother sees a 6-digit code; got ${requests.text}`)
  await app.view().getByRole('textbox', { name: '家人告诉您的确认码（必填）' }).fill(code!)
  await app.button(/^确认$/).click()
  await app.view().getByText('已确认，可为其办理').waitFor()
  await app.settle()
  await app.audit('member confirmed')

  // 高龄津贴 from its guide: the family member is offered first.
  await openApplication(app, item.id)
  const forWhom = app.view().getByRole('radiogroup', { name: '为谁办理' }).getByRole('radio')
  await forWhom.first().waitFor()
  expect((await forWhom.first().getAttribute('aria-label')) === '家人：王**（父母）', 'for an item of the elderly the family member comes first')
  await app.settle()
  await app.audit('applicant step')
  await forWhom.first().click()
  await app.view().getByText('✓ 家人已确认授权，可以继续下一步').waitFor()
  await app.button(/^下一步$/).click()

  // 联系电话 is filled in from the account.
  const phone = app.view().getByRole('textbox', { name: '联系电话（必填）' })
  await eventually(async () => (await phone.inputValue()) === '13805951234', '联系电话 is prefilled from the account')
  await app.view().getByRole('textbox', { name: '户籍地址（必填）' }).fill('晋江市安海镇西安村 18 号')
  await app.view().getByRole('textbox', { name: '现居住地址（必填）' }).fill('晋江市安海镇西安村 18 号')
  await choice(app, '发放账户开户银行（必填）', '中国农业银行').click()
  await app.view().getByRole('textbox', { name: '银行账号（必填）' }).fill('6228480012345678901')
  await app.settle()
  await app.audit('details step')
  await app.button(/^下一步$/).click()

  for (const name of ['老年人居民身份证', '本人银行账户信息']) await uploadPhoto(app, materialCard(app, name))
  expect(!(await app.view().getByText('使用电子证照（免提交）').first().isVisible()), 'the resident’s own e-licenses are not offered for the mother’s papers')
  await app.settle()
  await app.audit('materials step')
  await app.button(/^下一步$/).click()

  await app.view().getByText('经办人').first().waitFor()
  await app.settle()
  await app.audit('review step')
  await app.button('提交申请').click()
  await app.arrive(RECEIPT)
  await app.view().getByText('申请已提交').waitFor()
  await app.view().getByText('经办人').first().waitFor()
  await app.shot('receipt')

  const cases = Object.values(server.api.store.dump().cases)
  expect(cases.length === 1, `one case; found ${cases.length}`)
  const created = cases[0]
  expect(created.applicant.name === PARENT.name && created.agent?.name === '陈志明', 'the case stores the mother as 申请人 and the resident as 经办人')

  // The case detail names both people.
  await app.open(`${CASE_DETAIL}?caseNo=${created.caseNo}`)
  await app.view().getByText(/^申请人 王\*\*/).waitFor()
  await app.view().getByText(/^经办人 陈\*\*/).waitFor()
  await app.shot('case-detail')

  // And the mother sees it in her own 办件 too.
  const hers = await server.api.get<Page<CaseSummary>>('/api/v1/cases', { token: mother })
  expect(hers.body.items.some((c) => c.caseNo === created.caseNo), 'the mother’s 办件 list has the case')
  const detail = await server.api.get<Case>(`/api/v1/cases/${created.caseNo}`, { token: mother })
  expect(detail.status === 200 && detail.body.agent?.name === '陈**', 'the mother sees who filed it for her')
})
