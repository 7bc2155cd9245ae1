import { readFileSync, existsSync } from 'node:fs'
import path from 'node:path'
import vm from 'node:vm'
import type { TestApp } from '../../mock/test-support/test-app'

/**
 * Loads Taro's weapp output in a Node `vm` context that has what WeChat's JS engine has (`wx`,
 * `App`, `Page`, `Component`, `getApp`, `getCurrentPages`, timers) and no browser globals, with a
 * `wx` stand-in that answers `request`/`uploadFile`/`downloadFile` from the in-memory mock backend
 * and records every other call. jest (jsdom) and the browser tests (H5) never reach these paths.
 */

export interface WxCall {
  api: string
  options: unknown
}

type Options = Record<string, unknown> & {
  success?: (res: unknown) => void
  fail?: (res: unknown) => void
  complete?: (res: unknown) => void
}

type PageConfig = Record<string, unknown> & { data?: Record<string, unknown> }

export interface PageRun {
  route: string
  /** Every payload the page passed to setData, in order. */
  payloads: Record<string, unknown>[]
  /** The page's data after all setData calls. */
  data: Record<string, unknown>
  /** All text the page's tree holds now (Taro text nodes are `v` fields), joined by newlines. */
  text(): string
  instance: Record<string, unknown>
}

export interface WeappOptions {
  root: string
  backend: TestApp
  /** The API base the bundle must call (requests elsewhere fail, as an unlisted domain would). */
  apiBase: string
  /** Storage to start with (e.g. a signed-in session), as JSON-serializable values. */
  storage?: Record<string, unknown>
  /** What wx.scanCode answers. */
  scanResult?: () => string
}

export class Weapp {
  readonly calls: WxCall[] = []
  readonly errors: string[] = []
  readonly storage = new Map<string, unknown>()
  /** Temp files the stand-in handed out (chooseMedia, downloadFile, canvasToTempFilePath). */
  readonly tempFiles = new Map<string, { bytes: Uint8Array; type: string }>()
  /** Canvas draws, for the QR: the text of each fillText and every fillRect. */
  readonly canvasLog: string[] = []
  private pending = 0
  private tempCounter = 0
  private readonly context: vm.Context
  private readonly modules = new Map<string, unknown>()
  private appConfig: Record<string, unknown> | null = null
  private appInstance: Record<string, unknown> | null = null
  private lastPageConfig: PageConfig | null = null
  private readonly stack: Record<string, unknown>[] = []
  scanResult: () => string

  constructor(private readonly options: WeappOptions) {
    for (const [k, v] of Object.entries(options.storage ?? {})) this.storage.set(k, v)
    this.scanResult = options.scanResult ?? (() => '')
    const sandbox: Record<string, unknown> = {
      wx: this.createWx(),
      App: (config: Record<string, unknown>) => {
        this.appConfig = config
      },
      Page: (config: PageConfig) => {
        this.lastPageConfig = config
      },
      Component: () => undefined,
      Behavior: (b: unknown) => b,
      getApp: () => this.appInstance,
      getCurrentPages: () => [...this.stack],
      setTimeout,
      clearTimeout,
      setInterval,
      clearInterval,
      console: {
        log: () => undefined,
        info: () => undefined,
        debug: () => undefined,
        warn: () => undefined,
        error: (...args: unknown[]) => this.errors.push(`console.error: ${args.map(describe).join(' ')}`),
      },
    }
    this.context = vm.createContext(sandbox)
    vm.runInContext(
      'globalThis.addEventListener = undefined;' +
        // The vm's own unhandled rejections surface through Node's process handler (see smoke.ts).
        '',
      this.context,
    )
  }

