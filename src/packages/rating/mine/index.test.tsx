import Taro from '@tarojs/taro'
import { act } from 'react'
import {
  concludedCase,
  findByText,
  getButton,
  getByLabel,
  mockBackend,
  rateOnServer,
  ratingsOnServer,
  renderPage,
  replyToRating,
  resetClock,
  setClock,
  signInAs,
  tap,
  textOf,
  waitFor,
  warmUpTaroComponents,
} from '@/testing'
import { useSessionStore } from '@/stores/session-store'
import CaseDetailPage from '../../cases/detail/index'
import MyRatingsPage from './index'
import MinePage from '../../../pages/mine/index'

jest.setTimeout(20_000)

beforeAll(() => warmUpTaroComponents(), 30_000)

beforeEach(() => mockBackend.app().store.clear())
afterEach(() => resetClock())

function card(container: HTMLElement, caseNo: string): HTMLElement {
  const found = Array.from(container.querySelectorAll<HTMLElement>('.rating-card')).find((c) => textOf(c).includes(caseNo))
  if (!found) throw new Error(`no card of ${caseNo}`)
  return found
}

function region(root: HTMLElement, name: string): HTMLElement {
  const found = root.querySelector<HTMLElement>(`[role="region"][aria-label="${name}"]`)
  if (!found) throw new Error(`no region ${name}`)
  return found
}

/** Types into a Taro Textarea (taro-h5 listens for `input` on its inner native textarea, rendered a moment after mount). */
async function typeInto(root: HTMLElement, text: string): Promise<void> {
  const area = await waitFor(() => {
    const found = root.querySelector('textarea')
    if (!found) throw new Error('no textarea yet')
    return found
  })
  act(() => {
    area.value = text
    area.dispatchEvent(new Event('input', { bubbles: true }))
  })
}

/** An entry of the 我的 tab by its title (its first line): the whole row is what a person taps. */
function mineEntry(root: ParentNode, title: string): HTMLElement {
  const titles = Array.from(root.querySelectorAll('.mine__entry-title'))
  const found = titles.find((t) => t.textContent === title)?.closest<HTMLElement>('.mine__entry')
  if (!found) throw new Error(`no entry ${title} on 我的`)
  return found
}

