import { act } from 'react'
import type { AssistRequest } from '@contract/application'
import type { Page } from '@contract/common'
import {
  type CatalogueItem,
  findByText,
  findInput,
  getButton,
  getByLabel,
  leave,
  mockBackend,
  renderPage,
  signInAs,
  tap,
  testCatalogue,
  textOf,
  typeInto,
  waitFor,
  warmUpTaroComponents,
} from '@/testing'
import AssistPage from './index'

function seedItem(predicate: (item: CatalogueItem) => boolean): CatalogueItem {
  const item = testCatalogue().seed.items.find(predicate)
  if (!item) throw new Error('the seed has no such item')
  return item
}

async function backOffice(): Promise<AssistRequest[]> {
  const { token } = await signInAs('admin', { intoApp: false })
  const res = await mockBackend.app().get<Page<AssistRequest>>('/api/v1/admin/assist-requests?pageSize=50', { token })
  if (res.status !== 200) throw new Error(`admin list answered ${res.status}`)
  return res.body.items
}

/** Types into a Taro Textarea (taro-h5 listens for `input` on its inner native textarea). */
async function typeNote(container: HTMLElement, text: string): Promise<void> {
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

function messageUnder(input: HTMLInputElement): string {
  const ids = (input.getAttribute('aria-describedby') ?? '').split(' ').filter(Boolean)
  return ids.map((id) => textOf(document.getElementById(id)!)).join(' ')
}

jest.setTimeout(15_000)

beforeAll(() => warmUpTaroComponents(), 30_000)

describe('帮办代办 page', () => {
  it('asks for the phone only after the privacy notice, then submits: the number, what happens next, and the back office has it', async () => {
    const item = seedItem((i) => !i.palm && i.region.code === '350500000000')
    await signInAs('resident', { verified: false })
    const { container } = renderPage(AssistPage, { itemId: item.id })

    await findByText(container, `事项：${item.name}`)
    await findByText(container, '个人信息保护提示')
    expect(container.querySelector('#assist-phone')).toBeNull()
    tap(getButton(container, '同意并继续'))

    const phone = await findInput(container, '11 位手机号，本人或家人均可')
    expect(phone.value).toBe('')
    typeInto(phone, '1380595123')
    leave(phone)
    await waitFor(() => expect(messageUnder(phone)).toBe('手机号码应为 11 位，现在是 10 位'))

    typeInto(phone, '138 0595 1234')
    await typeNote(container, '不会用手机拍材料，想请工作人员帮忙申报')
    tap(getByLabel(container, '工作日下午'))
    expect(getByLabel(container, '工作日下午').getAttribute('aria-checked')).toBe('true')
    expect(getByLabel(container, '都可以').getAttribute('aria-checked')).toBe('false')
    tap(getButton(container, '提交帮办申请'))

    const number = await findByText(container, /^申请编号：BB\d{14}$/)
    const id = textOf(number).replace('申请编号：', '')
    expect(textOf(container)).toContain('工作人员将在 1 个工作日内电话联系您（138****1234），尽量安排在工作日下午，请留意来电。')

    const inBackOffice = (await backOffice()).find((r) => r.id === id)
    expect(inBackOffice).toMatchObject({
      item: { id: item.id, name: item.name },
      phone: '138****1234',
      note: '不会用手机拍材料，想请工作人员帮忙申报',
      preferredTime: '工作日下午',
      status: 'pending',
    })

    await waitFor(() => expect(textOf(container)).toContain(`编号 ${id}`))
    expect(textOf(container)).toContain('我对本事项的帮办申请')
  })

  it('lists my earlier requests for this item, and only for this item', async () => {
    const [item, other] = testCatalogue().seed.items.filter((i) => i.region.code === '350500000000').slice(0, 2)
    const { token } = await signInAs('business', { verified: false })
    const ask = async (itemId: string, note: string) => {
      const res = await mockBackend.app().post<AssistRequest>('/api/v1/assist-requests', { token, json: { itemId, phone: '13905952345', note, preferredTime: '周末' } })
      if (res.status !== 201) throw new Error(`assist request answered ${res.status}`)
      return res.body
    }
    const mine = await ask(item.id, '材料不会准备')
    const elsewhere = await ask(other.id, '别的事项')

    const { container } = renderPage(AssistPage, { itemId: item.id })
    await findByText(container, `编号 ${mine.id}`)
    const list = textOf(container)
    expect(list).toContain('材料不会准备')
    expect(list).toContain('待联系')
    expect(list).toContain('联系电话 139****2345 · 周末')
    expect(list).not.toContain(elsewhere.id)
  })

  it('says what is missing before sending anything', async () => {
    const item = seedItem((i) => i.palm)
    await signInAs('cadre')
    const { container } = renderPage(AssistPage, { itemId: item.id })
    await findByText(container, '个人信息保护提示')
    tap(getButton(container, '同意并继续'))
    const phone = await findInput(container, '11 位手机号，本人或家人均可')

    const before = Object.keys(mockBackend.app().store.dump().assistRequests).length
    tap(getButton(container, '提交帮办申请'))
    await waitFor(() => expect(messageUnder(phone)).toBe('请填写手机号码'))
    expect(textOf(container)).toContain('请说明需要帮什么')
    expect(Object.keys(mockBackend.app().store.dump().assistRequests)).toHaveLength(before)
  })

  it('asks a signed-out person to sign in first', async () => {
    const item = seedItem((i) => i.palm)
    const { container } = renderPage(AssistPage, { itemId: item.id })
    await findByText(container, `事项：${item.name}`)
    expect(textOf(container)).toContain('申请帮办代办前请先登录')
    expect(getButton(container, '去登录').textContent).toBe('去登录')
    expect(container.querySelector('#assist-phone')).toBeNull()
  })
})
