import type { Certificate } from '@contract/certificate'
import { albumFailureMessage, drawCertificate, imageHeight } from './save-image'

/** A 2D context that only records the text drawn on it. */
function recordingContext() {
  const texts: string[] = []
  const ctx = {
    fillStyle: '' as unknown,
    strokeStyle: '' as unknown,
    font: '',
    textAlign: '',
    textBaseline: '',
    lineWidth: 1,
    fillRect: () => undefined,
    strokeRect: () => undefined,
    fillText: (text: string) => void texts.push(text),
    measureText: (text: string) => ({ width: text.length * 28 }) as TextMetrics,
  }
  return { ctx, texts }
}

const certificate: Certificate = {
  no: '350582101201-2027-48302917',
  verificationCode: 'ABCD2345',
  type: { id: 'residence', name: '居(租)住证明' },
  title: '居住证明',
  body: '兹证明陈美玲居住于晋江市安海镇西安村西安路12号。',
  holder: { name: '陈美玲', idNumber: '3505**********1234' },
  issuer: '晋江市安海镇西安村民委员会',
  issuedAt: '2026-12-07T09:00:00.000+08:00',
  validUntil: '2027-03-07',
  status: 'valid',
  revokedAt: null,
  revokeReason: null,
  verifyPath: '/packages/certificate/verify/index?no=350582101201-2027-48302917&code=ABCD2345',
}

describe('the saved image of a certificate', () => {
  it('prints 有效期至, and 已过期 once it has passed', () => {
    const valid = recordingContext()
    drawCertificate(valid.ctx, certificate, 'https://example.org/#/verify', imageHeight(valid.ctx, certificate))
    expect(valid.texts).toContain('有效期至：2027年3月7日')
    expect(valid.texts.join('\n')).not.toContain('已过期')

    const expired = recordingContext()
    drawCertificate(expired.ctx, { ...certificate, status: 'expired' }, 'https://example.org/#/verify', imageHeight(expired.ctx, certificate))
    expect(expired.texts).toContain('已过期（有效期至 2027年3月7日）')
  })

  it('says 有效期：长期 for a certificate without an end date', () => {
    const open = recordingContext()
    drawCertificate(open.ctx, { ...certificate, validUntil: null }, 'https://example.org/#/verify', 1200)
    expect(open.texts).toContain('有效期：长期')
  })
})

describe('what 保存图片 says when WeChat fails', () => {
  it('names the cause: no space, cancelled, refused permission, else a plain retry', () => {
    expect(albumFailureMessage({ errMsg: 'saveImageToPhotosAlbum:fail no space left on device' }, '没有保存到相册，请重试')).toBe('手机存储空间不足，清理后再保存')
    expect(albumFailureMessage({ errMsg: 'saveImageToPhotosAlbum:fail cancel' }, '没有保存到相册，请重试')).toBe('已取消保存')
    expect(albumFailureMessage({ errMsg: 'saveImageToPhotosAlbum:fail auth deny' }, '没有保存到相册，请重试')).toMatch(/^未获得保存到相册的权限/)
    expect(albumFailureMessage({ errMsg: 'saveImageToPhotosAlbum:fail file not exist' }, '没有保存到相册，请重试')).toBe('没有保存到相册，请重试')
    expect(albumFailureMessage(undefined, '图片生成失败，请重试')).toBe('图片生成失败，请重试')
  })
})
