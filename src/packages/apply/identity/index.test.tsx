import Taro from '@tarojs/taro'
import { act } from 'react'
import type { User } from '@contract/user'
import { findButton, findByText, findInput, getButton, leave, mockBackend, renderPage, signInAs, tap, textOf, typeInto, waitFor, warmUpTaroComponents } from '@/testing'
import { creditCodeCheckChar, idNumberCheckChar } from '@/domain/identity'
import { usePrivacyStore } from '@/stores/privacy-store'
import { useSessionStore } from '@/stores/session-store'
import IdentityPage from './index'

const RIGHT_ID = `35058219900307123${idNumberCheckChar('35058219900307123')}`
// One digit off: the check character no longer matches (GB 11643).
const WRONG_ID = `${RIGHT_ID.slice(0, 16)}${RIGHT_ID[16] === '9' ? '0' : String(Number(RIGHT_ID[16]) + 1)}${RIGHT_ID[17]}`
const CREDIT_CODE = `91350582MA2Y3K8P1${creditCodeCheckChar('91350582MA2Y3K8P1')}`

// The backend lives for the whole file and a verified identity is fixed there, so each test that
// verifies someone uses an account no other test verifies.
async function profileOnServer(token: string): Promise<User> {
  return (await mockBackend.app().get<User>('/api/v1/me', { token })).body
}

/** The message tied to an input for screen readers (aria-describedby), as read under the field. */
function messageUnder(input: HTMLInputElement): string {
  const ids = (input.getAttribute('aria-describedby') ?? '').split(' ').filter(Boolean)
  return ids.map((id) => textOf(document.getElementById(id)!)).join(' ')
}

async function agreeToPrivacyNotice(container: HTMLElement): Promise<void> {
  await findByText(container, '个人信息保护提示')
  tap(getButton(container, '同意并继续'))
}

jest.setTimeout(15_000)

beforeAll(() => warmUpTaroComponents(), 30_000)

