/**
 * Weapp smoke test: runs pages of the built weapp bundle in a Node vm with a `wx` stand-in (see
 * harness.ts) against the in-memory mock backend, and checks what each page rendered and which wx
 * APIs it called. `npm run test:weapp` builds first (`build:weapp:smoke`: into dist/weapp-smoke,
 * never dist/weapp or dist/h5, with deployment settings as a phone build has them; the constants
 * below must match that script). `tsx e2e/weapp/smoke.ts <part of a test name>` runs some tests
 * against the last build; WEAPP_DIR names another build folder. Ends with `N passed, M failed`
 * and exits 1 on any failure.
 */
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs'
import path from 'node:path'
import { createTestApp, type TestApp } from '../../mock/test-support/test-app'
import type { AuthResult } from '../../types/user'
import jsQR from 'jsqr'
import { bundleCaseWorld, certificateWorld, drive, people, residenceInput, submitCase, submittedRequest, type People } from '../../mock/test-support/worlds'
import type { CertificateRequest } from '../../types/certificate'
import { describe, Weapp, type PageRun } from './harness'

// The deployment settings of the smoke build. They reach it from the file .env.smoke (`taro build
// --mode smoke`), not the shell, as a real deployment's .env.production does: the bundle test below
// fails if Taro's file loading or config/index.ts stops carrying them into the bundle.
export const SMOKE_API_BASE = 'https://api.example.com/api/v1'
export const SMOKE_H5_BASE = 'https://h5.example.com'
/** The subscribe-message template ids the smoke build is given (TARO_APP_NOTICE_TEMPLATE_* in .env.smoke). */
export const SMOKE_TEMPLATES = ['tmpl-accepted-smoke', 'tmpl-supp-smoke', 'tmpl-concluded-smoke']

const root = path.resolve(process.env.WEAPP_DIR ?? 'dist/weapp-smoke')

interface Test {
  name: string
  run: () => Promise<void>
}
const tests: Test[] = []
function test(name: string, run: () => Promise<void>): void {
  tests.push({ name, run })
}

function assert(condition: unknown, message: string): asserts condition {
  if (!condition) throw new Error(message)
}

/** Whether the page shows `expected`; a highlighted match is split over several text nodes, so the run-together text counts too. */
function shows(page: PageRun, expected: string): boolean {
  const text = page.text()
  return text.includes(expected) || text.split('\n').join('').includes(expected)
}

async function assertText(weapp: Weapp, page: PageRun, expected: string): Promise<void> {
  await weapp.waitFor(() => shows(page, expected))
  const text = page.text()
  assert(shows(page, expected), `${page.route} did not render ${JSON.stringify(expected)}; it shows:\n${text.slice(0, 1500)}`)
}

/** Errors the vm reported outside a hook (timers, promises), collected per test. */
let asyncErrors: string[] = []
process.on('unhandledRejection', (reason) => asyncErrors.push(`unhandled rejection: ${describe(reason)}`))
process.on('uncaughtException', (error) => asyncErrors.push(`uncaught exception: ${describe(error)}`))

function session(auth: AuthResult): Record<string, unknown> {
  return {
    'qz-session': JSON.stringify({ state: { token: auth.token, user: auth.user }, version: 1 }),
    'qz-privacy': JSON.stringify({ state: { agreedVersion: 1, agreedAt: '2022-03-01T09:00:00+08:00' }, version: 1 }),
  }
}

function startApp(backend: TestApp, storage: Record<string, unknown> = {}): Weapp {
  const weapp = new Weapp({ root, backend, apiBase: SMOKE_API_BASE, storage })
  weapp.launch()
  return weapp
}

/** The page must have neither thrown nor logged an error, and every request must have used the base. */
function assertClean(weapp: Weapp): void {
  const errors = [...weapp.errors, ...asyncErrors]
  assert(errors.length === 0, `errors while the page ran:\n${errors.join('\n')}`)
  const failed = weapp.calls.filter((c) => c.api === 'request' && !String((c.options as { url: string }).url).startsWith(SMOKE_API_BASE))
  assert(failed.length === 0, `requests outside the API base: ${JSON.stringify(failed)}`)
}

function itemId(backend: TestApp, name: string): string {
  const item = backend.seed.items.find((i) => i.name === name)
  assert(item, `no catalogue item ${name}`)
  return item.id
}

// --- the bundle itself ---------------------------------------------------------------------------

