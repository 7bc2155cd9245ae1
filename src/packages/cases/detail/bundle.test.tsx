import Taro from '@tarojs/taro'
import type { BundleDelivery } from '@contract/bundle'
import type { Case } from '@contract/case'
import {
  findByText,
  findInput,
  getByLabel,
  getButton,
  mockBackend,
  photo,
  pickPhotos,
  renderPage,
  signInAs,
  tap,
  textOf,
  transition,
  typeInto,
  waitFor,
  warmUpTaroComponents,
} from '@/testing'
import { act } from 'react'
import CasesPage from '@/pages/cases/index'
import { useSessionStore } from '@/stores/session-store'
import { bundleApplication, bundleItemNamed, bundleOptionalParts, rate, submitBundle } from '../../../../mock/test-support/worlds'
import LicensesPage from '../../account/licenses/index'
import SupplementPage from '../../apply/supplement/index'
import MessagesPage from '../../messages/list/index'
import CaseLookupPage from '../lookup/index'
import VerifyPage from '../../certificate/verify/index'
import CaseDetailPage from './index'

const backend = () => mockBackend.app()

const JINJIANG = '350582000000'

/**
 * A 一件事 bundle case as the person would file it (the shared world builder's merged-form answers:
 * every field filled, one upload for each required material, window pickup at the first hall), with
 * every part or only the required ones.
 */
async function fileBundle(token: string, name: string, parts: 'required' | 'all', regionCode?: string, delivery?: BundleDelivery): Promise<Case> {
  const t = backend()
  const bundle = regionCode ? t.seed.items.find((i) => i.name === name && i.region.code === regionCode) : bundleItemNamed(t.seed, name)
  if (!bundle) throw new Error(`no ${name} in ${regionCode}`)
  const { fileId } = await t.upload(token)
  const optional = parts === 'all' ? bundleOptionalParts(t, bundle.id) : []
  const res = await submitBundle(t, token, bundleApplication(t, bundle.id, fileId, { optional, delivery }))
  if (res.status !== 201) throw new Error(`bundle application answered ${res.status}: ${res.text}`)
  return res.body
}

/** The back office takes one part all the way to 办结. */
async function concludePart(caseNo: string): Promise<void> {
  await transition(caseNo, { action: 'accept', note: '' })
  await transition(caseNo, { action: 'approve', note: '', result: '已办理完成' })
  await transition(caseNo, { action: 'conclude', note: '' })
}

async function serverCase(token: string, caseNo: string): Promise<Case> {
  return (await backend().get<Case>(`/api/v1/cases/${caseNo}`, { token })).body
}

function section(container: HTMLElement, name: string): HTMLElement {
  const found = container.querySelector<HTMLElement>(`[role="region"][aria-label="${name}"]`)
  if (!found) throw new Error(`no section ${name}`)
  return found
}

function sections(container: HTMLElement, prefix: string): HTMLElement[] {
  return Array.from(container.querySelectorAll<HTMLElement>('[role="region"]')).filter((el) => (el.getAttribute('aria-label') ?? '').startsWith(prefix))
}

function partRow(container: HTMLElement, name: string): HTMLElement {
  const row = Array.from(section(container, '各事项办理情况').querySelectorAll<HTMLElement>('[role="listitem"]')).find((el) => textOf(el).includes(name))
  if (!row) throw new Error(`no part ${name}`)
  return row
}

jest.setTimeout(60_000)
beforeAll(() => warmUpTaroComponents(), 30_000)
beforeEach(() => backend().store.clear())