  /** Loads app.js (and through it common/vendors/taro/runtime) and launches the app. */
  launch(): void {
    this.requireFile(path.join(this.options.root, 'app.js'))
    if (!this.appConfig) throw new Error('app.js did not call App()')
    const app = this.appConfig
    this.appInstance = app
    callHook(app, 'onLaunch', [{ path: 'pages/index/index', query: {}, scene: 1001 }])
    callHook(app, 'onShow', [{ path: 'pages/index/index', query: {}, scene: 1001 }])
  }

  /** Loads a page's .js, creates its instance and runs onLoad(params), onShow, onReady. */
  async open(route: string, params: Record<string, string> = {}): Promise<PageRun> {
    this.lastPageConfig = null
    this.requireFile(path.join(this.options.root, `${route}.js`))
    const config = this.lastPageConfig as PageConfig | null
    if (!config) throw new Error(`${route}.js did not call Page()`)
    const payloads: Record<string, unknown>[] = []
    const instance: Record<string, unknown> = {}
    for (const [key, value] of Object.entries(config)) {
      instance[key] = typeof value === 'function' ? (value as (...a: unknown[]) => unknown).bind(instance) : value
    }
    const data: Record<string, unknown> = structuredClone((config.data ?? {}) as Record<string, unknown>)
    Object.assign(instance, {
      route,
      __route__: route,
      options: params,
      data,
      setData: (payload: Record<string, unknown>, cb?: () => void) => {
        payloads.push(payload)
        for (const [key, value] of Object.entries(payload)) setPath(data, key, value)
        if (cb) setTimeout(cb, 0)
      },
      selectComponent: () => null,
      selectAllComponents: () => [],
      createSelectorQuery: () => this.selectorQuery(),
      getOpenerEventChannel: () => ({ on: () => undefined, emit: () => undefined, off: () => undefined }),
    })
    this.stack.push(instance)
    callHook(instance, 'onLoad', [params])
    await this.settle()
    callHook(instance, 'onShow', [])
    await this.settle()
    callHook(instance, 'onReady', [])
    await this.settle()
    return {
      route,
      payloads,
      data,
      instance,
      text: () => collectText(data).join('\n'),
    }
  }

  /** Leaves the page (onUnload), as navigating away would. */
  async close(run: PageRun): Promise<void> {
    callHook(run.instance, 'onUnload', [])
    const i = this.stack.indexOf(run.instance)
    if (i >= 0) this.stack.splice(i, 1)
    await this.settle()
  }

  /**
   * Taps the first node whose own text or aria-label satisfies `match`, through the page's `eh`
   * (Taro's one event handler, which finds the node by its `sid` and bubbles the event up to the
   * element with the onClick, as WeChat's bindtap would).
   */
  async tap(run: PageRun, match: (label: string) => boolean): Promise<void> {
    await this.fire(run, match, 'tap', {})
  }

  /** Types `value` into the input whose aria-label or text satisfies `match` (an `input` event, then `blur`). */
  async type(run: PageRun, match: (label: string) => boolean, value: string): Promise<void> {
    await this.fire(run, match, 'input', { value, cursor: value.length })
    await this.fire(run, match, 'blur', { value })
  }

  private async fire(run: PageRun, match: (label: string) => boolean, type: string, detail: Record<string, unknown>): Promise<void> {
    const sid = findNode(run.data, match)
    if (!sid) throw new Error(`${run.route}: nothing to ${type} matches; it shows:\n${run.text().slice(0, 1500)}`)
    const target = { id: sid, dataset: { sid } }
    callHook(run.instance, 'eh', [{ type, timeStamp: Date.now(), target, currentTarget: target, detail }])
    await this.settle()
  }

  /** The wx calls of one API, in order. */
  called(api: string): WxCall[] {
    return this.calls.filter((c) => c.api === api)
  }

  /**
   * Polls `condition` until it holds or `ms` pass (returns whether it held): effects that run
   * after a render (the QR drawn in nextTick, a toast) can take longer than settle() on a busy machine.
   */
  async waitFor(condition: () => boolean, ms = 5000): Promise<boolean> {
    const start = Date.now()
    while (!condition()) {
      if (Date.now() - start > ms) return false
      await new Promise((r) => setTimeout(r, 25))
    }
    return true
  }

