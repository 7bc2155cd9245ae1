import Taro from '@tarojs/taro'
import type { Case } from '@contract/case'
import {
  findButton,
  findByText,
  getButton,
  getByLabel,
  mockBackend,
  photo,
  pickPhotos,
  promisedItem,
  renderPage,
  signInAs,
  submitCase,
  tap,
  textOf,
  transition,
  typeInto,
  waitFor,
  warmUpTaroComponents,
} from '@/testing'
import CaseDetailPage from '../../cases/detail/index'
import SupplementPage from './index'

const ITEMS = ['房屋租赁合同', '出租人身份证']

/** A case the back office accepted and then asked to supplement with ITEMS. */
async function caseNeedingSupplement(): Promise<{ token: string; caseNo: string }> {
  const { token } = await signInAs('resident')
  const created = await submitCase(token, promisedItem())
  await transition(created.caseNo, { action: 'accept', note: '' })
  await transition(created.caseNo, { action: 'request-supplement', note: '租赁合同缺少出租人签字', supplementItems: ITEMS })
  return { token, caseNo: created.caseNo }
}

function itemBlock(container: HTMLElement, name: string): HTMLElement {
  const block = Array.from(container.querySelectorAll<HTMLElement>('.supplement__item')).find((b) => textOf(b.querySelector('[role="heading"]')!) === name)
  if (!block) throw new Error(`no block for ${name}`)
  return block
}

/** Picks a photo for one requested item and waits until it is uploaded. */
async function uploadFor(container: HTMLElement, item: string, fileName: string): Promise<void> {
  pickPhotos([photo(fileName)])
  tap(await waitFor(() => getByLabel(container, `拍照或从相册选择：${item}`)))
  await waitFor(() => expect(textOf(itemBlock(container, item))).toContain(`${fileName}`))
  await waitFor(() => expect(textOf(itemBlock(container, item))).toContain('已上传'))
}

function noteInput(container: HTMLElement): HTMLInputElement {
  const el = container.querySelector<HTMLInputElement>('.supplement textarea')
  if (!el) throw new Error('no note field')
  return el
}

async function serverCase(token: string, caseNo: string): Promise<Case> {
  return (await mockBackend.app().get<Case>(`/api/v1/cases/${caseNo}`, { token })).body
}

jest.setTimeout(20_000)

beforeAll(() => warmUpTaroComponents(), 30_000)

beforeEach(() => mockBackend.app().store.clear())

describe('补正材料 page', () => {
  it('uploads a photo for each requested item, sends them with a note, and the case is back in review', async () => {
    const redirect = jest.spyOn(Taro, 'redirectTo').mockResolvedValue({ errMsg: 'redirectTo:ok' })
    const { token, caseNo } = await caseNeedingSupplement()
    const { container } = renderPage(SupplementPage, { caseNo })
    await findByText(container, '需要补正的原因：租赁合同缺少出租人签字')

    await uploadFor(container, ITEMS[0], '租赁合同.jpg')
    await uploadFor(container, ITEMS[1], '出租人身份证.jpg')
    typeInto(await waitFor(() => noteInput(container)), '已补签字')
    tap(getButton(container, '提交补正材料'))

    await waitFor(() => expect(redirect).toHaveBeenCalledWith({ url: `/packages/cases/detail/index?caseNo=${caseNo}` }))
    const after = await serverCase(token, caseNo)
    expect(after.status).toBe('in-review')
    expect(after.supplement).toBeNull()

    // The detail it returns to.
    const detail = renderPage(CaseDetailPage, { caseNo })
    await waitFor(() => expect(textOf(detail.container.querySelector('.case-detail .case-status')!)).toBe('审查中'))
    expect(detail.container.querySelector('[aria-label="需要补正"]')).toBeNull()
    const latest = detail.container.querySelector('.case-timeline__entry')!
    expect(textOf(latest)).toContain('已提交补正材料')
    expect(textOf(latest)).toContain('已补签字')
  })

  it('says under each item what is still missing, and sends nothing', async () => {
    const { token, caseNo } = await caseNeedingSupplement()
    const { container } = renderPage(SupplementPage, { caseNo })
    await uploadFor(container, ITEMS[0], '租赁合同.jpg')
    tap(getButton(container, '提交补正材料'))
    await waitFor(() => expect(textOf(itemBlock(container, ITEMS[1]))).toContain(`请上传「${ITEMS[1]}」`))
    expect(itemBlock(container, ITEMS[0]).querySelector('.supplement__error')).toBeNull()
    expect((await serverCase(token, caseNo)).status).toBe('needs-supplement')
  })

  it('shows the server’s reason under the item it concerns', async () => {
    const { token, caseNo } = await caseNeedingSupplement()
    const { container } = renderPage(SupplementPage, { caseNo })
    await uploadFor(container, ITEMS[0], '租赁合同.jpg')
    await uploadFor(container, ITEMS[1], '出租人身份证.jpg')
    // The second photo expires on the server before the person sends the supplement.
    const store = mockBackend.app().store
    const expired = Object.values(store.dump().uploads).find((u) => u.name === '出租人身份证.jpg')!
    store.uploads.delete(expired.id)
    tap(getButton(container, '提交补正材料'))
    await waitFor(() => expect(textOf(itemBlock(container, ITEMS[1]))).toContain(`「${ITEMS[1]}」的文件不存在或已失效，请重新上传`))
    expect(itemBlock(container, ITEMS[0]).querySelector('.supplement__error')).toBeNull()
    expect((await serverCase(token, caseNo)).status).toBe('needs-supplement')
  })

  it('keeps the uploaded files and the note when the network is lost, and sends them on the next tap', async () => {
    jest.spyOn(Taro, 'redirectTo').mockResolvedValue({ errMsg: 'redirectTo:ok' })
    const { token, caseNo } = await caseNeedingSupplement()
    const { container } = renderPage(SupplementPage, { caseNo })
    await uploadFor(container, ITEMS[0], '租赁合同.jpg')
    await uploadFor(container, ITEMS[1], '出租人身份证.jpg')
    typeInto(noteInput(container), '已补签字')

    mockBackend.failNextRequests(1)
    tap(getButton(container, '提交补正材料'))
    await findByText(container, /^网络连接失败.*已上传的材料和填写的说明都还在/)
    expect(textOf(itemBlock(container, ITEMS[0]))).toContain('租赁合同.jpg')
    expect(textOf(itemBlock(container, ITEMS[1]))).toContain('出租人身份证.jpg')
    expect(noteInput(container).value).toBe('已补签字')
    expect((await serverCase(token, caseNo)).status).toBe('needs-supplement')

    tap(getButton(container, '提交补正材料'))
    await waitFor(() => expect(Taro.redirectTo).toHaveBeenCalled())
    expect((await serverCase(token, caseNo)).status).toBe('in-review')
  })

  it('says when the case needs no supplement (already sent)', async () => {
    const { token } = await signInAs('resident')
    const created = await submitCase(token, promisedItem())
    const { container } = renderPage(SupplementPage, { caseNo: created.caseNo })
    await findByText(container, '这个办件现在不需要补正')
    expect(await findButton(container, '查看办件进度')).toBeTruthy()
  })
})