function bundleFiles(dir: string): string[] {
  const out: string[] = []
  for (const entry of readdirSync(dir)) {
    const full = path.join(dir, entry)
    if (statSync(full).isDirectory()) out.push(...bundleFiles(full))
    else if (entry.endsWith('.js')) out.push(full)
  }
  return out
}

test('bundle: the deployment bases are built in, no process.env, no 127.0.0.1', async () => {
  const files = bundleFiles(root)
  const withProcessEnv = files.filter((f) => readFileSync(f, 'utf8').includes('process.env'))
  assert(withProcessEnv.length === 0, `process.env left in: ${withProcessEnv.map((f) => path.relative(root, f)).join(', ')}`)
  // A phone cannot reach this machine: no local address may be built into a weapp bundle.
  const local = files.filter((f) => readFileSync(f, 'utf8').includes('127.0.0.1'))
  assert(local.length === 0, `127.0.0.1 in: ${local.map((f) => path.relative(root, f)).join(', ')}`)
  const all = files.map((f) => readFileSync(f, 'utf8')).join('\n')
  assert(all.includes(SMOKE_API_BASE), `the bundle does not contain the API base ${SMOKE_API_BASE}`)
  assert(all.includes(SMOKE_H5_BASE), `the bundle does not contain the H5 base ${SMOKE_H5_BASE}`)
})

// --- pages ---------------------------------------------------------------------------------------

test('home (pages/index/index)', async () => {
  const backend = createTestApp()
  const weapp = startApp(backend)
  const page = await weapp.open('pages/index/index')
  assertClean(weapp)
  assert(weapp.called('request').length > 0, 'home made no request')
  await assertText(weapp, page, '居民身份证')
})

test('guide (packages/items/guide/index)', async () => {
  const backend = createTestApp()
  const weapp = startApp(backend)
  const page = await weapp.open('packages/items/guide/index', { id: itemId(backend, '居民身份证换领') })
  assertClean(weapp)
  await assertText(weapp, page, '居民身份证换领')
  assert(weapp.called('request').some((c) => (c.options as { url: string }).url.includes('/items/')), 'guide did not fetch its item')
})


async function residentApp(): Promise<{ backend: TestApp; who: People; weapp: Weapp }> {
  const backend = createTestApp()
  const who = await people(backend)
  const me = await backend.get<AuthResult['user']>('/api/v1/me', { token: who.resident })
  const weapp = startApp(backend, session({ token: who.resident, user: me.body }))
  return { backend, who, weapp }
}

function urls(weapp: Weapp, api: string): string[] {
  return weapp.called(api).map((c) => String((c.options as { url?: string }).url ?? ''))
}

test('search (packages/items/search/index)', async () => {
  const backend = createTestApp()
  const weapp = startApp(backend)
  const page = await weapp.open('packages/items/search/index', { q: '身份证' })
  assertClean(weapp)
  await assertText(weapp, page, '居民身份证换领')
  assert(urls(weapp, 'request').some((u) => u.includes(`q=${encodeURIComponent('身份证')}`)), `search did not ask for 身份证: ${urls(weapp, 'request').join(', ')}`)
})

test('apply with an upload (packages/apply/form/index)', async () => {
  const { backend, weapp } = await residentApp()
  const page = await weapp.open('packages/apply/form/index', { itemId: itemId(backend, '居民身份证换领') })
  assertClean(weapp)
  await assertText(weapp, page, '居民身份证换领')
  await weapp.tap(page, (label) => label === '下一步')
  await assertText(weapp, page, '第 2 步，共 4 步')
  await weapp.tap(page, (label) => label === '有效期满换领')
  await weapp.tap(page, (label) => label === '受理点领取')
  await weapp.type(page, (label) => label === '联系电话（必填）', '13805951234')
  await weapp.tap(page, (label) => label === '下一步')
  await assertText(weapp, page, '第 3 步，共 4 步')
  await weapp.tap(page, (label) => label.startsWith('拍照或从相册选择'))
  await weapp.waitFor(() => weapp.called('uploadFile:answer').length > 0)
  assertClean(weapp)
  assert(weapp.called('chooseMedia').length === 1, 'the pick button did not open chooseMedia')
  const uploads = weapp.called('uploadFile')
  assert(uploads.length === 1, `expected one uploadFile, got ${uploads.length}`)
  assert(urls(weapp, 'uploadFile')[0] === `${SMOKE_API_BASE}/uploads`, `uploadFile went to ${urls(weapp, 'uploadFile')[0]}`)
  const answer = weapp.called('uploadFile:answer')[0]?.options as { statusCode: number; data: string } | undefined
  assert(answer?.statusCode === 201, `the mock answered the upload with ${JSON.stringify(answer)}`)
})

