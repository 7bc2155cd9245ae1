import Taro from '@tarojs/taro'
import { certificateApplyUrl, certificateUrl } from '@/constants/routes'
import {
  cadreActs,
  CERTIFICATE_APPLICANT,
  findButton,
  getButton,
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
import RequestPage from './index'

beforeAll(() => warmUpTaroComponents(), 30_000)

function loaded(container: HTMLElement, text: string): Promise<void> {
  return waitFor(() => {
    if (!textOf(container).includes(text)) throw new Error(`no “${text}” yet`)
  })
}

function buttonTexts(container: HTMLElement): string[] {
  return Array.from(container.querySelectorAll('.taro-button-core')).map((b) => textOf(b))
}

describe('申请详情 (one certificate request)', () => {
  it('shows the state, what was asked, and a pending request can be withdrawn after a confirmation', async () => {
    const { token } = await signInAs('resident', { name: CERTIFICATE_APPLICANT })
    const request = await submitRequest(token)
    const { container } = renderPage(RequestPage, { id: request.id })
    await loaded(container, '办理记录')
    expect(textOf(container)).toContain('家庭经济状况证明')
    expect(textOf(container)).toContain('待审核')
    expect(textOf(container)).toContain('用途子女申请助学金')
    expect(textOf(container)).toContain('困难原因父亲长期患病无法务工')
    expect(textOf(container)).toContain('提交申请')

    tap(getButton(container, '撤回申请'))
    // Nothing happens before the confirmation.
    expect(requestsOnServer().find((r) => r.id === request.id)?.status).toBe('pending')
    tap(await findButton(container, '确认撤回'))
    await loaded(container, '本人撤回申请')
    expect(textOf(container)).toContain('已撤回')
    expect(requestsOnServer().find((r) => r.id === request.id)?.status).toBe('withdrawn')
    expect(container.querySelector('[aria-label="确认撤回"]')).toBeNull()
    expect(buttonTexts(container)).not.toContain('撤回申请')
  })

  it('offers no withdrawal once the cadre acted, and shows the cadre’s reason and the way to correct it', async () => {
    const { token } = await signInAs('resident', { name: CERTIFICATE_APPLICANT })
    const request = await submitRequest(token)
    await cadreActs(request.id, 'return', '请补充家庭年收入的说明')
    const navigateTo = jest.spyOn(Taro, 'navigateTo').mockResolvedValue({ errMsg: 'navigateTo:ok' })
    const { container } = renderPage(RequestPage, { id: request.id })
    await loaded(container, '办理记录')
    expect(textOf(container)).toContain('村(居)委会退回的原因请补充家庭年收入的说明')
    expect(textOf(container)).toContain('退回补正')
    expect(textOf(container)).toContain('原因：请补充家庭年收入的说明')
    expect(buttonTexts(container)).not.toContain('撤回申请')
    tap(getButton(container, '修改后重新提交'))
    expect(navigateTo).toHaveBeenCalledWith({ url: certificateApplyUrl(request.id) })
  })

  it('tells the resident when the cadre approved meanwhile instead of withdrawing', async () => {
    const { token } = await signInAs('resident', { name: CERTIFICATE_APPLICANT })
    const request = await submitRequest(token)
    const { container } = renderPage(RequestPage, { id: request.id })
    await loaded(container, '办理记录')
    tap(getButton(container, '撤回申请'))
    await cadreActs(request.id, 'approve')
    tap(await findButton(container, '确认撤回'))
    await loaded(container, '只有待审核的申请可以撤回')
    await loaded(container, '出具证明')
    expect(requestsOnServer().find((r) => r.id === request.id)?.status).toBe('issued')
  })

  it('shows the certificate’s number and 有效期至, and 已过期 once the clock passes it', async () => {
    const { token } = await signInAs('resident', { name: CERTIFICATE_APPLICANT })
    const request = await submitRequest(token)
    const issued = await cadreActs(request.id, 'approve')
    const no = issued.certificate!.no
    await setClock('2022-06-01T09:00:00+08:00')
    const navigateTo = jest.spyOn(Taro, 'navigateTo').mockResolvedValue({ errMsg: 'navigateTo:ok' })
    const { container } = renderPage(RequestPage, { id: request.id })
    await loaded(container, '办理记录')
    expect(textOf(container)).toContain(`证明编号 ${no}`)
    expect(textOf(container)).toContain('有效期至 2022年5月30日（已过期）')
    expect(textOf(container.querySelector('.cert-chip')!)).toBe('已过期')
    tap(container.querySelector<HTMLElement>(`[aria-label="查看证明 ${no}"]`)!)
    expect(navigateTo).toHaveBeenCalledWith({ url: certificateUrl(no) })
  })
})
