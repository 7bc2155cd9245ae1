import { VERIFY_NOT_FOUND } from '@/features/certificate/components/verify-screen'
import { findByText, getButton, issuedCertificate, renderPage, revoke, tap, textOf, typeInto, waitFor, warmUpTaroComponents } from '@/testing'
import VerifyPage from './index'

beforeAll(() => warmUpTaroComponents(), 30_000)

function result(container: HTMLElement): HTMLElement {
  const region = container.querySelector<HTMLElement>('[aria-label="核验结果"]')
  if (!region) throw new Error('no result yet')
  return region
}

describe('证明核验 (no login)', () => {
  it('checks at once when opened from the QR code’s link and says 有效, with what proves it and what it states', async () => {
    const { certificate } = await issuedCertificate()
    const { container } = renderPage(VerifyPage, { no: certificate.no, code: certificate.verificationCode })
    const card = await waitFor(() => result(container))
    expect(textOf(card)).toContain('有效')
    expect(textOf(card)).toContain('证明类型家庭经济状况证明')
    expect(textOf(card)).toContain('出具单位晋江市安海镇西安村民委员会')
    expect(textOf(card)).toContain('出具日期2022年3月1日')
    expect(textOf(card)).toContain('持证人陈**')
    // Nothing else personal: not the full name, not the ID number. Since issue 15 the text of the
    // certificate is shown (the name masked), so a verifier can compare it with the paper.
    expect(textOf(container)).not.toContain('陈美玲')
    expect(textOf(container)).not.toContain('3505821990')
    expect(textOf(card)).toContain('用途子女申请助学金')
    expect(textOf(card)).toContain('请逐项与您手中的证明核对')
  })

  it('says 已撤销 with when once the cadre has revoked it', async () => {
    const { certificate } = await issuedCertificate()
    await revoke(certificate.no)
    const { container } = renderPage(VerifyPage, { no: certificate.no, code: certificate.verificationCode })
    const card = await waitFor(() => result(container))
    expect(textOf(card)).toContain('已撤销')
    expect(textOf(card)).toContain('这份证明已于 2022年3月1日 09:00 被出具单位撤销，不再有效。')
  })

  it('answers a typed number with a wrong code with one message that reveals neither', async () => {
    const { certificate } = await issuedCertificate()
    const { container } = renderPage(VerifyPage)
    await findByText(container, '证明核验')
    const [no, code] = await waitFor(() => {
      const inputs = Array.from(container.querySelectorAll<HTMLInputElement>('input'))
      if (inputs.length < 2) throw new Error('inputs not ready')
      return inputs
    })
    typeInto(no, certificate.no)
    typeInto(code, 'ABCDEFGH')
    tap(getButton(container, '核验'))
    await waitFor(() => expect(textOf(result(container))).toContain(VERIFY_NOT_FOUND))

    typeInto(code, certificate.verificationCode.toLowerCase())
    tap(getButton(container, '核验'))
    await waitFor(() => expect(textOf(result(container))).toContain('有效'))
  })
})
