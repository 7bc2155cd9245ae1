import Taro from '@tarojs/taro'
import { act } from 'react'
import type { FormSchema, UploadedFile } from '@contract/application'
import type { Case } from '@contract/case'
import type { User } from '@contract/user'
import {
  type CatalogueItem,
  findButton,
  findByText,
  getButton,
  getByLabel,
  handWrittenFields,
  isUnderCommitment,
  JPEG_BYTES,
  leave,
  mockBackend,
  queryAllByText,
  renderPage,
  signInAs,
  tap,
  testCatalogue,
  textOf,
  typeInto,
  waitFor,
  warmUpTaroComponents,
} from '@/testing'
import { caseDetailUrl, receiptUrl } from '@/constants/routes'
import { idNumberCheckChar } from '@/domain/identity'
import type { ApplicationDraft, MaterialDraft } from '@/features/apply/draft-types'
import { OFFLINE_SUBMIT_MESSAGE } from '@/features/apply/submit-failure'
import { getDraft, useDraftsStore } from '@/stores/drafts-store'
import ApplyFormPage from './index'

// ---- arranging ---------------------------------------------------------------------------------

/** A palm item of the real seed by its name (the copy of the city center). */
function palmItem(name: string): CatalogueItem {
  const item = testCatalogue().seed.items.find((i) => i.palm && i.name === name)
  if (!item) throw new Error(`the seed has no palm item ${name}`)
  return item
}

function idNumber(first17: string): string {
  return `${first17}${idNumberCheckChar(first17)}`
}

const APPLICANT = { name: '王小明', idNumber: idNumber('35058219900307123') }

/** Signs the resident in (through the backend) and verifies their real name, as the 申请人 step would. */
/** A consultation (咨询) item for individuals: a short generic form and no required material. */
function consultationItem(): CatalogueItem {
  const item = testCatalogue().seed.items.find(
    (i) => i.palm && i.audience === 'personal' && /咨询$/.test(i.name) && !handWrittenFields(i.name) && !isUnderCommitment(i) && i.materials.every((m) => !m.required),
  )
  if (!item) throw new Error('the seed has no palm consultation item')
  return item
}

async function formOf(item: CatalogueItem, token: string): Promise<FormSchema> {
  const res = await mockBackend.app().get<FormSchema>(`/api/v1/items/${item.id}/form`, { token })
  if (res.status !== 200) throw new Error(`form of ${item.name} answered ${res.status}`)
  return res.body
}

/** Uploads a photo straight to the backend (the materials step has its own tests), as a material draft. */
async function uploadedMaterial(token: string, name: string): Promise<MaterialDraft> {
  const body = new FormData()
  body.append('file', new File([JPEG_BYTES], name, { type: 'image/jpeg' }))
  const res = await mockBackend.app().app.request('/api/v1/uploads', { method: 'POST', headers: { Authorization: `Bearer ${token}` }, body })
  if (res.status !== 201 && res.status !== 200) throw new Error(`upload answered ${res.status}: ${await res.text()}`)
  const file = (await res.json()) as UploadedFile
  return { files: [file], licenseId: null }
}

/** A draft the phone kept from an earlier visit (what the form saves as the person types). */
function keepDraft(user: User, schema: FormSchema, draft: Partial<ApplicationDraft>): void {
  act(() =>
    useDraftsStore.getState().saveDraft(
      {
        userId: user.id,
        itemId: schema.itemId,
        itemName: schema.itemName,
        step: 'applicant',
        applicantKind: 'personal',
        fields: {},
        regionPaths: {},
        materials: {},
        commitmentAccepted: false,
        idempotencyKey: null,
        ...draft,
      },
      '2022-03-01T08:30:00+08:00',
    ),
  )
}

function casesOnServer(): Case[] {
  return Object.values(mockBackend.app().store.dump().cases) as unknown as Case[]
}

// ---- reading the page --------------------------------------------------------------------------

/** The native input (or textarea) of a field, found by its accessible name. */
function input(container: HTMLElement, label: string): HTMLInputElement {
  const el = container.querySelector<HTMLInputElement>(`input[aria-label^="${label}（"], textarea[aria-label^="${label}（"]`)
  if (!el) throw new Error(`no input for ${label}`)
  return el
}

