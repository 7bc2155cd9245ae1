import Taro from '@tarojs/taro'
import type { Complaint } from '@contract/rating'
import { caseDetailUrl, certificateRequestUrl, complaintUrl, messagesUrl, myRatingsUrl, supplementUrl } from '@/constants/routes'
import {
  cadreActs,
  concludedCase,
  findButton,
  findByText,
  mockBackend,
  promisedItem,
  rateOnServer,
  renderPage,
  replyToComplaint,
  replyToRating,
  signInAs,
  submitCase,
  submitRequest,
  tap,
  transition,
  waitFor,
  warmUpTaroComponents,
} from '@/testing'
import MinePage from '../../../pages/mine/index'
import MessagesPage from './index'

jest.setTimeout(30_000)
beforeAll(() => warmUpTaroComponents(), 30_000)
beforeEach(() => mockBackend.app().store.clear())
afterEach(() => jest.restoreAllMocks())

async function unreadOnServer(token: string): Promise<number> {
  return (await mockBackend.app().get<{ count: number }>('/api/v1/me/messages/unread-count', { token })).body.count
}

/** The message card (a button) whose accessible name starts with its title (and mentions `about`). */
function card(container: HTMLElement, title: string, about = ''): HTMLElement {
  const found = Array.from(container.querySelectorAll<HTMLElement>('[aria-label]')).find((el) => {
    const label = (el.getAttribute('aria-label') ?? '').replace(/^未读，/, '')
    return label.startsWith(`${title}，`) && label.includes(about)
  })
  if (!found) throw new Error(`no message titled ${title}`)
  return found
}

describe('消息', () => {
  it('lists a message from each source: a case, a certificate request, a complaint reply and a rating reply, each opening its page', async () => {
    const { token } = await signInAs('resident')
    const c = await submitCase(token, promisedItem())
    await transition(c.caseNo, { action: 'accept', note: '' })
    const request = await submitRequest(token)
    await cadreActs(request.id, 'return', '请补充家庭成员收入说明')
    const complaint = await mockBackend.app().post<Complaint>('/api/v1/complaints', { token, json: { kind: 'cannot-do', content: '线上提交后一直没有受理', caseNo: c.caseNo } })
    await replyToComplaint(complaint.body.id, '已督促部门今日受理')
    const concluded = await concludedCase(token)
    const rating = await rateOnServer(token, concluded.caseNo, { level: 1, tags: ['efficiency'], comment: '等了很久' })
    await replyToRating(rating.id, '经核实，窗口办理时间过长', '增设自助取号机')
    const navigateTo = jest.spyOn(Taro, 'navigateTo').mockResolvedValue({ errMsg: 'navigateTo:ok' })

    const page = renderPage(MessagesPage)
    await findByText(page.container, '评价已回复')
    for (const [title, url, about] of [
      ['办件已受理', caseDetailUrl(c.caseNo), c.caseNo],
      ['证明申请被退回', certificateRequestUrl(request.id), ''],
      ['反映已答复', complaintUrl(c.caseNo), ''],
      ['评价已回复', myRatingsUrl(), ''],
    ] as const) {
      tap(card(page.container, title, about))
      await waitFor(() => expect(navigateTo).toHaveBeenLastCalledWith({ url }))
    }
    expect(page.container.textContent).toContain('退回原因：请补充家庭成员收入说明')
  })

  it('marks unread ones; tapping one opens its page and the count drops, on the page, on 我的 and on the tab badge; 全部已读 clears it', async () => {
    const { token } = await signInAs('resident')
    const c = await submitCase(token, promisedItem())
    await transition(c.caseNo, { action: 'accept', note: '' })
    await transition(c.caseNo, { action: 'request-supplement', note: '照片不清晰', supplementItems: ['近期免冠照片'] })
    const badge = jest.spyOn(Taro, 'setTabBarBadge')
    const removeBadge = jest.spyOn(Taro, 'removeTabBarBadge')

    const mine = renderPage(MinePage)
    await findButton(mine.container, /消息.*2 条未读/)
    await waitFor(() => expect(badge).toHaveBeenLastCalledWith({ index: 3, text: '2' }))
    mine.unmount()

    const navigateTo = jest.spyOn(Taro, 'navigateTo').mockResolvedValue({ errMsg: 'navigateTo:ok' })
    const page = renderPage(MessagesPage)
    await findByText(page.container, '2 条未读')
    expect(card(page.container, '请补正材料').getAttribute('aria-label')).toMatch(/^未读，/)
    tap(card(page.container, '请补正材料'))
    await waitFor(() => expect(navigateTo).toHaveBeenCalledWith({ url: supplementUrl(c.caseNo) }))
    await findByText(page.container, '1 条未读')
    expect(card(page.container, '请补正材料').getAttribute('aria-label')).not.toMatch(/^未读/)
    expect(card(page.container, '办件已受理').getAttribute('aria-label')).toMatch(/^未读，/)
    expect(await unreadOnServer(token)).toBe(1)
    await waitFor(() => expect(badge).toHaveBeenLastCalledWith({ index: 3, text: '1' }))

    tap(await findButton(page.container, '全部已读'))
    await findByText(page.container, '没有未读消息')
    expect(card(page.container, '办件已受理').getAttribute('aria-label')).not.toMatch(/^未读/)
    expect(await unreadOnServer(token)).toBe(0)
    await waitFor(() => expect(removeBadge).toHaveBeenCalledWith({ index: 3 }))
  })

  it('opens from 我的', async () => {
    await signInAs('resident')
    const navigateTo = jest.spyOn(Taro, 'navigateTo').mockResolvedValue({ errMsg: 'navigateTo:ok' })
    const mine = renderPage(MinePage)
    tap(await findButton(mine.container, /^消息/))
    await waitFor(() => expect(navigateTo).toHaveBeenCalledWith({ url: messagesUrl() }))
  })

  it('says so when there are none', async () => {
    await signInAs('resident')
    const page = renderPage(MessagesPage)
    await findByText(page.container, '还没有消息')
    await findByText(page.container, '没有未读消息')
  })
})
