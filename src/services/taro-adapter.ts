import Taro from '@tarojs/taro'
import { AxiosError, AxiosHeaders, type AxiosAdapter, type AxiosResponse, type InternalAxiosRequestConfig } from 'axios'

type TaroMethod = NonNullable<Taro.request.Option['method']>

/**
 * An axios adapter over Taro.request, so one axios instance works in WeChat (wx.request) and on H5
 * (fetch). axios still builds the URL, serializes the body and parses JSON; this only moves bytes
 * and maps failures onto AxiosError the way axios's own adapters do.
 */
export const taroAdapter: AxiosAdapter = (config: InternalAxiosRequestConfig) => {
  const url = buildUrl(config)
  const headers: Record<string, string> = {}
  for (const [key, value] of Object.entries(AxiosHeaders.from(config.headers).toJSON())) {
    if (value !== undefined && value !== null) headers[key] = Array.isArray(value) ? value.join(', ') : String(value)
  }
  return new Promise<AxiosResponse>((resolve, reject) => {
    Taro.request({
      url,
      method: (config.method ?? 'get').toUpperCase() as TaroMethod,
      data: config.data as string | undefined,
      header: headers,
      timeout: config.timeout || undefined,
      // Leave parsing to axios's transformResponse so both platforms parse the same way.
      dataType: 'text',
      responseType: 'text',
      success: (res) => {
        const response: AxiosResponse = {
          data: res.data,
          status: res.statusCode,
          statusText: String(res.statusCode),
          headers: AxiosHeaders.from(normalizeHeaders(res.header)),
          config,
          request: null,
        }
        const validate = config.validateStatus
        if (!validate || validate(res.statusCode)) {
          resolve(response)
        } else {
          const code = res.statusCode >= 500 ? AxiosError.ERR_BAD_RESPONSE : AxiosError.ERR_BAD_REQUEST
          reject(new AxiosError(`Request failed with status code ${res.statusCode}`, code, config, null, response))
        }
      },
      fail: (err: { errMsg?: string }) => {
        const message = err?.errMsg ?? 'request:fail'
        // wx.request says "timeout"; taro-h5 aborts its fetch when its timer fires ("aborted").
        const timedOut = /timeout|超时|abort/i.test(message)
        reject(new AxiosError(message, timedOut ? AxiosError.ECONNABORTED : AxiosError.ERR_NETWORK, config, null))
      },
    }).catch(() => {
      // The promise Taro.request also returns rejects with the same failure `fail` already reported.
    })
  })
}

function buildUrl(config: InternalAxiosRequestConfig): string {
  const base = config.baseURL ?? ''
  const path = config.url ?? ''
  const full = /^[a-z][a-z\d+\-.]*:\/\//i.test(path) ? path : `${base.replace(/\/+$/, '')}/${path.replace(/^\/+/, '')}`
  const query = config.paramsSerializer && typeof config.paramsSerializer === 'function'
    ? config.paramsSerializer(config.params)
    : serializeParams(config.params)
  return query ? `${full}${full.includes('?') ? '&' : '?'}${query}` : full
}

/** Drops empty params so `?q=&page=` never reaches the server as empty strings. */
export function serializeParams(params: unknown): string {
  if (!params || typeof params !== 'object') return ''
  const parts: string[] = []
  for (const [key, value] of Object.entries(params as Record<string, unknown>)) {
    if (value === undefined || value === null || value === '') continue
    const text = Array.isArray(value) ? value.join(',') : String(value)
    if (text === '') continue
    parts.push(`${encodeURIComponent(key)}=${encodeURIComponent(text)}`)
  }
  return parts.join('&')
}

function normalizeHeaders(header: unknown): Record<string, string> {
  const out: Record<string, string> = {}
  if (header && typeof header === 'object') {
    for (const [k, v] of Object.entries(header as Record<string, unknown>)) out[k.toLowerCase()] = String(v)
  }
  return out
}
