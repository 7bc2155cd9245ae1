/**
 * Materials (申请材料) of an application: what is still missing, and whether a chosen file may be
 * uploaded at all. Pure: the limits come from the item's form schema (`schema.uploads`), the same
 * numbers the backend enforces, so a person hears "too large" before waiting for an upload.
 */
import type { FormSchema, UploadLimits } from '@contract/application'
import type { ChosenFile } from '@/components/photo-uploader/chosen-file'
import type { MaterialDraft } from './draft-types'

// Picking a file is the shared uploader's; the checks here are the application flow's words.
export { toChosenFile, type ChosenFile } from '@/components/photo-uploader/chosen-file'

/**
 * Per material key, why the materials cannot be submitted yet: a required material with neither
 * an uploaded file nor an e-license, or more files than the material allows. Empty when all is well.
 */
export function checkMaterials(schema: FormSchema, materials: Record<string, MaterialDraft>): Record<string, string> {
  const errors: Record<string, string> = {}
  for (const material of schema.materials) {
    const draft = materials[material.key]
    const files = draft?.files.length ?? 0
    const hasLicense = Boolean(draft?.licenseId)
    if (material.required && files === 0 && !hasLicense) {
      errors[material.key] = material.eLicenseType ? `请上传「${material.name}」或选择电子证照` : `请上传「${material.name}」`
    } else if (!hasLicense && files > material.maxFiles) {
      errors[material.key] = `「${material.name}」最多上传 ${material.maxFiles} 个文件，现在是 ${files} 个`
    }
  }
  return errors
}

const MIME_LABEL: Record<string, string> = {
  'image/jpeg': 'JPG',
  'image/png': 'PNG',
  'application/pdf': 'PDF',
}

/** 1536 → 1.5 KB, 5242880 → 5 MB: how a person reads sizes (rounded up). */
export function formatBytes(bytes: number): string {
  if (bytes < 1024) return `${bytes} B`
  if (bytes < 1024 * 1024) return `${trim(bytes / 1024)} KB`
  return `${trim(bytes / (1024 * 1024))} MB`
}

// Rounded up, so a file just over the limit never reads as exactly the limit.
function trim(n: number): string {
  return n >= 10 ? String(Math.ceil(n)) : String(Math.ceil(n * 10) / 10)
}

/** JPG、PNG、PDF: the accepted types in words. */
export function acceptedTypesLabel(limits: UploadLimits): string {
  return limits.mimeTypes.map((m) => MIME_LABEL[m] ?? m).join('、')
}

/**
 * Why `file` must not be uploaded (too large, empty, or a type the backend refuses), or null when
 * it may go. The backend re-checks by the file's bytes; this only spares a pointless wait.
 */
export function checkChosenFile(file: ChosenFile, limits: UploadLimits): string | null {
  if (file.size <= 0) return `「${file.name}」是空文件，请重新选择`
  if (file.size > limits.maxBytes) {
    return `「${file.name}」有 ${formatBytes(file.size)}，超过了 ${formatBytes(limits.maxBytes)} 的上限，请重新拍摄或选择较小的文件`
  }
  if (file.mime && !limits.mimeTypes.includes(file.mime)) {
    return `「${file.name}」的格式不支持，只能上传 ${acceptedTypesLabel(limits)} 文件`
  }
  return null
}
