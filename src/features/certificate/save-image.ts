/**
 * 保存图片: the certificate drawn as one PNG — title, text, holder, issuer and date, number, code and
 * the QR code — to the photo album on WeChat or as a download on H5.
 */
import Taro from '@tarojs/taro'
import type { Certificate } from '@contract/certificate'
import { CERTIFICATE_STATUS_LABELS } from '@/domain/certificate-status'
import { formatDate } from './format'
import { drawQr, QUIET_MODULES, qrMatrix } from './qr'

/** Width of the saved image in px (tall enough for the text follows from it). */
export const IMAGE_WIDTH = 750

type Ctx = Pick<CanvasRenderingContext2D, 'fillRect' | 'fillText' | 'measureText' | 'strokeRect'> & {
  fillStyle: unknown
  strokeStyle: unknown
  font: string
  textAlign: string
  textBaseline: string
  lineWidth: number
}

const PAD = 60
const BODY_FONT = 28
const LINE = 48

/** Splits text into lines that fit `width` (Chinese wraps between any two characters). */
function wrap(ctx: Ctx, text: string, width: number): string[] {
  const lines: string[] = []
  for (const paragraph of text.split('\n')) {
    let line = '　　'
    for (const ch of paragraph) {
      if (ctx.measureText(line + ch).width > width) {
        lines.push(line)
        line = ch
      } else line += ch
    }
    lines.push(line)
  }
  return lines
}

/** The image's height for this certificate, so the canvas can be sized before drawing. */
export function imageHeight(ctx: Ctx, certificate: Certificate): number {
  ctx.font = `${BODY_FONT}px sans-serif`
  const bodyLines = wrap(ctx, certificate.body, IMAGE_WIDTH - PAD * 2).length
  return 180 + bodyLines * LINE + 560
}

/** Draws the whole certificate onto a 2D context of IMAGE_WIDTH × imageHeight. */
export function drawCertificate(ctx: Ctx, certificate: Certificate, link: string, height: number): void {
  const width = IMAGE_WIDTH
  ctx.fillStyle = '#ffffff'
  ctx.fillRect(0, 0, width, height)
  ctx.strokeStyle = '#b42318'
  ctx.lineWidth = 4
  ctx.strokeRect(20, 20, width - 40, height - 40)
  ctx.textBaseline = 'top'
  ctx.fillStyle = '#1f2328'
  ctx.textAlign = 'center'
  ctx.font = 'bold 44px sans-serif'
  ctx.fillText(certificate.title, width / 2, 70)
  ctx.textAlign = 'left'
  ctx.font = `${BODY_FONT}px sans-serif`
  let y = 180
  for (const line of wrap(ctx, certificate.body, width - PAD * 2)) {
    ctx.fillText(line, PAD, y)
    y += LINE
  }
  y += 30
  ctx.textAlign = 'right'
  ctx.fillText(certificate.issuer, width - PAD, y)
  ctx.fillText(formatDate(certificate.issuedAt), width - PAD, y + LINE)
  y += LINE * 2 + 30
  ctx.textAlign = 'left'
  ctx.font = '24px sans-serif'
  ctx.fillText(`证明编号：${certificate.no}`, PAD, y)
  ctx.fillText(`核验码：${certificate.verificationCode}`, PAD, y + 36)
  // 有效期至 is printed like on the page: a saved copy must not look valid for ever.
  ctx.fillText(certificate.validUntil ? `有效期至：${formatDate(certificate.validUntil)}` : '有效期：长期', PAD, y + 72)
  if (certificate.status !== 'valid') {
    ctx.fillStyle = '#b42318'
    const when = certificate.status === 'revoked' ? formatDate(certificate.revokedAt ?? certificate.issuedAt) : `有效期至 ${formatDate(certificate.validUntil ?? '')}`
    ctx.fillText(`${CERTIFICATE_STATUS_LABELS[certificate.status]}（${when}）`, PAD, y + 144)
    ctx.fillStyle = '#1f2328'
  }
  const matrix = qrMatrix(link)
  const scale = Math.floor(220 / (matrix.size + QUIET_MODULES * 2))
  const side = scale * (matrix.size + QUIET_MODULES * 2)
  drawQr(ctx, matrix, width - PAD - side, y, scale)
  ctx.fillStyle = '#4b5563'
  ctx.textAlign = 'left'
  ctx.fillText('扫码核验真伪', PAD, y + 108)
}

