import type { EventEmitter } from 'node:events'
import type { Duplex } from 'node:stream'
import type { Context } from 'hono'
import { HTTPException } from 'hono/http-exception'
import type { ContentfulStatusCode } from 'hono/utils/http-status'
import type { ApiErrorBody } from '@contract/common'

/**
 * The one place that knows the contract's error body (SPEC §5). Handlers throw `ApiError`; the app's
 * onError/notFound turn anything into `{"error": {code, message, fields?}}` with a Chinese message,
 * so no handler builds an error body of its own and no stack trace ever reaches a client.
 */
export type ErrorCode =
  | 'BAD_REQUEST'
  | 'UNAUTHORIZED'
  | 'FORBIDDEN'
  | 'NOT_FOUND'
  | 'CONFLICT'
  | 'PAYLOAD_TOO_LARGE'
  | 'UNSUPPORTED_MEDIA_TYPE'
  | 'VALIDATION_FAILED'
  | 'TOO_MANY_REQUESTS'
  | 'HEADERS_TOO_LARGE'
  | 'INTERNAL_ERROR'

const STATUS_OF: Record<ErrorCode, ContentfulStatusCode> = {
  BAD_REQUEST: 400,
  UNAUTHORIZED: 401,
  FORBIDDEN: 403,
  NOT_FOUND: 404,
  CONFLICT: 409,
  PAYLOAD_TOO_LARGE: 413,
  UNSUPPORTED_MEDIA_TYPE: 415,
  VALIDATION_FAILED: 422,
  TOO_MANY_REQUESTS: 429,
  HEADERS_TOO_LARGE: 431,
  INTERNAL_ERROR: 500,
}

/** Default Chinese messages, fit to show a person as they are. */
export const DEFAULT_MESSAGE: Record<ErrorCode, string> = {
  BAD_REQUEST: '请求参数有误，请检查后重试',
  UNAUTHORIZED: '请先登录',
  FORBIDDEN: '没有权限进行此操作',
  NOT_FOUND: '要找的内容不存在',
  CONFLICT: '操作与当前状态冲突，请刷新后重试',
  PAYLOAD_TOO_LARGE: '提交的内容过大',
  UNSUPPORTED_MEDIA_TYPE: '请求体须为 JSON（Content-Type: application/json）',
  VALIDATION_FAILED: '填写的内容有误，请检查后再提交',
  TOO_MANY_REQUESTS: '操作太频繁，请稍后再试',
  HEADERS_TOO_LARGE: '请求头过大，请退出登录后重新进入再试',
  INTERNAL_ERROR: '服务暂时出了点问题，请稍后再试',
}

export class ApiError extends Error {
  readonly code: ErrorCode
  readonly status: ContentfulStatusCode
  readonly fields?: Record<string, string>
  /** Extra response headers, e.g. Retry-After on a 429. */
  readonly headers?: Record<string, string>
  /** The case a conflicting repeat refers to (ApiErrorBody.error.caseNo). */
  readonly caseNo?: string

  constructor(code: ErrorCode, message?: string, options: { fields?: Record<string, string>; headers?: Record<string, string>; caseNo?: string } = {}) {
    super(message ?? DEFAULT_MESSAGE[code])
    this.name = 'ApiError'
    this.code = code
    this.status = STATUS_OF[code]
    this.fields = options.fields && Object.keys(options.fields).length > 0 ? options.fields : undefined
    this.headers = options.headers
    this.caseNo = options.caseNo
  }
}

export function errorBody(error: ApiError): ApiErrorBody {
  return {
    error: {
      code: error.code,
      message: error.message,
      ...(error.fields ? { fields: error.fields } : {}),
      ...(error.caseNo ? { caseNo: error.caseNo } : {}),
    },
  }
}

export function errorResponse(c: Context, error: ApiError): Response {
  if (error.headers) for (const [name, value] of Object.entries(error.headers)) c.header(name, value)
  // Errors must never be cached, even on routes that set a public Cache-Control before failing.
  c.header('Cache-Control', 'no-store')
  return c.json(errorBody(error), error.status)
}

/** Maps a status produced by Hono itself (HTTPException) onto the contract's codes. */
function fromHttpException(e: HTTPException): ApiError {
  switch (e.status) {
    case 400:
      return new ApiError('BAD_REQUEST')
    case 401:
      return new ApiError('UNAUTHORIZED')
    case 403:
      return new ApiError('FORBIDDEN')
    case 404:
      return new ApiError('NOT_FOUND')
    case 413:
      return new ApiError('PAYLOAD_TOO_LARGE')
    case 415:
      return new ApiError('UNSUPPORTED_MEDIA_TYPE')
    case 429:
      return new ApiError('TOO_MANY_REQUESTS')
    case 431:
      return new ApiError('HEADERS_TOO_LARGE')
    default:
      return e.status >= 400 && e.status < 500 ? new ApiError('BAD_REQUEST') : new ApiError('INTERNAL_ERROR')
  }
}

/** `app.onError`: known errors keep their status; anything else is a 500 without details. */
export function handleError(err: unknown, c: Context, report: (err: unknown) => void): Response {
  if (err instanceof ApiError) return errorResponse(c, err)
  if (err instanceof HTTPException) return errorResponse(c, fromHttpException(err))
  report(err)
  return errorResponse(c, new ApiError('INTERNAL_ERROR'))
}

/** `app.notFound`: an unknown path or method under the API. */
export function handleNotFound(c: Context): Response {
  return errorResponse(c, new ApiError('NOT_FOUND', '请求的接口不存在'))
}

const REASON: Partial<Record<number, string>> = { 400: 'Bad Request', 408: 'Request Timeout', 431: 'Request Header Fields Too Large' }

/**
 * A whole HTTP/1.1 response carrying the contract's error body, for the cases Node answers before
 * the app sees a request (a malformed request line, headers over Node's limit; see clientErrorReply).
 */
export function rawErrorResponse(error: ApiError): string {
  const body = JSON.stringify(errorBody(error))
  return [
    `HTTP/1.1 ${error.status} ${REASON[error.status] ?? 'Error'}`,
    'Content-Type: application/json; charset=utf-8',
    `Content-Length: ${Buffer.byteLength(body)}`,
    'Cache-Control: no-store',
    'Connection: close',
    '',
    body,
  ].join('\r\n')
}

/**
 * What to write to a socket on which Node's HTTP parser failed (its `clientError` event), instead of
 * Node's own bodiless 400/431: headers too large → 431, anything else malformed → 400, both with the
 * contract body. null when there is nobody to answer (the client reset the connection).
 */
export function clientErrorReply(err: Error & { code?: string }): string | null {
  if (err.code === 'ECONNRESET' || err.code === 'EPIPE') return null
  if (err.code === 'HPE_HEADER_OVERFLOW') return rawErrorResponse(new ApiError('HEADERS_TOO_LARGE'))
  if (err.code === 'ERR_HTTP_REQUEST_TIMEOUT') return null
  return rawErrorResponse(new ApiError('BAD_REQUEST', '请求格式不正确，请检查网络后重试'))
}

/** Makes a node HTTP server answer its parser's errors with clientErrorReply (mock/server.ts). */
export function answerClientErrors(server: EventEmitter): void {
  server.on('clientError', (err: Error & { code?: string }, socket: Duplex) => {
    const reply = clientErrorReply(err)
    if (reply !== null && socket.writable) socket.end(reply)
    else socket.destroy()
  })
}
