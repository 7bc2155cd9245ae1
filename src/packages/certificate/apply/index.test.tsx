import Taro from '@tarojs/taro'
import {
  CADRE_VILLAGE,
  CADRE_VILLAGE_PATH,
  CERTIFICATE_APPLICANT,
  findButton,
  findByText,
  getButton,
  getByLabel,
  getByText,
  leave,
  photo,
  pickPhotos,
  renderPage,
  requestsOnServer,
  signInAs,
  tap,
  textOf,
  typeInto,
  waitFor,
  warmUpTaroComponents,
} from '@/testing'
import { certificateRequestsUrl, identityUrl } from '@/constants/routes'
import { REMOVED_CERTIFICATES, removedCertificateMessage } from '@/domain/removed-certificates'
import RequestsPage from '../requests/index'
import ApplyPage from './index'

beforeAll(() => warmUpTaroComponents(), 30_000)

function input(container: HTMLElement, label: string): HTMLInputElement {
  const el = container.querySelector<HTMLInputElement>(`input[aria-label="${label}"], textarea[aria-label="${label}"]`)
  if (!el) throw new Error(`no input labelled ${label}`)
  return el
}

/** The message shown in a field's block (label, input, hint, message). */
function errorIn(container: HTMLElement, anchor: string): string | null {
  const error = container.querySelector(`#${anchor} .form-field__error`)
  return error ? textOf(error) : null
}

async function chooseType(container: HTMLElement, name: string) {
  const title = await findByText(container, name, '.cert-type__name')
  tap(title.closest('.taro-button-core')!)
  await findByText(container, `填写「${name}」`)
}

/** 县 → 乡镇 → 村 with the real names the backend lists, one level after the other. */
async function pickVillage(container: HTMLElement, path: string[]) {
  for (const name of path) {
    const option = await waitFor(() => getByLabel(container, name))
    tap(option)
  }
  await waitFor(() => expect(getByLabel(container, `所在村（社区），已选：${path.join(' / ')}`)).toBeTruthy())
}

async function fillHardship(container: HTMLElement) {
  // The multi-line 困难原因 is a web component drawn a moment after the plain inputs.
  await waitFor(() => input(container, '困难原因（必填）'))
  typeInto(input(container, '用途（必填）'), '子女申请助学金')
  typeInto(input(container, '家庭人口（必填）'), '4')
  typeInto(input(container, '家庭年收入（必填）'), '18000')
  tap(getByLabel(container, '家庭成员患病'))
  typeInto(input(container, '困难原因（必填）'), '父亲长期患病无法务工，家中仅母亲务农维持生活')
}

