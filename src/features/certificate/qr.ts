/**
 * The QR code of a certificate: the matrix comes from the `qrcode` package's encoder core only (no
 * renderer, no Node or DOM API: it runs on weapp, H5 and jsdom alike), and this module draws it —
 * an SVG data URL on H5, canvas rectangles on weapp — so both are crisp, dark on white, with the
 * standard 4-module quiet zone. Imported only from the certificate subpackage, so the library never
 * lands in the main package.
 */
import { create } from 'qrcode/lib/core/qrcode'
import { h5Base } from '@/constants/deployment'

/** Quiet zone around the code, in modules (ISO/IEC 18004 asks for 4). */
export const QUIET_MODULES = 4

export interface QrMatrix {
  /** Modules per side, without the quiet zone. */
  size: number
  /** Row-major: true for a dark module. */
  dark: boolean[]
}

/**
 * UTF-8 bytes of `text`. qrcode's own byte mode calls TextEncoder, which WeChat's JS engine does not
 * always have; handing it bytes avoids that.
 */
export function utf8Bytes(text: string): Uint8Array {
  const out: number[] = []
  for (const ch of text) {
    const cp = ch.codePointAt(0) ?? 0
    if (cp < 0x80) out.push(cp)
    else if (cp < 0x800) out.push(0xc0 | (cp >> 6), 0x80 | (cp & 63))
    else if (cp < 0x10000) out.push(0xe0 | (cp >> 12), 0x80 | ((cp >> 6) & 63), 0x80 | (cp & 63))
    else out.push(0xf0 | (cp >> 18), 0x80 | ((cp >> 12) & 63), 0x80 | ((cp >> 6) & 63), 0x80 | (cp & 63))
  }
  return Uint8Array.from(out)
}

/** Encodes `text` (byte mode, error correction M: still reads with a smudge or a glare). */
export function qrMatrix(text: string): QrMatrix {
  const symbol = create([{ data: utf8Bytes(text), mode: 'byte' }], { errorCorrectionLevel: 'M' })
  const { size } = symbol.modules
  const dark: boolean[] = []
  for (let row = 0; row < size; row++) for (let col = 0; col < size; col++) dark.push(Boolean(symbol.modules.get(row, col)))
  return { size, dark }
}

/** Whole pixels per module so that the code (with its quiet zone) is at least `minPx` wide. */
export function modulePixels(matrix: QrMatrix, minPx: number): number {
  return Math.max(1, Math.ceil(minPx / (matrix.size + QUIET_MODULES * 2)))
}

/**
 * The code as an SVG data URL: one path of unit squares on a white ground, crispEdges, so the
 * browser draws sharp modules at any size (the e2e test decodes it from a screenshot).
 */
export function qrSvgDataUrl(matrix: QrMatrix): string {
  const side = matrix.size + QUIET_MODULES * 2
  let path = ''
  matrix.dark.forEach((on, i) => {
    if (on) path += `M${(i % matrix.size) + QUIET_MODULES} ${Math.floor(i / matrix.size) + QUIET_MODULES}h1v1h-1z`
  })
  const svg = `<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 ${side} ${side}" shape-rendering="crispEdges"><rect width="${side}" height="${side}" fill="#fff"/><path d="${path}" fill="#000"/></svg>`
  return `data:image/svg+xml;charset=utf-8,${encodeURIComponent(svg)}`
}

/** Draws the code (quiet zone included) at (x, y) with `scale` px per module on a 2D context. */
export function drawQr(ctx: { fillStyle: unknown; fillRect: (x: number, y: number, w: number, h: number) => void }, matrix: QrMatrix, x: number, y: number, scale: number): void {
  const side = (matrix.size + QUIET_MODULES * 2) * scale
  ctx.fillStyle = '#ffffff'
  ctx.fillRect(x, y, side, side)
  ctx.fillStyle = '#000000'
  matrix.dark.forEach((on, i) => {
    if (!on) return
    ctx.fillRect(x + ((i % matrix.size) + QUIET_MODULES) * scale, y + (Math.floor(i / matrix.size) + QUIET_MODULES) * scale, scale, scale)
  })
}

/**
 * What the QR code carries: the absolute link of the public verify page. On H5 that is this very
 * app (`origin + pathname + #verifyPath`, hash routing); on WeChat, where a camera scan cannot open
 * a mini-program page, it is the public H5 address set at build time in `TARO_APP_H5_BASE` (e.g.
 * `https://zwfw.example.gov.cn/palm/`), so any phone camera can open it. A WeChat build without that
 * address has no page a camera could open (a local address would mean nothing on a phone), so the
 * QR then carries only `no=…&code=…`, which 扫码核验 in this mini-program reads (parseVerifyLink).
 */
export function verifyLink(verifyPath: string): string {
  const path = verifyPath.startsWith('/') ? verifyPath : `/${verifyPath}`
  // Compared with 'weapp', not 'h5': taro's jest transformer rewrites process.env.TARO_ENV textually
  // (TARO_ENV_JEST || TARO_ENV), which only a `=== 'weapp'` test survives.
  const weapp = process.env.TARO_ENV === 'weapp'
  if (!weapp && typeof location !== 'undefined') {
    return `${location.origin}${location.pathname}#${path}`
  }
  const base = configuredH5Base()
  if (!base) return path.includes('?') ? path.slice(path.indexOf('?') + 1) : path
  return `${base.replace(/#.*$/, '')}#${path}`
}

/** Whether a verify link opens a web page (else it is the bare number and code for 扫码核验). */
export function isWebLink(link: string): boolean {
  return /^https?:\/\//.test(link)
}

function configuredH5Base(): string {
  // Deployment settings are read in one place (TARO_APP_H5_BASE; '' when the build set none).
  return h5Base()
}

/** The number and code carried by a verify link (or a bare `no=…&code=…`), for 扫码核验. */
export function parseVerifyLink(text: string): { no: string; code: string } | null {
  const query = text.includes('?') ? text.slice(text.indexOf('?') + 1) : text
  const params: Record<string, string> = {}
  for (const pair of query.split('&')) {
    const [key, value = ''] = pair.split('=')
    try {
      params[decodeURIComponent(key)] = decodeURIComponent(value.replace(/\+/g, ' ')).trim()
    } catch {
      return null
    }
  }
  return params.no && params.code ? { no: params.no, code: params.code } : null
}
