import Taro from '@tarojs/taro'
import jsQR from 'jsqr'
import { QR_LABEL, QR_MIN_PX } from '@/features/certificate/components/certificate-qr'
import { CERTIFICATE_APPLICANT, findByText, getButton, issuedCertificate, renderPage, revoke, signInAs, tap, textOf, waitFor, warmUpTaroComponents } from '@/testing'
import CertificateDetailPage from './index'

beforeAll(() => warmUpTaroComponents(), 30_000)

/**
 * Reads the QR code the page shows the way a phone camera would: rasterises the SVG it renders
 * (its unit squares, at 4 px a module) and decodes the pixels with jsQR.
 */
function decodeQr(image: HTMLImageElement): string | null {
  const svg = decodeURIComponent(image.src.replace(/^data:image\/svg\+xml;charset=utf-8,/, ''))
  const side = Number(/viewBox="0 0 (\d+) \d+"/.exec(svg)?.[1])
  const scale = 4
  const width = side * scale
  const pixels = new Uint8ClampedArray(width * width * 4).fill(255)
  const path = /<path d="([^"]+)"/.exec(svg)?.[1] ?? ''
  for (const [, x, y] of path.matchAll(/M(\d+) (\d+)h1v1h-1z/g)) {
    for (let dy = 0; dy < scale; dy++) {
      for (let dx = 0; dx < scale; dx++) {
        const at = ((Number(y) * scale + dy) * width + Number(x) * scale + dx) * 4
        pixels[at] = pixels[at + 1] = pixels[at + 2] = 0
      }
    }
  }
  return jsQR(pixels, width, width)?.data ?? null
}

async function qrImage(container: HTMLElement): Promise<HTMLImageElement> {
  return waitFor(() => {
    const img = container.querySelector<HTMLImageElement>(`img[alt="${QR_LABEL}"]`)
    if (!img || !img.src) throw new Error('no QR code yet')
    return img
  })
}

describe('村(居)证明 (the holder’s view)', () => {
  it('looks like the document: title, text, the committee as issuer, the date, number and code', async () => {
    const { certificate } = await issuedCertificate()
    await signInAs('resident', { name: CERTIFICATE_APPLICANT })
    const { container } = renderPage(CertificateDetailPage, { no: certificate.no })
    await findByText(container, '家庭经济状况证明', '.cert-doc__title')
    const doc = container.querySelector('.cert-doc')!
    expect(textOf(doc)).toContain('兹证明陈美玲')
    expect(textOf(doc)).toContain('晋江市安海镇西安村民委员会')
    expect(textOf(doc)).toContain('2022年3月1日')
    expect(textOf(doc)).toContain(`证明编号：${certificate.no}`)
    expect(textOf(doc)).toContain(`核验码：${certificate.verificationCode}`)
    expect(container.querySelector('.cert-revoked')).toBeNull()
  })

  it('shows a QR code, big and with a quiet zone, that decodes to this app’s verify page for the certificate', async () => {
    const { certificate } = await issuedCertificate()
    await signInAs('resident', { name: CERTIFICATE_APPLICANT })
    const { container } = renderPage(CertificateDetailPage, { no: certificate.no })
    const image = await qrImage(container)
    expect(decodeQr(image)).toBe(`${location.origin}${location.pathname}#${certificate.verifyPath}`)
    expect(certificate.verifyPath).toBe(`/packages/certificate/verify/index?no=${encodeURIComponent(certificate.no)}&code=${certificate.verificationCode}`)
    // Four blank modules on every side, dark on a white ground.
    const svg = decodeURIComponent(image.src)
    const side = Number(/viewBox="0 0 (\d+) \d+"/.exec(svg)?.[1])
    const coordinates = Array.from(svg.matchAll(/M(\d+) (\d+)h1/g)).flatMap((m) => [Number(m[1]), Number(m[2])])
    expect(Math.min(...coordinates)).toBe(4)
    expect(Math.max(...coordinates)).toBe(side - 5)
    expect(svg).toContain('fill="#fff"')
    // The drawn size is on the image's box (Taro's H5 Image wraps the <img> in a div.taro-img).
    const shown = image.closest('.taro-img') as HTMLElement
    expect(parseInt(shown.style.width, 10)).toBeGreaterThanOrEqual(QR_MIN_PX)
  })

  it('copies the verify link to share on H5, never the holder’s own page', async () => {
    const { certificate } = await issuedCertificate()
    await signInAs('resident', { name: CERTIFICATE_APPLICANT })
    const copy = jest.spyOn(Taro, 'setClipboardData').mockResolvedValue({ errMsg: 'setClipboardData:ok', data: '' })
    const { container } = renderPage(CertificateDetailPage, { no: certificate.no })
    tap(await waitFor(() => getButton(container, '复制核验链接')))
    await waitFor(() => expect(copy).toHaveBeenCalledWith({ data: `${location.origin}${location.pathname}#${certificate.verifyPath}` }))
  })

  it('says plainly when and why a revoked certificate was revoked', async () => {
    const { certificate } = await issuedCertificate()
    await revoke(certificate.no, '申请人提供的收入情况不实')
    await signInAs('resident', { name: CERTIFICATE_APPLICANT })
    const { container } = renderPage(CertificateDetailPage, { no: certificate.no })
    const banner = await waitFor(() => {
      const el = container.querySelector('.cert-revoked')
      if (!el) throw new Error('no banner')
      return el
    })
    expect(textOf(banner)).toBe('此证明已撤销撤销时间：2022年3月1日 09:00撤销原因：申请人提供的收入情况不实')
  })
})
