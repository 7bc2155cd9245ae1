import type { ChosenFile } from '@/components/photo-uploader'
import { isTooLarge, MAX_UPLOAD_MB, PHOTO_MIME_TYPES } from '@/domain/materials'

// The domain's upload limits for photos; the server re-checks by the bytes.
const PHOTO_TYPES: readonly string[] = PHOTO_MIME_TYPES

/** Why a picked photo must not be sent, in the certificate form's words, or null when it may go. */
export function checkPhoto(file: ChosenFile): string | null {
  if (file.size <= 0) return `「${file.name}」是空文件，请重新选择`
  if (isTooLarge(file.size)) return `「${file.name}」超过 ${MAX_UPLOAD_MB} MB，请重新拍摄或选择较小的照片`
  if (file.mime && !PHOTO_TYPES.includes(file.mime)) return `「${file.name}」的格式不支持，请上传 JPG 或 PNG 照片`
  return null
}