function findInputFor(container: HTMLElement, label: string): Promise<HTMLInputElement> {
  return waitFor(() => input(container, label))
}

/** The block of a field: its label, input, hint and error. */
function fieldBlock(container: HTMLElement, label: string): HTMLElement {
  const labels = Array.from(container.querySelectorAll('.form-field__label')).filter((l) => textOf(l) === label)
  if (labels.length !== 1) throw new Error(`${labels.length} fields labelled ${label}`)
  return labels[0].closest('.form-field') as HTMLElement
}

/** The error message shown under a field, or null. */
function errorUnder(container: HTMLElement, label: string): string | null {
  const error = fieldBlock(container, label).querySelector('.form-field__error')
  return error ? textOf(error) : null
}

function stepStatus(container: HTMLElement): string {
  return textOf(container.querySelector('.step-indicator__status')!)
}

/** Opens the form of an item and goes past the 申请人 step (the person is already verified). */
async function openDetails(item: CatalogueItem) {
  const page = renderPage(ApplyFormPage, { itemId: item.id })
  await findByText(page.container, item.name, '.apply-form__item')
  expect(stepStatus(page.container)).toBe('第 1 步，共 4 步：申请人')
  tap(getButton(page.container, '下一步'))
  await waitFor(() => expect(stepStatus(page.container)).toBe('第 2 步，共 4 步：填写信息'))
  // What a person sees once the step has settled: inputs ready, regions' first level loaded.
  await waitFor(() => {
    for (const block of Array.from(page.container.querySelectorAll('.region-cascader'))) {
      if (block.querySelector('[role="tablist"]') && !block.querySelector('.region-cascader__options')) throw new Error('regions still loading')
    }
    if (!page.container.querySelector('.form-field input')) throw new Error('inputs not rendered yet')
  })
  return page
}

/** Picks a date in the date field the way a person does: open it, decade, year, month, day, 确定. */
function pickDate(container: HTMLElement, label: string, ymd: string): void {
  const [y, m, d] = ymd.split('-').map(Number)
  tap(fieldBlock(container, label).querySelector('[aria-haspopup="dialog"]')!)
  const sheet = container.querySelector<HTMLElement>('[role="dialog"]')!
  const choose = (text: string) => {
    const found = Array.from(sheet.querySelectorAll<HTMLElement>('.date-sheet__grid .taro-button-core')).find((b) => textOf(b).replace(/^✓/, '') === text)
    if (!found) throw new Error(`no ${text} in the date chooser`)
    tap(found)
  }
  tap(getButton(sheet.querySelector('[role="tablist"]')!, /年$/))
  choose(`${Math.floor(y / 10) * 10}年代`)
  choose(String(y))
  choose(`${m}月`)
  choose(String(d))
  tap(getButton(sheet, '确定'))
}

/** Taps an option (choice row, region) inside a field by its text. */
function choose(container: HTMLElement, label: string, option: string): void {
  const target = Array.from(fieldBlock(container, label).querySelectorAll('[role="radio"], [role="checkbox"]')).find(
    (el) => el.getAttribute('aria-label') === option,
  )
  if (!target) throw new Error(`no option ${option} in ${label}`)
  tap(target)
}

/** Fills the consultation form's three fields the way a person types them. */
async function fillConsultation(container: HTMLElement, values = { phone: '13805951234', address: '丰泽区东海街道通港西街 1 号', purpose: '想了解办理流程和需要准备的材料' }) {
  const phone = await findInputFor(container, '联系电话')
  typeInto(phone, values.phone)
  leave(phone)
  const address = input(container, '联系地址')
  typeInto(address, values.address)
  leave(address)
  const purpose = await findInputFor(container, '咨询内容')
  typeInto(purpose, values.purpose)
  leave(purpose)
}

/** From 填写信息 through 上传材料 (nothing required) to 确认提交. */
async function goToReview(container: HTMLElement) {
  tap(getButton(container, '下一步'))
  await waitFor(() => expect(stepStatus(container)).toBe('第 3 步，共 4 步：上传材料'))
  tap(getButton(container, '下一步'))
  await waitFor(() => expect(stepStatus(container)).toBe('第 4 步，共 4 步：确认提交'))
}

