import Taro from '@tarojs/taro'
import { certificateApplyUrl, certificateRequestsUrl, certificateUrl } from '@/constants/routes'
import {
  cadreActs,
  CERTIFICATE_APPLICANT,
  findByText,
  getButton,
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
import ApplyPage from '../apply/index'
import RequestsPage from './index'

beforeAll(() => warmUpTaroComponents(), 30_000)

describe('我的证明', () => {
  it('shows each request’s state, the cadre’s reason for a refusal, and 查看证明 once issued', async () => {
    const { token } = await signInAs('resident', { name: CERTIFICATE_APPLICANT })
    const issued = await submitRequest(token)
    await cadreActs(issued.id, 'approve')
    const rejected = await submitRequest(token, undefined)
    await cadreActs(rejected.id, 'reject', '不属于本村出具范围')
    const navigateTo = jest.spyOn(Taro, 'navigateTo').mockResolvedValue({ errMsg: 'navigateTo:ok' })

    const { container } = renderPage(RequestsPage)
    await findByText(container, '我的证明')
    const cards = await waitFor(() => {
      const all = Array.from(container.querySelectorAll<HTMLElement>('.cert-card'))
      if (all.length < 2) throw new Error('not loaded')
      return all
    })
    const refused = cards.find((c) => textOf(c).includes('未通过'))!
    expect(textOf(refused)).toContain('不予出具的原因不属于本村出具范围')
    const done = cards.find((c) => textOf(c).includes('已出具'))!
    tap(getButton(done, '查看证明'))
    const stored = requestsOnServer().find((r) => r.id === issued.id) as unknown as { certificateNo: string }
    expect(navigateTo).toHaveBeenCalledWith({ url: certificateUrl(stored.certificateNo) })
  })

  it('lets a returned request be corrected and resubmitted: the form opens filled in, with the reason', async () => {
    const { token } = await signInAs('resident', { name: CERTIFICATE_APPLICANT })
    const request = await submitRequest(token, undefined)
    await cadreActs(request.id, 'return', '请补充家庭年收入的说明')
    const navigateTo = jest.spyOn(Taro, 'navigateTo').mockResolvedValue({ errMsg: 'navigateTo:ok' })
    const redirectTo = jest.spyOn(Taro, 'redirectTo').mockResolvedValue({ errMsg: 'redirectTo:ok' })

    const { container } = renderPage(RequestsPage)
    const card = await waitFor(() => {
      const found = Array.from(container.querySelectorAll<HTMLElement>('.cert-card')).find((c) => textOf(c).includes('已退回'))
      if (!found) throw new Error('not loaded')
      return found
    })
    expect(textOf(card)).toContain('退回原因请补充家庭年收入的说明')
    tap(getButton(card, '修改后重新提交'))
    expect(navigateTo).toHaveBeenCalledWith({ url: certificateApplyUrl(request.id) })

    const form = renderPage(ApplyPage, { id: request.id })
    await findByText(form.container, '请补充家庭年收入的说明')
    const reason = await waitFor(() => {
      const el = form.container.querySelector<HTMLInputElement>('textarea[aria-label="困难原因（必填）"]')
      if (!el) throw new Error('form not ready')
      return el
    })
    expect(reason.value).toBe('父亲长期患病无法务工，家中仅母亲务农维持生活')
    expect(textOf(form.container)).toContain('晋江市 / 安海镇 / 西安村委会')
    expect(textOf(form.container)).toContain('户口簿.jpg · 已上传')
    typeInto(reason, '父亲长期患病无法务工，母亲务农年收入约一万八千元，另有低保补助')
    tap(getButton(form.container, '重新提交'))
    await waitFor(() => expect(redirectTo).toHaveBeenCalledWith({ url: certificateRequestsUrl() }))
    expect(requestsOnServer().find((r) => r.id === request.id)?.status).toBe('pending')
  })
})
