import { randomBytes } from 'node:crypto'
import { Hono } from 'hono'
import { bodyLimit } from 'hono/body-limit'
import type { UploadedFile } from '@contract/application'
import { noStore } from '../lib/cache'
import { cadreMayReadUpload } from '../lib/certificates'
import { toIsoChina } from '../lib/clock'
import type { AppContext, AppEnv } from '../lib/env'
import { ApiError, errorResponse } from '../lib/errors'
import { isTooLarge, MAX_UPLOAD_BYTES, MAX_UPLOAD_MB } from '@/domain/materials'
import { FILE_ID, UPLOAD_TYPES_TEXT, sanitizeFileName, sniffMime } from '../lib/files'
import { createUserRateLimit, type RateLimitOptions } from '../lib/rate-limit'
import { ORPHAN_UPLOAD_MS } from '../lib/upload-sweep'

/** Room for the multipart framing around the file (boundaries, part headers, a long file name). */
const MULTIPART_OVERHEAD = 64 * 1024

export const UPLOAD_TOO_LARGE = `文件不能超过 ${MAX_UPLOAD_MB} MB，请压缩后重新上传`
export const UPLOAD_WRONG_TYPE = `只能上传 ${UPLOAD_TYPES_TEXT}`

const MULTIPART = /^multipart\/form-data\s*;/i

/** Bytes of stored uploads allowed per person (SPEC §8); unused ones go after 24 h and free room. */
export const DEFAULT_UPLOAD_QUOTA_BYTES = 200 * 1024 * 1024

export function quotaMessage(quotaBytes: number): string {
  return `每人保存的上传文件合计不能超过 ${Math.round(quotaBytes / 1024 / 1024)} MB；未用于办件的文件会在 ${ORPHAN_UPLOAD_MS / 3_600_000} 小时后自动清理，请稍后再试`
}

function newFileId(): string {
  return `f${randomBytes(12).toString('hex')}`
}

/** The filename parameter of Content-Disposition, ASCII fallback plus RFC 5987 UTF-8 for the real name. */
function contentDisposition(name: string): string {
  const ascii = name.replace(/[^\x20-\x7e]/g, '_').replace(/["\\]/g, '_')
  return `inline; filename="${ascii}"; filename*=UTF-8''${encodeURIComponent(name)}`
}

export function uploadRoutes(ctx: AppContext, limit: RateLimitOptions, quotaBytes: number = DEFAULT_UPLOAD_QUOTA_BYTES) {
  const { requireAuth } = ctx.auth
  const perUser = createUserRateLimit(limit)
  const app = new Hono<AppEnv>()
  app.use(noStore)

  /**
   * One file per request, field `file`. The type is decided by the file's first bytes, not by the
   * declared Content-Type or the name. Bytes go to the FileStore first and the metadata to the store
   * after, so the store never names bytes that are not there. The hourly count is reserved before the
   * body is read (given back if the upload is refused), so a burst of parallel uploads cannot all
   * pass the check; the storage quota is checked in the synchronous step that stores the file.
   */
  app.post(
    '/',
    requireAuth,
    async (c, next) => {
      const user = c.get('user')
      if (!MULTIPART.test(c.req.header('content-type') ?? '')) {
        throw new ApiError('UNSUPPORTED_MEDIA_TYPE', '请以 multipart/form-data 方式上传文件（字段名 file）')
      }
      const release = perUser.reserve(user.id, (seconds) => `上传太频繁，每小时最多上传 ${limit.max} 个文件，请 ${Math.ceil(seconds / 60)} 分钟后再试`)
      try {
        await next()
      } catch (e) {
        release()
        throw e
      }
      // bodyLimit answers an oversize body itself instead of throwing; that upload did not count either.
      if (c.res.status !== 201) release()
    },
    bodyLimit({
      maxSize: MAX_UPLOAD_BYTES + MULTIPART_OVERHEAD,
      onError: (c) => errorResponse(c, new ApiError('PAYLOAD_TOO_LARGE', UPLOAD_TOO_LARGE)),
    }),
    async (c) => {
      const user = c.get('user')
      let form: FormData
      try {
        form = await c.req.formData()
      } catch (e) {
        if (e instanceof ApiError) throw e
        throw new ApiError('BAD_REQUEST', '上传的内容格式不正确，请重新选择文件上传')
      }
      const parts = form.getAll('file')
      const file = parts[0]
      if (parts.length === 0 || typeof file === 'string') {
        throw new ApiError('VALIDATION_FAILED', '请选择要上传的文件', { fields: { file: '请选择要上传的文件' } })
      }
      if (parts.length > 1) throw new ApiError('VALIDATION_FAILED', '一次只能上传一个文件', { fields: { file: '一次只能上传一个文件' } })
      if (isTooLarge(file.size)) throw new ApiError('PAYLOAD_TOO_LARGE', UPLOAD_TOO_LARGE)
      const bytes = new Uint8Array(await file.arrayBuffer())
      if (bytes.length === 0) throw new ApiError('VALIDATION_FAILED', '文件是空的，请重新选择', { fields: { file: '文件是空的，请重新选择' } })
      const mime = sniffMime(bytes)
      if (!mime) throw new ApiError('UNSUPPORTED_MEDIA_TYPE', UPLOAD_WRONG_TYPE)

      // From here to the response nothing awaits, so the quota check and the store are one step.
      if (ctx.store.uploads.usageOf(user.id).bytes + bytes.length > quotaBytes) throw new ApiError('PAYLOAD_TOO_LARGE', quotaMessage(quotaBytes))
      const id = newFileId()
      const record = { id, ownerId: user.id, name: sanitizeFileName(file.name, mime), size: bytes.length, mime, createdAt: toIsoChina(ctx.clock.now()) }
      ctx.files.put(id, bytes)
      try {
        ctx.store.uploads.put(record)
      } catch (e) {
        ctx.files.delete(id)
        throw e
      }
      return c.json({ fileId: id, name: record.name, size: record.size, mime: record.mime } satisfies UploadedFile, 201)
    },
  )

  /**
   * The bytes, to their owner, the back office, and the cadre of the village a certificate request
   * carrying the file was sent to; anyone else learns nothing (404).
   */
  app.get('/:fileId', requireAuth, (c) => {
    const user = c.get('user')
    const id = c.req.param('fileId')
    const record = FILE_ID.test(id) ? ctx.store.uploads.get(id) : undefined
    const allowed = record && (record.ownerId === user.id || user.role === 'admin' || cadreMayReadUpload(ctx.store, user, id))
    const bytes = allowed ? ctx.files.get(id) : null
    if (!record || !bytes) throw new ApiError('NOT_FOUND', '文件不存在或已删除')
    c.header('Content-Type', record.mime)
    c.header('Content-Length', String(bytes.length))
    c.header('Content-Disposition', contentDisposition(record.name))
    c.header('Cache-Control', 'private, no-store')
    c.header('X-Content-Type-Options', 'nosniff')
    return c.body(bytes)
  })

  return app
}