describe('申请村(居)证明', () => {
  it('sends a person without a verified real name to real-name verification first', async () => {
    await signInAs('resident', { verified: false, name: CERTIFICATE_APPLICANT })
    const navigateTo = jest.spyOn(Taro, 'navigateTo').mockResolvedValue({ errMsg: 'navigateTo:ok' })
    const { container } = renderPage(ApplyPage)
    await findByText(container, '请先完成实名认证')
    tap(getButton(container, '去实名认证'))
    expect(navigateTo).toHaveBeenCalledWith({ url: identityUrl('personal') })
  })

  it('explains every type: what it proves, what to fill in and which photos to bring', async () => {
    await signInAs('resident', { name: CERTIFICATE_APPLICANT })
    const { container } = renderPage(ApplyPage)
    const card = (await findByText(container, '家庭经济状况证明', '.cert-type__name')).closest('.taro-button-core')!
    expect(textOf(card)).toContain('常用于学生申请助学金')
    expect(textOf(card)).toContain('需填写：家庭人口、家庭年收入、困难类型、困难原因')
    expect(textOf(card)).toContain('需上传：居民户口簿照片、困难情况相关材料（选交）')
    // The removed kinds (民发〔2020〕20号) are never offered.
    expect(container.querySelectorAll('.cert-type')).toHaveLength(4)
    expect(textOf(container)).not.toContain('亲属关系证明')
  })

  it('submits a request to the chosen village with its fields and a photo, which then shows in 我的证明 as 待审核', async () => {
    await signInAs('resident', { name: CERTIFICATE_APPLICANT })
    const redirectTo = jest.spyOn(Taro, 'redirectTo').mockResolvedValue({ errMsg: 'redirectTo:ok' })
    const { container } = renderPage(ApplyPage)
    await chooseType(container, '家庭经济状况证明')
    await pickVillage(container, CADRE_VILLAGE_PATH)
    await fillHardship(container)
    pickPhotos([photo('户口簿首页.jpg')])
    tap(getByLabel(container, '拍照或从相册选择：居民户口簿照片'))
    await findByText(container, '户口簿首页.jpg · 已上传')

    tap(getButton(container, '提交申请'))
    await waitFor(() => expect(redirectTo).toHaveBeenCalledWith({ url: certificateRequestsUrl() }))
    const stored = requestsOnServer()
    expect(stored).toHaveLength(1)
    expect(stored[0]).toMatchObject({ status: 'pending', purpose: '子女申请助学金', village: { code: CADRE_VILLAGE } })

    const mine = renderPage(RequestsPage)
    const entry = (await findByText(mine.container, '家庭经济状况证明', '.cert-card__name')).closest('.cert-card')!
    expect(textOf(entry)).toContain('待审核')
    expect(textOf(entry)).toContain('西安村委会 · 用途：子女申请助学金')
  })

  it('says under the field what is wrong with it, and refuses a request without the required photo, keeping what was typed', async () => {
    await signInAs('resident', { name: CERTIFICATE_APPLICANT })
    const { container } = renderPage(ApplyPage)
    await chooseType(container, '家庭经济状况证明')
    await pickVillage(container, CADRE_VILLAGE_PATH)
    await fillHardship(container)
    const before = requestsOnServer().length

    const members = input(container, '家庭人口（必填）')
    typeInto(members, '0')
    leave(members)
    await waitFor(() => expect(errorIn(container, 'cert-field-members')).toBe('不能小于 1人'))
    typeInto(members, '4')
    await waitFor(() => expect(errorIn(container, 'cert-field-members')).toBeNull())

    tap(getButton(container, '提交申请'))
    await waitFor(() => expect(errorIn(container, 'cert-field-materials-m1')).toBe('请上传「居民户口簿照片」'))
    expect(getByText(container, '还有 1 处需要修改，请看标红的说明')).toBeTruthy()
    expect(requestsOnServer()).toHaveLength(before)
    expect(input(container, '困难原因（必填）').value).toBe('父亲长期患病无法务工，家中仅母亲务农维持生活')
    expect(input(container, '用途（必填）').value).toBe('子女申请助学金')
  })

  it('shows the backend’s per-field reasons under the fields when it refuses the request', async () => {
    await signInAs('resident', { name: CERTIFICATE_APPLICANT })
    const { container } = renderPage(ApplyPage)
    await chooseType(container, '其他依法出具的证明')
    await pickVillage(container, CADRE_VILLAGE_PATH)
    await waitFor(() => input(container, '需证明的内容（必填）'))
    const before = requestsOnServer().length
    typeInto(input(container, '用途（必填）'), '办理出国手续')
    // One of the 20 certificates a village committee may no longer issue: since issue 15 the app knows
    // the list too (src/domain/removed-certificates.ts) and says so with the server's words before sending.
    typeInto(input(container, '证明事项（必填）'), '婚姻状况证明')
    typeInto(input(container, '需证明的内容（必填）'), '证明本人目前的婚姻状况为未婚')
    typeInto(input(container, '出具依据（必填）'), '办事单位要求')
    pickPhotos([photo('身份证.jpg')])
    tap(getByLabel(container, '拍照或从相册选择：居民户口簿或居民身份证照片'))
    await findByText(container, '身份证.jpg · 已上传')

    tap(await findButton(container, '提交申请'))
    await waitFor(() => expect(errorIn(container, 'cert-field-subject')).toBe(removedCertificateMessage(REMOVED_CERTIFICATES.find((r) => r.name === '婚姻状况证明')!)))
    expect(errorIn(container, 'cert-field-subject')).toContain('婚姻登记机关')
    expect(requestsOnServer()).toHaveLength(before)
    expect(input(container, '证明事项（必填）').value).toBe('婚姻状况证明')
  })
})
