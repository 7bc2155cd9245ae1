import type { ChosenFile } from '@/components/photo-uploader'

/** The limits `POST /uploads` enforces for photos (the server re-checks by the bytes). */
export const PHOTO_MAX_BYTES = 5 * 1024 * 1024
const PHOTO_TYPES = ['image/jpeg', 'image/png']

/** Why a picked photo must not be sent, in the certificate form's words, or null when it may go. */
export function checkPhoto(file: ChosenFile): string | null {
  if (file.size <= 0) return `「${file.name}」是空文件，请重新选择`
  if (file.size > PHOTO_MAX_BYTES) return `「${file.name}」超过 5 MB，请重新拍摄或选择较小的照片`
  if (file.mime && !PHOTO_TYPES.includes(file.mime)) return `「${file.name}」的格式不支持，请上传 JPG 或 PNG 照片`
  return null
}
