import Taro from '@tarojs/taro'
import type { ELicense, FormSchema, UploadedFile } from '@contract/application'
import type { Page } from '@contract/common'
import type { Case } from '@contract/case'
import {
  type CatalogueItem,
  type Clock,
  findButton,
  findByText,
  getButton,
  getByLabel,
  handWrittenFields,
  isUnderCommitment,
  JPEG_BYTES,
  mockBackend,
  renderPage,
  signInAs,
  tap,
  testCatalogue,
  textOf,
  waitFor,
  warmUpTaroComponents,
} from '@/testing'
import { NOTICE_TEMPLATE_IDS } from '@/features/apply/notice-templates'
import ReceiptPage from './index'

/** A palm item of the seed with a short generic form (an instant one needs no material at all). */
function seedItem(kind: 'instant' | 'promised'): CatalogueItem {
  const item = testCatalogue().seed.items.find(
    (i) =>
      i.palm &&
      i.audience === 'personal' &&
      i.kind === kind &&
      !handWrittenFields(i.name) &&
      !isUnderCommitment(i) &&
      (kind === 'instant' ? i.materials.every((m) => !m.required) : i.promisedLimitDays >= 3),
  )
  if (!item) throw new Error(`the seed has no ${kind} palm item whose materials e-licenses cover`)
  return item
}

/** A photo uploaded straight to the backend; its file id. */
async function uploadPhoto(token: string, name: string): Promise<string> {
  const body = new FormData()
  body.append('file', new File([JPEG_BYTES], name, { type: 'image/jpeg' }))
  const res = await mockBackend.app().app.request('/api/v1/uploads', { method: 'POST', headers: { Authorization: `Bearer ${token}` }, body })
  if (res.status !== 201) throw new Error(`upload answered ${res.status}`)
  return ((await res.json()) as UploadedFile).fileId
}

/** Signs the resident in, verifies the real name, and submits an application (e-licenses or photos for the required materials) straight to the backend. */
async function submittedCase(item: CatalogueItem): Promise<Case> {
  const auth = await signInAs('resident')
  const app = mockBackend.app()
  const form = await app.get<FormSchema>(`/api/v1/items/${item.id}/form`, { token: auth.token })
  const fields: Record<string, string> = {}
  for (const field of form.body.fields) {
    if (field.kind === 'phone') fields[field.key] = '13805951234'
    else if (field.kind === 'address') fields[field.key] = '丰泽区东海街道通港西街 1 号'
    else if (field.kind === 'textarea' || field.kind === 'text') fields[field.key] = '想了解办理流程和需要准备的材料'
  }
  const licenses = (await app.get<Page<ELicense>>('/api/v1/me/licenses', { token: auth.token })).body.items
  const materials = []
  for (const m of form.body.materials.filter((x) => x.required)) {
    const license = licenses.find((l) => l.type === m.eLicenseType)
    if (license) materials.push({ key: m.key, fileIds: [], licenseId: license.id })
    else materials.push({ key: m.key, fileIds: [await uploadPhoto(auth.token, `${m.name}.jpg`)], licenseId: null })
  }
  const res = await app.post<Case>('/api/v1/applications', {
    token: auth.token,
    headers: { 'Idempotency-Key': `receipt-test-${item.id}-${Date.now()}` },
    json: { itemId: item.id, applicantKind: 'personal', fields, materials, commitmentAccepted: false },
  })
  if (res.status !== 201) throw new Error(`submission answered ${res.status}: ${res.text}`)
  return res.body
}

function fact(container: HTMLElement, label: string): string {
  const row = Array.from(container.querySelectorAll('.receipt__fact')).find((r) => textOf(r.querySelector('.receipt__label')!) === label)
  if (!row) throw new Error(`no receipt line ${label}`)
  return textOf(row.querySelector('.receipt__value')!)
}

function chineseDate(ymd: string): string {
  const [y, m, d] = ymd.slice(0, 10).split('-').map(Number)
  return `${y}年${m}月${d}日`
}

/**
 * Runs a test as the WeChat build would: the test transformer reads the platform from
 * TARO_ENV_JEST before TARO_ENV, at run time.
 */
async function asWechat(run: () => Promise<void>): Promise<void> {
  const env = process.env as Record<string, string | undefined>
  const before = env.TARO_ENV_JEST
  env.TARO_ENV_JEST = 'weapp'
  try {
    await run()
  } finally {
    if (before === undefined) delete env.TARO_ENV_JEST
    else env.TARO_ENV_JEST = before
  }
}

