import { act } from 'react'
import type { Complaint } from '@contract/rating'
import {
  concludedCase,
  findByText,
  getButton,
  getByLabel,
  mockBackend,
  renderPage,
  replyToComplaint,
  signInAs,
  tap,
  textOf,
  waitFor,
  warmUpTaroComponents,
} from '@/testing'
import ComplaintPage from './index'

jest.setTimeout(20_000)

beforeAll(() => warmUpTaroComponents(), 30_000)

beforeEach(() => mockBackend.app().store.clear())

async function typeContent(container: HTMLElement, text: string): Promise<void> {
  const area = await waitFor(() => {
    const found = container.querySelector('textarea')
    if (!found) throw new Error('no textarea yet')
    return found
  })
  act(() => {
    area.value = text
    area.dispatchEvent(new Event('input', { bubbles: true }))
  })
}

async function complaintsOnServer(token: string): Promise<Complaint[]> {
  return (await mockBackend.app().get<{ items: Complaint[] }>('/api/v1/complaints', { token })).body.items
}

function card(container: HTMLElement, id: string): HTMLElement {
  const found = Array.from(container.querySelectorAll<HTMLElement>('.complaint-card')).find((c) => textOf(c).includes(id))
  if (!found) throw new Error(`no complaint ${id}`)
  return found
}

describe('办不成事反映 / 投诉建议 page', () => {
  it('files a 办不成事反映 about a case given in the URL, shows its number, and lists it as 待处理', async () => {
    const { token } = await signInAs('resident')
    const c = await concludedCase(token)
    const { container } = renderPage(ComplaintPage, { caseNo: c.caseNo })

    await findByText(container, '我要反映', '[role="heading"]')
    expect(getByLabel(container, '办不成事反映').getAttribute('aria-checked')).toBe('true')
    const linked = await waitFor(() => getByLabel(container, `${c.item.name} ${c.caseNo}`))
    expect(linked.getAttribute('aria-checked')).toBe('true')

    await typeContent(container, '办结了但')
    tap(getButton(container, '提交'))
    await findByText(container, '内容至少 5 个字，请说清楚发生了什么')
    expect(await complaintsOnServer(token)).toEqual([])

    await typeContent(container, '办结后窗口说证件还没到，跑了两趟都没拿到')
    expect(textOf(container)).toContain('20/500')
    tap(getButton(container, '提交'))

    await findByText(container, '✓ 已提交')
    const [saved] = await complaintsOnServer(token)
    expect(saved).toMatchObject({ kind: 'cannot-do', caseNo: c.caseNo, content: '办结后窗口说证件还没到，跑了两趟都没拿到', status: 'pending' })
    expect(textOf(container)).toContain(`办不成事反映编号 ${saved.id}`)
    const listed = await waitFor(() => card(container, saved.id))
    expect(textOf(listed)).toContain('待处理')
    expect(textOf(listed)).toContain(`关联办件 ${c.caseNo}`)
    expect(textOf(listed)).toContain('正在处理，答复后会显示在这里。')
  })

  it('files a 建议 without a case after choosing the kind, and shows the back office\'s reply as 已答复', async () => {
    const { token } = await signInAs('resident')
    const first = renderPage(ComplaintPage)
    await findByText(first.container, '我要反映', '[role="heading"]')
    await waitFor(() => expect(getByLabel(first.container, '不关联办件').getAttribute('aria-checked')).toBe('true'))

    await typeContent(first.container, '希望周末也能开放社保窗口')
    tap(getButton(first.container, '提交'))
    await findByText(first.container, '请选择反映的类型')
    tap(getByLabel(first.container, '建议'))
    tap(getButton(first.container, '提交'))
    await findByText(first.container, '✓ 已提交')
    const [saved] = await complaintsOnServer(token)
    expect(saved).toMatchObject({ kind: 'suggestion', caseNo: null })
    first.unmount()

    await replyToComplaint(saved.id, '已转社保中心研究，拟于下月起周六上午开放')
    const { container } = renderPage(ComplaintPage)
    const replied = await waitFor(() => card(container, saved.id))
    expect(textOf(replied)).toContain('建议')
    expect(textOf(replied)).toContain('已答复')
    expect(textOf(replied.querySelector('[role="region"][aria-label="答复"]')!)).toContain('已转社保中心研究，拟于下月起周六上午开放')
  })
})
