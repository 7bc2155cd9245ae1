import { findButton, getButton, issuedCertificate, mockBackend, renderPage, signInAs, tap, textOf, typeInto, waitFor, warmUpTaroComponents } from '@/testing'
import CertificatesPage from './index'

beforeAll(() => warmUpTaroComponents(), 30_000)

describe('已出具证明', () => {
  it('revokes a certificate only with a reason; it then reads 已撤销 with when and why, and verification says so', async () => {
    const { certificate } = await issuedCertificate()
    await signInAs('cadre')
    const { container } = renderPage(CertificatesPage)
    tap(await waitFor(() => {
      const button = container.querySelector<HTMLElement>(`[aria-label="撤销 ${certificate.no}"]`)
      if (!button) throw new Error('not loaded')
      return button
    }))
    tap(await findButton(container, '确认撤销'))
    await waitFor(() => expect(textOf(container)).toContain('请填写原因'))
    typeInto(await waitFor(() => {
      const box = container.querySelector<HTMLInputElement>('textarea')
      if (!box) throw new Error('no reason box')
      return box
    }), '申请人提供的情况不实')
    tap(getButton(container, '确认撤销'))
    await waitFor(() => expect(textOf(container)).toContain('撤销于 2022年3月1日 09:00：申请人提供的情况不实'))
    expect(textOf(container)).toContain('已撤销')

    const check = await mockBackend.app().get<{ status: string }>(`/api/v1/certificates/verify?no=${encodeURIComponent(certificate.no)}&code=${certificate.verificationCode}`)
    expect(check.body.status).toBe('revoked')
  })
})