  /** Waits until no request is in flight and timers have had a few turns. */
  async settle(maxMs = 8000): Promise<void> {
    const start = Date.now()
    let quiet = 0
    while (Date.now() - start < maxMs) {
      await new Promise((r) => setTimeout(r, 20))
      if (this.pending === 0) quiet += 1
      else quiet = 0
      if (quiet >= 4) return
    }
    throw new Error(`still ${this.pending} request(s) in flight after ${maxMs} ms`)
  }

  private requireFile(file: string): unknown {
    const resolved = file.endsWith('.js') ? file : `${file}.js`
    if (this.modules.has(resolved)) return this.modules.get(resolved)
    if (!existsSync(resolved)) throw new Error(`missing ${path.relative(this.options.root, resolved)}`)
    const module = { exports: {} as unknown }
    this.modules.set(resolved, module.exports)
    const source = readFileSync(resolved, 'utf8')
    const wrapper = vm.runInContext(`(function (require, module, exports) {${source}\n})`, this.context, {
      filename: resolved,
    }) as (r: (p: string) => unknown, m: typeof module, e: unknown) => void
    const dir = path.dirname(resolved)
    wrapper((p: string) => this.requireFile(path.resolve(dir, p)), module, module.exports)
    this.modules.set(resolved, module.exports)
    return module.exports
  }

  private record(api: string, options: unknown): void {
    this.calls.push({ api, options })
  }

  private newTempPath(ext: string): string {
    this.tempCounter += 1
    return `wxfile://tmp/smoke-${this.tempCounter}.${ext}`
  }

  /** Adds a picked file (as chooseMedia/chooseMessageFile would hand it out) and returns its path. */
  addTempFile(bytes: Uint8Array, type: string, ext: string): string {
    const p = this.newTempPath(ext)
    this.tempFiles.set(p, { bytes, type })
    return p
  }

  private selectorQuery(): unknown {
    const canvas = this.createCanvas()
    const query = {
      in: () => query,
      select: () => ({
        fields: (_f: unknown, cb?: (r: unknown) => void) => {
          if (cb) cb({ node: canvas, width: 240, height: 240 })
          return query
        },
        boundingClientRect: (cb?: (r: unknown) => void) => {
          if (cb) cb({ width: 240, height: 240, top: 0, left: 0 })
          return query
        },
        node: (cb?: (r: unknown) => void) => {
          if (cb) cb({ node: canvas })
          return query
        },
      }),
      selectAll: () => query.select(),
      selectViewport: () => query.select(),
      exec: (cb?: (r: unknown[]) => void) => {
        const result = [{ node: canvas, width: 240, height: 240 }]
        setTimeout(() => cb?.(result), 0)
        return query
      },
    }
    return query
  }

  private createCanvas(): unknown {
    const log = this.canvasLog
    const ctx: Record<string, unknown> = new Proxy(
      {},
      {
        get: (_t, key: string) => {
          if (key === 'fillText') return (text: string) => log.push(`fillText ${text}`)
          if (key === 'fillRect') return (...a: number[]) => log.push(`fillRect ${a.join(',')}`)
          if (key === 'measureText') return (text: string) => ({ width: String(text).length * 10 })
          if (key === 'createLinearGradient') return () => ({ addColorStop: () => undefined })
          return () => undefined
        },
        set: () => true,
      },
    )
    return {
      width: 240,
      height: 240,
      getContext: () => ctx,
      createImage: () => {
        const img: Record<string, unknown> = {}
        Object.defineProperty(img, 'src', {
          set: () => setTimeout(() => (img.onload as (() => void) | undefined)?.(), 0),
        })
        return img
      },
      requestAnimationFrame: (cb: () => void) => setTimeout(cb, 0),
      toDataURL: () => 'data:image/png;base64,',
    }
  }

