import Taro from '@tarojs/taro'
import {
  findButton,
  findByText,
  getByLabel,
  lightItems,
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
  mockBackend,
} from '@/testing'
import CaseDetailPage from './index'

function section(container: HTMLElement, name: string): HTMLElement {
  const found = container.querySelector<HTMLElement>(`[role="region"][aria-label="${name}"]`)
  if (!found) throw new Error(`no section ${name}`)
  return found
}

function steps(container: HTMLElement): string[] {
  return Array.from(container.querySelectorAll('.case-steps__step')).map((s) => textOf(s))
}

jest.setTimeout(20_000)
beforeAll(() => warmUpTaroComponents(), 30_000)
beforeEach(() => mockBackend.app().store.clear())
afterEach(() => resetClock())

describe('办件详情: honest final states', () => {
  it('a withdrawn case stops at 受理, shows no date and says it can be applied for again', async () => {
    const { token } = await signInAs('resident')
    const created = await submitCase(token, promisedItem())
    await mockBackend.app().post(`/api/v1/cases/${created.caseNo}/withdraw`, { token, json: {} })
    const { container } = renderPage(CaseDetailPage, { caseNo: created.caseNo })
    await findByText(container, '办理进度', '[role="heading"]')
    expect(steps(container)).toEqual(['1提交已完成', '×受理已撤回', '3办理未办理', '4办结未办理'])
    expect(textOf(section(container, '办理进度'))).toContain('已结束：已撤回（在「受理」环节）')
    expect(textOf(section(container, '办理进度'))).not.toMatch(/剩余|办结期限|预计/)
    expect(textOf(section(container, '申请已撤回'))).toContain('可以重新申报')
  })

  it('a 不予许可 case stops at 办理, counts nothing down, names the remedy and its reviewing body, and offers 办不成事反映 for this case', async () => {
    const navigateTo = jest.spyOn(Taro, 'navigateTo').mockResolvedValue({ errMsg: 'navigateTo:ok' })
    const { token } = await signInAs('resident')
    const item = promisedItem()
    const created = await submitCase(token, item)
    await setClock('2022-03-02T10:00:00+08:00')
    await transition(created.caseNo, { action: 'accept', note: '' })
    await transition(created.caseNo, { action: 'deny', note: '不符合申请条件', result: '经审查，不符合申请条件，不予许可' })

    const { container } = renderPage(CaseDetailPage, { caseNo: created.caseNo })
    await findByText(container, '办理进度', '[role="heading"]')
    expect(steps(container)).toEqual(['1提交已完成', '2受理已完成', '×办理不予许可', '4办结未开始'])
    expect(textOf(section(container, '办理进度'))).not.toMatch(/剩余|个工作日|办结期限/)
    const remedy = textOf(section(container, '如对不予许可决定不服'))
    expect(remedy).toContain(`60 日内向${item.region.name}人民政府申请行政复议`)
    expect(remedy).toContain('6 个月内依法向人民法院提起行政诉讼')
    tap(await findButton(section(container, '办不成事反映'), '办不成事反映'))
    await waitFor(() => expect(navigateTo).toHaveBeenCalledWith({ url: `/packages/rating/complaint/index?caseNo=${created.caseNo}` }))
  })

  it('a 不予受理 case stops at 受理 and says how to go on', async () => {
    const { token } = await signInAs('resident')
    const created = await submitCase(token, promisedItem())
    await transition(created.caseNo, { action: 'refuse', note: '不属于本部门职权范围' })
    const { container } = renderPage(CaseDetailPage, { caseNo: created.caseNo })
    await findByText(container, '办理进度', '[role="heading"]')
    expect(steps(container)).toEqual(['1提交已完成', '×受理不予受理', '3办理未办理', '4办结未办理'])
    expect(textOf(section(container, '不予受理后怎么办'))).toContain('补齐或更正后重新申报')
    expect(container.querySelector('[role="region"][aria-label="办不成事反映"]')).not.toBeNull()
  })

  it('shows the query code with a copy button', async () => {
    const setClipboard = jest.spyOn(Taro, 'setClipboardData').mockResolvedValue({ errMsg: 'setClipboardData:ok' } as never)
    const { token } = await signInAs('resident')
    const created = await submitCase(token, promisedItem())
    const { container } = renderPage(CaseDetailPage, { caseNo: created.caseNo })
    await findByText(container, `查询码 ${created.queryCode}`)
    tap(getByLabel(container, `复制查询码 ${created.queryCode}`))
    await waitFor(() => expect(setClipboard).toHaveBeenCalledWith({ data: `办件编号 ${created.caseNo} 查询码 ${created.queryCode}` }))
  })

  it('a free item’s case says 免费', async () => {
    const { token } = await signInAs('resident')
    const created = await submitCase(token, lightItems().find((i) => !i.fee.charged)!)
    const { container } = renderPage(CaseDetailPage, { caseNo: created.caseNo })
    await findByText(container, /^费用 免费/)
  })
})
