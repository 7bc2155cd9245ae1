import Taro from '@tarojs/taro'
import { cadreRequestUrl } from '@/constants/routes'
import {
  cadreActs,
  CERTIFICATE_APPLICANT,
  findByText,
  getButton,
  hardshipInput,
  OTHER_VILLAGE,
  renderPage,
  requestsOnServer,
  setServerTime,
  signInAs,
  submitRequest,
  tap,
  textOf,
  waitFor,
  warmUpTaroComponents,
} from '@/testing'
import MinePage from '../../../pages/mine/index'
import WorkbenchPage from './index'

beforeAll(() => warmUpTaroComponents(), 30_000)
afterEach(() => jest.useRealTimers())

function counts(container: HTMLElement): Record<string, string> {
  const found: Record<string, string> = {}
  for (const el of Array.from(container.querySelectorAll('.cadre__count'))) {
    found[textOf(el.querySelector('.cadre__count-label')!)] = textOf(el.querySelector('.cadre__count-number')!)
  }
  return found
}

function entries(container: HTMLElement): string[] {
  return Array.from(container.querySelectorAll('.cadre-entry')).map(textOf)
}

describe('村务工作台', () => {
  it('is offered on 我的 only to a cadre, with their village; a resident gets 我的证明 instead', async () => {
    await signInAs('cadre')
    const asCadre = renderPage(MinePage)
    await waitFor(() => expect(getButton(asCadre.container, /^村务工作台/)).toBeTruthy())
    expect(textOf(asCadre.container)).toContain('审核、出具「西安村委会」的村(居)证明')
    expect(textOf(asCadre.container)).not.toContain('我的证明')
    asCadre.unmount()

    await signInAs('resident', { name: CERTIFICATE_APPLICANT })
    const asResident = renderPage(MinePage)
    await waitFor(() => expect(getButton(asResident.container, /^我的证明/)).toBeTruthy())
    expect(textOf(asResident.container)).not.toContain('村务工作台')
  })

  it('is only for cadres: a resident is told 仅村(居)干部可用 and sees no request', async () => {
    await signInAs('resident', { name: CERTIFICATE_APPLICANT })
    const { container } = renderPage(WorkbenchPage)
    await findByText(container, '仅村(居)干部可用。请使用绑定了所在村(居)的干部账号登录。')
    expect(container.querySelector('.cadre-entry')).toBeNull()
  })

  it('shows the village’s counts and its pending requests oldest first, with the waiting days; another village’s request is not there', async () => {
    const { token } = await signInAs('resident', { intoApp: false, name: CERTIFICATE_APPLICANT })
    setServerTime('2022-03-01T09:00:00+08:00')
    await submitRequest(token, await hardshipInput(token, undefined, '先到的申请'))
    setServerTime('2022-03-03T10:00:00+08:00')
    await submitRequest(token, await hardshipInput(token, undefined, '后到的申请'))
    const refused = await submitRequest(token, await hardshipInput(token, undefined, '被拒的申请'))
    await cadreActs(refused.id, 'reject', '不属于出具范围')
    await submitRequest(token, await hardshipInput(token, OTHER_VILLAGE, '别村的申请'))
    setServerTime('2022-03-04T09:00:00+08:00')
    // The phone's own clock says the same day (only Date is faked; timers run for real).
    jest.useFakeTimers({ now: new Date('2022-03-04T09:00:00+08:00'), doNotFake: ['hrtime', 'nextTick', 'performance', 'queueMicrotask', 'requestAnimationFrame', 'cancelAnimationFrame', 'requestIdleCallback', 'cancelIdleCallback', 'setImmediate', 'clearImmediate', 'setInterval', 'clearInterval', 'setTimeout', 'clearTimeout'] })

    await signInAs('cadre')
    const navigateTo = jest.spyOn(Taro, 'navigateTo').mockResolvedValue({ errMsg: 'navigateTo:ok' })
    const { container } = renderPage(WorkbenchPage)
    await waitFor(() => expect(counts(container)).toEqual({ 待审核: '2', 已退回: '0', 已拒绝: '1', 已出具: '0' }))
    expect(textOf(container)).toContain('晋江市 / 安海镇 / 西安村委会')
    const shown = entries(container)
    expect(shown).toHaveLength(2)
    expect(shown[0]).toContain('用途：先到的申请')
    expect(shown[0]).toContain('申请人 陈**')
    expect(shown[0]).toContain('提交时间 2022年3月1日 09:00')
    expect(shown[0]).toContain('已等待 3 天')
    expect(shown[1]).toContain('用途：后到的申请')
    expect(shown[1]).toContain('已等待 1 天')
    expect(textOf(container)).not.toContain('别村的申请')

    tap(getButton(container, /^已拒绝/))
    await waitFor(() => expect(entries(container)).toHaveLength(1))
    expect(entries(container)[0]).toContain('原因：不属于出具范围')

    tap(getButton(container, /^待审核/))
    await waitFor(() => expect(entries(container)).toHaveLength(2))
    tap(container.querySelectorAll('.cadre-entry')[0])
    const first = requestsOnServer().find((r) => r.purpose === '先到的申请')!
    expect(navigateTo).toHaveBeenCalledWith({ url: cadreRequestUrl(first.id) })
  })
})
