import { closeSync, existsSync, fsyncSync, mkdirSync, openSync, readFileSync, renameSync, rmSync, writeFileSync } from 'node:fs'
import { dirname, join, resolve } from 'node:path'
import type { SubmittedMaterial } from '@contract/case'
import type { UploadMime } from '@/domain/materials'
import { countChars } from '@/domain/text'
import type { DeepReadonly, UploadRecord } from './store/records'

// `POST /uploads` limits are the domain's (the app checks a file with the same numbers before sending it).
export { MAX_UPLOAD_BYTES, UPLOAD_LIMITS, UPLOAD_MIME_TYPES, type UploadMime } from '@/domain/materials'

/** What a person reads when the type is refused; names what is allowed. */
export const UPLOAD_TYPES_TEXT = 'JPG、PNG 图片或 PDF 文件'

/** File ids: `f` and 24 hex digits, so an id can never name a path. */
export const FILE_ID = /^f[0-9a-f]{24}$/

/**
 * The type of a file by its first bytes. The declared Content-Type and the file name are chosen by
 * the sender and are not trusted: a text file called photo.jpg is not a JPEG.
 */
export function sniffMime(bytes: Uint8Array): UploadMime | null {
  const starts = (...sig: number[]) => bytes.length >= sig.length && sig.every((b, i) => bytes[i] === b)
  if (starts(0xff, 0xd8, 0xff)) return 'image/jpeg'
  if (starts(0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a)) return 'image/png'
  if (starts(0x25, 0x50, 0x44, 0x46, 0x2d)) return 'application/pdf' // %PDF-
  return null
}

const EXTENSION: Record<UploadMime, string> = { 'image/jpeg': '.jpg', 'image/png': '.png', 'application/pdf': '.pdf' }

export const MAX_FILE_NAME_CHARS = 100

/**
 * A file name fit to store and show: no directories (either slash), no control or bidi-override
 * characters, at most 100 characters with the extension kept, and a plain name when nothing is left.
 */
export function sanitizeFileName(raw: string, mime: UploadMime): string {
  const base = raw.split(/[/\\]/).pop() ?? ''
  // C0/C1 controls, DEL, and the bidi overrides that make "gpj.exe" read as "exe.jpg".
  // eslint-disable-next-line no-control-regex -- stripping control characters is the point of this pattern
  let name = base.replace(/[\u0000-\u001f\u007f-\u009f\u202a-\u202e\u2066-\u2069\ufffd]/g, '').trim()
  name = name.replace(/^\.+/, '').trim()
  if (name === '') return `文件${EXTENSION[mime]}`
  const chars = Array.from(name)
  if (chars.length <= MAX_FILE_NAME_CHARS) return name
  const dot = name.lastIndexOf('.')
  const ext = dot > 0 && name.length - dot <= 10 ? name.slice(dot) : ''
  const extChars = countChars(ext)
  return chars.slice(0, MAX_FILE_NAME_CHARS - extChars).join('') + ext
}

/** Where uploaded bytes live. Metadata (owner, name, type) is in the store; this only keeps bytes by id. */
export interface FileStore {
  put(id: string, bytes: Uint8Array): void
  get(id: string): Uint8Array | null
  delete(id: string): void
  /** The directory it writes to; null when in memory. */
  readonly dir: string | null
}

export function createMemoryFileStore(): FileStore {
  const files = new Map<string, Uint8Array>()
  return {
    dir: null,
    put: (id, bytes) => void files.set(id, new Uint8Array(bytes)),
    get: (id) => files.get(id) ?? null,
    delete: (id) => void files.delete(id),
  }
}

function checkId(id: string): void {
  // Never let a caller's string become a path outside the directory.
  if (!FILE_ID.test(id)) throw new Error('invalid file id')
}

/**
 * Bytes on disk, one file per id. Written to a temp file, fsynced and renamed, so a
 * crash never leaves half a file under a real id.
 */
export function createDiskFileStore(directory: string): FileStore {
  const dir = resolve(directory)
  mkdirSync(dir, { recursive: true })
  return {
    dir,
    put(id, bytes) {
      checkId(id)
      const target = join(dir, id)
      const temp = `${target}.tmp-${process.pid}`
      const fd = openSync(temp, 'w', 0o600)
      try {
        writeFileSync(fd, bytes)
        fsyncSync(fd)
      } finally {
        closeSync(fd)
      }
      renameSync(temp, target)
    },
    get(id) {
      checkId(id)
      const target = join(dir, id)
      return existsSync(target) ? new Uint8Array(readFileSync(target)) : null
    },
    delete(id) {
      checkId(id)
      rmSync(join(dir, id), { force: true })
    },
  }
}

/** Beside the store's file (`<data dir>/uploads/`) when it has one; in memory otherwise (tests, e2e). */
export function fileStoreFor(store: { readonly file: string | null }): FileStore {
  return store.file ? createDiskFileStore(join(dirname(store.file), 'uploads')) : createMemoryFileStore()
}

/**
 * The applicant's own uploads among `fileIds`, as a submitted material lists them. `missing` is true
 * when any id is unknown or someone else's: another person's file is "not there" as far as this
 * applicant can tell.
 */
export function ownUploads(
  uploadOf: (fileId: string) => DeepReadonly<UploadRecord> | undefined,
  fileIds: readonly string[],
  userId: string,
): { files: SubmittedMaterial['files']; missing: boolean } {
  const files: SubmittedMaterial['files'] = []
  let missing = false
  for (const fileId of fileIds) {
    const upload = uploadOf(fileId)
    if (!upload || upload.ownerId !== userId) missing = true
    else files.push({ fileId: upload.id, name: upload.name, size: upload.size, mime: upload.mime })
  }
  return { files, missing }
}
