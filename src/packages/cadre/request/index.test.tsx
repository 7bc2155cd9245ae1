import Taro from '@tarojs/taro'
import {
  CERTIFICATE_APPLICANT,
  findButton,
  findByText,
  getButton,
  hardshipInput,
  renderPage,
  requestsOnServer,
  signInAs,
  submitRequest,
  tap,
  textOf,
  typeInto,
  waitFor,
  warmUpTaroComponents,
} from '@/testing'
import WorkbenchPage from '../workbench/index'
import CertificatesPage from '../certificates/index'
import RequestPage from './index'

beforeAll(() => warmUpTaroComponents(), 30_000)

async function pendingRequest(purpose: string): Promise<string> {
  const { token } = await signInAs('resident', { intoApp: false, name: CERTIFICATE_APPLICANT })
  return (await submitRequest(token, await hardshipInput(token, undefined, purpose))).id
}

function statusOf(id: string): string | undefined {
  return requestsOnServer().find((r) => r.id === id)?.status
}

function reasonBox(container: HTMLElement): HTMLInputElement {
  const box = container.querySelector<HTMLInputElement>('textarea')
  if (!box) throw new Error('no reason box')
  return box
}

describe('审核证明申请', () => {
  it('shows what was asked and the photos (fetched with the cadre’s token), then issues it after a confirmation', async () => {
    const id = await pendingRequest('子女入学')
    await signInAs('cadre')
    const navigateBack = jest.spyOn(Taro, 'navigateBack').mockResolvedValue({ errMsg: 'navigateBack:ok' })
    const { container } = renderPage(RequestPage, { id })
    await findByText(container, '家庭经济状况证明', '.cadre__title')
    expect(textOf(container)).toContain('用途子女入学')
    expect(textOf(container)).toContain('困难类型家庭成员患病')
    expect(textOf(container)).toContain('家庭年收入18000元')
    const photo = await waitFor(() => {
      const img = container.querySelector<HTMLImageElement>('img[alt="户口簿.jpg"]')
      if (!img) throw new Error('photo not loaded')
      return img
    })
    expect(photo.src).toMatch(/^blob:/)

    tap(getButton(container, '出具证明'))
    expect(statusOf(id)).toBe('pending')
    tap(await findButton(container, '确认出具'))
    await waitFor(() => expect(navigateBack).toHaveBeenCalled())
    expect(statusOf(id)).toBe('issued')

    const issued = renderPage(CertificatesPage)
    await waitFor(() => expect(textOf(issued.container)).toContain('家庭经济状况证明'))
    expect(textOf(issued.container)).toContain('有效')
  })

  it('returns a request only with a reason of 2–200 characters, which the resident then reads', async () => {
    const id = await pendingRequest('办理低保')
    await signInAs('cadre')
    const navigateBack = jest.spyOn(Taro, 'navigateBack').mockResolvedValue({ errMsg: 'navigateBack:ok' })
    const { container } = renderPage(RequestPage, { id })
    tap(await findButton(container, '退回补正'))
    tap(await findButton(container, '确认退回'))
    await findByText(container, '请填写原因')
    typeInto(await waitFor(() => reasonBox(container)), '缺')
    tap(getButton(container, '确认退回'))
    await findByText(container, '原因至少 2 个字')
    expect(statusOf(id)).toBe('pending')

    typeInto(await waitFor(() => reasonBox(container)), '户口簿照片不清楚，请重新拍摄')
    tap(getButton(container, '确认退回'))
    await waitFor(() => expect(navigateBack).toHaveBeenCalled())
    expect(statusOf(id)).toBe('returned')
    expect(requestsOnServer().find((r) => r.id === id)).toMatchObject({ reason: '户口簿照片不清楚，请重新拍摄' })
  })

  it('refuses with a reason (不予出具), and the queue’s counts follow', async () => {
    const id = await pendingRequest('申请助学金')
    await signInAs('cadre')
    jest.spyOn(Taro, 'navigateBack').mockResolvedValue({ errMsg: 'navigateBack:ok' })
    const before = renderPage(WorkbenchPage)
    const rejectedCount = () => textOf(Array.from(before.container.querySelectorAll('.cadre__count')).find((c) => textOf(c).endsWith('已拒绝'))!)
    await waitFor(() => expect(rejectedCount()).toBe('0已拒绝'))
    before.unmount()

    const { container } = renderPage(RequestPage, { id })
    tap(await findButton(container, '不予出具'))
    typeInto(await waitFor(() => reasonBox(container)), '所述情况不属于村(居)委会出具证明的范围')
    tap(getButton(container, '确认不予出具'))
    await waitFor(() => expect(statusOf(id)).toBe('rejected'))

    const after = renderPage(WorkbenchPage)
    await waitFor(() => expect(textOf(Array.from(after.container.querySelectorAll('.cadre__count')).find((c) => textOf(c).endsWith('已拒绝'))!)).toBe('1已拒绝'))
  })

  it('tells another village’s cadre the request is not theirs', async () => {
    const id = await pendingRequest('子女入学')
    await signInAs('cadre-other')
    const { container } = renderPage(RequestPage, { id })
    await waitFor(() => expect(textOf(container.querySelector('[role="alert"]')!)).toContain('只能处理本村（社区）的申请'))
    expect(textOf(container)).not.toContain('子女入学')
  })
})
