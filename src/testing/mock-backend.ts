/**
 * Routes the app's network to the REAL mock backend, in-process: taro-h5's Taro.request calls
 * fetch, and fetch here calls the Hono app's `request()` — same routes, validation and data as
 * `npm run mock`, no port. Each test file gets a fresh in-memory backend.
 *
 * Uploads take the other road taro-h5 has: `Taro.uploadFile` reads the picked file's blob: URL
 * with XMLHttpRequest and posts a FormData with XMLHttpRequest. jsdom has no URL.createObjectURL and
 * its XHR would go to a real network, so this also installs a blob-URL registry and a small
 * XMLHttpRequest that serves blob: URLs from it and sends everything else to the same Hono app,
 * with the upload progress, load, error and abort events taro-h5 listens to.
 */
import type { AuthResult, DemoAccount } from '@contract/user'
import { createTestApp, type TestApp } from '../../mock/test-support/test-app'

type Fetch = typeof fetch

let current: TestApp | null = null
let failures = 0
let requests: string[] = []
/** While set, every upload stops halfway (progress shown) until the test releases it. */
let uploadGate: Promise<void> | null = null

function backend(): TestApp {
  current ??= createTestApp()
  return current
}

/** Counts the request and says whether it is one of the requests a test asked to fail. */
function record(method: string, url: URL): boolean {
  requests.push(`${method} ${url.pathname}`)
  if (failures > 0) {
    failures -= 1
    return false
  }
  return true
}

const routedFetch: Fetch = async (input, init) => {
  const request = new Request(new URL(typeof input === 'string' ? input : input instanceof URL ? input.href : input.url, 'http://localhost/'), init)
  if (!record(request.method, new URL(request.url))) throw new TypeError('Failed to fetch')
  return backend().app.request(request)
}

// --- blob: URLs -------------------------------------------------------------------------------

const blobs = new Map<string, Blob>()
let blobSerial = 0

function createObjectURL(object: Blob): string {
  blobSerial += 1
  const url = `blob:http://localhost/${blobSerial.toString(16).padStart(8, '0')}-test`
  blobs.set(url, object)
  return url
}

function revokeObjectURL(url: string): void {
  blobs.delete(url)
}

// --- XMLHttpRequest ---------------------------------------------------------------------------

type Listener = (this: unknown, event: FakeEvent) => void

interface FakeEvent {
  type: string
  target: unknown
  loaded: number
  total: number
  lengthComputable: boolean
}

/** on<type> handlers plus addEventListener, as both XMLHttpRequest and its `upload` have them. */
class FakeEventTarget {
  [handler: `on${string}`]: Listener | null | undefined
  private listeners = new Map<string, Set<Listener>>()

  addEventListener(type: string, listener: Listener): void {
    if (!this.listeners.has(type)) this.listeners.set(type, new Set())
    this.listeners.get(type)!.add(listener)
  }

  removeEventListener(type: string, listener: Listener): void {
    this.listeners.get(type)?.delete(listener)
  }

  dispatch(type: string, progress: { loaded: number; total: number } = { loaded: 0, total: 0 }): void {
    const event: FakeEvent = { type, target: this, loaded: progress.loaded, total: progress.total, lengthComputable: progress.total > 0 }
    this[`on${type}`]?.call(this, event)
    this.listeners.get(type)?.forEach((listener) => listener.call(this, event))
  }
}

/**
 * Just enough of XMLHttpRequest for taro-h5's uploadFile and downloadFile: asynchronous, with the
 * same order of events a browser fires. A blob: URL that was never created (or was revoked) fails
 * with `error`, as in a browser.
 */
class FakeXMLHttpRequest extends FakeEventTarget {
  static readonly UNSENT = 0
  static readonly OPENED = 1
  static readonly HEADERS_RECEIVED = 2
  static readonly LOADING = 3
  static readonly DONE = 4

  readonly upload = new FakeEventTarget()
  readyState = 0
  status = 0
  statusText = ''
  response: unknown = null
  responseText = ''
  responseType = ''
  responseURL = ''
  withCredentials = false
  timeout = 0

  private method = 'GET'
  private url = ''
  private requestHeaders = new Headers()
  private responseHeaders = new Headers()
  private aborted = false
  private sent = false

  open(method: string, url: string | URL): void {
    this.method = method.toUpperCase()
    this.url = String(url)
    this.readyState = 1
    this.dispatch('readystatechange')
  }

  setRequestHeader(name: string, value: string): void {
    this.requestHeaders.append(name, value)
  }

  getResponseHeader(name: string): string | null {
    return this.readyState >= 2 ? this.responseHeaders.get(name) : null
  }

  getAllResponseHeaders(): string {
    if (this.readyState < 2) return ''
    let text = ''
    this.responseHeaders.forEach((value, name) => {
      text += `${name}: ${value}\r\n`
    })
    return text
  }

  overrideMimeType(): void {}