  private createWx(): Record<string, unknown> {
    // eslint-disable-next-line @typescript-eslint/no-this-alias -- the wx methods are plain functions (Taro may call them with `wx` as `this`); they reach the harness through `self`
    const self = this
    // Like WeChat's base library: an async API called without success/fail/complete returns a
    // promise (Taro passes some APIs, e.g. chooseMedia, straight through and awaits that).
    const wantsPromise = (opts: Options): boolean => !opts.success && !opts.fail && !opts.complete
    const ok = (api: string, opts: Options, res: Record<string, unknown> = {}): Promise<unknown> | undefined => {
      const result = { errMsg: `${api}:ok`, ...res }
      const promise = wantsPromise(opts) ? new Promise((resolve) => setTimeout(() => resolve(result), 0)) : undefined
      setTimeout(() => {
        opts.success?.(result)
        opts.complete?.(result)
      }, 0)
      return promise
    }
    const fail = (api: string, opts: Options, errMsg: string): Promise<unknown> | undefined => {
      const result = { errMsg: `${api}:fail ${errMsg}` }
      const promise = wantsPromise(opts) ? new Promise((_resolve, reject) => setTimeout(() => reject(result), 0)) : undefined
      setTimeout(() => {
        opts.fail?.(result)
        opts.complete?.(result)
      }, 0)
      return promise
    }
    /** An async API that just succeeds (navigation, toasts, menus…), recorded. */
    const recorder = (api: string, res: Record<string, unknown> = {}) => (opts: Options = {}) => {
      self.record(api, opts)
      return ok(api, opts, res)
    }

    const systemInfo = {
      platform: 'devtools',
      system: 'iOS 17.0',
      version: '8.0.50',
      SDKVersion: '3.4.0',
      brand: 'devtools',
      model: 'iPhone 13',
      pixelRatio: 3,
      screenWidth: 390,
      screenHeight: 844,
      windowWidth: 390,
      windowHeight: 750,
      statusBarHeight: 47,
      language: 'zh_CN',
      fontSizeSetting: 17,
      theme: 'light',
      safeArea: { top: 47, left: 0, right: 390, bottom: 810, width: 390, height: 763 },
    }

    const backendCall = async (method: string, url: string, header: Record<string, string>, body?: BodyInit): Promise<{ statusCode: number; data: string; header: Record<string, string> }> => {
      if (!url.startsWith(self.options.apiBase)) throw new Error(`url not in the configured API base: ${url}`)
      const { origin } = new URL(self.options.apiBase)
      const pathAndQuery = url.slice(origin.length)
      const res = await self.options.backend.app.request(pathAndQuery, { method, headers: header, body })
      const out: Record<string, string> = {}
      res.headers.forEach((v, k) => (out[k] = v))
      return { statusCode: res.status, data: await res.text(), header: out }
    }

    return {
      request(opts: Options & { url: string; method?: string; data?: unknown; header?: Record<string, string> }) {
        self.record('request', { url: opts.url, method: opts.method })
        self.pending += 1
        const body = opts.data === undefined || opts.data === null ? undefined : typeof opts.data === 'string' ? opts.data : JSON.stringify(opts.data)
        backendCall((opts.method ?? 'GET').toUpperCase(), opts.url, opts.header ?? {}, body)
          .then((res) => ok('request', opts, res), (e: unknown) => fail('request', opts, describe(e)))
          .finally(() => (self.pending -= 1))
        return { abort: () => undefined, onHeadersReceived: () => undefined, offHeadersReceived: () => undefined }
      },
      uploadFile(opts: Options & { url: string; filePath: string; name: string; header?: Record<string, string>; formData?: Record<string, string> }) {
        self.record('uploadFile', { url: opts.url, filePath: opts.filePath, name: opts.name })
        self.pending += 1
        const file = self.tempFiles.get(opts.filePath)
        const form = new FormData()
        for (const [k, v] of Object.entries(opts.formData ?? {})) form.append(k, v)
        if (file) form.append(opts.name, new Blob([file.bytes], { type: file.type }), path.basename(opts.filePath))
        const done = file
          ? backendCall('POST', opts.url, opts.header ?? {}, form).then((res) => {
              self.record('uploadFile:answer', { statusCode: res.statusCode, data: res.data })
              return ok('uploadFile', opts, { statusCode: res.statusCode, data: res.data })
            })
          : Promise.resolve(fail('uploadFile', opts, `no such file ${opts.filePath}`))
        done.catch((e: unknown) => fail('uploadFile', opts, describe(e))).finally(() => (self.pending -= 1))
        return { abort: () => undefined, onProgressUpdate: (cb: (p: unknown) => void) => cb({ progress: 100, totalBytesSent: 1, totalBytesExpectedToSend: 1 }), offProgressUpdate: () => undefined }
      },
      downloadFile(opts: Options & { url: string; header?: Record<string, string> }) {
        self.record('downloadFile', { url: opts.url })
        self.pending += 1
        backendCall('GET', opts.url, opts.header ?? {})
          .then((res) => {
            const tempFilePath = self.addTempFile(new TextEncoder().encode(res.data), res.header['content-type'] ?? '', 'bin')
            return ok('downloadFile', opts, { statusCode: res.statusCode, tempFilePath })
          }, (e: unknown) => fail('downloadFile', opts, describe(e)))
          .finally(() => (self.pending -= 1))
        return { abort: () => undefined, onProgressUpdate: () => undefined, offProgressUpdate: () => undefined }
      },
      getStorageSync: (key: string) => (self.storage.has(key) ? self.storage.get(key) : ''),
      setStorageSync: (key: string, value: unknown) => void self.storage.set(key, value),
      removeStorageSync: (key: string) => void self.storage.delete(key),
      clearStorageSync: () => self.storage.clear(),
      getStorageInfoSync: () => ({ keys: [...self.storage.keys()], currentSize: 1, limitSize: 10240 }),
      getStorage(opts: Options & { key: string }) {
        if (self.storage.has(opts.key)) ok('getStorage', opts, { data: self.storage.get(opts.key) })
        else fail('getStorage', opts, 'data not found')
      },
      setStorage(opts: Options & { key: string; data: unknown }) {
        self.storage.set(opts.key, opts.data)
        return ok('setStorage', opts)
      },
      removeStorage(opts: Options & { key: string }) {
        self.storage.delete(opts.key)
        return ok('removeStorage', opts)
      },
      login: recorder('login', { code: 'smoke-login-code' }),
      checkSession: recorder('checkSession'),
      getSystemInfoSync: () => ({ ...systemInfo }),
      getSystemInfo: (opts: Options = {}) => ok('getSystemInfo', opts, { ...systemInfo }),
      getWindowInfo: () => ({ pixelRatio: 3, screenWidth: 390, screenHeight: 844, windowWidth: 390, windowHeight: 750, statusBarHeight: 47, safeArea: systemInfo.safeArea }),
      getAppBaseInfo: () => ({ SDKVersion: '3.4.0', language: 'zh_CN', version: '8.0.50', theme: 'light', fontSizeSetting: 17, enableDebug: false }),
      getDeviceInfo: () => ({ platform: 'devtools', system: 'iOS 17.0', brand: 'devtools', model: 'iPhone 13' }),
      getSystemSetting: () => ({ bluetoothEnabled: false, locationEnabled: false, wifiEnabled: true, deviceOrientation: 'portrait' }),
      getAccountInfoSync: () => ({ miniProgram: { appId: 'wxsmoketest', envVersion: 'develop', version: '' } }),
      getMenuButtonBoundingClientRect: () => ({ width: 87, height: 32, top: 51, right: 381, bottom: 83, left: 294 }),
      getLaunchOptionsSync: () => ({ path: 'pages/index/index', query: {}, scene: 1001 }),
      getEnterOptionsSync: () => ({ path: 'pages/index/index', query: {}, scene: 1001 }),
      canIUse: () => true,
      nextTick: (cb: () => void) => setTimeout(cb, 0),
      getPrivacySetting: recorder('getPrivacySetting', { needAuthorization: false, privacyContractName: '《泉服务·掌上办隐私保护指引》' }),
      requirePrivacyAuthorize: recorder('requirePrivacyAuthorize'),
      onNeedPrivacyAuthorization: () => undefined,
      openPrivacyContract: recorder('openPrivacyContract'),
      getSetting: recorder('getSetting', { authSetting: {} }),
      authorize: recorder('authorize'),
      openSetting: recorder('openSetting', { authSetting: {} }),
      getNetworkType: recorder('getNetworkType', { networkType: 'wifi' }),
      onNetworkStatusChange: () => undefined,
      offNetworkStatusChange: () => undefined,
      onAppShow: () => undefined,
      offAppShow: () => undefined,
      onAppHide: () => undefined,
      offAppHide: () => undefined,
      onError: () => undefined,
      onUnhandledRejection: () => undefined,
      onPageNotFound: () => undefined,
      onMemoryWarning: () => undefined,
      onThemeChange: () => undefined,
      offThemeChange: () => undefined,
      onWindowResize: () => undefined,
      offWindowResize: () => undefined,
      getUpdateManager: () => ({ onCheckForUpdate: () => undefined, onUpdateReady: () => undefined, onUpdateFailed: () => undefined, applyUpdate: () => undefined }),
      showToast: recorder('showToast'),
      hideToast: recorder('hideToast'),
      showLoading: recorder('showLoading'),
      hideLoading: recorder('hideLoading'),
      showModal: recorder('showModal', { confirm: true, cancel: false }),
      showActionSheet: recorder('showActionSheet', { tapIndex: 0 }),
      navigateTo: recorder('navigateTo'),
      redirectTo: recorder('redirectTo'),
      reLaunch: recorder('reLaunch'),
      switchTab: recorder('switchTab'),
      navigateBack: recorder('navigateBack'),
      setNavigationBarTitle: recorder('setNavigationBarTitle'),
      setNavigationBarColor: recorder('setNavigationBarColor'),
      showNavigationBarLoading: recorder('showNavigationBarLoading'),
      hideNavigationBarLoading: recorder('hideNavigationBarLoading'),
      setBackgroundColor: recorder('setBackgroundColor'),
      setBackgroundTextStyle: recorder('setBackgroundTextStyle'),
      setTabBarBadge: recorder('setTabBarBadge'),
      removeTabBarBadge: recorder('removeTabBarBadge'),
      showTabBarRedDot: recorder('showTabBarRedDot'),
      hideTabBarRedDot: recorder('hideTabBarRedDot'),
      setTabBarStyle: recorder('setTabBarStyle'),
      setTabBarItem: recorder('setTabBarItem'),
      showTabBar: recorder('showTabBar'),
      hideTabBar: recorder('hideTabBar'),
      startPullDownRefresh: recorder('startPullDownRefresh'),
      stopPullDownRefresh: recorder('stopPullDownRefresh'),
      pageScrollTo: recorder('pageScrollTo'),
      showShareMenu: recorder('showShareMenu'),
      hideShareMenu: recorder('hideShareMenu'),
      updateShareMenu: recorder('updateShareMenu'),
      vibrateShort: recorder('vibrateShort'),
      setClipboardData: recorder('setClipboardData'),
      getClipboardData: recorder('getClipboardData', { data: '' }),
      makePhoneCall: recorder('makePhoneCall'),
      openLocation: recorder('openLocation'),
      getLocation: recorder('getLocation', { latitude: 24.874, longitude: 118.676 }),
      previewImage: recorder('previewImage'),
      openDocument: recorder('openDocument'),
      getImageInfo: recorder('getImageInfo', { width: 240, height: 240, type: 'jpeg', path: '' }),
      compressImage(opts: Options & { src: string }) {
        self.record('compressImage', opts)
        return ok('compressImage', opts, { tempFilePath: opts.src })
      },
      getFileInfo(opts: Options & { filePath: string }) {
        self.record('getFileInfo', opts)
        return ok('getFileInfo', opts, { size: self.tempFiles.get(opts.filePath)?.bytes.length ?? 0 })
      },
      getFileSystemManager: () => ({
        readFile(opts: Options & { filePath: string }) {
          const f = self.tempFiles.get(opts.filePath)
          if (f) ok('readFile', opts, { data: f.bytes.buffer.slice(f.bytes.byteOffset, f.bytes.byteOffset + f.bytes.byteLength) })
          else fail('readFile', opts, 'no such file')
        },
        readFileSync(filePath: string) {
          const f = self.tempFiles.get(filePath)
          if (!f) throw new Error('readFileSync:fail no such file')
          return f.bytes.buffer.slice(f.bytes.byteOffset, f.bytes.byteOffset + f.bytes.byteLength)
        },
        getFileInfo(opts: Options & { filePath: string }) {
          return ok('getFileInfo', opts, { size: self.tempFiles.get(opts.filePath)?.bytes.length ?? 0 })
        },
        writeFile(opts: Options) {
          return ok('writeFile', opts)
        },
        access(opts: Options) {
          return ok('access', opts)
        },
      }),
      chooseMedia(opts: Options & { count?: number }) {
        self.record('chooseMedia', opts)
        const jpeg = self.pickedFile ?? { bytes: new Uint8Array([0xff, 0xd8, 0xff, 0xe0, 0x00, 0x10, 0x4a, 0x46, 0x49, 0x46, 0x00, 0x01, 0xff, 0xd9]), type: 'image/jpeg', ext: 'jpg' }
        const tempFilePath = self.addTempFile(jpeg.bytes, jpeg.type, jpeg.ext)
        return ok('chooseMedia', opts, { type: 'image', tempFiles: [{ tempFilePath, size: jpeg.bytes.length, fileType: 'image', width: 240, height: 240 }] })
      },
      chooseImage(opts: Options) {
        self.record('chooseImage', opts)
        return fail('chooseImage', opts, 'not used by this app')
      },
      chooseMessageFile(opts: Options) {
        self.record('chooseMessageFile', opts)
        return fail('chooseMessageFile', opts, 'cancel')
      },
      requestSubscribeMessage(opts: Options & { tmplIds: string[] }) {
        self.record('requestSubscribeMessage', opts)
        const res: Record<string, unknown> = {}
        for (const id of opts.tmplIds ?? []) res[id] = 'accept'
        return ok('requestSubscribeMessage', opts, res)
      },
      scanCode(opts: Options) {
        self.record('scanCode', opts)
        return ok('scanCode', opts, { result: self.scanResult(), scanType: 'QR_CODE', charSet: 'utf-8' })
      },
      saveImageToPhotosAlbum: recorder('saveImageToPhotosAlbum'),
      canvasToTempFilePath(opts: Options) {
        self.record('canvasToTempFilePath', opts)
        return ok('canvasToTempFilePath', opts, { tempFilePath: self.addTempFile(new Uint8Array([0x89, 0x50, 0x4e, 0x47]), 'image/png', 'png') })
      },
      createCanvasContext: () => (self.createCanvas() as { getContext: () => unknown }).getContext(),
      createSelectorQuery: () => self.selectorQuery(),
      createIntersectionObserver: () => ({ relativeToViewport: function () { return this }, relativeTo: function () { return this }, observe: () => undefined, disconnect: () => undefined }),
      createAnimation: () => new Proxy({}, { get: (_t, _k, receiver) => () => receiver }),
      reportEvent: () => undefined,
      reportAnalytics: () => undefined,
      getRealtimeLogManager: () => ({ info: () => undefined, warn: () => undefined, error: () => undefined, setFilterMsg: () => undefined }),
      getLogManager: () => ({ log: () => undefined, info: () => undefined, warn: () => undefined, debug: () => undefined }),
      env: { USER_DATA_PATH: 'wxfile://usr' },
    }
  }

