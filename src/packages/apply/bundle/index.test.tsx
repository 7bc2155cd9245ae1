import Taro from '@tarojs/taro'
import { act } from 'react'
import type { UploadedFile } from '@contract/application'
import type { BundleForm, BundleGuide } from '@contract/bundle'
import type { Case } from '@contract/case'
import type { User } from '@contract/user'
import {
  findButton,
  findByText,
  getButton,
  getByLabel,
  JPEG_BYTES,
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
import { validValue } from '../../../../mock/test-support/fixtures'
import { bundleReceiptUrl } from '@/constants/routes'
import { idNumberCheckChar } from '@/domain/identity'
import type { MaterialDraft } from '@/features/apply/draft-types'
import { OFFLINE_SUBMIT_MESSAGE } from '@/features/apply/submit-failure'
import { getDraft, useDraftsStore } from '@/stores/drafts-store'
import { isIdempotencyKey } from '@/utils/idempotency-key'
import { bundleDraftItemId, kitFields, withStep, type BundleDraft } from './apply-state'
import BundleApplyPage from './index'
import BundleReceiptPage from './receipt/index'

// ---- arranging ---------------------------------------------------------------------------------

const CITY = '350500000000'
const BIRTH_BUNDLE = '新生儿出生一件事'
const APPLICANT = { name: '王小明', idNumber: `35058219900307123${idNumberCheckChar('35058219900307123')}` }

function bundleId(name: string): string {
  const item = testCatalogue().seed.items.find((i) => i.name === name && i.region.code === CITY)
  if (!item) throw new Error(`the seed has no city bundle ${name}`)
  return item.id
}

async function guideOf(id: string): Promise<BundleGuide> {
  const res = await mockBackend.app().get<BundleGuide>(`/api/v1/bundles/${id}`)
  if (res.status !== 200) throw new Error(`bundle ${id} answered ${res.status}: ${res.text}`)
  return res.body
}

async function formOf(id: string, token: string, optional: string[]): Promise<BundleForm> {
  const res = await mockBackend.app().get<BundleForm>(`/api/v1/bundles/${id}/form?parts=${optional.join(',')}`, { token })
  if (res.status !== 200) throw new Error(`form of bundle ${id} answered ${res.status}: ${res.text}`)
  return res.body
}

async function uploadedMaterial(token: string, name: string): Promise<MaterialDraft> {
  const body = new FormData()
  body.append('file', new File([JPEG_BYTES], name, { type: 'image/jpeg' }))
  const res = await mockBackend.app().app.request('/api/v1/uploads', { method: 'POST', headers: { Authorization: `Bearer ${token}` }, body })
  if (res.status !== 201 && res.status !== 200) throw new Error(`upload answered ${res.status}: ${await res.text()}`)
  return { files: [(await res.json()) as UploadedFile], licenseId: null }
}

/** A valid value for every field of the merged form, as a draft holds it (typed numbers are text). */
function typedValues(form: BundleForm): BundleDraft['fields'] {
  return Object.fromEntries(
    kitFields(form).map((f) => {
      const value = validValue(f)
      return [f.key, typeof value === 'number' ? String(value) : value]
    }),
  )
}

/**
 * A bundle application the phone kept from an earlier visit, filled as a person would have:
 * every field of the merged form, every required material uploaded, window pickup at the first hall.
 */
async function keptDraft(user: User, token: string, guide: BundleGuide, change: Partial<BundleDraft> = {}): Promise<BundleForm> {
  const optional = guide.parts.filter((p) => !p.required).map((p) => p.itemId)
  const form = await formOf(guide.id, token, optional)
  const fields = typedValues(form)
  const materials: Record<string, MaterialDraft> = {}
  for (const m of form.materials.filter((x) => x.required)) materials[m.key] = await uploadedMaterial(token, `${m.name}.jpg`)
  const draft: BundleDraft = withStep(
    {
      userId: user.id,
      itemId: bundleDraftItemId(guide.id),
      itemName: guide.name,
      step: 'applicant',
      applicantKind: 'personal',
      onBehalf: null,
      fields,
      regionPaths: {},
      materials,
      commitmentAccepted: form.commitment !== null,
      idempotencyKey: null,
      bundle: { bundleId: guide.id, step: 'applicant', optionalParts: optional, delivery: { method: 'window', hallId: form.halls[0].id } },
      ...change,
    },
    'review',
  )
  act(() => useDraftsStore.getState().saveDraft(draft, '2022-03-01T08:30:00+08:00'))
  return form
}

/** Bundle cases as the backend stores them (with the key that made each). */
function bundleCasesOnServer(): (Case & { idempotencyKey: string | null })[] {
  return (Object.values(mockBackend.app().store.dump().cases) as unknown as (Case & { idempotencyKey: string | null })[]).filter((c) => c.item.name === BIRTH_BUNDLE)
}

// ---- reading the page --------------------------------------------------------------------------

function stepStatus(container: HTMLElement): string {
  const status = container.querySelector('.step-indicator__status')
  if (!status) throw new Error(`no step indicator: ${textOf(container).slice(0, 300)}`)
  return textOf(status)
}

function fieldBlocks(container: HTMLElement, label: string): HTMLElement[] {
  return Array.from(container.querySelectorAll('.form-field__label'))
    .filter((l) => textOf(l) === label)
    .map((l) => l.closest('.form-field') as HTMLElement)
}

function fieldBlock(container: HTMLElement, label: string): HTMLElement {
  const blocks = fieldBlocks(container, label)
  if (blocks.length !== 1) throw new Error(`${blocks.length} fields labelled ${label}`)
  return blocks[0]
}

/** Opens the bundle's application and goes past 为谁办理 (verified, for oneself) to 选择事项. */
async function openParts(id: string) {
  const page = renderPage(BundleApplyPage, { id })
  await waitFor(() => expect(stepStatus(page.container)).toMatch(/^第 1 步，共 \d 步：为谁办理$/))
  await findByText(page.container, '✓ 申请人信息已核验，可以继续下一步')
  tap(getButton(page.container, '下一步'))
  await waitFor(() => expect(stepStatus(page.container)).toMatch(/^第 2 步，共 \d 步：选择事项$/))
  return page
}

async function openDetails(id: string) {
  const page = await openParts(id)
  // The merged form of the chosen parts loads while the person looks at them.
  tap(getButton(page.container, '下一步'))
  await waitFor(() => expect(stepStatus(page.container)).toMatch(/^第 3 步，共 \d 步：填写信息$/))
  await waitFor(() => {
    if (!page.container.querySelector('.form-field input')) throw new Error('inputs not rendered yet')
  })
  return page
}

jest.setTimeout(20_000)

beforeAll(() => warmUpTaroComponents(), 30_000)

afterEach(() => {
  jest.restoreAllMocks()
  act(() => useDraftsStore.setState({ drafts: {} }))
})

describe('一件事 application', () => {
  it('lists required parts fixed with the reason, and asks a field shared by two parts once with the parts it is for', async () => {
    const { token } = await signInAs('resident', APPLICANT)
    const id = bundleId(BIRTH_BUNDLE)
    const guide = await guideOf(id)
    const form = await formOf(id, token, guide.parts.filter((p) => !p.required).map((p) => p.itemId))

    const page = await openParts(id)
    for (const part of guide.parts.filter((p) => p.required)) {
      const fixed = page.container.querySelector(`[aria-label="${part.name}（必办事项，不能取消）"]`)
      expect(fixed?.getAttribute('aria-checked')).toBe('true')
      expect(fixed?.getAttribute('aria-disabled')).toBe('true')
    }
    page.unmount()
    // That visit kept a draft; this one starts afresh.
    act(() => useDraftsStore.setState({ drafts: {} }))

    const { container } = await openDetails(id)
    const shared = form.fields.find((f) => new Set(f.sources.map((s) => s.itemId)).size >= 2)
    if (!shared) throw new Error(`${BIRTH_BUNDLE} has no field shared by two parts`)
    const names = [...new Set(shared.sources.map((s) => s.itemId))].map((itemId) => form.parts.find((p) => p.itemId === itemId)!.name)
    // Asked once, saying which parts it answers.
    await waitFor(() => expect(fieldBlocks(container, shared.label)).toHaveLength(1))
    expect(textOf(fieldBlock(container, shared.label).querySelector('.form-field__hint')!)).toContain(`用于：${names.join('、')}`)
    // Every label once: no semantic field is asked twice.
    const labels = Array.from(container.querySelectorAll('.form-field__label')).map(textOf)
    expect(new Set(labels).size).toBe(labels.length)
  })

  it('leaves out an optional part the person unticks: the form is the one of the parts kept', async () => {
    await signInAs('resident', APPLICANT)
    const id = bundleId(BIRTH_BUNDLE)
    const guide = await guideOf(id)
    const optional = guide.parts.filter((p) => !p.required)
    expect(optional.length).toBeGreaterThan(0)
    const { container } = await openParts(id)
    const row = getByLabel(container, optional[0].name)
    expect(row.getAttribute('aria-checked')).toBe('true')
    tap(row)
    expect(getByLabel(container, optional[0].name).getAttribute('aria-checked')).toBe('false')
    tap(getButton(container, '下一步'))
    await findByText(container, `以下信息一次填写，用于所选的 ${guide.parts.length - 1} 个事项；多个事项都要的信息只问一次。`)
  })

  it('keeps what was typed on the phone and offers to continue after the app was closed', async () => {
    const { user, token } = await signInAs('resident', APPLICANT)
    const id = bundleId(BIRTH_BUNDLE)
    const guide = await guideOf(id)
    const form = await formOf(id, token, guide.parts.filter((p) => !p.required).map((p) => p.itemId))
    const textField = kitFields(form).find((f) => f.kind === 'text')!

    const first = await openDetails(id)
    const typed = fieldBlock(first.container, textField.label).querySelector('input')!
    typeInto(typed, '王小宝')
    expect(String(Taro.getStorageSync('qz-drafts'))).toContain('王小宝')
    first.unmount()

    // The app is opened again: only what the phone stored is left.
    const stored: unknown = Taro.getStorageSync('qz-drafts')
    act(() => useDraftsStore.setState({ drafts: {} }))
    Taro.setStorageSync('qz-drafts', stored)
    await act(() => useDraftsStore.persist.rehydrate())
    expect(getDraft(user.id, bundleDraftItemId(id))?.fields[textField.key]).toBe('王小宝')

    const { container } = renderPage(BundleApplyPage, { id })
    tap(await findButton(container, /^继续填写（上次填写于 \d{1,2}月\d{1,2}日 \d{2}:\d{2}）$/))
    await waitFor(() => expect(stepStatus(container)).toMatch(/^第 3 步，共 \d 步：填写信息$/))
    await waitFor(() => expect(fieldBlock(container, textField.label).querySelector('input')!.value).toBe('王小宝'))
  })

  it('submits once with a kept key and opens the receipt: the bundle case number and one part case per part', async () => {
    const { user, token } = await signInAs('resident', APPLICANT)
    const redirect = jest.spyOn(Taro, 'redirectTo').mockResolvedValue({ errMsg: 'redirectTo:ok' })
    const id = bundleId(BIRTH_BUNDLE)
    const guide = await guideOf(id)
    await keptDraft(user, token, guide)
    const before = bundleCasesOnServer().length

    const { container } = renderPage(BundleApplyPage, { id })
    tap(await findButton(container, /^继续填写/))
    await waitFor(() => expect(stepStatus(container)).toMatch(/确认提交$/))
    await findByText(container, '申请信息', '.apply-review__title')
    tap(await findButton(container, '提交申请'))
    await waitFor(() => expect(redirect).toHaveBeenCalledTimes(1))
    const created = bundleCasesOnServer()[before]
    expect(bundleCasesOnServer()).toHaveLength(before + 1)
    expect(redirect).toHaveBeenCalledWith({ url: bundleReceiptUrl(created.caseNo) })
    expect(getDraft(user.id, bundleDraftItemId(id))).toBeNull()
    // The key went with the request: a second tap could not have made a second bundle case.
    expect(mockBackend.requests().filter((r) => r === 'POST /api/v1/bundle-applications')).toHaveLength(1)

    const receipt = renderPage(BundleReceiptPage, { caseNo: created.caseNo })
    await findByText(receipt.container, '“一件事”申请已提交')
    const text = textOf(receipt.container)
    expect(text).toContain(created.caseNo)
    expect(text).toContain(created.queryCode)
    expect(receipt.container.querySelectorAll('.bundle-receipt__part')).toHaveLength(4)
    for (const part of guide.parts) expect(text).toContain(part.name)
    for (const part of created.parts ?? []) expect(text).toContain(part.caseNo)

    // Progress notices are chosen once for the whole bundle, as on a single receipt.
    tap(getByLabel(receipt.container, '办结：办结时通知我'))
    tap(getButton(receipt.container, '保存通知设置'))
    await findByText(receipt.container, '已保存：办结')
    const cases = mockBackend.app().store.dump().cases as unknown as Record<string, { notices: string[] }>
    expect(cases[created.caseNo].notices).toEqual(['concluded'])
  })

  it('keeps everything when the network is gone at submit, and 重新提交 reuses the key: one bundle case', async () => {
    const { user, token } = await signInAs('resident', APPLICANT)
    const redirect = jest.spyOn(Taro, 'redirectTo').mockResolvedValue({ errMsg: 'redirectTo:ok' })
    const id = bundleId(BIRTH_BUNDLE)
    await keptDraft(user, token, await guideOf(id))
    const before = bundleCasesOnServer().length

    const { container } = renderPage(BundleApplyPage, { id })
    tap(await findButton(container, /^继续填写/))
    await findByText(container, '申请信息', '.apply-review__title')
    mockBackend.failNextRequests(1)
    tap(await findButton(container, '提交申请'))
    await findByText(container, OFFLINE_SUBMIT_MESSAGE)
    const key = getDraft(user.id, bundleDraftItemId(id))?.idempotencyKey
    expect(isIdempotencyKey(key)).toBe(true)
    expect(bundleCasesOnServer()).toHaveLength(before)

    tap(await findButton(container, '重新提交'))
    await waitFor(() => expect(redirect).toHaveBeenCalledTimes(1))
    expect(bundleCasesOnServer()).toHaveLength(before + 1)
    expect(bundleCasesOnServer()[before].idempotencyKey).toBe(key)
  })

  it('asks once how every result is delivered: mail with the account phone filled in, then the review says so', async () => {
    const { user, token } = await signInAs('resident', APPLICANT)
    const id = bundleId(BIRTH_BUNDLE)
    const guide = await guideOf(id)
    const contact = await mockBackend.app().get<{ phone: string | null }>('/api/v1/me/contact', { token })
    expect(contact.body.phone).toMatch(/^1\d{10}$/)
    await keptDraft(user, token, guide)
    // The kept draft stopped before the delivery was chosen.
    const kept = getDraft(user.id, bundleDraftItemId(id)) as unknown as BundleDraft
    act(() => useDraftsStore.getState().saveDraft(withStep({ ...kept, bundle: { ...kept.bundle, delivery: {} } }, 'delivery')))

    const { container } = renderPage(BundleApplyPage, { id })
    tap(await findButton(container, /^继续填写/))
    await waitFor(() => expect(stepStatus(container)).toMatch(/领取方式$/))
    await waitFor(() => fieldBlock(container, '领取方式'))
    tap(getButton(container, '下一步'))
    await waitFor(() => expect(textOf(fieldBlock(container, '领取方式'))).toContain('请选择领取方式'))

    await waitFor(() => tap(getByLabel(fieldBlock(container, '领取方式'), '邮寄送达（免费）')))
    await waitFor(() => expect(fieldBlock(container, '收件人手机号').querySelector('input')!.value).toBe(contact.body.phone))
    typeInto(await waitFor(() => fieldBlock(container, '收件人').querySelector('input')!), '王小明')
    typeInto(await waitFor(() => (fieldBlock(container, '邮寄地址').querySelector('input, textarea') as HTMLInputElement)!), '丰泽区东海街道通港西街 1 号')
    tap(getButton(container, '下一步'))
    await waitFor(() => expect(stepStatus(container)).toMatch(/确认提交$/))
    await findByText(container, '邮寄送达：王小明，丰泽区东海街道通港西街 1 号')
  })

  it("shows the server's 422 under the merged field, goes back to it and keeps everything typed", async () => {
    const { user, token } = await signInAs('resident', APPLICANT)
    const redirect = jest.spyOn(Taro, 'redirectTo').mockResolvedValue({ errMsg: 'redirectTo:ok' })
    const id = bundleId(BIRTH_BUNDLE)
    const guide = await guideOf(id)
    const optional = guide.parts.filter((p) => !p.required).map((p) => p.itemId)
    const form = await formOf(id, token, optional)
    const region = kitFields(form).find((f) => f.kind === 'region' && f.level === 'village')
    if (!region) throw new Error(`${BIRTH_BUNDLE} asks no village`)
    const text = kitFields(form).find((f) => f.kind === 'text')!
    // A village merged away since the draft was saved (区划调整): the code looks right, only the server knows it is gone.
    const regions = testCatalogue().seed.regions
    const township = regions.find((r) => r.level === 'township' && r.parent === '350582000000')!
    const gone = `${township.code.slice(0, 9)}999`
    expect(regions.some((r) => r.code === gone)).toBe(false)
    await keptDraft(user, token, guide, {
      fields: { ...typedValues(form), [region.key]: gone, [text.key]: '王小宝' },
      regionPaths: { [region.key]: [{ code: '350582000000', name: '晋江市' }, { code: township.code, name: township.name }, { code: gone, name: '已撤并的村' }] },
    })

    const before = bundleCasesOnServer().length
    const { container } = renderPage(BundleApplyPage, { id })
    tap(await findButton(container, /^继续填写/))
    await findByText(container, '申请信息', '.apply-review__title')
    tap(await findButton(container, '提交申请'))
    await waitFor(() => expect(stepStatus(container)).toMatch(/填写信息$/))
    await waitFor(() => expect(fieldBlock(container, region.label).querySelector('.form-field__error')).not.toBeNull())
    expect(textOf(container.querySelector('.apply-form__failure')!)).not.toBe('')
    await waitFor(() => expect(fieldBlock(container, text.label).querySelector('input')!.value).toBe('王小宝'))
    expect(textOf(fieldBlock(container, region.label))).toContain(`晋江市 / ${township.name}`)
    expect(getDraft(user.id, bundleDraftItemId(id))?.fields[text.key]).toBe('王小宝')
    expect(redirect).not.toHaveBeenCalled()
    expect(bundleCasesOnServer()).toHaveLength(before)
  })
})
