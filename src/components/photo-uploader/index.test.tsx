import Taro from '@tarojs/taro'
import { useState } from 'react'
import type { UploadedFile } from '@contract/application'
import { findByText, getByLabel, photo, pickPhotos, renderPage, signInAs, tap, textOf, waitFor, warmUpTaroComponents } from '@/testing'
import { PageShell } from '@/components/page-shell'
import { chooseFilesH5, H5_ACCEPT } from './pick-files'
import { PhotoUploader } from './index'

const PDF_BYTES = new TextEncoder().encode('%PDF-1.4\n1 0 obj <<>> endobj\ntrailer <<>>\n%%EOF\n')

let uploaded: UploadedFile[] = []

function Harness() {
  const [files, setFiles] = useState<UploadedFile[]>([])
  uploaded = files
  return (
    <PageShell>
      <PhotoUploader
        materialKey='proof'
        materialName='证明材料'
        files={files}
        maxFiles={3}
        check={() => null}
        onFilesChange={setFiles}
      />
    </PageShell>
  )
}

/** Runs a test as the WeChat build would (the test transformer reads TARO_ENV_JEST at run time). */
async function asWechat(run: () => Promise<void>): Promise<void> {
  const env = process.env as Record<string, string | undefined>
  const before = env.TARO_ENV_JEST
  env.TARO_ENV_JEST = 'weapp'
  try {
    await run()
  } finally {
    if (before === undefined) delete env.TARO_ENV_JEST
    else env.TARO_ENV_JEST = before
  }
}

jest.setTimeout(15_000)
beforeAll(() => warmUpTaroComponents(), 30_000)

describe('PhotoUploader files', () => {
  it('on H5 picks from the browser picker with room for the rest, and shows a PDF as a document tile', async () => {
    await signInAs('resident', { verified: false })
    const picker = pickPhotos([photo('户口本.pdf', PDF_BYTES, 'application/pdf')])
    const { container } = renderPage(Harness)

    tap(getByLabel(container, '拍照或从相册选择：证明材料'))
    await waitFor(() => expect(textOf(container)).toContain('户口本.pdf · 已上传'))
    expect(picker).toHaveBeenCalledWith(3)
    expect(uploaded).toMatchObject([{ name: '户口本.pdf', mime: 'application/pdf' }])
    expect(textOf(container.querySelector('.photo-uploader__thumb--pdf') as HTMLElement)).toBe('PDF')
  })

  it('in WeChat also picks images and PDFs from a chat (chooseMessageFile)', async () => {
    await signInAs('resident', { verified: false })
    const pdf = photo('社保证明.pdf', PDF_BYTES, 'application/pdf')
    const choose = jest.spyOn(Taro, 'chooseMessageFile').mockResolvedValue({
      errMsg: 'chooseMessageFile:ok',
      tempFiles: [{ path: URL.createObjectURL(pdf), size: pdf.size, name: '社保证明.pdf', type: 'file', time: 0 }],
    })
    await asWechat(async () => {
      const { container } = renderPage(Harness)
      const chat = '从微信聊天选择图片或 PDF：证明材料'
      await waitFor(() => expect(container.querySelector(`[aria-label="${chat}"]`)).not.toBeNull())
      tap(getByLabel(container, chat))
      await waitFor(() => expect(textOf(container)).toContain('社保证明.pdf · 已上传'))
      expect(choose.mock.calls[0][0]).toMatchObject({ count: 3, type: 'all', extension: ['pdf', 'jpg', 'jpeg', 'png'] })
      expect(uploaded).toMatchObject([{ name: '社保证明.pdf', mime: 'application/pdf' }])
    })
  })

  it('says the content is not what the name says for a text file named .png', async () => {
    await signInAs('resident', { verified: false })
    pickPhotos([photo('扫描件.png', '不是图片', 'image/png')])
    const { container } = renderPage(Harness)
    tap(getByLabel(container, '拍照或从相册选择：证明材料'))
    await findByText(container, /^「扫描件\.png」看名字是PNG 图片，但文件内容不是/)
  })

  it('the H5 picker offers photos and PDFs, without capture (which would force the camera)', async () => {
    const click = jest.spyOn(HTMLInputElement.prototype, 'click').mockImplementation(() => undefined)
    const picked = chooseFilesH5(2)
    expect(click).toHaveBeenCalledTimes(1)
    const el = click.mock.contexts[0] as HTMLInputElement
    expect(el.accept).toBe(H5_ACCEPT)
    expect(H5_ACCEPT).toBe('image/*,application/pdf')
    expect(el.hasAttribute('capture')).toBe(false)
    expect(el.multiple).toBe(true)
    el.dispatchEvent(new Event('cancel'))
    await expect(picked).resolves.toEqual([])
    expect(el.isConnected).toBe(false)
  })
})