describe('我的评价 page', () => {
  it('lists concluded cases waiting for a rating under 待评价, with the deadline and 去评价', async () => {
    const navigate = jest.spyOn(Taro, 'navigateTo').mockResolvedValue({ errMsg: 'navigateTo:ok' })
    const { token } = await signInAs('resident')
    const c = await concludedCase(token)
    const { container } = renderPage(MyRatingsPage, { tab: 'pending' })

    const tab = await findByText(container, '待评价（1）', '[role="tab"]')
    expect(tab.getAttribute('aria-selected')).toBe('true')
    const pending = await waitFor(() => card(container, c.caseNo))
    expect(textOf(pending)).toContain(c.item.name)
    // Concluded at 2022-03-01 09:00 (the test clock): rated by default 7 × 24 h later.
    expect(textOf(pending)).toContain('评价截止2022年3月8日 09:00')
    tap(getButton(pending, '去评价'))
    await waitFor(() => expect(navigate).toHaveBeenCalledWith({ url: `/packages/rating/rate/index?caseNo=${c.caseNo}` }))
  })

  it('shows a bad rating waiting for the reply, then the reply with 整改措施, then takes the one follow-up rating', async () => {
    const { token } = await signInAs('resident')
    const c = await concludedCase(token)
    const rating = await rateOnServer(token, c.caseNo, { level: 1, tags: ['efficiency', 'attitude'], comment: '等了两个小时' })
    expect(rating.replyDueBy).toBe('2022-03-15')

    const first = renderPage(MyRatingsPage)
    const waiting = await waitFor(() => card(first.container, c.caseNo))
    expect(textOf(waiting)).toContain('非常不满意')
    expect(textOf(waiting)).toContain('原因办事效率、服务态度')
    expect(textOf(waiting)).toContain('评价内容等了两个小时')
    expect(textOf(region(waiting, '部门答复'))).toBe('等待部门答复（答复期限 2022年3月15日）')
    expect(textOf(waiting)).not.toContain('回访评价')
    first.unmount()

    await replyToRating(rating.id, '经核实，当日窗口人手不足，已向您致歉', '高峰时段增开两个窗口')
    const { container } = renderPage(MyRatingsPage)
    const replied = await waitFor(() => {
      const found = card(container, c.caseNo)
      if (!textOf(found).includes('部门答复经核实')) throw new Error('no reply yet')
      return found
    })
    const reply = textOf(region(replied, '部门答复'))
    expect(reply).toContain('经核实，当日窗口人手不足，已向您致歉')
    expect(reply).toContain('整改措施高峰时段增开两个窗口')
    expect(reply).toContain('答复时间 2022年3月1日 09:00')

    tap(getButton(replied, '回访评价'))
    const form = await waitFor(() => region(replied, '回访评价表'))
    const submit = getButton(form, '提交回访评价')
    expect(submit.hasAttribute('disabled')).toBe(true)
    tap(getByLabel(form, '满意'))
    await typeInto(form, '现在不用排队了')
    await waitFor(() => expect(getButton(form, '提交回访评价').hasAttribute('disabled')).toBe(false))
    tap(getButton(form, '提交回访评价'))

    const done = await waitFor(() => region(card(container, c.caseNo), '回访评价'))
    expect(textOf(done)).toContain('回访评价：满意')
    expect(textOf(done)).toContain('现在不用排队了')
    expect(container.querySelector('[aria-label="回访评价表"]')).toBeNull()
    // One follow-up only: the way to give another is gone.
    expect(Array.from(card(container, c.caseNo).querySelectorAll('.taro-button-core')).map(textOf)).not.toContain('回访评价')
    const [saved] = await ratingsOnServer(token)
    expect(saved.followUp).toMatchObject({ level: 4, comment: '现在不用排队了' })
    expect(saved.canFollowUp).toBe(false)
  })

  it('says when the department is past its reply deadline', async () => {
    const { token } = await signInAs('resident')
    const c = await concludedCase(token)
    await rateOnServer(token, c.caseNo, { level: 2, tags: ['usability'], comment: '' })
    await setClock('2022-03-16T10:00:00+08:00')
    const { container } = renderPage(MyRatingsPage)
    const overdue = await waitFor(() => region(card(container, c.caseNo), '部门答复'))
    expect(textOf(overdue)).toContain('等待部门答复（答复期限 2022年3月15日）')
    expect(textOf(overdue)).toContain('已超过答复期限')
  })

  it('records 满意 by default 7 days after conclusion: the case and my ratings say so, and 待评价 is empty', async () => {
    const { token } = await signInAs('resident')
    const c = await concludedCase(token)

    const before = renderPage(CaseDetailPage, { caseNo: c.caseNo })
    const invite = await waitFor(() => region(before.container, '评价'))
    expect(textOf(invite)).toContain('评价截止 2022年3月8日 09:00')
    getButton(invite, '去评价')
    // 办不成事反映 now has its own section, offered on every concluded or stuck case (issue 18).
    getButton(before.container, '办不成事反映')
    before.unmount()

    await setClock('2022-03-08T09:00:00+08:00')
    const detail = renderPage(CaseDetailPage, { caseNo: c.caseNo })
    const block = await waitFor(() => region(detail.container, '评价'))
    expect(textOf(block)).toContain('您的评价：满意')
    expect(textOf(block)).toContain('系统默认好评（7 天内未评价，默认记为「满意」）')
    expect(textOf(block)).not.toContain('去评价')
    detail.unmount()

    const { container } = renderPage(MyRatingsPage)
    const rated = await waitFor(() => card(container, c.caseNo))
    expect(textOf(rated)).toContain('系统默认')
    expect(textOf(rated)).toContain('系统默认好评（7 天内未评价，默认记为「满意」）')
    expect(textOf(rated)).toContain('评价时间2022年3月8日 09:00')
    tap(getButton(container, '待评价'))
    await findByText(container, '没有待评价的办件')
  })

  it('is reached from the 我的 tab, which says how many cases wait for a rating', async () => {
    const navigate = jest.spyOn(Taro, 'navigateTo').mockResolvedValue({ errMsg: 'navigateTo:ok' })
    const { token } = await signInAs('resident')
    await concludedCase(token)
    await concludedCase(token)
    const { container } = renderPage(MinePage)
    const pending = await waitFor(() => {
      const found = mineEntry(container, '待评价')
      expect(textOf(found)).toContain('2 个办结的办件等您评价')
      return found
    })
    tap(pending)
    await waitFor(() => expect(navigate).toHaveBeenCalledWith({ url: '/packages/rating/mine/index?tab=pending' }))
    tap(mineEntry(container, '投诉建议'))
    await waitFor(() => expect(navigate).toHaveBeenCalledWith({ url: '/packages/rating/complaint/index' }))
  })

  it('asks a signed-out person to sign in', async () => {
    act(() => useSessionStore.getState().signOut())
    const { container } = renderPage(MyRatingsPage)
    await findByText(container, '登录后查看')
    getButton(container, '去登录')
  })
})
