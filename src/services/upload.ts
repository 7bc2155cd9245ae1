import Taro from '@tarojs/taro'
import { AxiosError, AxiosHeaders, CanceledError, type AxiosAdapter, type AxiosResponse } from 'axios'
import type { UploadedFile } from '@contract/application'
import { ApiError } from './api-error'
import { http } from './http'

/** A file picked on the phone: a temp path on weapp, a blob: URL on H5. */
export interface UploadSource {
  path: string
  /** Sent as the part's file name (H5; weapp names the temp file itself). */
  name: string
}

export interface UploadHandle {
  /** The stored file, or an ApiError with the server's Chinese message (or the network kind). */
  done: Promise<UploadedFile>
  /** Stops the upload; `done` then rejects with an error for which `isUploadAborted` is true. */
  abort: () => void
}

/** Uploads can be large and phones slow: longer than the 15 s of ordinary requests. */
export const UPLOAD_TIMEOUT_MS = 60_000

const ABORTED = 'UPLOAD_ABORTED'

/** Whether an upload failed only because it was stopped on purpose (删除 while uploading, page left). */
export function isUploadAborted(error: unknown): boolean {
  return error instanceof ApiError && error.code === ABORTED
}

/**
 * Uploads one picked file to `POST /uploads` (multipart field `file`) with progress, through
 * `Taro.uploadFile` on both platforms (wx.uploadFile on weapp; on H5 taro-h5 reads the blob: URL and
 * posts FormData with XHR). It rides on the one axios instance as a per-request adapter, so the base
 * URL, the Authorization header, 401 handling and the mapping of the server's error body onto
 * ApiError are the very same as for every other request.
 */
export function uploadFile(source: UploadSource, onProgress?: (percent: number) => void): UploadHandle {
  let aborted = false
  let task: ReturnType<typeof Taro.uploadFile> | null = null

  const adapter: AxiosAdapter = (config) =>
    new Promise<AxiosResponse>((resolve, reject) => {
      if (aborted) {
        reject(new CanceledError('upload aborted', config))
        return
      }
      const header: Record<string, string> = {}
      for (const [key, value] of Object.entries(AxiosHeaders.from(config.headers).toJSON())) {
        // The platform writes the multipart Content-Type with its boundary; axios's default
        // (x-www-form-urlencoded for a POST) would make the body unreadable.
        if (key.toLowerCase() === 'content-type' || value === undefined || value === null) continue
        header[key] = Array.isArray(value) ? value.join(', ') : String(value)
      }
      task = Taro.uploadFile({
        url: http.getUri(config),
        filePath: source.path,
        name: 'file',
        fileName: source.name,
        header,
        timeout: config.timeout || UPLOAD_TIMEOUT_MS,
        // The session is a bearer token, not a cookie; without credentials a cross-origin API
        // (TARO_APP_API_BASE) needs no Access-Control-Allow-Credentials for uploads either.
        withCredentials: false,
        success: (res) => {
          const response: AxiosResponse = {
            data: res.data,
            status: res.statusCode,
            statusText: String(res.statusCode),
            headers: new AxiosHeaders(),
            config,
            request: null,
          }
          if (res.statusCode >= 200 && res.statusCode < 300) {
            resolve(response)
          } else {
            const code = res.statusCode >= 500 ? AxiosError.ERR_BAD_RESPONSE : AxiosError.ERR_BAD_REQUEST
            reject(new AxiosError(`Request failed with status code ${res.statusCode}`, code, config, null, response))
          }
        },
        fail: (err: { errMsg?: string }) => {
          const message = err?.errMsg ?? 'uploadFile:fail'
          if (aborted) reject(new CanceledError('upload aborted', config))
          else if (/timeout|超时/i.test(message)) reject(new AxiosError(message, AxiosError.ECONNABORTED, config, null))
          else reject(new AxiosError(message, AxiosError.ERR_NETWORK, config, null))
        },
      })
      // The promise uploadFile also returns rejects with the failure `fail` already reported.
      task.catch(() => undefined)
      task.onProgressUpdate?.((p) => onProgress?.(Math.max(0, Math.min(100, Math.round(p.progress)))))
    })

  const done = http
    .post<UploadedFile>('/uploads', undefined, { adapter, timeout: UPLOAD_TIMEOUT_MS })
    .then((res) => res.data)
    .catch((error: unknown) => {
      if (aborted) throw new ApiError({ kind: 'network', status: 0, code: ABORTED, message: '已取消上传' })
      throw error
    })

  return {
    done,
    abort: () => {
      if (aborted) return
      aborted = true
      task?.abort()
    },
  }
}
