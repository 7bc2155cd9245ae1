/**
 * Sessions expire after 7 idle days (SPEC §8). A person who filled in a form, left the phone for a
 * week and then taps 提交申请 gets the server's 401: the app forgets the session (src/services/http.ts)
 * and asks them to sign in again, and the draft — kept per person and item, not per session — is
 * still there afterwards, so nothing typed is lost and the retry makes exactly one case.
 */
import Taro from '@tarojs/taro'
import type { Case } from '@contract/case'
import {
  type CatalogueItem,
  findButton,
  findByText,
  getButton,
  handWrittenFields,
  isUnderCommitment,
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
import { receiptUrl } from '@/constants/routes'
import { getDraft } from '@/stores/drafts-store'
import { useSessionStore } from '@/stores/session-store'
import ApplyFormPage from './index'

/** A consultation (咨询) item for individuals: a short generic form and no required material. */
function consultationItem(): CatalogueItem {
  const item = testCatalogue().seed.items.find(
    (i) => i.palm && i.audience === 'personal' && /咨询$/.test(i.name) && !handWrittenFields(i.name) && !isUnderCommitment(i) && i.materials.every((m) => !m.required),
  )
  if (!item) throw new Error('the seed has no palm consultation item')
  return item
}

function input(container: HTMLElement, label: string): HTMLInputElement {
  const el = container.querySelector<HTMLInputElement>(`input[aria-label^="${label}（"], textarea[aria-label^="${label}（"]`)
  if (!el) throw new Error(`no input for ${label}`)
  return el
}

function stepStatus(container: HTMLElement): string {
  return textOf(container.querySelector('.step-indicator__status')!)
}

async function next(container: HTMLElement, status: string): Promise<void> {
  tap(getButton(container, '下一步'))
  await waitFor(() => expect(stepStatus(container)).toBe(status))
}

/** A week and a day without using the app: wall time (what the server's session expiry counts) moves on. */
function eightDaysLater(): jest.SpyInstance<number, []> {
  const later = Date.now() + 8 * 24 * 60 * 60_000
  return jest.spyOn(Date, 'now').mockReturnValue(later)
}

async function casesOnServer(token: string): Promise<Case[]> {
  return (await mockBackend.app().get<{ items: Case[] }>('/api/v1/cases', { token })).body.items
}

jest.setTimeout(20_000)

beforeAll(() => warmUpTaroComponents(), 30_000)

it('keeps the draft through an expired session and a new sign-in, and then submits it once', async () => {
  const { user } = await signInAs('resident')
  const item = consultationItem()
  const first = renderPage(ApplyFormPage, { itemId: item.id })
  await findByText(first.container, item.name, '.apply-form__item')
  await next(first.container, '第 2 步，共 4 步：填写信息')
  // 咨询内容 is multi-line: a web component drawn a moment after the plain inputs.
  await waitFor(() => input(first.container, '咨询内容'))
  typeInto(input(first.container, '联系电话'), '13805951234')
  typeInto(input(first.container, '联系地址'), '丰泽区东海街道通港西街 1 号')
  typeInto(input(first.container, '咨询内容'), '想了解办理流程和需要准备的材料')
  await next(first.container, '第 3 步，共 4 步：上传材料')
  await next(first.container, '第 4 步，共 4 步：确认提交')

  const clock = eightDaysLater()
  tap(getButton(first.container, '提交申请'))
  // The server said 401: the app forgot the session.
  await waitFor(() => expect(useSessionStore.getState().token).toBeNull())
  clock.mockRestore()
  // The draft is the person's, not the session's: all of it is still on the phone.
  expect(getDraft(user.id, item.id)?.fields).toMatchObject({ phone: '13805951234', contactAddress: '丰泽区东海街道通港西街 1 号', purpose: '想了解办理流程和需要准备的材料' })
  first.unmount()

  // Signing in again (a new session) brings the draft back.
  const again = await signInAs('resident')
  expect(again.user.id).toBe(user.id)
  // Nothing was created by the refused attempt.
  expect(await casesOnServer(again.token)).toEqual([])
  const redirect = jest.spyOn(Taro, 'redirectTo').mockResolvedValue({ errMsg: 'redirectTo:ok' })
  const { container } = renderPage(ApplyFormPage, { itemId: item.id })
  tap(await findButton(container, /^继续填写/))
  await waitFor(() => expect(stepStatus(container)).toBe('第 4 步，共 4 步：确认提交'))
  expect(textOf(container)).toContain('想了解办理流程和需要准备的材料')
  tap(getButton(container, /提交/))
  await waitFor(() => expect(redirect).toHaveBeenCalled())
  const cases = await casesOnServer(again.token)
  expect(cases).toHaveLength(1)
  expect(redirect).toHaveBeenCalledWith({ url: receiptUrl(cases[0].caseNo) })
  expect(getDraft(user.id, item.id)).toBeNull()
})