test('receipt with subscribe (packages/apply/receipt/index)', async () => {
  const { backend, who, weapp } = await residentApp()
  const c = await submitCase(backend, who.resident, who.fileId)
  const page = await weapp.open('packages/apply/receipt/index', { caseNo: c.caseNo })
  assertClean(weapp)
  await assertText(weapp, page, c.caseNo)
  await weapp.tap(page, (label) => label === '接收办理进度通知')
  await weapp.waitFor(() => weapp.called('requestSubscribeMessage').length > 0)
  assertClean(weapp)
  const asked = weapp.called('requestSubscribeMessage')
  assert(asked.length === 1, 'the receipt did not call requestSubscribeMessage')
  const ids = (asked[0].options as { tmplIds: string[] }).tmplIds
  assert(JSON.stringify(ids) === JSON.stringify(SMOKE_TEMPLATES), `requestSubscribeMessage got ${JSON.stringify(ids)}`)
})

test('case detail (packages/cases/detail/index)', async () => {
  const { backend, who, weapp } = await residentApp()
  const c = await submitCase(backend, who.resident, who.fileId)
  const page = await weapp.open('packages/cases/detail/index', { caseNo: c.caseNo })
  assertClean(weapp)
  await assertText(weapp, page, c.caseNo)
  await assertText(weapp, page, '已提交')
  await assertText(weapp, page, '居民身份证换领')
})

test('一件事 guide (packages/items/bundle/index)', async () => {
  const backend = createTestApp()
  const weapp = startApp(backend)
  const page = await weapp.open('packages/items/bundle/index', { id: itemId(backend, '新生儿出生一件事') })
  assertClean(weapp)
  await assertText(weapp, page, '新生儿出生一件事')
  await assertText(weapp, page, '新生儿参保登记')
  assert(urls(weapp, 'request').some((u) => u.includes('/bundles/')), `the guide did not fetch its bundle: ${urls(weapp, 'request').join(', ')}`)
})

test('一件事 application (packages/apply/bundle/index)', async () => {
  const { backend, weapp } = await residentApp()
  const page = await weapp.open('packages/apply/bundle/index', { id: itemId(backend, '新生儿出生一件事') })
  assertClean(weapp)
  await assertText(weapp, page, '为谁办理')
  await weapp.tap(page, (label) => label === '下一步')
  await assertText(weapp, page, '选择事项')
  await assertText(weapp, page, '出生登记')
})

test('一件事 case detail (packages/cases/detail/index)', async () => {
  const backend = createTestApp()
  const world = await bundleCaseWorld(backend)
  const me = await backend.get<AuthResult['user']>('/api/v1/me', { token: world.resident })
  const weapp = startApp(backend, session({ token: world.resident, user: me.body }))
  const page = await weapp.open('packages/cases/detail/index', { caseNo: world.bundle.caseNo })
  assertClean(weapp)
  await assertText(weapp, page, world.bundle.caseNo)
  await assertText(weapp, page, `已办结 0/${world.parts.length}`)
  for (const part of world.parts) await assertText(weapp, page, part.caseNo)
})

/** Rebuilds the QR from what was drawn on the canvas (fillRect per dark module) and decodes it. */
async function decodeCanvasQr(weapp: Weapp): Promise<string> {
  // Drawn in nextTick after the render, through createSelectorQuery: wait for the last module.
  let count = -1
  await weapp.waitFor(() => {
    const now = weapp.canvasLog.length
    const stable = now > 1 && now === count
    count = now
    return stable
  })
  const rects = weapp.canvasLog.filter((l) => l.startsWith('fillRect ')).map((l) => l.slice(9).split(',').map(Number))
  assert(rects.length > 1, 'the certificate page drew no QR on the canvas')
  const [, , side] = rects[0]
  const size = Math.ceil(side)
  const pixels = new Uint8ClampedArray(size * size * 4).fill(255)
  for (const [x, y, w, h] of rects.slice(1)) {
    for (let py = Math.round(y); py < Math.round(y + h); py += 1) {
      for (let px = Math.round(x); px < Math.round(x + w); px += 1) {
        const i = (py * size + px) * 4
        pixels[i] = pixels[i + 1] = pixels[i + 2] = 0
      }
    }
  }
  const code = jsQR(pixels, size, size)
  assert(code, 'the QR drawn on the canvas does not decode')
  return code.data
}

