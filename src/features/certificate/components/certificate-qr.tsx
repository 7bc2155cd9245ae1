import Taro from '@tarojs/taro'
import { Canvas, Image, View } from '@tarojs/components'
import { useEffect, useMemo } from 'react'
import { drawQr, modulePixels, QUIET_MODULES, qrMatrix, qrSvgDataUrl } from '../qr'
import { h5Attributes } from '@/utils/h5-attributes'

/** The code's smallest side in CSS px (quiet zone included): big enough to scan off a screen or a print. */
export const QR_MIN_PX = 220

export const QR_LABEL = '证明核验二维码'

const CANVAS_ID = 'cert-qr-canvas'

/**
 * The certificate's QR code, carrying `link` (the public verify page). H5: an <img> of an SVG data
 * URL — vector, so it stays crisp at any device pixel ratio and in a screenshot. WeChat: a 2D canvas
 * drawn at the device's pixel ratio. Both: whole pixels per module, black on white, 4-module quiet zone.
 */
export function CertificateQr({ link }: { link: string }) {
  const matrix = useMemo(() => qrMatrix(link), [link])
  const px = modulePixels(matrix, QR_MIN_PX) * (matrix.size + QUIET_MODULES * 2)
  const box = { width: `${px}px`, height: `${px}px` }

  useEffect(() => {
    // Inside a branch the build sees is dead on H5, so taro-h5's getWindowInfo (and the user-agent
    // parser it brings) stays out of the H5 bundle.
    if (process.env.TARO_ENV === 'weapp') {
      Taro.nextTick(() => {
        Taro.createSelectorQuery()
          .select(`#${CANVAS_ID}`)
          .fields({ node: true, size: true })
          .exec((res: { node?: Taro.Canvas }[]) => {
            const canvas = res?.[0]?.node
            if (!canvas) return
            const ratio = Taro.getWindowInfo?.().pixelRatio ?? 2
            canvas.width = px * ratio
            canvas.height = px * ratio
            const ctx = canvas.getContext('2d') as CanvasRenderingContext2D
            ctx.scale(ratio, ratio)
            drawQr(ctx, matrix, 0, 0, px / (matrix.size + QUIET_MODULES * 2))
          })
      })
    }
  }, [matrix, px])

  if (process.env.TARO_ENV === 'weapp') {
    return (
      <View className='cert-qr' aria-label={QR_LABEL}>
        <Canvas type='2d' id={CANVAS_ID} className='cert-qr__canvas' style={box} />
      </View>
    )
  }
  return (
    <View className='cert-qr'>
      <Image
        className='cert-qr__image'
        src={qrSvgDataUrl(matrix)}
        mode='scaleToFill'
        style={box}
        {...h5Attributes({ imgProps: { alt: QR_LABEL, 'data-link': link } })}
      />
    </View>
  )
}