describe('一件事 in 办件', () => {
  it('lists a bundle case once with 「已办结 2/4」 and each part’s state after the back office concluded two parts, and opens its detail', async () => {
    const navigateTo = jest.spyOn(Taro, 'navigateTo').mockResolvedValue({ errMsg: 'navigateTo:ok' })
    const { token } = await signInAs('resident')
    const filed = await fileBundle(token, '新生儿出生一件事', 'all')
    expect(filed.parts).toHaveLength(4)
    const [first, second] = filed.parts!
    await concludePart(first.caseNo)
    await concludePart(second.caseNo)

    const { container } = renderPage(CasesPage)
    const card = await waitFor(() => {
      const found = Array.from(container.querySelectorAll<HTMLElement>('.case-card')).find((el) => textOf(el).includes(filed.caseNo))
      if (!found) throw new Error('no card yet')
      return found
    })
    // Once: the part cases are not listed beside it.
    expect(container.querySelectorAll('.case-card')).toHaveLength(1)
    const text = textOf(card)
    expect(text).toContain('一件事')
    expect(text).toContain('新生儿出生一件事')
    expect(text).toContain('已办结 2/4')
    expect(text).toContain(`${first.name} · 已办结`)
    expect(text).toContain(`${second.name} · 已办结`)
    for (const part of filed.parts!.slice(2)) expect(text).toContain(`${part.name} · 待受理`)

    tap(card.querySelector<HTMLElement>('.case-card__button')!)
    await waitFor(() => expect(navigateTo).toHaveBeenCalledWith({ url: `/packages/cases/detail/index?caseNo=${filed.caseNo}` }))
  })
})

describe('一件事 messages', () => {
  it('a part’s conclusion opens the bundle case with that part marked', async () => {
    const navigateTo = jest.spyOn(Taro, 'navigateTo').mockResolvedValue({ errMsg: 'navigateTo:ok' })
    const { token } = await signInAs('resident')
    const filed = await fileBundle(token, '新生儿出生一件事', 'required')
    const part = filed.parts![0]
    await concludePart(part.caseNo)

    const list = renderPage(MessagesPage)
    const message = await waitFor(() => {
      const found = Array.from(list.container.querySelectorAll<HTMLElement>('[aria-label]')).find((el) => /^(未读，)?一件事部分办结，/.test(el.getAttribute('aria-label') ?? ''))
      if (!found) throw new Error('no message yet')
      return found
    })
    tap(message)
    const url = `/packages/cases/detail/index?caseNo=${filed.caseNo}&part=${part.caseNo}`
    await waitFor(() => expect(navigateTo).toHaveBeenCalledWith({ url }))

    const detail = renderPage(CaseDetailPage, { caseNo: filed.caseNo, part: part.caseNo })
    await findByText(detail.container, '各事项办理情况', '[role="heading"]')
    expect(textOf(partRow(detail.container, part.name))).toContain('消息所说的事项')
    expect(textOf(partRow(detail.container, filed.parts![1].name))).not.toContain('消息所说的事项')
  })
})

describe('一件事 by 办件查询 (no login)', () => {
  it('shows the bundle’s per-part progress with its number and query code', async () => {
    const { token } = await signInAs('resident')
    const filed = await fileBundle(token, '新生儿出生一件事', 'required')
    await concludePart(filed.parts![0].caseNo)
    act(() => useSessionStore.getState().signOut())

    const { container } = renderPage(CaseLookupPage)
    typeInto(await findInput(container, '如 QZ20220301ABCD1234'), filed.caseNo)
    typeInto(await findInput(container, '6 位数字'), filed.queryCode)
    tap(getButton(container, '查询'))
    const result = await waitFor(() => section(container, '查询结果'))
    expect(textOf(result)).toContain('一件事')
    expect(textOf(result)).toContain(`已办结 1/${filed.parts!.length}`)
    expect(textOf(result)).toContain(`${filed.parts![0].name} · 已办结`)
  })
})

