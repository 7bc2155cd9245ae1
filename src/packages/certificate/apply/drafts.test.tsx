import { findByText, getByLabel, leave, renderPage, signInAs, tap, textOf, typeInto, waitFor, warmUpTaroComponents } from '@/testing'
import ApplyPage from './index'

beforeAll(() => warmUpTaroComponents(), 30_000)

function input(container: HTMLElement, label: string): HTMLInputElement {
  const el = container.querySelector<HTMLInputElement>(`input[aria-label="${label}"], textarea[aria-label="${label}"]`)
  if (!el) throw new Error(`no input labelled ${label}`)
  return el
}

async function chooseType(container: HTMLElement, name: string) {
  const title = await findByText(container, name, '.cert-type__name')
  tap(title.closest('.taro-button-core')!)
  await findByText(container, `填写「${name}」`)
}

function badgeOf(container: HTMLElement, materialKey: string): string {
  const badge = container.querySelector(`#cert-field-materials-${materialKey} .cert-badge`)
  if (!badge) throw new Error(`no badge for ${materialKey}`)
  return textOf(badge)
}

describe('申请村(居)证明: labels that match the server’s rule, and a draft that survives closing the app', () => {
  it('labels the lease photo 租住、借住必交, then 必交 once 租住 is chosen (never 选交)', async () => {
    await signInAs('resident', { name: '陈美玲' })
    const { container } = renderPage(ApplyPage)
    const card = (await findByText(container, '居(租)住证明', '.cert-type__name')).closest('.taro-button-core')!
    expect(textOf(card)).toContain('租赁合同或借住说明照片（租住、借住必交）')
    await chooseType(container, '居(租)住证明')
    expect(badgeOf(container, 'm1')).toBe('必交')
    expect(badgeOf(container, 'm2')).toBe('租住、借住必交')
    expect(badgeOf(container, 'm3')).toBe('选交')
    tap(getByLabel(container, '租住'))
    await waitFor(() => expect(badgeOf(container, 'm2')).toBe('必交'))
  })

  it('keeps what was typed when the app is closed and opened again', async () => {
    await signInAs('resident', { name: '陈美玲' })
    const first = renderPage(ApplyPage)
    await chooseType(first.container, '居(租)住证明')
    await waitFor(() => input(first.container, '用途（必填）'))
    typeInto(input(first.container, '用途（必填）'), '子女入学')
    typeInto(input(first.container, '居住地址（必填）'), '晋江市安海镇西安村西安路12号')
    tap(getByLabel(first.container, '租住'))
    first.unmount()

    const again = renderPage(ApplyPage)
    await findByText(again.container, '填写「居(租)住证明」')
    // The type's fields render once its schema has loaded, a moment after the heading.
    await waitFor(() => input(again.container, '用途（必填）'))
    expect(input(again.container, '用途（必填）').value).toBe('子女入学')
    expect(input(again.container, '居住地址（必填）').value).toBe('晋江市安海镇西安村西安路12号')
    expect(badgeOf(again.container, 'm2')).toBe('必交')
  })

  it('warns before sending when the 证明事项 asks for a removed certificate, with where to go instead', async () => {
    await signInAs('resident', { name: '陈美玲' })
    const { container } = renderPage(ApplyPage)
    await chooseType(container, '其他依法出具的证明')
    await waitFor(() => input(container, '证明事项（必填）'))
    const subject = input(container, '证明事项（必填）')
    typeInto(subject, '我与张三的父子关系')
    leave(subject)
    await waitFor(() => expect(textOf(container)).toContain('「亲属关系证明」已被国家明确取消'))
    expect(textOf(container)).toContain('户籍证明')
  })
})