describe('实名认证 page', () => {
  it('shows the privacy notice before asking for anything, and collects nothing until the person agrees', async () => {
    await signInAs('resident', { verified: false })
    const { container } = renderPage(IdentityPage, { kind: 'personal' })

    await findByText(container, '个人信息保护提示')
    const notice = textOf(container)
    for (const what of ['姓名、身份证号、手机号', '用来做什么', '保存多久', '谁能看到', '隐私保护指引']) expect(notice).toContain(what)
    expect(container.querySelector('#real-name-id-number')).toBeNull()

    tap(getButton(container, '不同意'))
    await findByText(container, '未同意个人信息保护提示')
    expect(container.querySelector('#real-name-id-number')).toBeNull()
    expect(usePrivacyStore.getState().agreedVersion).toBeNull()

    tap(getButton(container, '重新查看提示'))
    await agreeToPrivacyNotice(container)
    await findInput(container, '18 位居民身份证号')
  })

  it('does not show the notice again once agreed, also after the app is reopened', async () => {
    await signInAs('resident', { verified: false })
    const first = renderPage(IdentityPage, { kind: 'personal' })
    await agreeToPrivacyNotice(first.container)
    await findInput(first.container, '18 位居民身份证号')
    first.unmount()

    // A reopened app has nothing in memory, only what the phone stored.
    const stored: unknown = Taro.getStorageSync('qz-privacy')
    await act(async () => {
      usePrivacyStore.setState({ agreedVersion: null, agreedAt: null })
      Taro.setStorageSync('qz-privacy', stored)
      await usePrivacyStore.persist.rehydrate()
    })

    const { container } = renderPage(IdentityPage, { kind: 'personal' })
    await findInput(container, '18 位居民身份证号')
    expect(textOf(container)).not.toContain('个人信息保护提示')
  })

  it('says under the field what is wrong with an ID number, keeps what was typed, then verifies the right one', async () => {
    const { token } = await signInAs('cadre-other')
    const { container } = renderPage(IdentityPage, { kind: 'personal' })
    await agreeToPrivacyNotice(container)

    const name = await findInput(container, '与身份证一致')
    const id = await findInput(container, '18 位居民身份证号')
    typeInto(name, '张三')
    typeInto(id, WRONG_ID)
    leave(id)
    await waitFor(() => expect(messageUnder(id)).toContain('身份证号校验位不正确，请逐位核对'))
    expect(id.getAttribute('aria-invalid')).toBe('true')

    tap(getButton(container, '提交认证'))
    await waitFor(() => expect(messageUnder(id)).toContain('校验位不正确'))
    expect(id.value).toBe(WRONG_ID)
    expect(name.value).toBe('张三')
    expect((await profileOnServer(token)).realName).toBeNull()

    typeInto(id, RIGHT_ID)
    leave(id)
    await waitFor(() => expect(messageUnder(id)).not.toContain('校验位'))
    tap(getButton(container, '提交认证'))

    const masked = `张*（${RIGHT_ID.slice(0, 4)}**********${RIGHT_ID.slice(-4)}）`
    await findByText(container, masked)
    expect(textOf(container)).toContain('已实名')
    expect(container.querySelector('#real-name-id-number')).toBeNull()
    expect(useSessionStore.getState().user?.realName).toEqual({ name: '张*', idNumber: `${RIGHT_ID.slice(0, 4)}**********${RIGHT_ID.slice(-4)}` })
    expect((await profileOnServer(token)).realName?.idNumber).toBe(`${RIGHT_ID.slice(0, 4)}**********${RIGHT_ID.slice(-4)}`)
  })

  it("shows the server's reason under the field it is about, keeping both typed values", async () => {
    await signInAs('cadre')
    const { container } = renderPage(IdentityPage, { kind: 'personal' })
    await agreeToPrivacyNotice(container)
    const name = await findInput(container, '与身份证一致')
    const id = await findInput(container, '18 位居民身份证号')
    // The phone lets Latin letters through; the backend's name rule (as on the ID card) does not.
    typeInto(name, 'Zhang San')
    typeInto(id, RIGHT_ID)
    tap(getButton(container, '提交认证'))

    await waitFor(() => expect(messageUnder(name)).toBe('姓名只能包含汉字和间隔号「·」，请与身份证上的一致'))
    expect(messageUnder(id)).toContain('最后一位是 X')
    expect(name.value).toBe('Zhang San')
    expect(id.value).toBe(RIGHT_ID)
    expect(useSessionStore.getState().user?.realName).toBeNull()
  })

  it('verifies a business applicant and then their enterprise by its 统一社会信用代码', async () => {
    const { token } = await signInAs('business', { verified: false })
    const { container } = renderPage(IdentityPage, { kind: 'legal' })
    await agreeToPrivacyNotice(container)
    expect(textOf(container)).toContain('完成实名认证后，再在这里认证企业信息')

    typeInto(await findInput(container, '与身份证一致'), '李四')
    typeInto(await findInput(container, '18 位居民身份证号'), RIGHT_ID)
    tap(getButton(container, '提交认证'))
    await findByText(container, /^李\*（/)

    const enterpriseName = await findInput(container, '与营业执照一致')
    const code = await findInput(container, '18 位，见营业执照')
    typeInto(enterpriseName, '泉州市示范科技有限公司')
    typeInto(code, CREDIT_CODE.replace('M', 'O'))
    leave(code)
    await waitFor(() => expect(messageUnder(code)).toContain('统一社会信用代码不含字母 O'))

    typeInto(code, CREDIT_CODE)
    tap(getButton(container, '提交企业认证'))
    await findByText(container, `泉州市示范科技有限公司（${CREDIT_CODE}）`)
    expect(textOf(container)).toContain('已认证企业')
    expect(useSessionStore.getState().user?.enterprise).toEqual({ name: '泉州市示范科技有限公司', creditCode: CREDIT_CODE })
    expect((await profileOnServer(token)).enterprise?.creditCode).toBe(CREDIT_CODE)
    expect(await findButton(container, '返回')).toBeTruthy()
  })

  it('asks a signed-out person to sign in first', async () => {
    const { container } = renderPage(IdentityPage, { kind: 'personal' })
    await findByText(container, '认证前请先登录。')
    expect(getButton(container, '去登录').textContent).toBe('去登录')
    expect(textOf(container)).not.toContain('个人信息保护提示')
  })
})
