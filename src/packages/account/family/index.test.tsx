import Taro from '@tarojs/taro'
import type { Page } from '@contract/common'
import type { FamilyAuthorization } from '@contract/family'
import { receiptUrl } from '@/constants/routes'
import {
  findButton,
  findByText,
  getButton,
  getByLabel,
  leave,
  mockBackend,
  photo,
  pickPhotos,
  renderPage,
  signInAs,
  tap,
  testCatalogue,
  textOf,
  typeInto,
  waitFor,
  warmUpTaroComponents,
} from '@/testing'
import { idNumberCheckChar } from '@/domain/identity'
import ApplyFormPage from '../../apply/form/index'
import ReceiptPage from '../../apply/receipt/index'
import FamilyPage from './index'

// The parent: 86 years old, so 高龄津贴 is for her.
const parent17 = '35058219400315224'
const PARENT = { name: '王秀英', idNumber: `${parent17}${idNumberCheckChar(parent17)}` }

function input(container: HTMLElement, label: string): HTMLInputElement {
  const el = container.querySelector<HTMLInputElement>(`input[aria-label^="${label}（"], textarea[aria-label^="${label}（"]`)
  if (!el) throw new Error(`no input for ${label}`)
  return el
}

async function fill(container: HTMLElement, label: string, value: string): Promise<void> {
  // The native input appears inside Taro's Input a moment after mount.
  const el = await waitFor(() => input(container, label))
  typeInto(el, value)
  leave(el)
}

function radio(container: HTMLElement, label: string): HTMLElement {
  const found = Array.from(container.querySelectorAll<HTMLElement>('[role="radio"]')).find((el) => el.getAttribute('aria-label') === label)
  if (!found) throw new Error(`no choice ${label}`)
  return found
}

function stepStatus(container: HTMLElement): string {
  return textOf(container.querySelector('.step-indicator__status')!)
}

/** The code the parent sees in her own account (新用户, verified as the parent). */
async function codeInParentsAccount(): Promise<string> {
  const { token } = await signInAs('resident-new', { name: PARENT.name, idNumber: PARENT.idNumber, intoApp: false })
  const res = await mockBackend.app().get<Page<FamilyAuthorization>>('/api/v1/me/family/requests', { token })
  const code = res.body.items[0]?.code
  if (!code) throw new Error(`the parent sees no code: ${res.text}`)
  return code
}

jest.setTimeout(30_000)
beforeAll(() => warmUpTaroComponents(), 30_000)
beforeEach(() => mockBackend.app().store.clear())

describe('为家人办: from adding a parent to the receipt', () => {
  it('a resident adds their mother, enters the code she gives, applies 高龄津贴 for her and gets a receipt naming both', async () => {
    await signInAs('resident')
    const family = renderPage(FamilyPage)
    await findByText(family.container, '还没有添加家人')

    // Adding: the ID number is checked as on the server (a wrong check character is said under the field).
    await fill(family.container, '家人姓名', PARENT.name)
    await fill(family.container, '家人身份证号', `${parent17}${idNumberCheckChar(parent17) === '0' ? '1' : '0'}`)
    tap(radio(family.container, '父母'))
    tap(getButton(family.container, '添加家人'))
    await waitFor(() => expect(textOf(family.container)).toMatch(/校验位/))
    await fill(family.container, '家人身份证号', PARENT.idNumber)
    tap(getButton(family.container, '添加家人'))
    await findByText(family.container, '王**（父母）')
    expect(textOf(family.container)).toContain('待家人确认')
    expect(textOf(family.container)).not.toContain(PARENT.idNumber)

    // She reads the code in her own account and tells it; a wrong one is refused first.
    const code = await codeInParentsAccount()
    await fill(family.container, '家人告诉您的确认码', code === '000000' ? '111111' : '000000')
    tap(getByLabel(family.container, '确认王**（父母）'))
    await findByText(family.container, '确认码不正确，请向家人核对')
    await fill(family.container, '家人告诉您的确认码', code)
    tap(getByLabel(family.container, '确认王**（父母）'))
    await findByText(family.container, '已确认，可为其办理')
    family.unmount()

    // 高龄津贴: the family member is offered first; she is the 申请人, the resident the 经办人.
    const item = testCatalogue().seed.items.find((i) => i.palm && i.name === '高龄津贴申领' && i.region.code === '350500000000')!
    const redirect = jest.spyOn(Taro, 'redirectTo').mockResolvedValue({ errMsg: 'redirectTo:ok' })
    const form = renderPage(ApplyFormPage, { itemId: item.id })
    const { container } = form
    const member = await waitFor(() => radio(container, '家人：王**（父母）'))
    const choices = Array.from(container.querySelectorAll('[role="radiogroup"][aria-label="为谁办理"] [role="radio"]')).map((el) => el.getAttribute('aria-label'))
    expect(choices[0]).toBe('家人：王**（父母）')
    expect(textOf(container)).toContain('本事项多由子女等家人代为申请')
    tap(member)
    await findByText(container, '✓ 家人已确认授权，可以继续下一步')
    tap(getButton(container, '下一步'))
    await waitFor(() => expect(stepStatus(container)).toBe('第 2 步，共 4 步：填写信息'))

    // 联系电话 comes from the account, unmasked only in this form.
    await waitFor(() => expect(input(container, '联系电话').value).toBe('13805951234'))
    await fill(container, '户籍地址', '晋江市安海镇西安村 18 号')
    await fill(container, '现居住地址', '晋江市安海镇西安村 18 号')
    tap(radio(container, '中国农业银行'))
    await fill(container, '银行账号', '6228480012345678901')
    tap(getButton(container, '下一步'))
    await waitFor(() => expect(stepStatus(container)).toBe('第 3 步，共 4 步：上传材料'))

    // The resident's own e-licenses are not offered for the parent's papers.
    expect(textOf(container)).not.toContain('使用电子证照（免提交）')
    for (const name of ['老年人居民身份证', '本人银行账户信息']) {
      pickPhotos([photo(`${name}.jpg`)])
      tap(getByLabel(container, `拍照或从相册选择：${name}`))
      await waitFor(() => expect(textOf(container)).toContain(`${name}.jpg`))
    }
    await waitFor(() => expect(getButton(container, '下一步').hasAttribute('disabled')).toBe(false))
    tap(getButton(container, '下一步'))
    await waitFor(() => expect(stepStatus(container)).toBe('第 4 步，共 4 步：确认提交'))
    expect(textOf(container)).toContain('申请人王**（父母）')
    expect(textOf(container)).toContain('经办人王**（本人）')
    expect(textOf(container)).not.toContain('13805951234')

    tap(await findButton(container, '提交申请'))
    await waitFor(() => expect(redirect).toHaveBeenCalledTimes(1))
    const [stored] = Object.values(mockBackend.app().store.dump().cases)
    expect(redirect).toHaveBeenCalledWith({ url: receiptUrl(stored.caseNo) })
    expect(stored.applicant.name).toBe(PARENT.name)
    expect(stored.agent?.name).toBe('王小明')
    form.unmount()

    const receipt = renderPage(ReceiptPage, { caseNo: stored.caseNo })
    await findByText(receipt.container, '申请已提交')
    const facts = textOf(receipt.container.querySelector('[role="region"][aria-label="回执"]')!)
    expect(facts).toContain('申请人王**（3505**********')
    expect(facts).toContain('经办人王**')
  })
})
