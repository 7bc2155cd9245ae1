/**
 * Where a material's files come from: on WeChat the camera/album (`chooseMedia`, photos only) and a
 * chat (`chooseMessageFile`, photos and PDFs someone sent); in a browser its own file picker, which
 * on a phone offers the album, the camera and the files app. taro-h5's chooseMedia would set
 * `capture` (straight to the camera) and `accept="image/*"` (no PDF), so H5 does not use it.
 */
import Taro from '@tarojs/taro'
import { toChosenFile, type ChosenFile } from './chosen-file'

/** What the H5 picker offers: photos and PDFs (the types the server accepts, checked by content). */
export const H5_ACCEPT = 'image/*,application/pdf'

/** The extensions a chat file may have (chooseMessageFile filters by name). */
export const MESSAGE_FILE_EXTENSIONS = ['pdf', 'jpg', 'jpeg', 'png']

/**
 * H5: opens the browser's file picker (no `capture`, so the album and files stay available) and
 * resolves with up to `count` files, or [] when the person closes it (where the browser says so).
 * Tests replace this one function (src/testing/photos.ts): it is the device boundary on H5, so
 * callers import it and call it themselves (a call from inside this module could not be replaced).
 */
export function chooseFilesH5(count: number): Promise<File[]> {
  return new Promise((resolve) => {
    const input = document.createElement('input')
    input.type = 'file'
    input.accept = H5_ACCEPT
    input.multiple = count > 1
    input.style.display = 'none'
    document.body.appendChild(input)
    const finish = (files: File[]) => {
      input.remove()
      resolve(files)
    }
    input.addEventListener('change', () => finish(Array.from(input.files ?? []).slice(0, count)))
    input.addEventListener('cancel', () => finish([]))
    input.click()
  })
}

/** H5: files from the browser picker as ChosenFiles (blob: URLs, which Taro.uploadFile reads). */
export function fromBrowserFiles(files: File[]): ChosenFile[] {
  return files.map((file) => toChosenFile({ tempFilePath: URL.createObjectURL(file), size: file.size, fileType: file.type, originalFileObj: file }))
}

/** WeChat: photos from the camera or album. Rejects with WeChat's error (cancel included). */
export async function pickMedia(count: number): Promise<ChosenFile[]> {
  const picked = await Taro.chooseMedia({ count, mediaType: ['image'], sizeType: ['compressed'], sourceType: ['album', 'camera'] })
  return picked.tempFiles.slice(0, count).map((temp) => toChosenFile(temp))
}

/** WeChat: photos or PDFs from a chat. Rejects with WeChat's error (cancel included). */
export async function pickMessageFiles(count: number): Promise<ChosenFile[]> {
  const picked = await Taro.chooseMessageFile({ count, type: 'all', extension: MESSAGE_FILE_EXTENSIONS })
  return picked.tempFiles.slice(0, count).map((temp) => toChosenFile({ tempFilePath: temp.path, size: temp.size, originalFileObj: { name: temp.name } }))
}