function reviewRow(container: HTMLElement, label: string): string {
  const row = Array.from(container.querySelectorAll('.apply-review__row')).find((r) => textOf(r.querySelector('.apply-review__label')!) === label)
  if (!row) throw new Error(`no review row ${label}`)
  return textOf(row.querySelector('.apply-review__value')!)
}

jest.setTimeout(15_000)

beforeAll(() => warmUpTaroComponents(), 30_000)

// Every test starts from an empty backend (users, uploads, cases), so case counts are exact.
beforeEach(() => mockBackend.app().store.clear())

describe('在线申报 form', () => {
  it('asks a signed-out person to sign in, with a way to 我的, instead of forcing a login', async () => {
    const switchTab = jest.spyOn(Taro, 'switchTab').mockResolvedValue({ errMsg: 'switchTab:ok' })
    const { container } = renderPage(ApplyFormPage, { itemId: palmItem('出生登记').id })
    tap(await findButton(container, '去登录'))
    expect(switchTab).toHaveBeenCalledWith({ url: '/pages/mine/index' })
    expect(mockBackend.requests().some((r) => r.includes('/form'))).toBe(false)
  })

  it('renders every field of the item form with its kind of input, required marks and hints', async () => {
    await signInAs('resident', APPLICANT)
    const item = palmItem('出生登记')
    const { container } = await openDetails(item)

    // 出生登记 asks for text, single choice, date, two regions (county, village), two ID numbers and a phone.
    expect((await findInputFor(container, '新生儿姓名')).getAttribute('aria-label')).toBe('新生儿姓名（必填）')
    expect(input(container, '父亲身份证号').getAttribute('aria-label')).toBe('父亲身份证号（选填）')
    expect(textOf(fieldBlock(container, '父亲身份证号'))).toContain('非婚生育且父亲信息不详的可不填')
    expect(input(container, '联系电话').getAttribute('type')).toBe('tel')

    const sex = fieldBlock(container, '新生儿性别')
    expect(Array.from(sex.querySelectorAll('[role="radio"]')).map((r) => [textOf(r), r.getAttribute('aria-checked')])).toEqual([
      ['男', 'false'],
      ['女', 'false'],
    ])
    expect(textOf(fieldBlock(container, '出生日期'))).toContain('请选择日期')
    // The field's own date chooser (not Taro's picker, which could not be sized in 长辈模式).
    expect(fieldBlock(container, '出生日期').querySelector('[aria-haspopup="dialog"]')).not.toBeNull()
    // Regions load their first level (the 13 service regions) by themselves.
    await waitFor(() => expect(textOf(fieldBlock(container, '出生地'))).toContain('晋江市'))
    expect(fieldBlock(container, '落户地（村/社区）').querySelectorAll('[role="tab"]')).toHaveLength(3)
    expect(fieldBlock(container, '出生地').querySelectorAll('[role="tab"]')).toHaveLength(1)
  })

  it('says under the field what is wrong with an ID number, and 下一步 stays', async () => {
    await signInAs('resident', APPLICANT)
    const { container } = await openDetails(palmItem('出生登记'))

    const mother = await findInputFor(container, '母亲身份证号')
    const wrongCheck = `${APPLICANT.idNumber.slice(0, 17)}${APPLICANT.idNumber.endsWith('1') ? '2' : '1'}`
    typeInto(mother, wrongCheck)
    expect(errorUnder(container, '母亲身份证号')).toBeNull()
    leave(mother)
    await waitFor(() => expect(errorUnder(container, '母亲身份证号')).toMatch(/校验|最后一位|核对/))
    await waitFor(() => expect(mother.getAttribute('aria-invalid')).toBe('true'))

    tap(getButton(container, '下一步'))
    expect(stepStatus(container)).toBe('第 2 步，共 4 步：填写信息')

    // Fixed: the message goes away as soon as the number is right.
    typeInto(mother, APPLICANT.idNumber)
    await waitFor(() => expect(errorUnder(container, '母亲身份证号')).toBeNull())
  })

  it('names every empty required field on 下一步 and keeps the person on the step', async () => {
    const { user } = await signInAs('resident', APPLICANT)
    // An account without a phone: 联系电话 is otherwise filled in from the account (issue 18), and
    // this test is about fields left empty.
    const store = mockBackend.app().store
    store.users.put({ ...store.users.get(user.id)!, phone: null })
    const { container } = await openDetails(palmItem('出生登记'))
    tap(getButton(container, '下一步'))
    await waitFor(() => expect(errorUnder(container, '新生儿姓名')).toBe('请填写新生儿姓名'))
    expect(errorUnder(container, '新生儿性别')).toBe('请选择新生儿性别')
    expect(errorUnder(container, '出生日期')).toBe('请选择出生日期')
    expect(errorUnder(container, '落户地（村/社区）')).toBe('请选择到村（社区）')
    expect(errorUnder(container, '联系电话')).toBe('请填写联系电话')
    expect(errorUnder(container, '父亲身份证号')).toBeNull()
    expect(stepStatus(container)).toBe('第 2 步，共 4 步：填写信息')
  })

  it('loads each region level on its own, with 重试 for a level lost on a weak signal', async () => {
    await signInAs('resident', APPLICANT)
    const { container } = await openDetails(palmItem('户口迁移（迁入）'))
    const regions = testCatalogue().seed.regions
    const jinjiang = regions.find((r) => r.name === '晋江市')!
    const township = regions.filter((r) => r.parent === jinjiang.code)[0]

    // The townships' request and both of the HTTP layer's own retries are lost.
    mockBackend.failNextRequests(3)
    choose(container, '迁入地（村/社区）', '晋江市')
    const block = () => fieldBlock(container, '迁入地（村/社区）')
    await waitFor(() => expect(textOf(block())).toContain('乡镇（街道）没有加载出来'), 8000)
    // What was picked stays picked.
    expect(textOf(block().querySelector('.region-cascader__selected')!)).toBe('晋江市')
    tap(getButton(block(), '重试'))
    await waitFor(() => choose(container, '迁入地（村/社区）', township.name))
    await waitFor(() => expect(textOf(block().querySelector('.region-cascader__selected')!)).toBe(`晋江市 / ${township.name}`))
    // Next come the villages of that township.
    const village = regions.filter((r) => r.parent === township.code)[0]
    await waitFor(() => expect(getByLabel(block(), village.name).getAttribute('aria-checked')).toBe('false'))
    expect(errorUnder(container, '迁入地（村/社区）')).toBeNull()
  })

  it('keeps what was typed on the phone at every keystroke and offers to continue after the page is closed', async () => {
    const { user } = await signInAs('resident', APPLICANT)
    const item = palmItem('出生登记')
    const first = await openDetails(item)
    const lookup = testCatalogue().seed.regions
    const jinjiang = lookup.find((r) => r.name === '晋江市')!
    const township = lookup.filter((r) => r.parent === jinjiang.code)[0]
    const village = lookup.filter((r) => r.parent === township.code)[0]

    typeInto(input(first.container, '新生儿姓名'), '王小宝')
    // Already on the phone: no timer, nothing to wait for.
    expect(String(Taro.getStorageSync('qz-drafts'))).toContain('王小宝')
    choose(first.container, '新生儿性别', '女')
    pickDate(first.container, '出生日期', '2022-02-14')
    await waitFor(() => expect(textOf(fieldBlock(first.container, '出生日期'))).toContain('2022年2月14日'))
    choose(first.container, '落户地（村/社区）', '晋江市')
    await waitFor(() => choose(first.container, '落户地（村/社区）', township.name))
    await waitFor(() => choose(first.container, '落户地（村/社区）', village.name))
    await waitFor(() => expect(textOf(fieldBlock(first.container, '落户地（村/社区）'))).toContain(`晋江市 / ${township.name} / ${village.name}`))
    first.unmount()

    // The app is opened again: only what the phone stored is left.
    const stored: unknown = Taro.getStorageSync('qz-drafts')
    act(() => useDraftsStore.setState({ drafts: {} }))
    Taro.setStorageSync('qz-drafts', stored)
    await act(() => useDraftsStore.persist.rehydrate())

    const { container } = renderPage(ApplyFormPage, { itemId: item.id })
    const resume = await findButton(container, /^继续填写（上次填写于 \d{1,2}月\d{1,2}日 \d{2}:\d{2}）$/)
    expect(getButton(container, '重新填写')).toBeTruthy()
    tap(resume)
    await waitFor(() => expect(stepStatus(container)).toBe('第 2 步，共 4 步：填写信息'))
    expect((await findInputFor(container, '新生儿姓名')).value).toBe('王小宝')
    expect(fieldBlock(container, '新生儿性别').querySelector('[aria-checked="true"]')?.getAttribute('aria-label')).toBe('女')
    expect(textOf(fieldBlock(container, '出生日期'))).toContain('2022年2月14日')
    expect(textOf(fieldBlock(container, '落户地（村/社区）'))).toContain(`晋江市 / ${township.name} / ${village.name}`)
    expect(getDraft(user.id, item.id)?.fields.settleRegion).toBe(village.code)
  })

  it('starts over only after the person confirms, and then forgets the draft', async () => {
    const { user, token } = await signInAs('resident', APPLICANT)
    const item = palmItem('出生登记')
    keepDraft(user, await formOf(item, token), { step: 'details', fields: { babyName: '王小宝' } })
    const modal = jest.spyOn(Taro, 'showModal')

    const { container } = renderPage(ApplyFormPage, { itemId: item.id })
    modal.mockResolvedValueOnce({ confirm: false, cancel: true, errMsg: 'showModal:ok' })
    tap(await findButton(container, '重新填写'))
    await waitFor(() => expect(modal).toHaveBeenCalledTimes(1))
    expect(modal.mock.calls[0][0]?.content).toContain('将被清除')
    expect(getButton(container, '重新填写')).toBeTruthy()
    expect(getDraft(user.id, item.id)?.fields.babyName).toBe('王小宝')

    modal.mockResolvedValueOnce({ confirm: true, cancel: false, errMsg: 'showModal:ok' })
    tap(getButton(container, '重新填写'))
    await waitFor(() => expect(stepStatus(container)).toBe('第 1 步，共 4 步：申请人'))
    expect(getDraft(user.id, item.id)).toBeNull()
    expect(String(Taro.getStorageSync('qz-drafts'))).not.toContain('王小宝')
    tap(getButton(container, '下一步'))
    expect((await findInputFor(container, '新生儿姓名')).value).toBe('')
  })

  it('submits once, clears the draft and opens the receipt of the case the backend created', async () => {
    const { user } = await signInAs('resident', APPLICANT)
    const redirect = jest.spyOn(Taro, 'redirectTo').mockResolvedValue({ errMsg: 'redirectTo:ok' })
    const item = consultationItem()
    const { container } = await openDetails(item)
    await fillConsultation(container)
    await goToReview(container)

    // The review shows everything, the phone masked.
    expect(reviewRow(container, '联系电话')).toBe('138****1234')
    expect(textOf(container)).not.toContain('13805951234')
    expect(reviewRow(container, '联系地址')).toBe('丰泽区东海街道通港西街 1 号')
    expect(reviewRow(container, '姓名')).toBe('王**')
    expect(reviewRow(container, '身份证号')).toBe(`${APPLICANT.idNumber.slice(0, 4)}**********${APPLICANT.idNumber.slice(-4)}`)

    tap(getButton(container, '提交申请'))
    await waitFor(() => expect(redirect).toHaveBeenCalledTimes(1))
    const cases = casesOnServer()
    expect(cases).toHaveLength(1)
    expect(redirect).toHaveBeenCalledWith({ url: receiptUrl(cases[0].caseNo) })
    const stored = mockBackend.app().store.dump().cases[cases[0].caseNo]
    expect(stored.ownerId).toBe(user.id)
    expect(stored.item.id).toBe(item.id)
    expect(Object.fromEntries(stored.fields.map((f) => [f.key, f.value]))).toEqual({
      phone: '13805951234',
      contactAddress: '丰泽区东海街道通港西街 1 号',
      purpose: '想了解办理流程和需要准备的材料',
    })
    expect(getDraft(user.id, item.id)).toBeNull()
  })

  it('keeps everything when the network is gone at submit, and the retry reuses the key: one case', async () => {
    const { user, token } = await signInAs('resident', APPLICANT)
    const redirect = jest.spyOn(Taro, 'redirectTo').mockResolvedValue({ errMsg: 'redirectTo:ok' })
    const item = consultationItem()
    const { container } = await openDetails(item)
    await fillConsultation(container)
    await goToReview(container)

    mockBackend.failNextRequests(1)
    tap(getButton(container, '提交申请'))
    await findByText(container, OFFLINE_SUBMIT_MESSAGE)
    expect(OFFLINE_SUBMIT_MESSAGE).toBe('网络不通，填写的内容已保存，恢复网络后点「重新提交」即可')
    expect(casesOnServer()).toHaveLength(0)
    expect(reviewRow(container, '联系地址')).toBe('丰泽区东海街道通港西街 1 号')
    const key = getDraft(user.id, item.id)?.idempotencyKey
    expect(key).toMatch(/^[A-Za-z0-9_-]{16,}$/)
    expect(getDraft(user.id, item.id)?.fields.purpose).toBe('想了解办理流程和需要准备的材料')

    // Still no signal: the second attempt fails too, with the same key kept.
    mockBackend.failNextRequests(1)
    tap(await findButton(container, '重新提交'))
    await waitFor(() => expect(getButton(container, '重新提交').hasAttribute('disabled')).toBe(false))
    expect(getDraft(user.id, item.id)?.idempotencyKey).toBe(key)

    // Meanwhile an earlier attempt did reach the server (only its answer was lost): the same key
    // there already made the case.
    const schema = await formOf(item, token)
    const late = await mockBackend.app().post<Case>('/api/v1/applications', {
      token,
      headers: { 'Idempotency-Key': key! },
      json: {
        itemId: schema.itemId,
        applicantKind: 'personal',
        fields: { phone: '13805951234', contactAddress: '丰泽区东海街道通港西街 1 号', purpose: '想了解办理流程和需要准备的材料' },
        materials: [],
        commitmentAccepted: false,
      },
    })
    expect(late.status).toBe(201)

    tap(getButton(container, '重新提交'))
    await waitFor(() => expect(redirect).toHaveBeenCalledWith({ url: receiptUrl(late.body.caseNo) }))
    expect(casesOnServer().map((c) => c.caseNo)).toEqual([late.body.caseNo])
  })

  it('after a lost answer, a changed draft gets 已经提交过 with the case number, keeps the draft and offers to open the case', async () => {
    const { user, token } = await signInAs('resident', APPLICANT)
    const redirect = jest.spyOn(Taro, 'redirectTo').mockResolvedValue({ errMsg: 'redirectTo:ok' })
    const navigateTo = jest.spyOn(Taro, 'navigateTo').mockResolvedValue({ errMsg: 'navigateTo:ok' })
    const modal = jest.spyOn(Taro, 'showModal')
    const item = consultationItem()
    const { container } = await openDetails(item)
    await fillConsultation(container)
    await goToReview(container)

    mockBackend.failNextRequests(1)
    tap(getButton(container, '提交申请'))
    await findByText(container, OFFLINE_SUBMIT_MESSAGE)
    const key = getDraft(user.id, item.id)?.idempotencyKey
    expect(key).toMatch(/^[A-Za-z0-9_-]{8,64}$/)

    // An earlier attempt with this key did get through (only its answer was lost), with other words.
    const schema = await formOf(item, token)
    const late = await mockBackend.app().post<Case>('/api/v1/applications', {
      token,
      headers: { 'Idempotency-Key': key! },
      json: {
        itemId: schema.itemId,
        applicantKind: 'personal',
        fields: { phone: '13805951234', contactAddress: '丰泽区东海街道通港西街 1 号', purpose: '想问一下办理流程' },
        materials: [],
        commitmentAccepted: false,
      },
    })
    expect(late.status).toBe(201)
    const caseNo = late.body.caseNo
    const message = `这份申请已经提交过（办件编号 ${caseNo}），如需修改请撤回后重新申报`

    modal.mockResolvedValueOnce({ confirm: false, cancel: true, errMsg: 'showModal:ok' })
    tap(getButton(container, '重新提交'))
    await findByText(container, message)
    await waitFor(() => expect(modal).toHaveBeenCalledTimes(1))
    expect(modal.mock.calls[0][0]).toEqual(expect.objectContaining({ content: message, confirmText: '查看办件' }))
    // Nothing new was filed, nothing was lost: the draft and its key are still on the phone.
    expect(casesOnServer().map((c) => c.caseNo)).toEqual([caseNo])
    expect(getDraft(user.id, item.id)?.fields.purpose).toBe('想了解办理流程和需要准备的材料')
    expect(getDraft(user.id, item.id)?.idempotencyKey).toBe(key)
    expect(reviewRow(container, '联系地址')).toBe('丰泽区东海街道通港西街 1 号')
    expect(navigateTo).not.toHaveBeenCalled()

    // Asked again, the person opens the case that was filed.
    modal.mockResolvedValueOnce({ confirm: true, cancel: false, errMsg: 'showModal:ok' })
    tap(getButton(container, '重新提交'))
    await waitFor(() => expect(navigateTo).toHaveBeenCalledWith({ url: caseDetailUrl(caseNo) }))
    expect(redirect).not.toHaveBeenCalled()
    expect(casesOnServer()).toHaveLength(1)
    expect(getDraft(user.id, item.id)?.fields.purpose).toBe('想了解办理流程和需要准备的材料')
  })

  it('creates one case however fast 提交申请 is tapped twice', async () => {
    await signInAs('resident', APPLICANT)
    const redirect = jest.spyOn(Taro, 'redirectTo').mockResolvedValue({ errMsg: 'redirectTo:ok' })
    const { container } = await openDetails(consultationItem())
    await fillConsultation(container)
    await goToReview(container)

    const submit = getButton(container, '提交申请')
    tap(submit)
    tap(submit)
    await waitFor(() => expect(redirect).toHaveBeenCalled())
    // Let any second request that might have left arrive before counting.
    await waitFor(() => expect(queryAllByText(container, '正在提交…')).toHaveLength(0))
    expect(casesOnServer()).toHaveLength(1)
    expect(redirect).toHaveBeenCalledTimes(1)
  })

  it("shows the server's 422 under its field and goes back to that step", async () => {
    const { user, token } = await signInAs('resident', APPLICANT)
    const redirect = jest.spyOn(Taro, 'redirectTo').mockResolvedValue({ errMsg: 'redirectTo:ok' })
    const item = palmItem('户口迁移（迁入）')
    const schema = await formOf(item, token)
    const regions = testCatalogue().seed.regions
    const township = regions.find((r) => r.level === 'township' && r.parent === regions.find((c) => c.name === '晋江市')!.code)!
    const village = regions.find((r) => r.parent === township.code)!
    // A village merged away since the draft was saved (区划调整): the code looks right, only the server knows it is gone.
    const gone = `${township.code.slice(0, 9)}999`
    expect(regions.some((r) => r.code === gone)).toBe(false)
    const materials: Record<string, MaterialDraft> = {}
    for (const m of schema.materials.filter((x) => x.required)) materials[m.key] = await uploadedMaterial(token, `${m.name}.jpg`)
    keepDraft(user, schema, {
      step: 'review',
      fields: { reason: 'house', fromAddress: '福建省福州市鼓楼区东街 1 号', toRegion: gone, toAddress: '安海镇西安村 8 号', relation: 'self', movers: '1', phone: '13805951234' },
      regionPaths: { toRegion: [{ code: '350582000000', name: '晋江市' }, { code: township.code, name: township.name }, { code: gone, name: '已撤并的村' }] },
      materials,
    })

    const { container } = renderPage(ApplyFormPage, { itemId: item.id })
    tap(await findButton(container, /^继续填写/))
    tap(await findButton(container, '提交申请'))
    await waitFor(() => expect(stepStatus(container)).toBe('第 2 步，共 4 步：填写信息'))
    expect(errorUnder(container, '迁入地（村/社区）')).toBe('所选地区不存在，请重新选择')
    expect(textOf(container.querySelector('.apply-form__failure')!)).toContain('所选地区不存在，请重新选择')
    expect(casesOnServer()).toHaveLength(0)

    // Picked again, the application goes through.
    tap(getByLabel(container, '修改迁入地（村/社区）'))
    await waitFor(() => choose(container, '迁入地（村/社区）', village.name))
    await waitFor(() => expect(errorUnder(container, '迁入地（村/社区）')).toBeNull())
    tap(getButton(container, '下一步'))
    await waitFor(() => expect(stepStatus(container)).toBe('第 3 步，共 4 步：上传材料'))
    tap(getButton(container, '下一步'))
    tap(await findButton(container, '提交申请'))
    await waitFor(() => expect(redirect).toHaveBeenCalledTimes(1))
    const cases = casesOnServer()
    expect(cases).toHaveLength(1)
    expect(mockBackend.app().store.dump().cases[cases[0].caseNo].fields.find((f) => f.key === 'toRegion')?.value).toBe(village.code)
  })

  it('says when an item cannot be applied for on the phone, and leads back to its guide', async () => {
    await signInAs('resident', APPLICANT)
    const redirect = jest.spyOn(Taro, 'redirectTo').mockResolvedValue({ errMsg: 'redirectTo:ok' })
    // Opened from a shared link: no guide underneath to go back to.
    jest.spyOn(Taro, 'getCurrentPages').mockReturnValue([])
    const item = testCatalogue().seed.items.find((i) => !i.palm)!
    const { container } = renderPage(ApplyFormPage, { itemId: item.id })
    await findByText(container, '暂不能在手机上申报')
    expect(textOf(container)).toContain('该事项暂不支持掌上办理，请到窗口办理')
    tap(getButton(container, '查看办事指南'))
    await waitFor(() => expect(redirect).toHaveBeenCalledWith({ url: `/packages/items/guide/index?id=${encodeURIComponent(item.id)}` }))
  })

  it('says an unknown item does not exist', async () => {
    await signInAs('resident', APPLICANT)
    const { container } = renderPage(ApplyFormPage, { itemId: 'no-such-item' })
    await findByText(container, '事项不存在或已下线')
    expect(container.querySelector('.step-indicator')).toBeNull()
  })

  it('offers 重试 when the form cannot load on a weak signal, and then shows it', async () => {
    await signInAs('resident', APPLICANT)
    const item = consultationItem()
    mockBackend.failNextRequests(3)
    const { container } = renderPage(ApplyFormPage, { itemId: item.id })
    tap(await findButton(container, '重试'))
    await findByText(container, item.name, '.apply-form__item')
  })

  it('under 告知承诺制 keeps 提交申请 off until the person consents, and says why', async () => {
    const { user, token } = await signInAs('resident', APPLICANT)
    const redirect = jest.spyOn(Taro, 'redirectTo').mockResolvedValue({ errMsg: 'redirectTo:ok' })
    // e.g. 我要开美容美发店一件事: open to individuals, under 告知承诺制.
    const item = testCatalogue().seed.items.find((i) => i.palm && i.audience !== 'legal' && isUnderCommitment(i) && !handWrittenFields(i.name))
    if (!item) throw new Error('the seed has no palm item for individuals under 告知承诺制')
    const schema = await formOf(item, token)
    expect(schema.commitment).not.toBeNull()
    const materials: Record<string, MaterialDraft> = {}
    for (const m of schema.materials.filter((x) => x.required)) materials[m.key] = await uploadedMaterial(token, `${m.name}.jpg`)
    const fields: Record<string, string> = {}
    for (const field of schema.fields) {
      fields[field.key] = field.kind === 'phone' ? '13805951234' : field.kind === 'address' ? '丰泽区东海街道通港西街 1 号' : '申请办理本事项，材料已按要求准备'
    }
    keepDraft(user, schema, { step: 'review', fields, materials })

    const { container } = renderPage(ApplyFormPage, { itemId: item.id })
    tap(await findButton(container, /^继续填写/))
    const submit = await findButton(container, '提交申请')
    expect(textOf(container)).toContain(schema.commitment!.text.split('\n')[0])
    expect(submit.hasAttribute('disabled')).toBe(true)
    expect(textOf(container)).toContain('请先阅读承诺内容并勾选「我已阅读并同意以上承诺」，再提交申请')
    for (const m of schema.materials.filter((x) => x.required)) expect(reviewRow(container, m.name)).toBe('已上传 1 个文件')

    const consent = getByLabel(container, '我已阅读并同意以上承诺')
    expect(consent.getAttribute('role')).toBe('checkbox')
    tap(consent)
    await waitFor(() => expect(getButton(container, '提交申请').hasAttribute('disabled')).toBe(false))
    expect(textOf(container)).not.toContain('再提交申请')
    tap(getButton(container, '提交申请'))
    await waitFor(() => expect(redirect).toHaveBeenCalledTimes(1))
    const [created] = casesOnServer()
    expect(mockBackend.app().store.dump().cases[created.caseNo].commitmentAccepted).toBe(true)
  })
})
