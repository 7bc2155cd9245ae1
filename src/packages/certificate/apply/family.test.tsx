import Taro from '@tarojs/taro'
import {
  CADRE_VILLAGE_PATH,
  CERTIFICATE_APPLICANT,
  confirmedFamilyMember,
  findByText,
  getButton,
  getByLabel,
  mockBackend,
  PARENT_ID,
  PARENT_NAME,
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
import { certificateRequestsUrl } from '@/constants/routes'
import RequestsPage from '../requests/index'
import ApplyPage from './index'

jest.setTimeout(30_000)
beforeAll(() => warmUpTaroComponents(), 30_000)
beforeEach(() => mockBackend.app().store.clear())

function input(container: HTMLElement, label: string): HTMLInputElement {
  const el = container.querySelector<HTMLInputElement>(`input[aria-label="${label}"], textarea[aria-label="${label}"]`)
  if (!el) throw new Error(`no input labelled ${label}`)
  return el
}

describe('为家人办: a certificate for a parent', () => {
  it('chooses the confirmed mother in 为谁办理, submits, and 我的证明 shows it for her — in the resident’s list and in her own', async () => {
    const { token } = await signInAs('resident', { name: CERTIFICATE_APPLICANT })
    await confirmedFamilyMember(token)
    const redirectTo = jest.spyOn(Taro, 'redirectTo').mockResolvedValue({ errMsg: 'redirectTo:ok' })
    const { container } = renderPage(ApplyPage)

    // 为谁办理 comes before the type: 本人 is chosen until the person picks the mother.
    const mother = await waitFor(() => getByLabel(container, '家人：王**（父母）'))
    expect(getByLabel(container, '本人（陈**）').getAttribute('aria-checked')).toBe('true')
    tap(mother)
    await findByText(container, '证明上的持证人为 王**（父母），您为经办人；照片请上传家人的材料。')
    expect(getByLabel(container, '家人：王**（父母）').getAttribute('aria-checked')).toBe('true')

    const title = await findByText(container, '家庭经济状况证明', '.cert-type__name')
    tap(title.closest('.taro-button-core')!)
    await findByText(container, '填写「家庭经济状况证明」')
    for (const name of CADRE_VILLAGE_PATH) tap(await waitFor(() => getByLabel(container, name)))
    await waitFor(() => input(container, '用途（必填）'))
    typeInto(input(container, '用途（必填）'), '申请养老补贴')
    typeInto(input(container, '家庭人口（必填）'), '2')
    typeInto(input(container, '家庭年收入（必填）'), '12000')
    tap(getByLabel(container, '家庭成员患病'))
    typeInto(input(container, '困难原因（必填）'), '母亲年老多病，长期服药，无固定收入来源')
    pickPhotos([photo('户口簿首页.jpg')])
    tap(getByLabel(container, '拍照或从相册选择：居民户口簿照片'))
    await findByText(container, '户口簿首页.jpg · 已上传')

    tap(getButton(container, '提交申请'))
    await waitFor(() => expect(redirectTo).toHaveBeenCalledWith({ url: certificateRequestsUrl() }))
    const stored = requestsOnServer()
    expect(stored).toHaveLength(1)
    expect(stored[0]).toMatchObject({ applicant: { name: PARENT_NAME, idNumber: PARENT_ID }, agent: { name: CERTIFICATE_APPLICANT } })

    const mine = renderPage(RequestsPage)
    const entry = (await findByText(mine.container, '家庭经济状况证明', '.cert-card__name')).closest('.cert-card')!
    expect(textOf(entry)).toContain(`持证人 ${PARENT_NAME} · 经办人 陈**`)
    mine.unmount()

    // The mother's own account (verified with her ID number) lists it too, read-only.
    await signInAs('resident-new', { name: PARENT_NAME, idNumber: PARENT_ID })
    const hers = renderPage(RequestsPage)
    const herEntry = (await findByText(hers.container, '家庭经济状况证明', '.cert-card__name')).closest('.cert-card')!
    expect(textOf(herEntry)).toContain(`持证人 ${PARENT_NAME} · 经办人 陈**`)
    expect(textOf(herEntry)).toContain('待审核')
  })

  it('the draft keeps the choice when the app is closed and opened again', async () => {
    const { token } = await signInAs('resident', { name: CERTIFICATE_APPLICANT })
    await confirmedFamilyMember(token)
    const first = renderPage(ApplyPage)
    tap(await waitFor(() => getByLabel(first.container, '家人：王**（父母）')))
    await findByText(first.container, '证明上的持证人为 王**（父母），您为经办人；照片请上传家人的材料。')
    first.unmount()

    const again = renderPage(ApplyPage)
    await waitFor(() => expect(getByLabel(again.container, '家人：王**（父母）').getAttribute('aria-checked')).toBe('true'))
    expect(getByLabel(again.container, '本人（陈**）').getAttribute('aria-checked')).toBe('false')
  })
})
