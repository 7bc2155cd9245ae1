/**
 * The rules of uploaded materials (申请材料, 补正材料, 证明照片). Pure and free of Taro: `POST /uploads`
 * enforces them, every form schema repeats them (`FormSchema.uploads`) and the app refuses a file
 * before sending it with the same numbers, so a person hears "too large" before waiting for an upload.
 */
import type { UploadLimits } from '@contract/application'

/** Largest file one upload may carry: 5 MB. */
export const MAX_UPLOAD_BYTES = 5 * 1024 * 1024

/** Types `POST /uploads` keeps; the server decides a file's type by its first bytes. */
export const UPLOAD_MIME_TYPES = ['image/jpeg', 'image/png', 'application/pdf'] as const

export type UploadMime = (typeof UPLOAD_MIME_TYPES)[number]

/** A village certificate's materials are photos: the committee looks at them on a phone. */
export const PHOTO_MIME_TYPES: readonly UploadMime[] = ['image/jpeg', 'image/png']

/** The limits a form schema carries to the app (`FormSchema.uploads`). */
export const UPLOAD_LIMITS: UploadLimits = { maxBytes: MAX_UPLOAD_BYTES, mimeTypes: [...UPLOAD_MIME_TYPES] }

/** Files per material of a supplement (补正材料): enough for a multi-page document. */
export const SUPPLEMENT_MAX_FILES = 9

/** 5242880 → 5: the cap in whole megabytes, as messages state it. */
export const MAX_UPLOAD_MB = MAX_UPLOAD_BYTES / 1024 / 1024

/** Whether a file of `bytes` is over the cap (exactly 5 MB still goes). */
export function isTooLarge(bytes: number): boolean {
  return bytes > MAX_UPLOAD_BYTES
}
