import type { UploadedFile, UploadLimits } from '@contract/application'
import { PhotoUploader } from '@/components/photo-uploader'
import { checkChosenFile, formatBytes } from '../materials'

export interface MaterialUploaderProps {
  /** Stable key of the material, for element ids. */
  materialKey: string
  materialName: string
  files: UploadedFile[]
  maxFiles: number
  /** The item's upload limits (`schema.uploads`), checked before anything is sent. */
  limits: UploadLimits
  /** Only completed uploads arrive here: file ids and metadata, never bytes. */
  onFilesChange: (files: UploadedFile[]) => void
  onBusyChange?: (busy: boolean) => void
}

/**
 * The shared PhotoUploader in the application flow's words: the item's limits with the reasons of
 * `checkChosenFile`, each file's size, and 已达上限 N 个文件. Used by the material step and 补正.
 */
export function MaterialUploader({ limits, ...props }: MaterialUploaderProps) {
  return <PhotoUploader {...props} check={(file) => checkChosenFile(file, limits)} formatSize={formatBytes} countUnit='个文件' />
}
