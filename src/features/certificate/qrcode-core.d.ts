// The encoder core of `qrcode` (no renderer, no Node or DOM API), typed from @types/qrcode.
declare module 'qrcode/lib/core/qrcode' {
  import type { QRCode, QRCodeOptions, QRCodeSegment } from 'qrcode'

  export function create(data: string | QRCodeSegment[], options?: QRCodeOptions): QRCode
}
