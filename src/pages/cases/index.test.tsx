import Taro from '@tarojs/taro'
import type { Page } from '@contract/common'
import type { CaseSummary } from '@contract/case'
import {
  findButton,
  findByText,
  getButton,
  lightItems,
  mockBackend,
  promisedItem,
  renderPage,
  resetClock,
  setClock,
  signInAs,
  submitCase,
  tap,
  textOf,
  transition,
  waitFor,
  warmUpTaroComponents,
} from '@/testing'
import CasesPage from './index'

function cards(container: HTMLElement): HTMLElement[] {
  return Array.from(container.querySelectorAll<HTMLElement>('.case-card'))
}

function card(container: HTMLElement, caseNo: string): HTMLElement {
  const found = cards(container).find((c) => textOf(c).includes(`办件编号 ${caseNo}`))
  if (!found) throw new Error(`no card for ${caseNo}`)
  return found
}

function chipOf(el: HTMLElement): string {
  return textOf(el.querySelector('.case-status')!)
}

function remainingOf(el: HTMLElement): HTMLElement | null {
  return el.querySelector<HTMLElement>('.case-card__remaining')
}

function filterTab(container: HTMLElement, label: string): HTMLElement {
  const tab = Array.from(container.querySelectorAll<HTMLElement>('[role="tab"]')).find((t) => textOf(t) === label)
  if (!tab) throw new Error(`no filter ${label}`)
  return tab
}

jest.setTimeout(20_000)

beforeAll(() => warmUpTaroComponents(), 30_000)

beforeEach(() => mockBackend.app().store.clear())
afterEach(() => resetClock())

