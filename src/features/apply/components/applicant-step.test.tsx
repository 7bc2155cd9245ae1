import { useState } from 'react'
import type { FormSchema } from '@contract/application'
import { findByText, findInput, getButton, renderPage, signInAs, tap, textOf, typeInto, waitFor, warmUpTaroComponents } from '@/testing'
import { PageShell } from '@/components/page-shell'
import { creditCodeCheckChar, idNumberCheckChar } from '@/domain/identity'
import { useSessionStore } from '@/stores/session-store'
import { ApplicantStep } from './applicant-step'

const ID_NUMBER = `35058219900307123${idNumberCheckChar('35058219900307123')}`
const MASKED_ID = `${ID_NUMBER.slice(0, 4)}**********${ID_NUMBER.slice(-4)}`
const CREDIT_CODE = `91350582MA2Y3K8P1${creditCodeCheckChar('91350582MA2Y3K8P1')}`

function schemaFor(applicantKinds: FormSchema['applicantKinds']): FormSchema {
  return {
    itemId: 'it-test',
    itemName: '测试事项',
    applicantKinds,
    fields: [],
    materials: [],
    commitment: null,
    uploads: { maxBytes: 5 * 1024 * 1024, mimeTypes: ['image/jpeg'] },
    promisedLimitDays: 5,
    fee: { charged: false, description: '不收费', basis: null },
  }
}

let chosen: ('personal' | 'legal')[] = []

function harness(schema: FormSchema, initial: 'personal' | 'legal' | null = null) {
  return function Harness() {
    const [kind, setKind] = useState(initial)
    return (
      <PageShell>
        <ApplicantStep
          schema={schema}
          applicantKind={kind}
          onApplicantKindChange={(next) => {
            chosen.push(next)
            setKind(next)
          }}
        />
      </PageShell>
    )
  }
}

// The backend lives for the whole file; an identity verified there stays verified, so each test
// that needs someone unverified uses an account no earlier test verified.
jest.setTimeout(15_000)

beforeAll(() => warmUpTaroComponents(), 30_000)

beforeEach(() => {
  chosen = []
})

describe('申请人 step', () => {
  it('shows the verified profile masked, and says the step is complete', async () => {
    await signInAs('resident', { name: '张三', idNumber: ID_NUMBER })
    const { container } = renderPage(harness(schemaFor(['personal'])))
    await findByText(container, '✓ 申请人信息已核验，可以继续下一步')
    const text = textOf(container)
    expect(text).toContain('姓名张*')
    expect(text).toContain(`身份证号${MASKED_ID}`)
    expect(text).toContain('手机号138****1234')
    expect(text).not.toContain(ID_NUMBER)
    expect(text).not.toContain('个人信息保护提示')
    // An item for persons only needs no choice: it is made for the person.
    expect(chosen).toEqual(['personal'])
  })

  it('lets the person choose 个人 or 企业 where the item allows both', async () => {
    await signInAs('resident', { name: '张三', idNumber: ID_NUMBER })
    const { container } = renderPage(harness(schemaFor(['personal', 'legal'])))
    await findByText(container, '本事项个人和企业都可以申请，请先选择以什么身份申请。')
    expect(chosen).toEqual([])

    tap(getButton(container, '以企业身份申请'))
    await waitFor(() => expect(getButton(container, '✓ 以企业身份申请').getAttribute('aria-checked')).toBe('true'))
    expect(chosen).toEqual(['legal'])
    expect(getButton(container, '以个人身份申请').getAttribute('aria-checked')).toBe('false')
  })

  it('shows the privacy notice before the real-name form, then verifies inline and shows the profile', async () => {
    await signInAs('cadre')
    const { container } = renderPage(harness(schemaFor(['personal'])))
    await findByText(container, '个人信息保护提示')
    expect(container.querySelector('input')).toBeNull()
    tap(getButton(container, '同意并继续'))

    typeInto(await findInput(container, '与身份证一致'), '张三')
    typeInto(await findInput(container, '18 位居民身份证号'), ID_NUMBER.toLowerCase())
    tap(getButton(container, '提交认证'))

    await findByText(container, '✓ 申请人信息已核验，可以继续下一步')
    expect(textOf(container)).toContain(`身份证号${MASKED_ID}`)
    expect(useSessionStore.getState().user?.realName).toEqual({ name: '张*', idNumber: MASKED_ID })
  })

  it('asks a verified 经办人 for the enterprise when applying as a 法人', async () => {
    await signInAs('business', { name: '张三', idNumber: ID_NUMBER })
    const { container } = renderPage(harness(schemaFor(['legal'])))
    await findByText(container, '个人信息保护提示')
    tap(getButton(container, '同意并继续'))

    typeInto(await findInput(container, '与营业执照一致'), '泉州市示范科技有限公司')
    typeInto(await findInput(container, '18 位，见营业执照'), CREDIT_CODE)
    tap(getButton(container, '提交企业认证'))

    await findByText(container, '✓ 申请人信息已核验，可以继续下一步')
    const text = textOf(container)
    expect(text).toContain('经办人张*')
    expect(text).toContain('企业名称泉州市示范科技有限公司')
    expect(text).toContain(`统一社会信用代码${CREDIT_CODE}`)
    expect(useSessionStore.getState().user?.enterprise?.creditCode).toBe(CREDIT_CODE)
  })
})