  send(body: unknown = null): void {
    if (this.readyState !== 1 || this.sent) throw new Error('InvalidStateError: open() first, and send() once')
    this.sent = true
    void this.run(body).catch(() => this.fail())
  }

  abort(): void {
    if (this.aborted || this.readyState === 4 || !this.sent) return
    this.aborted = true
    this.status = 0
    this.readyState = 4
    this.dispatch('readystatechange')
    this.upload.dispatch('abort')
    this.dispatch('abort')
    this.dispatch('loadend')
    this.readyState = 0
  }

  private async run(body: unknown): Promise<void> {
    // A real XHR never answers within send().
    await new Promise((resolve) => setTimeout(resolve, 0))
    if (this.aborted) return
    if (this.url.startsWith('blob:')) {
      const blob = blobs.get(this.url)
      if (!blob || this.method !== 'GET') {
        this.fail()
        return
      }
      this.finish(200, new Headers({ 'content-type': blob.type, 'content-length': String(blob.size) }), blob, '')
      return
    }

    const url = new URL(this.url, 'http://localhost/')
    if (!record(this.method, url)) {
      this.fail()
      return
    }
    const init: RequestInit = { method: this.method, headers: this.requestHeaders }
    if (body !== null && body !== undefined && this.method !== 'GET' && this.method !== 'HEAD') init.body = body as BodyInit
    // Serialise once (multipart with its boundary, as a browser would) so progress counts the real
    // bytes on the wire and the backend receives exactly those bytes.
    const prepared = new Request(url, init)
    const bytes = init.body === undefined ? null : new Uint8Array(await prepared.arrayBuffer())
    if (bytes && bytes.byteLength > 0) {
      const total = bytes.byteLength
      this.upload.dispatch('loadstart', { loaded: 0, total })
      this.upload.dispatch('progress', { loaded: Math.floor(total / 2), total })
      if (uploadGate) await uploadGate
      if (this.aborted) return
      this.upload.dispatch('progress', { loaded: total, total })
      this.upload.dispatch('load', { loaded: total, total })
      this.upload.dispatch('loadend', { loaded: total, total })
    }
    const response = await backend().app.request(new Request(url, { method: this.method, headers: prepared.headers, body: bytes }))
    if (this.aborted) return
    const text = await response.text()
    if (this.aborted) return
    this.finish(response.status, response.headers, this.responseType === 'blob' ? new Blob([text], { type: response.headers.get('content-type') ?? '' }) : text, text)
  }

  private finish(status: number, headers: Headers, response: unknown, text: string): void {
    this.status = status
    this.statusText = String(status)
    this.responseURL = this.url
    this.responseHeaders = headers
    this.readyState = 2
    this.dispatch('readystatechange')
    this.readyState = 3
    this.dispatch('readystatechange')
    this.response = this.responseType === 'json' ? safeJson(text) : response
    this.responseText = this.responseType === '' || this.responseType === 'text' ? text : ''
    this.readyState = 4
    this.dispatch('readystatechange')
    this.dispatch('load')
    this.dispatch('loadend')
  }

  /** What a browser does when the connection fails: status 0, then `error` (no message). */
  private fail(): void {
    if (this.aborted) return
    this.status = 0
    this.readyState = 4
    this.dispatch('readystatechange')
    this.upload.dispatch('error')
    this.dispatch('error')
    this.dispatch('loadend')
  }
}

function safeJson(text: string): unknown {
  try {
    return JSON.parse(text)
  } catch {
    return null
  }
}

export const mockBackend = {
  /** Installs the in-process backend as the page's network (done for every app test file). */
  install(): void {
    globalThis.fetch = routedFetch
    if (typeof window !== 'undefined') window.fetch = routedFetch
    const urlClass = URL as unknown as { createObjectURL: typeof createObjectURL; revokeObjectURL: typeof revokeObjectURL }
    urlClass.createObjectURL = createObjectURL
    urlClass.revokeObjectURL = revokeObjectURL
    globalThis.XMLHttpRequest = FakeXMLHttpRequest as unknown as typeof XMLHttpRequest
  },
  /** Makes the next `count` requests fail as if the phone lost its signal. */
  failNextRequests(count: number): void {
    failures = count
  },
  /**
   * Holds every upload halfway (its progress already reported) until `release()`, so a test can
   * see what a person sees while a photo is still on its way.
   */
  holdUploads(): { release: () => void } {
    let release = (): void => undefined
    uploadGate = new Promise<void>((resolve) => {
      release = () => {
        uploadGate = null
        resolve()
      }
    })
    return { release }
  },
  /** What the app asked for so far ("GET /api/v1/items"), for tests about retries. */
  requests(): readonly string[] {
    return requests
  },
  /** Signs in as a demo account directly against the backend (to start a test signed in). */
  signIn(account: DemoAccount): Promise<AuthResult> {
    return backend().signIn(account)
  },
  /** The backend itself, for arranging server-side state a test starts from. */
  app(): TestApp {
    return backend()
  },
  reset(): void {
    failures = 0
    requests = []
    uploadGate = null
    blobs.clear()
  },
}
