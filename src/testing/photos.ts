/**
 * Files a test can "pick" on the phone. The picker is a device boundary (camera, album, files):
 * tests replace only that call, with real image bytes behind a blob: URL from the jest registry,
 * exactly what taro-h5 itself hands the app on H5. Everything after it (size check, upload, the
 * backend reading the bytes) runs for real.
 */
import Taro from '@tarojs/taro'
import * as pickFiles from '@/components/photo-uploader/pick-files'

function fromBase64(text: string): Uint8Array {
  return Uint8Array.from(atob(text), (c) => c.charCodeAt(0))
}

/** An 8×8 baseline JPEG (blue), made with jpeg-js once. */
export const JPEG_BYTES = fromBase64(
  '/9j/4AAQSkZJRgABAQAAAQABAAD/2wCEABALDA4MChAODQ4SERATGCgaGBYWGDEjJR0oOjM9PDkzODdASFxOQERXRTc4UG1RV19iZ2hnPk1xeXBkeFxlZ2MBERISGBUYLxoaL2NCOEJjY2NjY2NjY2NjY2NjY2NjY2NjY2NjY2NjY2NjY2NjY2NjY2NjY2NjY2NjY2NjY2NjY//AABEIAAgACAMBEQACEQEDEQH/xAGiAAABBQEBAQEBAQAAAAAAAAAAAQIDBAUGBwgJCgsQAAIBAwMCBAMFBQQEAAABfQECAwAEEQUSITFBBhNRYQcicRQygZGhCCNCscEVUtHwJDNicoIJChYXGBkaJSYnKCkqNDU2Nzg5OkNERUZHSElKU1RVVldYWVpjZGVmZ2hpanN0dXZ3eHl6g4SFhoeIiYqSk5SVlpeYmZqio6Slpqeoqaqys7S1tre4ubrCw8TFxsfIycrS09TV1tfY2drh4uPk5ebn6Onq8fLz9PX29/j5+gEAAwEBAQEBAQEBAQAAAAAAAAECAwQFBgcICQoLEQACAQIEBAMEBwUEBAABAncAAQIDEQQFITEGEkFRB2FxEyIygQgUQpGhscEJIzNS8BVictEKFiQ04SXxFxgZGiYnKCkqNTY3ODk6Q0RFRkdISUpTVFVWV1hZWmNkZWZnaGlqc3R1dnd4eXqCg4SFhoeIiYqSk5SVlpeYmZqio6Slpqeoqaqys7S1tre4ubrCw8TFxsfIycrS09TV1tfY2dri4+Tl5ufo6ery8/T19vf4+fr/2gAMAwEAAhEDEQA/AMavojyD/9k=',
)

/** An 8×8 PNG (blue), made with pngjs once. */
export const PNG_BYTES = fromBase64(
  'iVBORw0KGgoAAAANSUhEUgAAAAgAAAAICAYAAADED76LAAAAJUlEQVR4AYXBQQEAIBCAMORrQGvbyGsg29rnPj4kSJAgQYIECQNEyQJBZzguDAAAAABJRU5ErkJggg==',
)

/** A file as the phone's picker gives it: name, MIME type as declared, and its bytes. */
export function photo(name: string, bytes: Uint8Array | string = JPEG_BYTES, type = 'image/jpeg'): File {
  return new File([bytes], name, { type })
}

/** What `Taro.chooseMedia` answers on H5 for these files (blob: URLs from the jest registry). */
export function chooseMediaResult(files: File[]): Taro.chooseMedia.SuccessCallbackResult {
  return {
    errMsg: 'chooseMedia:ok',
    type: 'image',
    tempFiles: files.map((file) => ({
      tempFilePath: URL.createObjectURL(file),
      size: file.size,
      duration: 0,
      height: 8,
      width: 8,
      thumbTempFilePath: '',
      fileType: file.type,
      originalFileObj: file,
    })),
  }
}

/**
 * Makes the phone's picker hand over these files, one batch per call, in order. On H5 (where the
 * tests run) that is the browser's file picker (`chooseFilesH5`, no longer taro-h5's chooseMedia,
 * which forced the camera and refused PDFs).
 */
export function pickPhotos(...batches: File[][]): jest.SpyInstance {
  const spy = jest.spyOn(pickFiles, 'chooseFilesH5')
  for (const files of batches) spy.mockImplementationOnce(async () => files)
  return spy
}