async function issuedCertificate(backend: TestApp): Promise<{ token: string; no: string }> {
  const w = await certificateWorld(backend)
  const request = await submittedRequest(backend, w.resident, residenceInput(w.fileId))
  const approved = await backend.post<CertificateRequest>(`/api/v1/cadre/certificate-requests/${request.id}/approve`, { token: w.cadre })
  assert(approved.status === 200 && approved.body.certificate, `approve answered ${approved.status}: ${approved.text}`)
  return { token: w.resident, no: approved.body.certificate.no }
}

test('certificate with its QR (packages/certificate/detail/index)', async () => {
  const backend = createTestApp()
  const { token, no } = await issuedCertificate(backend)
  const me = await backend.get<AuthResult['user']>('/api/v1/me', { token })
  const weapp = startApp(backend, session({ token, user: me.body }))
  const page = await weapp.open('packages/certificate/detail/index', { no })
  assertClean(weapp)
  await assertText(weapp, page, no)
  const link = await decodeCanvasQr(weapp)
  assert(!link.includes('127.0.0.1'), `the QR links to ${link} although TARO_APP_H5_BASE is set`)
  assert(link.startsWith(SMOKE_H5_BASE), `the QR links to ${link}, not the configured H5 base ${SMOKE_H5_BASE}`)
  assert(link.includes(encodeURIComponent(no)) || link.includes(no), `the QR link ${link} does not carry the certificate number`)
  console.log(`  QR → ${link}`)
})

test('verify by scan (packages/certificate/verify/index)', async () => {
  const backend = createTestApp()
  const { token, no } = await issuedCertificate(backend)
  // The link the certificate page's QR carries, as a camera would read it.
  const me = await backend.get<AuthResult['user']>('/api/v1/me', { token })
  const holder = startApp(backend, session({ token, user: me.body }))
  await holder.open('packages/certificate/detail/index', { no })
  const link = await decodeCanvasQr(holder)
  const weapp = startApp(backend)
  weapp.scanResult = () => link
  const page = await weapp.open('packages/certificate/verify/index')
  assertClean(weapp)
  await weapp.tap(page, (label) => label === '扫码核验')
  await weapp.waitFor(() => weapp.called('scanCode').length > 0)
  assertClean(weapp)
  assert(weapp.called('scanCode').length === 1, 'verify did not call scanCode')
  // The verdict of the certificate the scanned link names (not just the 有效期至 label).
  await assertText(weapp, page, '这份证明由村(居)委会出具，在有效期内。')
  await assertText(weapp, page, no)
  assert(urls(weapp, 'request').some((u) => u.includes(encodeURIComponent(no)) || u.includes(no)), `verify did not ask the server about ${no}`)
})

test('rating (packages/rating/rate/index)', async () => {
  const { backend, who, weapp } = await residentApp()
  const c = await submitCase(backend, who.resident, who.fileId)
  await drive(backend, who, c.caseNo, ['accept', 'approve', 'conclude'])
  const page = await weapp.open('packages/rating/rate/index', { caseNo: c.caseNo })
  assertClean(weapp)
  await assertText(weapp, page, '居民身份证换领')
})

test('messages (packages/messages/list/index)', async () => {
  const { backend, who, weapp } = await residentApp()
  const c = await submitCase(backend, who.resident, who.fileId)
  await drive(backend, who, c.caseNo, ['accept'])
  const page = await weapp.open('packages/messages/list/index')
  assertClean(weapp)
  await assertText(weapp, page, '居民身份证换领')
})

async function main(): Promise<void> {
  if (!existsSync(path.join(root, 'app.js'))) {
    console.error(`No weapp build in ${path.relative(process.cwd(), root)}: run npm run test:weapp (it builds first).`)
    process.exit(1)
  }
  const only = process.argv[2]
  let passed = 0
  let failed = 0
  for (const t of tests) {
    if (only && !t.name.includes(only)) continue
    asyncErrors = []
    const started = Date.now()
    try {
      await t.run()
      passed += 1
      console.log(`✓ ${t.name} (${Date.now() - started} ms)`)
    } catch (error) {
      failed += 1
      console.log(`✗ ${t.name}\n  ${describe(error).split('\n').join('\n  ')}`)
    }
  }
  console.log(`${passed} passed, ${failed} failed`)
  process.exit(failed === 0 ? 0 : 1)
}

void main()
