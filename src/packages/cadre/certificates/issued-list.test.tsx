import Taro from '@tarojs/taro'
import { cadreWorkbenchUrl, certificateUrl } from '@/constants/routes'
import {
  CERTIFICATE_APPLICANT,
  findButton,
  getButton,
  hardshipInput,
  issuedCertificate,
  renderPage,
  requestsOnServer,
  setClock,
  signInAs,
  submitRequest,
  tap,
  textOf,
  waitFor,
  warmUpTaroComponents,
} from '@/testing'
import RequestPage from '../request/index'
import CertificatesPage from './index'

beforeAll(() => warmUpTaroComponents(), 30_000)

function entryOf(container: HTMLElement, no: string): Promise<HTMLElement> {
  return waitFor(() => {
    const entry = Array.from(container.querySelectorAll<HTMLElement>('.cadre__card')).find((c) => textOf(c).includes(`证明编号 ${no}`))
    if (!entry) throw new Error('not loaded')
    return entry
  })
}

function buttonTexts(container: HTMLElement): string[] {
  return Array.from(container.querySelectorAll('.taro-button-core')).map((b) => textOf(b))
}

describe('已出具证明 (the cadre’s issued list)', () => {
  it('shows number, the holder masked and 有效期至, and opens the document', async () => {
    const { certificate } = await issuedCertificate()
    await signInAs('cadre')
    const navigateTo = jest.spyOn(Taro, 'navigateTo').mockResolvedValue({ errMsg: 'navigateTo:ok' })
    const { container } = renderPage(CertificatesPage)
    const entry = await entryOf(container, certificate.no)
    expect(textOf(entry)).toContain('持证人 陈**')
    expect(textOf(entry)).not.toContain(CERTIFICATE_APPLICANT)
    expect(textOf(entry)).toContain('有效期至 2022年5月30日')
    expect(textOf(entry)).toContain('有效')
    tap(entry.querySelector<HTMLElement>(`[aria-label="查看证明 ${certificate.no}"]`)!)
    expect(navigateTo).toHaveBeenCalledWith({ url: certificateUrl(certificate.no) })
  })

  it('says 已过期 after 有效期至 and lists it under 已过期, not 有效', async () => {
    const { certificate } = await issuedCertificate()
    await setClock('2022-06-01T09:00:00+08:00')
    await signInAs('cadre')
    const { container } = renderPage(CertificatesPage)
    const entry = await entryOf(container, certificate.no)
    expect(textOf(entry)).toContain('有效期至 2022年5月30日（已过期）')
    expect(textOf(entry.querySelector('.cadre-chip')!)).toBe('已过期')

    tap(getButton(container, '有效'))
    await waitFor(() => expect(textOf(container)).toContain('还没有出具的证明'))
    tap(getButton(container, '已过期'))
    await entryOf(container, certificate.no)
  })
})

describe('a request of another village (403)', () => {
  it('says why and offers the way back to the workbench, not 重试', async () => {
    const { token } = await signInAs('resident', { intoApp: false, name: CERTIFICATE_APPLICANT })
    const id = (await submitRequest(token, await hardshipInput(token))).id
    await signInAs('cadre-other')
    const navigateBack = jest.spyOn(Taro, 'navigateBack').mockResolvedValue({ errMsg: 'navigateBack:ok' })
    const redirectTo = jest.spyOn(Taro, 'redirectTo').mockResolvedValue({ errMsg: 'redirectTo:ok' })
    const { container } = renderPage(RequestPage, { id })
    await waitFor(() => expect(textOf(container)).toContain('无权处理'))
    expect(textOf(container)).toContain('只能处理本村（社区）的申请')
    expect(buttonTexts(container)).not.toContain('重试')
    tap(await findButton(container, '返回村务工作台'))
    await waitFor(() => expect(navigateBack.mock.calls.length + redirectTo.mock.calls.length).toBeGreaterThan(0))
    if (redirectTo.mock.calls.length > 0) expect(redirectTo).toHaveBeenCalledWith({ url: cadreWorkbenchUrl() })
    expect(requestsOnServer().find((r) => r.id === id)?.status).toBe('pending')
  })
})

describe('不予出具 in one tap', () => {
  it('refuses with a standard reason in one tap', async () => {
    const { token } = await signInAs('resident', { intoApp: false, name: CERTIFICATE_APPLICANT })
    const id = (await submitRequest(token, await hardshipInput(token))).id
    await signInAs('cadre')
    jest.spyOn(Taro, 'navigateBack').mockResolvedValue({ errMsg: 'navigateBack:ok' })
    jest.spyOn(Taro, 'redirectTo').mockResolvedValue({ errMsg: 'redirectTo:ok' })
    const { container } = renderPage(RequestPage, { id })
    tap(await findButton(container, '不予出具'))
    const preset = await waitFor(() => {
      const found = Array.from(container.querySelectorAll<HTMLElement>('.cadre-presets__item')).find((b) => textOf(b).startsWith('经核实，申请人不是本村（社区）居民'))
      if (!found) throw new Error('no presets')
      return found
    })
    tap(preset)
    await waitFor(() => expect(requestsOnServer().find((r) => r.id === id)?.status).toBe('rejected'))
    const stored = requestsOnServer().find((r) => r.id === id) as unknown as { reason: string }
    expect(stored.reason).toMatch(/^经核实，申请人不是本村（社区）居民/)
  })
})