describe('办件 tab', () => {
  it('signed out, explains why and offers to sign in or to look a case up without login', async () => {
    const switchTab = jest.spyOn(Taro, 'switchTab').mockResolvedValue({ errMsg: 'switchTab:ok' })
    const navigate = jest.spyOn(Taro, 'navigateTo').mockResolvedValue({ errMsg: 'navigateTo:ok' })
    const { container } = renderPage(CasesPage)

    await findByText(container, '登录后查看我的办件')
    expect(cards(container)).toHaveLength(0)
    tap(getButton(container, '去登录'))
    expect(switchTab).toHaveBeenCalledWith({ url: '/pages/mine/index' })
    tap(getButton(container, '不登录查询（办件编号 + 查询码）'))
    await waitFor(() => expect(navigate).toHaveBeenCalledWith({ url: '/packages/cases/lookup/index' }))
  })

  it('lists my cases newest first, each with its item, number, state chip, time and working days left or overdue in red', async () => {
    const { token } = await signInAs('resident')
    const first = await submitCase(token, promisedItem(3, 15, 0))
    await transition(first.caseNo, { action: 'accept', note: '' })
    // Weeks later the first case is past its deadline; a second waits for a supplement, a third was just sent.
    await setClock('2022-04-20T09:00:00+08:00')
    const second = await submitCase(token, promisedItem(3, 15, 1))
    await transition(second.caseNo, { action: 'request-supplement', note: '身份证照片不清晰', supplementItems: ['居民身份证'] })
    await setClock('2022-04-20T10:30:00+08:00')
    const third = await submitCase(token, promisedItem(3, 15, 2))

    const { container } = renderPage(CasesPage)
    await waitFor(() => expect(cards(container)).toHaveLength(3))
    const order = cards(container).map((c) => textOf(c.querySelector('.case-card__name')!))
    expect(order).toEqual([third.item.name, second.item.name, first.item.name])

    const listed = (await mockBackend.app().get<Page<CaseSummary>>('/api/v1/cases', { token })).body.items
    const server = (caseNo: string) => listed.find((c) => c.caseNo === caseNo)!

    const newest = card(container, third.caseNo)
    expect(chipOf(newest)).toBe('待受理')
    expect(textOf(newest)).toContain('提交于 2022年4月20日 10:30')
    expect(textOf(remainingOf(newest)!)).toBe(`剩余 ${server(third.caseNo).remainingWorkingDays} 个工作日`)

    const waiting = card(container, second.caseNo)
    expect(chipOf(waiting)).toBe('待补正')
    expect(textOf(remainingOf(waiting)!)).toBe('暂停计时（待补正）')

    const late = card(container, first.caseNo)
    expect(chipOf(late)).toBe('已受理')
    expect(textOf(late)).toContain('提交于 2022年3月1日 09:00')
    const overdueDays = -server(first.caseNo).remainingWorkingDays!
    expect(overdueDays).toBeGreaterThan(0)
    expect(textOf(remainingOf(late)!)).toBe(`已超期 ${overdueDays} 个工作日`)
    expect(remainingOf(late)!.className).toContain('case-card__remaining--overdue')
    expect(remainingOf(newest)!.className).not.toContain('--overdue')
  })

  it('shows nothing about working days once a case has ended', async () => {
    const { token } = await signInAs('resident')
    const created = await submitCase(token, promisedItem())
    await transition(created.caseNo, { action: 'refuse', note: '不属于本部门受理范围' })
    const { container } = renderPage(CasesPage)
    await waitFor(() => expect(cards(container)).toHaveLength(1))
    expect(chipOf(cards(container)[0])).toBe('不予受理')
    expect(remainingOf(cards(container)[0])).toBeNull()
  })

  it('filters by state, and says which filter is selected', async () => {
    const { token } = await signInAs('resident')
    const accepted = await submitCase(token, promisedItem(3, 15, 0))
    await transition(accepted.caseNo, { action: 'accept', note: '' })
    const supplement = await submitCase(token, promisedItem(3, 15, 1))
    await transition(supplement.caseNo, { action: 'request-supplement', note: '缺少租赁合同', supplementItems: ['房屋租赁合同'] })

    const { container } = renderPage(CasesPage)
    await waitFor(() => expect(cards(container)).toHaveLength(2))
    expect(filterTab(container, '全部').getAttribute('aria-selected')).toBe('true')

    tap(filterTab(container, '待补正'))
    expect(filterTab(container, '待补正').getAttribute('aria-selected')).toBe('true')
    expect(filterTab(container, '全部').getAttribute('aria-selected')).toBe('false')
    await waitFor(() => expect(cards(container).map(chipOf)).toEqual(['待补正']))
    expect(textOf(cards(container)[0])).toContain(supplement.caseNo)

    tap(filterTab(container, '办理中'))
    await waitFor(() => expect(cards(container).map(chipOf)).toEqual(['已受理']))

    tap(filterTab(container, '已办结'))
    await findByText(container, '没有「已办结」的办件')
    expect(cards(container)).toHaveLength(0)
  })

  it('loads more cases on 加载更多 and says when there are no more', async () => {
    const { token } = await signInAs('resident')
    const items = lightItems()
    for (let i = 0; i < 12; i += 1) {
      await setClock(`2022-03-01T${String(8 + Math.floor(i / 6)).padStart(2, '0')}:${String((i % 6) * 10).padStart(2, '0')}:00+08:00`)
      await submitCase(token, items[i % items.length])
    }
    const { container } = renderPage(CasesPage)
    await waitFor(() => expect(cards(container)).toHaveLength(10))
    expect(textOf(container)).toContain('共 12 件')
    expect(textOf(container)).not.toContain('没有更多了')

    tap(getButton(container, '加载更多'))
    await waitFor(() => expect(cards(container)).toHaveLength(12))
    await findByText(container, '没有更多了')
    // Newest first across both pages: the last card is the first case submitted.
    expect(textOf(cards(container)[11])).toContain('提交于 2022年3月1日 08:00')
    expect(textOf(cards(container)[0])).toContain('提交于 2022年3月1日 09:50')
  })

  it('with no case yet, says so and leads to 办事', async () => {
    const switchTab = jest.spyOn(Taro, 'switchTab').mockResolvedValue({ errMsg: 'switchTab:ok' })
    await signInAs('resident')
    const { container } = renderPage(CasesPage)
    await findByText(container, '还没有办件')
    tap(getButton(container, '去办事'))
    expect(switchTab).toHaveBeenCalledWith({ url: '/pages/catalogue/index' })
  })

  it('opens the detail of a case with one tap', async () => {
    const navigate = jest.spyOn(Taro, 'navigateTo').mockResolvedValue({ errMsg: 'navigateTo:ok' })
    const { token } = await signInAs('resident')
    const created = await submitCase(token, promisedItem())
    const { container } = renderPage(CasesPage)
    await waitFor(() => expect(cards(container)).toHaveLength(1))
    tap(cards(container)[0].querySelector('.taro-button-core')!)
    await waitFor(() => expect(navigate).toHaveBeenCalledWith({ url: `/packages/cases/detail/index?caseNo=${created.caseNo}` }))
  })

  it('shows only my own cases', async () => {
    const resident = await signInAs('resident')
    await submitCase(resident.token, promisedItem())
    await signInAs('business')
    const { container } = renderPage(CasesPage)
    await findByText(container, '还没有办件')
    expect(cards(container)).toHaveLength(0)
  })

  it('says the network failed and offers 重试, which then lists the cases', async () => {
    const { token } = await signInAs('resident')
    await submitCase(token, promisedItem())
    // The list's load and its two retries, and as many of the tab's unread message count (the 我的 badge) beside them.
    mockBackend.failNextRequests(6)
    const { container } = renderPage(CasesPage)
    tap(await findButton(container, '重试'))
    await waitFor(() => expect(cards(container)).toHaveLength(1))
  })
})