describe('一件事 case detail', () => {
  it('shows each part with its department, state and deadline, the one delivery, and a part’s 补正 once, answered for that part', async () => {
    const redirect = jest.spyOn(Taro, 'redirectTo').mockResolvedValue({ errMsg: 'redirectTo:ok' })
    const navigateTo = jest.spyOn(Taro, 'navigateTo').mockResolvedValue({ errMsg: 'navigateTo:ok' })
    const { token } = await signInAs('resident')
    const filed = await fileBundle(token, '新生儿出生一件事', 'required')
    const asking = filed.parts![1]
    await transition(filed.parts![0].caseNo, { action: 'accept', note: '' })
    await transition(asking.caseNo, { action: 'accept', note: '' })
    await transition(asking.caseNo, { action: 'request-supplement', note: '出生医学证明照片不清晰', supplementItems: ['出生医学证明'] })

    const { container } = renderPage(CaseDetailPage, { caseNo: filed.caseNo })
    await findByText(container, '各事项办理情况', '[role="heading"]')
    for (const part of filed.parts!) {
      const row = partRow(container, part.name)
      expect(textOf(row)).toContain(`办理部门 ${part.department.name}`)
      expect(textOf(row)).toContain(`事项办件编号 ${part.caseNo}`)
    }
    expect(textOf(partRow(container, asking.name))).toContain('暂停计时（待补正）')
    expect(textOf(partRow(container, filed.parts![0].name))).toMatch(/办结期限 \d{4}年\d{1,2}月\d{1,2}日/)
    expect(textOf(section(container, '结果送达'))).toContain('窗口领取：')

    // The 补正 is shown once, at the bundle, naming the part that asks.
    const blocks = sections(container, '需要补正')
    expect(blocks).toHaveLength(1)
    expect(textOf(blocks[0])).toContain(asking.name)
    expect(textOf(blocks[0])).toContain('原因：出生医学证明照片不清晰')
    tap(getButton(blocks[0], '去补正'))
    const supplementUrl = `/packages/apply/supplement/index?caseNo=${filed.caseNo}&part=${asking.caseNo}`
    await waitFor(() => expect(navigateTo).toHaveBeenCalledWith({ url: supplementUrl }))

    const supplement = renderPage(SupplementPage, { caseNo: filed.caseNo, part: asking.caseNo })
    await findByText(supplement.container, '需要补正的原因：出生医学证明照片不清晰')
    pickPhotos([photo('出生医学证明.jpg')])
    tap(await waitFor(() => getByLabel(supplement.container, '拍照或从相册选择：出生医学证明')))
    await waitFor(() => expect(textOf(supplement.container)).toContain('已上传'))
    tap(getButton(supplement.container, '提交补正材料'))
    await waitFor(() => expect(redirect).toHaveBeenCalledWith({ url: `/packages/cases/detail/index?caseNo=${filed.caseNo}` }))

    const after = await serverCase(token, filed.caseNo)
    const answered = after.parts!.find((p) => p.caseNo === asking.caseNo)!
    expect(answered.supplement).toBeNull()
    expect(answered.status).toBe('in-review')
    // The other part was not touched by the answer.
    expect(after.parts!.find((p) => p.caseNo === filed.parts![0].caseNo)!.status).toBe('accepted')
  })

  it('withdraws the parts not yet accepted after saying so, while an accepted part goes on', async () => {
    const modal = jest.spyOn(Taro, 'showModal').mockResolvedValue({ errMsg: 'showModal:ok', confirm: true, cancel: false, content: '' } as Taro.showModal.SuccessCallbackResult)
    const { token } = await signInAs('resident')
    const filed = await fileBundle(token, '新生儿出生一件事', 'required')
    const [accepted, open] = filed.parts!
    await transition(accepted.caseNo, { action: 'accept', note: '' })
    const { container } = renderPage(CaseDetailPage, { caseNo: filed.caseNo })
    await findByText(container, '尚未受理的事项可以撤回；已受理的事项如需撤回请联系办理部门。')
    tap(getButton(container, '撤回申请'))
    await waitFor(() => expect(modal).toHaveBeenCalledWith(expect.objectContaining({ content: expect.stringContaining('已受理的事项继续办理') })))
    await waitFor(() => expect(textOf(partRow(container, open.name))).toContain('已撤回'))
    expect(textOf(partRow(container, accepted.name))).toContain('已受理')
    const after = await serverCase(token, filed.caseNo)
    expect(after.parts!.map((p) => p.status)).toEqual(['accepted', 'withdrawn'])
  })

  it('sends the results of every part by mail: the address and the recipient masked, the tracking number once every part ended', async () => {
    const { token } = await signInAs('resident')
    const delivery: BundleDelivery = { method: 'mail', address: '福建省泉州市丰泽区东海街道滨海路12号3栋501', recipient: '王小明', phone: '13805951234' }
    const filed = await fileBundle(token, '新生儿出生一件事', 'required', undefined, delivery)
    const { container } = renderPage(CaseDetailPage, { caseNo: filed.caseNo })
    const block = await waitFor(() => section(container, '结果送达'))
    expect(textOf(block)).toContain('邮寄送达：福建省泉州市丰泽区东海街道****')
    expect(textOf(block)).toContain('收件人 王** 138****1234')
    expect(textOf(block)).toContain('寄出后这里会显示快递单号')
    expect(textOf(block)).not.toContain('滨海路')

    // Once every part has ended, the results go out together: the tracking number is shown.
    for (const part of filed.parts!) await concludePart(part.caseNo)
    const trackingNo = (await serverCase(token, filed.caseNo)).bundle!.delivery.trackingNo
    expect(trackingNo).toMatch(/^[A-Z]{2}\d{9}[A-Z]{2}$/)
    const after = renderPage(CaseDetailPage, { caseNo: filed.caseNo })
    await waitFor(() => expect(textOf(section(after.container, '结果送达'))).toContain(`快递单号 ${trackingNo}`))
  })

  it('says honestly how a part ended short: refused, with no date to wait for, the others going on', async () => {
    const { token } = await signInAs('resident')
    const filed = await fileBundle(token, '新生儿出生一件事', 'all')
    const [refused, going] = filed.parts!
    await transition(refused.caseNo, { action: 'refuse', note: '不属于本部门职权范围' })
    await transition(going.caseNo, { action: 'accept', note: '' })
    const { container } = renderPage(CaseDetailPage, { caseNo: filed.caseNo })
    await findByText(container, '各事项办理情况', '[role="heading"]')
    const row = textOf(partRow(container, refused.name))
    expect(row).toContain('不予受理')
    expect(row).toContain('不予受理，不再办理')
    expect(row).not.toContain('办结期限')
    expect(textOf(partRow(container, going.name))).toMatch(/办结期限 \d{4}年/)
    expect(textOf(section(container, '办理进度'))).toContain(`已办结 0/${filed.parts!.length}`)
  })

  it('offers the rating once for the bundle, and a part case links to its bundle and offers none', async () => {
    const navigateTo = jest.spyOn(Taro, 'navigateTo').mockResolvedValue({ errMsg: 'navigateTo:ok' })
    const { token } = await signInAs('resident')
    const filed = await fileBundle(token, '新生儿出生一件事', 'required')
    for (const part of filed.parts!) await concludePart(part.caseNo)

    const bundle = renderPage(CaseDetailPage, { caseNo: filed.caseNo })
    const rating = await waitFor(() => section(bundle.container, '评价'))
    expect(sections(bundle.container, '评价')).toHaveLength(1)
    expect(textOf(section(bundle.container, '办理进度'))).toContain(`已办结 ${filed.parts!.length}/${filed.parts!.length}`)
    tap(getButton(rating, '去评价'))
    await waitFor(() => expect(navigateTo).toHaveBeenCalledWith({ url: `/packages/rating/rate/index?caseNo=${filed.caseNo}` }))

    // Rated once, for the bundle: the detail says so, and no part can be rated apart.
    expect((await rate(backend(), token, filed.caseNo, { level: 5, tags: [], comment: '' })).status).toBe(201)
    const again = renderPage(CaseDetailPage, { caseNo: filed.caseNo })
    await waitFor(() => expect(textOf(section(again.container, '评价'))).toContain('您的评价：非常满意'))
    expect((await rate(backend(), token, filed.parts![0].caseNo, { level: 5, tags: [], comment: '' })).status).not.toBe(201)

    const part = renderPage(CaseDetailPage, { caseNo: filed.parts![0].caseNo })
    const membership = await waitFor(() => section(part.container, '所属一件事'))
    expect(textOf(membership)).toContain(filed.caseNo)
    expect(sections(part.container, '评价')).toHaveLength(0)
    // Its result comes with the bundle's one delivery: the item's own ways are not offered here.
    expect(textOf(section(part.container, '办理结果'))).not.toContain('领取方式')
    tap(getButton(membership, '查看一件事办件'))
    await waitFor(() => expect(navigateTo).toHaveBeenCalledWith({ url: `/packages/cases/detail/index?caseNo=${filed.caseNo}` }))
  })

  it('shows the 行业综合许可证 with its number, 有效期 and QR once every part concluded; it verifies and is in 我的电子证照', async () => {
    const navigateTo = jest.spyOn(Taro, 'navigateTo').mockResolvedValue({ errMsg: 'navigateTo:ok' })
    const { token } = await signInAs('business')
    // 一业一证 is piloted in 晋江: its 开餐饮店 bundle ends in one 餐饮行业综合许可证.
    const filed = await fileBundle(token, '我要开餐饮店一件事', 'required', JINJIANG)
    for (const part of filed.parts!) await concludePart(part.caseNo)
    const license = (await serverCase(token, filed.caseNo)).bundle!.industryLicense!
    expect(license.name).toBe('餐饮行业综合许可证')

    const { container } = renderPage(CaseDetailPage, { caseNo: filed.caseNo })
    const card = await waitFor(() => section(container, '行业综合许可证'))
    expect(textOf(card)).toContain('餐饮行业综合许可证')
    expect(textOf(card)).toContain(`许可证编号${license.number}`)
    expect(textOf(card)).toContain('有效期')
    // The QR carries the public verify page with the number and the code.
    // The QR is drawn once its library has loaded (a separate chunk): wait for the image.
    const qr = await waitFor(() => {
      const img = card.querySelector('img')
      if (!img) throw new Error('the QR is not drawn yet')
      return img
    })
    expect(qr.getAttribute('data-link')).toContain(`/packages/certificate/verify/index?no=${encodeURIComponent(license.number)}&code=${license.code}`)
    tap(getButton(card, '核验这张许可证'))
    await waitFor(() => expect(navigateTo).toHaveBeenCalledWith({ url: `/packages/certificate/verify/index?no=${encodeURIComponent(license.number)}&code=${license.code}` }))

    const verify = renderPage(VerifyPage, { no: license.number, code: license.code })
    const verdict = await waitFor(() => section(verify.container, '核验结果'))
    await waitFor(() => expect(textOf(verdict)).toContain('有效'))
    expect(textOf(verdict)).toContain('许可证类型行业综合许可证（餐饮行业综合许可证）')
    expect(textOf(verdict)).toContain(`发证机关${license.issuer}`)
    expect(textOf(verdict)).toContain(`持证主体${license.holder}`)
    expect(textOf(verdict)).toContain(`许可证编号${license.number}`)
    expect(textOf(verdict)).not.toContain('村(居)委会出具')

    // 我的电子证照 lists it (GET /me/licenses), marked 一业一证.
    const mine = renderPage(LicensesPage)
    const entry = await waitFor(() => {
      const found = Array.from(mine.container.querySelectorAll<HTMLElement>('[role="listitem"]')).find((el) => textOf(el).startsWith('行业综合许可证'))
      if (!found) throw new Error('no 行业综合许可证 yet')
      return found
    })
    expect(textOf(entry)).toContain('一业一证')
    expect(textOf(entry)).toContain(`发证机关 ${license.issuer}`)
  })
})
