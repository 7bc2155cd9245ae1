import { findByText, findInput, getButton, leave, mockBackend, renderPage, signInAs, tap, textOf, typeInto, waitFor, warmUpTaroComponents } from '@/testing'
import { idNumberCheckChar } from '@/domain/identity'
import IdentityPage from './index'

const RIGHT_ID = `35058219900307123${idNumberCheckChar('35058219900307123')}`
const WRONG_ID = `${RIGHT_ID.slice(0, 16)}${RIGHT_ID[16] === '9' ? '0' : String(Number(RIGHT_ID[16]) + 1)}${RIGHT_ID[17]}`

/** The lines of the ID number's block, top to bottom: what decides where the button below sits. */
function linesOf(input: HTMLInputElement): string[] {
  const block = input.closest('.identity-field')!
  return Array.from(block.children).map((el) => (el.className.match(/identity-field__[a-z-]+/) ?? [''])[0])
}

jest.setTimeout(15_000)
beforeAll(() => warmUpTaroComponents(), 30_000)

describe('实名认证: a corrected field and one tap', () => {
  it('keeps the line of a corrected message, so the first tap on 提交认证 sends the request', async () => {
    await signInAs('resident', { verified: false })
    const { container } = renderPage(IdentityPage, { kind: 'personal' })
    await findByText(container, '个人信息保护提示')
    tap(getButton(container, '同意并继续'))

    typeInto(await findInput(container, '与身份证一致'), '张三')
    const id = await findInput(container, '18 位居民身份证号')
    typeInto(id, WRONG_ID)
    leave(id)
    await waitFor(() => expect(textOf(container)).toContain('身份证号校验位不正确'))
    const withError = linesOf(id)
    expect(withError).toContain('identity-field__error')

    typeInto(id, RIGHT_ID)
    leave(id)
    await waitFor(() => expect(textOf(container)).not.toContain('校验位不正确'))
    // The message is gone, its line is not: nothing below moved up.
    expect(linesOf(id)).toEqual(withError.map((c) => (c === 'identity-field__error' ? 'identity-field__error-space' : c)))
    expect(id.getAttribute('aria-invalid')).toBeNull()

    const before = mockBackend.requests().filter((r) => r.includes('/me/real-name')).length
    tap(getButton(container, '提交认证'))
    await findByText(container, /^张\*（/)
    expect(mockBackend.requests().filter((r) => r.includes('/me/real-name'))).toHaveLength(before + 1)
  })
})
