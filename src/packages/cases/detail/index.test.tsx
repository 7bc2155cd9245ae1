import Taro from '@tarojs/taro'
import type { Case } from '@contract/case'
import {
  findButton,
  findByText,
  getButton,
  mockBackend,
  promisedItem,
  queryAllByText,
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
import CaseDetailPage from './index'

function section(container: HTMLElement, name: string): HTMLElement {
  const found = container.querySelector<HTMLElement>(`[role="region"][aria-label="${name}"]`)
  if (!found) throw new Error(`no section ${name}`)
  return found
}

function currentStep(container: HTMLElement): string {
  const current = container.querySelectorAll('[aria-current="step"]')
  if (current.length !== 1) throw new Error(`${current.length} current steps`)
  return textOf(current[0].querySelector('.case-steps__label')!)
}

function timelineTitles(container: HTMLElement): string[] {
  return Array.from(section(container, '办理记录').querySelectorAll('.case-timeline__title')).map(textOf)
}

async function serverCase(token: string, caseNo: string): Promise<Case> {
  return (await mockBackend.app().get<Case>(`/api/v1/cases/${caseNo}`, { token })).body
}

/** WeChat's confirmation dialog is a device boundary: the person's answer, with a typed reason. */
function answerModal(confirm: boolean, content = ''): jest.SpyInstance {
  return jest.spyOn(Taro, 'showModal').mockResolvedValue({ errMsg: 'showModal:ok', confirm, cancel: !confirm, content } as Taro.showModal.SuccessCallbackResult)
}

jest.setTimeout(20_000)

beforeAll(() => warmUpTaroComponents(), 30_000)

beforeEach(() => mockBackend.app().store.clear())
afterEach(() => resetClock())

describe('办件详情 page', () => {
  it('shows the four steps with the current one announced, the deadline and the timeline newest first after the back office acts', async () => {
    const { token } = await signInAs('resident')
    const item = promisedItem()
    const created = await submitCase(token, item)
    await setClock('2022-03-02T10:00:00+08:00')
    await transition(created.caseNo, { action: 'accept', note: '材料齐全，予以受理' })
    await setClock('2022-03-03T15:20:00+08:00')
    await transition(created.caseNo, { action: 'start-review', note: '' })
    const server = await serverCase(token, created.caseNo)

    const { container } = renderPage(CaseDetailPage, { caseNo: created.caseNo })
    await findByText(container, item.name, '[role="heading"]')
    expect(textOf(container.querySelector('.case-detail .case-status')!)).toBe('审查中')
    expect(currentStep(container)).toBe('办理')
    expect(textOf(section(container, '办理进度'))).toContain('当前：办理（审查中）')
    const steps = Array.from(container.querySelectorAll('.case-steps__step')).map((s) => textOf(s))
    expect(steps).toEqual(['1提交已完成', '2受理已完成', '3办理进行中', '4办结未开始'])

    const due = server.dueBy!
    const [y, m, d] = due.split('-').map(Number)
    expect(textOf(section(container, '办理进度'))).toContain(`办结期限 ${y}年${m}月${d}日`)
    expect(textOf(section(container, '办理进度'))).toContain(`剩余 ${server.remainingWorkingDays} 个工作日`)

    expect(textOf(section(container, '办理记录'))).toContain('最新的记录在最上面')
    expect(timelineTitles(container)).toEqual([...server.timeline].reverse().map((e) => e.title))
    expect(timelineTitles(container)[0]).toBe('进入审查')
    const accepted = Array.from(section(container, '办理记录').querySelectorAll('.case-timeline__entry')).find((e) => textOf(e).startsWith('已受理'))!
    expect(textOf(accepted)).toContain(`2022年3月2日 10:00 · ${item.department.name}`)
    expect(textOf(accepted)).toContain('材料齐全，予以受理')
  })

  it('before acceptance gives the expected date and shows what was submitted', async () => {
    const { token } = await signInAs('resident')
    const created = await submitCase(token, promisedItem())
    const { container } = renderPage(CaseDetailPage, { caseNo: created.caseNo })
    await findByText(container, '办理进度', '[role="heading"]')
    expect(currentStep(container)).toBe('提交')
    const [y, m, d] = created.dueBy!.split('-').map(Number)
    expect(textOf(section(container, '办理进度'))).toContain(`预计 ${y}年${m}月${d}日前办结（受理后开始计时）`)
    const submitted = textOf(section(container, '提交的内容'))
    for (const field of created.fields) expect(submitted).toContain(`${field.label}${field.display}`)
    // The phone arrives masked from the server and is shown as it came.
    expect(submitted).not.toContain('13805951234')
  })

  it('says the date may shift when it falls in a year whose holiday calendar is not published yet', async () => {
    await setClock('2026-12-30T09:00:00+08:00')
    const { token } = await signInAs('resident')
    const created = await submitCase(token, promisedItem())
    expect(created.dueByProvisional).toBe(true)
    const { container } = renderPage(CaseDetailPage, { caseNo: created.caseNo })
    await findByText(container, '办理进度', '[role="heading"]')
    expect(textOf(section(container, '办理进度'))).toContain(`${created.dueBy!.slice(0, 4)}年的法定节假日安排尚未公布`)
  })

  it('shows what a supplement asks for and why, and opens the 补正 page', async () => {
    const navigate = jest.spyOn(Taro, 'navigateTo').mockResolvedValue({ errMsg: 'navigateTo:ok' })
    const { token } = await signInAs('resident')
    const created = await submitCase(token, promisedItem())
    await transition(created.caseNo, { action: 'accept', note: '' })
    await transition(created.caseNo, { action: 'request-supplement', note: '租赁合同缺少出租人签字', supplementItems: ['房屋租赁合同', '出租人身份证'] })

    const { container } = renderPage(CaseDetailPage, { caseNo: created.caseNo })
    const block = await waitFor(() => section(container, '需要补正'))
    expect(textOf(block)).toContain('原因：租赁合同缺少出租人签字')
    expect(Array.from(block.querySelectorAll('[role="listitem"]')).map(textOf)).toEqual(['房屋租赁合同', '出租人身份证'])
    expect(textOf(section(container, '办理进度'))).toContain('暂停计时（待补正）')
    tap(getButton(block, '去补正'))
    await waitFor(() => expect(navigate).toHaveBeenCalledWith({ url: `/packages/apply/supplement/index?caseNo=${created.caseNo}` }))
  })

  it('withdraws a case before acceptance after asking, with the reason given, and then shows it withdrawn', async () => {
    const { token } = await signInAs('resident')
    const created = await submitCase(token, promisedItem())
    const modal = answerModal(true, '信息填错了，重新申报')
    const { container } = renderPage(CaseDetailPage, { caseNo: created.caseNo })

    tap(await findButton(container, '撤回申请'))
    await waitFor(() => expect(textOf(container.querySelector('.case-detail .case-status')!)).toBe('已撤回'))
    expect(modal).toHaveBeenCalledTimes(1)
    expect(modal.mock.calls[0][0]).toMatchObject({ title: '撤回申请', editable: true })
    expect(queryAllByText(container, '撤回申请', '.taro-button-core')).toHaveLength(0)
    expect(timelineTitles(container)[0]).toBe('申请人已撤回申请')
    expect(textOf(section(container, '办理记录'))).toContain('信息填错了，重新申报')
    expect((await serverCase(token, created.caseNo)).status).toBe('withdrawn')
  })

  it('keeps the case as it was when the person answers 不撤回', async () => {
    const { token } = await signInAs('resident')
    const created = await submitCase(token, promisedItem())
    answerModal(false)
    const { container } = renderPage(CaseDetailPage, { caseNo: created.caseNo })
    tap(await findButton(container, '撤回申请'))
    await waitFor(() => expect(Taro.showModal).toHaveBeenCalled())
    expect(textOf(container.querySelector('.case-detail .case-status')!)).toBe('待受理')
    expect((await serverCase(token, created.caseNo)).status).toBe('submitted')
  })

  it('offers no withdrawal once the case is accepted', async () => {
    const { token } = await signInAs('resident')
    const created = await submitCase(token, promisedItem())
    await transition(created.caseNo, { action: 'accept', note: '' })
    const { container } = renderPage(CaseDetailPage, { caseNo: created.caseNo })
    await findByText(container, '办理进度', '[role="heading"]')
    expect(currentStep(container)).toBe('受理')
    expect(queryAllByText(container, '撤回申请', '.taro-button-core')).toHaveLength(0)
  })

  it('when the case was accepted meanwhile, says the withdrawal was refused and shows it accepted', async () => {
    const { token } = await signInAs('resident')
    const created = await submitCase(token, promisedItem())
    const toast = jest.spyOn(Taro, 'showToast')
    const { container } = renderPage(CaseDetailPage, { caseNo: created.caseNo })
    const withdraw = await findButton(container, '撤回申请')
    // The back office accepts while the page is open.
    await transition(created.caseNo, { action: 'accept', note: '' })
    answerModal(true)
    tap(withdraw)
    await waitFor(() => expect(textOf(container.querySelector('.case-detail .case-status')!)).toBe('已受理'))
    expect(toast).toHaveBeenCalledWith(expect.objectContaining({ title: '办件已受理，不能撤回' }))
  })

  it('shows the result and how to get it once concluded', async () => {
    const { token } = await signInAs('resident')
    const created = await submitCase(token, promisedItem())
    await transition(created.caseNo, { action: 'accept', note: '' })
    await transition(created.caseNo, { action: 'approve', note: '', result: '证件已制作完成，请到受理窗口领取' })
    const concluded = await transition(created.caseNo, { action: 'conclude', note: '' })

    const { container } = renderPage(CaseDetailPage, { caseNo: created.caseNo })
    const result = await waitFor(() => section(container, '办理结果'))
    expect(textOf(result)).toContain(concluded.result!.text)
    for (const way of concluded.result!.delivery) expect(textOf(result)).toContain(way)
    expect(currentStep(container)).toBe('办结')
    expect(textOf(container.querySelector('.case-detail .case-status')!)).toBe('已办结')
  })

  it('does not show another person’s case', async () => {
    const resident = await signInAs('resident')
    const created = await submitCase(resident.token, promisedItem())
    await signInAs('business')
    const { container } = renderPage(CaseDetailPage, { caseNo: created.caseNo })
    await findByText(container, '没有找到这个办件')
    expect(textOf(container)).not.toContain(created.item.name)
  })

  it('signed out, offers to sign in or to look the case up with its query code', async () => {
    const navigate = jest.spyOn(Taro, 'navigateTo').mockResolvedValue({ errMsg: 'navigateTo:ok' })
    const { container } = renderPage(CaseDetailPage, { caseNo: 'QZ20220301ABCDEFGH' })
    tap(await findButton(container, '不登录查询（办件编号 + 查询码）'))
    await waitFor(() => expect(navigate).toHaveBeenCalledWith({ url: '/packages/cases/lookup/index?caseNo=QZ20220301ABCDEFGH' }))
  })
})
