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

/** The contract's code when the server found the bytes are no JPG, PNG or PDF (it reads the content, not the name). */
const WRONG_CONTENT = 'UNSUPPORTED_MEDIA_TYPE'

const KIND_NAMES: Record<string, string> = { 'image/jpeg': 'JPG 图片', 'image/png': 'PNG 图片', 'application/pdf': 'PDF 文件' }

/**
 * What to add when the server refused a file for its content (its error code): if the name (or
 * the type the phone declared) claims an accepted kind, the content is not what the name says — a
 * renamed or damaged file — and the server's generic 只能上传… alone would only puzzle. Null when
 * the refusal was for something else or the name claims nothing the server accepts.
 */
export function contentMismatchHint(file: ChosenFile, code: string): string | null {
  if (code !== WRONG_CONTENT) return null
  const extension = (file.name.split('.').pop() ?? '').toLowerCase()
  const claimed = KIND_NAMES[EXTENSION_MIME[extension] ?? ''] ?? KIND_NAMES[file.mime]
  if (!claimed) return null
  return `「${file.name}」看名字是${claimed}，但文件内容不是（可能已损坏，或只是改了扩展名）。请重新拍照，或选择原始的图片或 PDF 文件`
}
