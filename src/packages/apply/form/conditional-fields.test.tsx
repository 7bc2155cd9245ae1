import {
  type CatalogueItem,
  findByText,
  getButton,
  leave,
  mockBackend,
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
import ApplyFormPage from './index'

const first17 = '35058219900307123'
const APPLICANT = { name: '王小明', idNumber: `${first17}${idNumberCheckChar(first17)}` }

function palmItem(name: string): CatalogueItem {
  const item = testCatalogue().seed.items.find((i) => i.palm && i.name === name)
  if (!item) throw new Error(`the seed has no palm item ${name}`)
  return item
}

function stepStatus(container: HTMLElement): string {
  return textOf(container.querySelector('.step-indicator__status')!)
}

function fieldBlock(container: HTMLElement, label: string): HTMLElement | null {
  const labels = Array.from(container.querySelectorAll('.form-field__label')).filter((l) => textOf(l) === label)
  return (labels[0]?.closest('.form-field') as HTMLElement | undefined) ?? null
}

function errorUnder(container: HTMLElement, label: string): string | null {
  const error = fieldBlock(container, label)?.querySelector('.form-field__error')
  return error ? textOf(error) : null
}

function input(container: HTMLElement, label: string): HTMLInputElement | null {
  return container.querySelector<HTMLInputElement>(`input[aria-label^="${label}（"], textarea[aria-label^="${label}（"]`)
}

function choose(container: HTMLElement, label: string, option: string): void {
  const target = Array.from(fieldBlock(container, label)!.querySelectorAll('[role="radio"]')).find((el) => el.getAttribute('aria-label') === option)
  if (!target) throw new Error(`no option ${option} in ${label}`)
  tap(target)
}

async function openDetails(item: CatalogueItem) {
  const page = renderPage(ApplyFormPage, { itemId: item.id })
  await findByText(page.container, item.name, '.apply-form__item')
  tap(getButton(page.container, '下一步'))
  await waitFor(() => expect(stepStatus(page.container)).toBe('第 2 步，共 4 步：填写信息'))
  // Plain inputs are drawn at once; a multi-line field is a web component drawn a moment later.
  await waitFor(() => {
    if (!page.container.querySelector('.form-field input')) throw new Error('inputs not rendered yet')
    const textareas = Array.from(page.container.querySelectorAll('taro-textarea-core'))
    if (textareas.some((t) => !t.querySelector('textarea'))) throw new Error('multi-line fields not drawn yet')
  })
  return page
}

jest.setTimeout(15_000)
beforeAll(() => warmUpTaroComponents(), 30_000)
beforeEach(() => mockBackend.app().store.clear())

describe('在线申报: fields that depend on an answer', () => {
  it('asks for 邮寄地址 only once 免费邮寄 is chosen, then requires it before 下一步', async () => {
    await signInAs('resident', APPLICANT)
    const { container } = await openDetails(palmItem('居民身份证换领'))
    expect(fieldBlock(container, '邮寄地址')).toBeNull()

    choose(container, '换领原因', '有效期满换领')
    choose(container, '领取方式', '免费邮寄')
    await waitFor(() => expect(input(container, '邮寄地址')?.getAttribute('aria-label')).toBe('邮寄地址（必填）'))
    const phone = input(container, '联系电话')!
    typeInto(phone, '13805951234')

    tap(getButton(container, '下一步'))
    await waitFor(() => expect(errorUnder(container, '邮寄地址')).toBe('请填写邮寄地址'))
    expect(stepStatus(container)).toBe('第 2 步，共 4 步：填写信息')

    // Back to window pickup: the address is no longer asked for, nor its message shown.
    choose(container, '领取方式', '受理点领取')
    await waitFor(() => expect(fieldBlock(container, '邮寄地址')).toBeNull())
    choose(container, '领取方式', '免费邮寄')
    await waitFor(() => expect(input(container, '邮寄地址')).not.toBeNull())
    expect(errorUnder(container, '邮寄地址')).toBeNull()
    typeInto(input(container, '邮寄地址')!, '晋江市安海镇西安村 100 号')
    leave(input(container, '邮寄地址')!)
    tap(getButton(container, '下一步'))
    await waitFor(() => expect(stepStatus(container)).toBe('第 3 步，共 4 步：上传材料'))
  })

  it('marks 情况说明 必填 for 其他原因换领 and says why when it is empty', async () => {
    await signInAs('resident', APPLICANT)
    const { container } = await openDetails(palmItem('居民身份证换领'))
    expect(input(container, '情况说明')?.getAttribute('aria-label')).toBe('情况说明（选填）')
    choose(container, '换领原因', '其他原因换领')
    await waitFor(() => expect(input(container, '情况说明')?.getAttribute('aria-label')).toBe('情况说明（必填）'))
    tap(getButton(container, '下一步'))
    await waitFor(() => expect(errorUnder(container, '情况说明')).toBe('选择「其他原因换领」的，请填写情况说明'))
    // A reason that needs no note takes the message away.
    choose(container, '换领原因', '有效期满换领')
    await waitFor(() => expect(errorUnder(container, '情况说明')).toBeNull())
  })
})
