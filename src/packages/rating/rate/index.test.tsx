import Taro from '@tarojs/taro'
import { act } from 'react'
import {
  concludedCase,
  findButton,
  findByText,
  getButton,
  getByLabel,
  mockBackend,
  rateOnServer,
  ratingsOnServer,
  renderPage,
  resetClock,
  signInAs,
  tap,
  textOf,
  waitFor,
  warmUpTaroComponents,
} from '@/testing'
import CaseDetailPage from '../../cases/detail/index'
import RatePage from './index'

jest.setTimeout(20_000)

beforeAll(() => warmUpTaroComponents(), 30_000)

beforeEach(() => mockBackend.app().store.clear())
afterEach(() => resetClock())

function level(container: HTMLElement, words: string): HTMLElement {
  return getByLabel(container, words)
}

function disabled(button: HTMLElement): boolean {
  return button.hasAttribute('disabled')
}

async function typeComment(container: HTMLElement, text: string): Promise<void> {
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

describe('评价办件 page', () => {
  it('offers the five levels in words as radio choices, best first, none chosen, and cannot be sent before a level is chosen', async () => {
    const { token } = await signInAs('resident')
    const c = await concludedCase(token)
    const { container } = renderPage(RatePage, { caseNo: c.caseNo })
    await findByText(container, '您对这次办理满意吗？')
    const radios = Array.from(container.querySelectorAll('[role="radio"]'))
    expect(radios.map((r) => r.getAttribute('aria-label'))).toEqual(['非常满意', '满意', '基本满意', '不满意', '非常不满意'])
    expect(radios.every((r) => r.getAttribute('aria-checked') === 'false')).toBe(true)
    expect(textOf(container)).toContain(c.item.name)
    expect(disabled(getButton(container, '提交评价'))).toBe(true)
    expect(textOf(container)).toContain('请选择满意程度后才能提交')
  })

  it('a bad rating cannot be sent without a reason: the button stays disabled and says why; with a reason it is sent and the case then shows it', async () => {
    const { token } = await signInAs('resident')
    const c = await concludedCase(token)
    const { container, unmount } = renderPage(RatePage, { caseNo: c.caseNo })
    await findByText(container, '您对这次办理满意吗？')

    tap(level(container, '不满意'))
    expect(level(container, '不满意').getAttribute('aria-checked')).toBe('true')
    const tags = await waitFor(() => {
      const found = Array.from(container.querySelectorAll('[role="checkbox"]'))
      if (found.length === 0) throw new Error('no reason tags yet')
      return found
    })
    expect(tags.map((t) => t.getAttribute('aria-label'))).toEqual(['办事效率', '办事指南精确度', '办事便捷度', '平台操作性', '服务态度', '其他'])
    expect(textOf(container)).toContain('请至少选择一项不满意的原因')
    const submit = getButton(container, '提交评价')
    expect(disabled(submit)).toBe(true)
    // A tap on the disabled button sends nothing.
    tap(submit)
    await new Promise((r) => setTimeout(r, 100))
    expect(await ratingsOnServer(token)).toEqual([])

    tap(getByLabel(container, '办事效率'))
    expect(getByLabel(container, '办事效率').getAttribute('aria-checked')).toBe('true')
    await typeComment(container, '窗口排队时间太长')
    expect(textOf(container)).toContain('8/500')
    await waitFor(() => expect(disabled(getButton(container, '提交评价'))).toBe(false))
    tap(getButton(container, '提交评价'))

    await findByText(container, '✓ 感谢您的评价')
    expect(textOf(container)).toContain('您的评价：不满意')
    const [saved] = await ratingsOnServer(token)
    expect(saved).toMatchObject({ caseNo: c.caseNo, level: 2, tags: ['efficiency'], comment: '窗口排队时间太长', source: 'person' })
    expect(textOf(container)).toContain('部门将在 10 个工作日内核实整改并答复')
    unmount()

    const detail = renderPage(CaseDetailPage, { caseNo: c.caseNo })
    const block = await waitFor(() => {
      const found = detail.container.querySelector<HTMLElement>('[role="region"][aria-label="评价"]')
      if (!found) throw new Error('no 评价 block yet')
      return found
    })
    expect(textOf(block)).toContain('您的评价：不满意')
    expect(queryButton(block, '去评价')).toBeNull()
    getButton(block, '查看我的评价')
  })

  it('a good rating needs no reason and is sent with one tap', async () => {
    const { token } = await signInAs('resident')
    const c = await concludedCase(token)
    const { container } = renderPage(RatePage, { caseNo: c.caseNo })
    await findByText(container, '您对这次办理满意吗？')
    tap(level(container, '非常满意'))
    expect(container.querySelectorAll('[role="checkbox"]')).toHaveLength(0)
    expect(textOf(container)).not.toContain('请至少选择一项不满意的原因')
    await waitFor(() => expect(disabled(getButton(container, '提交评价'))).toBe(false))
    tap(getButton(container, '提交评价'))
    await findByText(container, '✓ 感谢您的评价')
    expect(textOf(container)).toContain('您的评价：非常满意')
    expect((await ratingsOnServer(token)).map((r) => [r.level, r.tags])).toEqual([[5, []]])
  })

  it('switching from a bad level to a good one drops the reasons', async () => {
    const { token } = await signInAs('resident')
    const c = await concludedCase(token)
    const { container } = renderPage(RatePage, { caseNo: c.caseNo })
    await findByText(container, '您对这次办理满意吗？')
    tap(level(container, '非常不满意'))
    tap(await waitFor(() => getByLabel(container, '服务态度')))
    tap(level(container, '基本满意'))
    tap(await findButton(container, '提交评价'))
    await findByText(container, '✓ 感谢您的评价')
    expect((await ratingsOnServer(token)).map((r) => [r.level, r.tags])).toEqual([[3, []]])
  })

  it('sends once when 提交评价 is tapped twice', async () => {
    const { token } = await signInAs('resident')
    const c = await concludedCase(token)
    const { container } = renderPage(RatePage, { caseNo: c.caseNo })
    await findByText(container, '您对这次办理满意吗？')
    tap(level(container, '满意'))
    const submit = await waitFor(() => {
      const b = getButton(container, '提交评价')
      if (disabled(b)) throw new Error('still disabled')
      return b
    })
    tap(submit)
    tap(submit)
    await findByText(container, '✓ 感谢您的评价')
    expect(await ratingsOnServer(token)).toHaveLength(1)
    expect(textOf(container)).not.toContain('每件只能评价一次')
  })

  it('a case rated meanwhile (elsewhere) gets the server\'s message and the way to my ratings', async () => {
    const navigate = jest.spyOn(Taro, 'navigateTo').mockResolvedValue({ errMsg: 'navigateTo:ok' })
    const { token } = await signInAs('resident')
    const c = await concludedCase(token)
    const { container } = renderPage(RatePage, { caseNo: c.caseNo })
    await findByText(container, '您对这次办理满意吗？')
    await rateOnServer(token, c.caseNo, { level: 4, tags: [], comment: '' })

    tap(level(container, '非常满意'))
    tap(await waitFor(() => {
      const b = getButton(container, '提交评价')
      if (disabled(b)) throw new Error('still disabled')
      return b
    }))
    const alert = await waitFor(() => {
      const found = Array.from(container.querySelectorAll('[role="alert"]')).find((a) => textOf(a).includes('该办件已评价，每件只能评价一次'))
      if (!found) throw new Error('no conflict message yet')
      return found as HTMLElement
    })
    tap(getButton(alert, '查看我的评价'))
    await waitFor(() => expect(navigate).toHaveBeenCalledWith({ url: '/packages/rating/mine/index' }))
    expect((await ratingsOnServer(token)).map((r) => r.level)).toEqual([4])
  })

  it('opening the form of a case already rated says so instead of offering the levels again', async () => {
    const { token } = await signInAs('resident')
    const c = await concludedCase(token)
    await rateOnServer(token, c.caseNo, { level: 1, tags: ['attitude'], comment: '' })
    const { container } = renderPage(RatePage, { caseNo: c.caseNo })
    await findByText(container, '这个办件已经评价过了')
    expect(textOf(container)).toContain('您的评价：非常不满意')
    expect(container.querySelectorAll('[role="radio"]')).toHaveLength(0)
  })
})

function queryButton(root: HTMLElement, text: string): HTMLElement | null {
  try {
    return getButton(root, text)
  } catch {
    return null
  }
}