  /** What the next chooseMedia hands out (default a tiny JPEG). */
  pickedFile: { bytes: Uint8Array; type: string; ext: string } | null = null
}

function callHook(target: Record<string, unknown>, name: string, args: unknown[]): void {
  const fn = target[name]
  if (typeof fn === 'function') (fn as (...a: unknown[]) => unknown).apply(target, args)
}

/** Applies one setData key (`root.cn.[0].v`, `a.b[2]`) to `data`. */
function setPath(data: Record<string, unknown>, key: string, value: unknown): void {
  const parts: (string | number)[] = []
  for (const seg of key.split('.')) {
    const m = /^([^[]*)((?:\[\d+\])*)$/.exec(seg)
    if (!m) {
      parts.push(seg)
      continue
    }
    if (m[1]) parts.push(m[1])
    for (const idx of m[2].matchAll(/\[(\d+)\]/g)) parts.push(Number(idx[1]))
  }
  let node: Record<string | number, unknown> = data
  for (let i = 0; i < parts.length - 1; i += 1) {
    const p = parts[i]
    const next = node[p]
    if (typeof next !== 'object' || next === null) node[p] = typeof parts[i + 1] === 'number' ? [] : {}
    node = node[p] as Record<string | number, unknown>
  }
  node[parts[parts.length - 1]] = value
}

/** The `sid` of the first element whose text or aria-label satisfies `match`. */
function findNode(node: unknown, match: (label: string) => boolean): string | null {
  if (Array.isArray(node)) {
    for (const n of node) {
      const found = findNode(n, match)
      if (found) return found
    }
  } else if (node && typeof node === 'object') {
    const n = node as Record<string, unknown>
    // An element matches by its aria-label or by one of its own text children (tapping the
    // element, not the text node, as a finger on the button would).
    const texts = Array.isArray(n.cn) ? (n.cn as Record<string, unknown>[]).filter((c) => typeof c?.v === 'string').map((c) => c.v as string) : []
    if (typeof n.sid === 'string' && ((typeof n.ariaLabel === 'string' && match(n.ariaLabel)) || texts.some(match))) return n.sid
    for (const v of Object.values(n)) {
      if (v && typeof v === 'object') {
        const found = findNode(v, match)
        if (found) return found
      }
    }
  }
  return null
}

/** Text of Taro's tree: every `v` string (text nodes) plus attribute strings worth reading. */
function collectText(node: unknown, out: string[] = []): string[] {
  if (Array.isArray(node)) {
    for (const n of node) collectText(n, out)
  } else if (node && typeof node === 'object') {
    for (const [k, v] of Object.entries(node)) {
      if (typeof v === 'string') {
        if (k === 'v' || k === 'placeholder' || k === 'value' || k === 'src' || k === 'title' || k.startsWith('aria')) out.push(v)
      } else {
        collectText(v, out)
      }
    }
  }
  return out
}

export function describe(value: unknown): string {
  // Errors from the vm context are not `instanceof Error` here.
  if (value && typeof value === 'object' && typeof (value as Error).message === 'string' && typeof (value as Error).stack === 'string') {
    return (value as Error).stack as string
  }
  if (value && typeof value === 'object' && 'errMsg' in value) return String((value as { errMsg: unknown }).errMsg)
  try {
    return typeof value === 'string' ? value : JSON.stringify(value)
  } catch {
    return String(value)
  }
}