jest.setTimeout(15_000)

beforeAll(() => warmUpTaroComponents(), 30_000)

describe('申报回执 page', () => {
  it('shows the case number, query code, item, department, time and by when it is due', async () => {
    const item = seedItem('promised')
    const created = await submittedCase(item)
    const { container } = renderPage(ReceiptPage, { caseNo: created.caseNo })

    await findByText(container, '申请已提交')
    expect(fact(container, '办件编号')).toBe(created.caseNo)
    expect(fact(container, '查询码')).toMatch(/^\d{6}$/)
    expect(fact(container, '查询码')).toBe(created.queryCode)
    expect(fact(container, '办理事项')).toBe(item.name)
    expect(fact(container, '办理部门')).toBe(item.department.name)
    // The test backend's clock stands at 2022-03-01 09:00 Beijing time.
    expect(fact(container, '提交时间')).toBe('2022年3月1日 09:00')
    expect(created.dueBy).not.toBeNull()
    expect(textOf(container)).toContain(`预计 ${chineseDate(created.dueBy!)}前办结`)
    expect(textOf(container)).toContain(`受理后 ${item.promisedLimitDays} 个工作日内办理完成`)
    expect(textOf(container)).not.toContain('尚未公布')
  })

  it('says an instant item concludes the same day it is accepted', async () => {
    const created = await submittedCase(seedItem('instant'))
    const { container } = renderPage(ReceiptPage, { caseNo: created.caseNo })
    await findByText(container, '申请已提交')
    expect(textOf(container)).toContain('本事项是即办件，受理后当天办结。')
    expect(textOf(container)).toContain(`预计 ${chineseDate(created.dueBy!)}前办结`)
  })

  it('warns that the date may shift when next year’s holiday calendar is not published yet', async () => {
    const clock = mockBackend.app().clock as Clock & { set(at: string): void }
    clock.set('2026-12-31T09:00:00+08:00')
    try {
      const created = await submittedCase(seedItem('promised'))
      expect(created.dueByProvisional).toBe(true)
      const { container } = renderPage(ReceiptPage, { caseNo: created.caseNo })
      await findByText(container, '申请已提交')
      expect(textOf(container)).toContain(`预计 ${chineseDate(created.dueBy!)}前办结`)
      expect(textOf(container)).toContain(`${created.dueBy!.slice(0, 4)}年的法定节假日安排尚未公布`)
    } finally {
      clock.set('2022-03-01T09:00:00+08:00')
    }
  })

  it('copies the case number with one tap', async () => {
    const setClipboard = jest.spyOn(Taro, 'setClipboardData').mockResolvedValue({ errMsg: 'setClipboardData:ok', data: '' })
    const created = await submittedCase(seedItem('instant'))
    const { container } = renderPage(ReceiptPage, { caseNo: created.caseNo })
    await findByText(container, '申请已提交')
    tap(getByLabel(container, `复制办件编号 ${created.caseNo}`))
    await waitFor(() => expect(setClipboard).toHaveBeenCalledWith({ data: created.caseNo }))
  })

  it('saves the progress notices chosen in a browser, and shows them again after a reload', async () => {
    const created = await submittedCase(seedItem('instant'))
    const first = renderPage(ReceiptPage, { caseNo: created.caseNo })
    await findByText(first.container, '申请已提交')
    expect(textOf(first.container)).toContain('当前设置：不接收')
    const save = getButton(first.container, '保存通知设置')
    expect(save.hasAttribute('disabled')).toBe(true)

    tap(getByLabel(first.container, '受理：办件被受理时通知我'))
    tap(getByLabel(first.container, '办结：办结时通知我'))
    expect(getByLabel(first.container, '受理：办件被受理时通知我').getAttribute('aria-checked')).toBe('true')
    tap(getButton(first.container, '保存通知设置'))
    await findByText(first.container, '已保存：受理、办结')
    expect(mockBackend.app().store.dump().cases[created.caseNo].notices).toEqual(['accepted', 'concluded'])
    first.unmount()

    // An H5 reload: the page has only the case number in its URL and loads the rest from the server.
    const { container } = renderPage(ReceiptPage, { caseNo: created.caseNo })
    await findByText(container, '当前设置：受理、办结')
    expect(getByLabel(container, '需补正：需要补正材料时通知我').getAttribute('aria-checked')).toBe('false')
    expect(getByLabel(container, '办结：办结时通知我').getAttribute('aria-checked')).toBe('true')
  })

  it('in WeChat asks with the subscribe dialog and saves the notices the person allowed', async () => {
    const created = await submittedCase(seedItem('instant'))
    const request = jest.spyOn(Taro, 'requestSubscribeMessage').mockResolvedValue({
      errMsg: 'requestSubscribeMessage:ok',
      [NOTICE_TEMPLATE_IDS.accepted]: 'accept',
      [NOTICE_TEMPLATE_IDS['needs-supplement']]: 'reject',
      [NOTICE_TEMPLATE_IDS.concluded]: 'accept',
    })
    await asWechat(async () => {
      const { container } = renderPage(ReceiptPage, { caseNo: created.caseNo })
      tap(await findButton(container, '接收办理进度通知'))
      await findByText(container, '已保存：受理、办结')
      expect(request.mock.calls[0][0]).toMatchObject({ tmplIds: Object.values(NOTICE_TEMPLATE_IDS) })
      expect(mockBackend.app().store.dump().cases[created.caseNo].notices).toEqual(['accepted', 'concluded'])
    })
  })

  it('in WeChat says so when the person has switched subscribe messages off', async () => {
    const created = await submittedCase(seedItem('instant'))
    jest.spyOn(Taro, 'requestSubscribeMessage').mockRejectedValue({ errMsg: 'requestSubscribeMessage:fail', errCode: 20004 })
    await asWechat(async () => {
      const { container } = renderPage(ReceiptPage, { caseNo: created.caseNo })
      tap(await findButton(container, '接收办理进度通知'))
      await findByText(container, /^微信的订阅消息已关闭/)
      expect(mockBackend.app().store.dump().cases[created.caseNo].notices).toEqual([])
    })
  })

  it('in WeChat says 通知未配置, not that the person refused, when WeChat does not know the template ids', async () => {
    const created = await submittedCase(seedItem('instant'))
    jest.spyOn(Taro, 'requestSubscribeMessage').mockRejectedValue({ errMsg: 'requestSubscribeMessage:fail', errCode: 20001 })
    await asWechat(async () => {
      const { container } = renderPage(ReceiptPage, { caseNo: created.caseNo })
      tap(await findButton(container, '接收办理进度通知'))
      await findByText(container, /^通知未配置/)
      expect(container.textContent).not.toContain('没有开启通知')
      expect(mockBackend.app().store.dump().cases[created.caseNo].notices).toEqual([])
    })
  })

  it('goes back to 首页 with one tap', async () => {
    const switchTab = jest.spyOn(Taro, 'switchTab').mockResolvedValue({ errMsg: 'switchTab:ok' })
    const created = await submittedCase(seedItem('instant'))
    const { container } = renderPage(ReceiptPage, { caseNo: created.caseNo })
    tap(await findButton(container, '返回首页'))
    expect(switchTab).toHaveBeenCalledWith({ url: '/pages/index/index' })
  })

  it('opens the case’s progress (办件详情) with one tap', async () => {
    const navigate = jest.spyOn(Taro, 'navigateTo').mockResolvedValue({ errMsg: 'navigateTo:ok' })
    const created = await submittedCase(seedItem('instant'))
    const { container } = renderPage(ReceiptPage, { caseNo: created.caseNo })
    expect(textOf(await findByText(container, /^当前状态：/))).toBe('当前状态：待受理')
    tap(await findButton(container, '查看办件进度'))
    await waitFor(() => expect(navigate).toHaveBeenCalledWith({ url: `/packages/cases/detail/index?caseNo=${created.caseNo}` }))
  })

  it('says a case number that is not the person’s own does not exist', async () => {
    await submittedCase(seedItem('instant'))
    const { container } = renderPage(ReceiptPage, { caseNo: 'QZ20220301ABCDEFGH' })
    await findByText(container, '没有找到这个办件')
    expect(container.querySelector('.receipt__fact')).toBeNull()
  })

  it('offers 重试 when the receipt cannot load, and then shows it', async () => {
    const created = await submittedCase(seedItem('instant'))
    mockBackend.failNextRequests(3)
    const { container } = renderPage(ReceiptPage, { caseNo: created.caseNo })
    tap(await findButton(container, '重试'))
    await findByText(container, '申请已提交')
    expect(fact(container, '办件编号')).toBe(created.caseNo)
  })
})
