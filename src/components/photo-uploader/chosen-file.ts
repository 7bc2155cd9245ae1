/** A file the person picked on the phone, before it is uploaded. `path` is a temp path or blob: URL. */
export interface ChosenFile {
  path: string
  name: string
  size: number
  mime: string
}

const EXTENSION_MIME: Record<string, string> = {
  jpg: 'image/jpeg',
  jpeg: 'image/jpeg',
  png: 'image/png',
  pdf: 'application/pdf',
  gif: 'image/gif',
  webp: 'image/webp',
  heic: 'image/heic',
}

const MIME_EXTENSION: Record<string, string> = { 'image/jpeg': 'jpg', 'image/png': 'png', 'application/pdf': 'pdf' }

/** One picked file of `Taro.chooseMedia` as a ChosenFile, on weapp (temp path) and H5 (blob: URL + File). */
export function toChosenFile(temp: { tempFilePath: string; size: number; fileType?: string; originalFileObj?: { name?: string; type?: string } }): ChosenFile {
  const original = temp.originalFileObj
  // A weapp temp path ends in a file name with its extension; a blob: URL does not.
  const pathName = temp.tempFilePath.startsWith('blob:') ? '' : (temp.tempFilePath.split(/[/\\]/).pop() ?? '')
  const named = original?.name || pathName
  const extension = (named.split('.').pop() ?? '').toLowerCase()
  // weapp reports fileType as 'image'/'video', H5 as the MIME type; the extension is the fallback.
  const mime = original?.type || (temp.fileType?.includes('/') ? temp.fileType : '') || EXTENSION_MIME[extension] || ''
  const name = named || `照片.${MIME_EXTENSION[mime] ?? 'jpg'}`
  return { path: temp.tempFilePath, name, size: temp.size, mime }
}
