import type { Case } from '@contract/case'
import {
  findByText,
  findInput,
  getButton,
  mockBackend,
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
import { useSessionStore } from '@/stores/session-store'
import { act } from 'react'
import CaseLookupPage from './index'

/** A case of the resident's, accepted by the back office; then nobody is signed in on the phone. */
async function someonesCase(): Promise<Case> {
  const { token } = await signInAs('resident')
  const created = await submitCase(token, promisedItem())
  await transition(created.caseNo, { action: 'accept', note: '材料齐全' })
  act(() => useSessionStore.getState().signOut())
  return created
}

async function fill(container: HTMLElement, caseNo: string, code: string): Promise<{ caseNoInput: HTMLInputElement; codeInput: HTMLInputElement }> {
  const caseNoInput = await findInput(container, '如 QZ20220301ABCD1234')
  const codeInput = await findInput(container, '6 位数字')
  typeInto(caseNoInput, caseNo)
  typeInto(codeInput, code)
  return { caseNoInput, codeInput }
}

function wrongCode(code: string): string {
  return code === '000000' ? '000001' : '000000'
}

function lookups(): number {
  return mockBackend.requests().filter((r) => r === 'POST /api/v1/cases/lookup').length
}

jest.setTimeout(20_000)

beforeAll(() => warmUpTaroComponents(), 30_000)

beforeEach(() => mockBackend.app().store.clear())

describe('办件查询 page (no login)', () => {
  it('with the right number and code shows the masked applicant, item, state, steps, deadline and timeline', async () => {
    const created = await someonesCase()
    const { container } = renderPage(CaseLookupPage)
    await fill(container, created.caseNo.toLowerCase(), created.queryCode)
    tap(getButton(container, '查询'))

    const result = await waitFor(() => {
      const el = container.querySelector<HTMLElement>('[aria-label="查询结果"]')
      if (!el) throw new Error('no result yet')
      return el
    })
    expect(textOf(result)).toContain(`申请人 王*`)
    expect(textOf(result)).not.toContain('王小明')
    expect(textOf(result)).toContain(created.item.name)
    expect(textOf(result.querySelector('.case-status')!)).toBe('已受理')
    expect(textOf(result.querySelector('[aria-current="step"]')!)).toContain('受理')
    expect(textOf(result)).toContain('办结期限')
    expect(textOf(result)).toContain('材料齐全')
    expect(Array.from(result.querySelectorAll('.case-timeline__title')).map(textOf)).toEqual(['已受理', '已提交申请'])
  })

  it('with a wrong code says the number or code is wrong and keeps what was typed', async () => {
    const created = await someonesCase()
    const { container } = renderPage(CaseLookupPage)
    const { caseNoInput, codeInput } = await fill(container, created.caseNo, wrongCode(created.queryCode))
    tap(getButton(container, '查询'))
    await findByText(container, /^办件编号或查询码不正确/)
    expect(container.querySelector('[aria-label="查询结果"]')).toBeNull()
    expect(caseNoInput.value).toBe(created.caseNo)
    expect(codeInput.value).toBe(wrongCode(created.queryCode))
  })

  it('answers an unknown case number exactly like a wrong code', async () => {
    const { container } = renderPage(CaseLookupPage)
    await fill(container, 'QZ20220301ABCDEFGH', '123456')
    tap(getButton(container, '查询'))
    await findByText(container, /^办件编号或查询码不正确/)
  })

  it('checks the format before asking the server', async () => {
    const { container } = renderPage(CaseLookupPage)
    await fill(container, 'ABC123', '12a4')
    tap(getButton(container, '查询'))
    await findByText(container, '办件编号应为 QZ 开头的 18 位编号，请对照回执填写')
    await findByText(container, '查询码是回执上的 6 位数字')
    expect(lookups()).toBe(0)
  })

  it('after repeated wrong guesses says when to try again, even for the right code', async () => {
    const created = await someonesCase()
    for (let i = 0; i < 5; i += 1) {
      const res = await mockBackend.app().post('/api/v1/cases/lookup', { json: { caseNo: created.caseNo, queryCode: wrongCode(created.queryCode) } })
      expect(res.status).toBe(404)
    }
    const { container } = renderPage(CaseLookupPage)
    await fill(container, created.caseNo, created.queryCode)
    tap(getButton(container, '查询'))
    await findByText(container, /^查询错误次数过多，请 \d+ 分钟后再试$/)
    expect(container.querySelector('[aria-label="查询结果"]')).toBeNull()
  })

  it('starts with the case number from the link filled in', async () => {
    const { container } = renderPage(CaseLookupPage, { caseNo: 'QZ20220301ABCDEFGH' })
    expect((await findInput(container, '如 QZ20220301ABCD1234')).value).toBe('QZ20220301ABCDEFGH')
  })
})
