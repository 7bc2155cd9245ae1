import axios, { AxiosError, type InternalAxiosRequestConfig } from 'axios'
import type { ApiErrorBody } from '@contract/common'
import { apiBase } from '@/constants/deployment'
import { useSessionStore } from '@/stores/session-store'
import { ApiError, type ApiErrorKind } from './api-error'
import { taroAdapter } from './taro-adapter'

/** Delays before retrying an idempotent GET that never got an answer (weak signal, tunnel, lift). */
export const RETRY_DELAYS_MS = [400, 1200]

interface RetryState {
  retryCount?: number
}

/** Listeners told when the server rejected the session, so the UI can offer to sign in again. */
const unauthorizedListeners = new Set<() => void>()

/** Subscribes to "the session was rejected"; returns the unsubscribe function. */
export function onUnauthorized(listener: () => void): () => void {
  unauthorizedListeners.add(listener)
  return () => unauthorizedListeners.delete(listener)
}

/** The one HTTP client of the app. */
export const http = axios.create({
  baseURL: apiBase(),
  timeout: 15_000,
  adapter: taroAdapter,
  headers: { Accept: 'application/json' },
})

http.interceptors.request.use((config) => {
  const token = useSessionStore.getState().token
  if (token) config.headers.set('Authorization', `Bearer ${token}`)
  return config
})

http.interceptors.response.use(undefined, async (error: unknown) => {
  if (!(error instanceof AxiosError)) throw toApiError(error)
  const config = error.config as (InternalAxiosRequestConfig & RetryState) | undefined
  if (config && shouldRetry(error, config)) {
    const attempt = config.retryCount ?? 0
    config.retryCount = attempt + 1
    await sleep(RETRY_DELAYS_MS[attempt])
    return http.request(config)
  }
  const apiError = toApiError(error)
  if (apiError.kind === 'unauthorized' && config?.headers.get('Authorization')) {
    // One place decides what a rejected token means: forget it, and let whoever listens re-prompt.
    useSessionStore.getState().signOut()
    unauthorizedListeners.forEach((listener) => listener())
  }
  throw apiError
})

function shouldRetry(error: AxiosError, config: InternalAxiosRequestConfig & RetryState): boolean {
  const idempotent = (config.method ?? 'get').toLowerCase() === 'get'
  const noAnswer = !error.response && error.code !== AxiosError.ERR_CANCELED
  return idempotent && noAnswer && (config.retryCount ?? 0) < RETRY_DELAYS_MS.length
}

function sleep(ms: number): Promise<void> {
  return new Promise((resolve) => setTimeout(resolve, ms))
}

const STATUS_KIND: Record<number, ApiErrorKind> = {
  400: 'bad-request',
  401: 'unauthorized',
  403: 'forbidden',
  404: 'not-found',
  409: 'conflict',
  413: 'bad-request',
  422: 'validation',
  429: 'rate-limited',
}

const FALLBACK_MESSAGE: Record<ApiErrorKind, string> = {
  network: '网络连接失败，请检查网络后重试',
  timeout: '网络较慢，请求超时，请稍后重试',
  unauthorized: '登录已失效，请重新登录',
  forbidden: '没有权限进行此操作',
  'not-found': '要找的内容不存在或已下线',
  validation: '填写的内容有误，请检查后再提交',
  conflict: '操作与当前状态冲突，请刷新后重试',
  'rate-limited': '操作太频繁，请稍后再试',
  'bad-request': '请求有误，请检查后重试',
  server: '服务暂时不可用，请稍后重试',
}

/** Maps any failure onto ApiError; the server's Chinese message wins when it sent one. */
export function toApiError(error: unknown): ApiError {
  if (error instanceof ApiError) return error
  if (!(error instanceof AxiosError)) {
    return new ApiError({ kind: 'network', status: 0, code: 'NETWORK', message: FALLBACK_MESSAGE.network })
  }
  if (!error.response) {
    const kind: ApiErrorKind = error.code === AxiosError.ECONNABORTED || error.code === AxiosError.ETIMEDOUT ? 'timeout' : 'network'
    return new ApiError({ kind, status: 0, code: kind.toUpperCase(), message: FALLBACK_MESSAGE[kind] })
  }
  const { status } = error.response
  const kind: ApiErrorKind = STATUS_KIND[status] ?? (status >= 500 ? 'server' : 'bad-request')
  const body = readErrorBody(error.response.data)
  return new ApiError({
    kind,
    status,
    code: body?.error.code ?? `HTTP_${status}`,
    message: body?.error.message || FALLBACK_MESSAGE[kind],
    fields: body?.error.fields,
    caseNo: typeof body?.error.caseNo === 'string' ? body.error.caseNo : null,
  })
}

function readErrorBody(data: unknown): ApiErrorBody | null {
  const parsed: unknown = typeof data === 'string' ? safeParse(data) : data
  if (parsed && typeof parsed === 'object' && 'error' in parsed) {
    const inner = (parsed as { error: unknown }).error
    if (inner && typeof inner === 'object' && typeof (inner as { message?: unknown }).message === 'string') {
      return parsed as ApiErrorBody
    }
  }
  return null
}

function safeParse(text: string): unknown {
  try {
    return JSON.parse(text)
  } catch {
    return null
  }
}