function fileName(certificate: Certificate): string {
  return `${certificate.title}-${certificate.no}.png`
}

/** H5: draws on a detached canvas and downloads the PNG. */
export function downloadCertificateH5(certificate: Certificate, link: string): void {
  const canvas = document.createElement('canvas')
  const ctx = canvas.getContext('2d')
  if (!ctx) throw new Error('这个浏览器不能生成图片，请截屏保存')
  const height = imageHeight(ctx, certificate)
  canvas.width = IMAGE_WIDTH
  canvas.height = height
  drawCertificate(ctx, certificate, link, height)
  const a = document.createElement('a')
  a.href = canvas.toDataURL('image/png')
  a.download = fileName(certificate)
  document.body.appendChild(a)
  a.click()
  a.remove()
}

/** Whether a WeChat failure means the person (once) refused access to the album. */
export function isAlbumRefusal(error: unknown): boolean {
  const message = (error as { errMsg?: string } | undefined)?.errMsg ?? ''
  return /auth|authorize|deny|denied|permission/i.test(message)
}

/**
 * What to tell the person when WeChat could not make or save the image, from its errMsg
 * (e.g. `saveImageToPhotosAlbum:fail cancel`, `…:fail no space left on device`); `fallback` otherwise.
 */
export function albumFailureMessage(error: unknown, fallback: string): string {
  const message = (error as { errMsg?: string } | undefined)?.errMsg ?? ''
  if (isAlbumRefusal(error)) return '未获得保存到相册的权限，请在设置中打开「添加到相册」后再保存'
  if (/no space|storage|exceed|full|ENOSPC|空间/i.test(message)) return '手机存储空间不足，清理后再保存'
  if (/cancel/i.test(message)) return '已取消保存'
  return fallback
}

/**
 * WeChat: draws on the page's hidden 2D canvas (`canvasSelector`), turns it into a temp file and
 * saves it to the album. A refused album permission is told plainly, with the way to allow it.
 */
export async function saveCertificateToAlbum(certificate: Certificate, link: string, canvasSelector: string): Promise<void> {
  const canvas = await new Promise<Taro.Canvas | null>((resolve) => {
    Taro.createSelectorQuery()
      .select(canvasSelector)
      .fields({ node: true, size: true })
      .exec((res: { node?: Taro.Canvas }[]) => resolve(res?.[0]?.node ?? null))
  })
  if (!canvas) throw new Error('图片生成失败，请重试')
  const ctx = canvas.getContext('2d') as unknown as Ctx
  const height = imageHeight(ctx, certificate)
  canvas.width = IMAGE_WIDTH
  canvas.height = height
  drawCertificate(ctx, certificate, link, height)
  let tempFilePath: string
  try {
    tempFilePath = (await Taro.canvasToTempFilePath({ canvas: canvas as never, fileType: 'png' } as Taro.canvasToTempFilePath.Option)).tempFilePath
  } catch (e) {
    throw new Error(albumFailureMessage(e, '图片生成失败，请重试'))
  }
  try {
    await Taro.saveImageToPhotosAlbum({ filePath: tempFilePath })
  } catch (e) {
    // WeChat's failures are not network errors: say which one it was (the caller shows e.message).
    if (!isAlbumRefusal(e)) throw new Error(albumFailureMessage(e, '没有保存到相册，请重试'))
    const { confirm } = await Taro.showModal({
      title: '无法保存到相册',
      content: '您没有允许保存到相册。请在设置中打开「添加到相册」后再保存。',
      confirmText: '去设置',
      cancelText: '取消',
    })
    if (confirm) await Taro.openSetting()
    throw new AlbumRefusedError()
  }
}

/** The album permission was refused (already told to the person in a dialog). */
export class AlbumRefusedError extends Error {
  constructor() {
    super('未获得保存到相册的权限')
    this.name = 'AlbumRefusedError'
  }
}
