/**
 * Browser tests of the built H5 app (`npm run test:e2e`, after `npm run build:h5:demo`: the H5 build with the demo accounts).
 *
 * One local server on 127.0.0.1 serves dist/h5 and a fresh in-memory mock API (a new one per
 * test); Debian's Chromium runs each test in a fresh phone-sized context. Prints one line per
 * test and, last, exactly `N passed, N failed` (CI counts tests from that line); exits non-zero
 * on any failure. Failing pages are saved to e2e/.artifacts/FAIL-*.png.
 *
 * Environment: E2E_DIST (default dist/h5), E2E_GREP (run only tests whose name matches),
 * CHROMIUM_PATH (default /usr/bin/chromium).
 */
import { mkdirSync, readdirSync, rmSync } from 'node:fs'
import { join, resolve } from 'node:path'
import { pathToFileURL } from 'node:url'
import type { Browser } from 'playwright-core'
import { AppDriver } from './lib/app-driver'
import { auditLog, reportOnly } from './lib/axe'
import { launchBrowser, newPhoneContext } from './lib/browser'
import { registeredTests, setCurrentFile, type RegisteredTest } from './lib/harness'
import { startServer, type E2EServer } from './lib/server'

const ROOT = resolve(__dirname, '..')
const TESTS_DIR = join(__dirname, 'tests')
const ARTIFACTS = join(__dirname, '.artifacts')
const DIST = resolve(ROOT, process.env.E2E_DIST ?? 'dist/h5')
// Journeys across two roles (request → issue → verify → revoke) take ~30 s on an idle 2-core
// machine; the cap is for a hung page, not a slow one.
const TEST_TIMEOUT_MS = 90_000
// The whole run must stay well inside CI's budget; a hung browser must not eat the 90 minutes.
// 17 journeys with an axe audit of every page take ~6–8 minutes here.
const RUN_LIMIT_MS = 15 * 60_000

interface Outcome {
  test: RegisteredTest
  ok: boolean
  ms: number
  details: string[]
}

const seconds = (ms: number) => `${(ms / 1000).toFixed(1)} s`

function slugOf(index: number, name: string): string {
  const ascii = name.toLowerCase().replace(/[^a-z0-9]+/g, '-').replace(/^-+|-+$/g, '').slice(0, 40)
  return `t${String(index + 1).padStart(2, '0')}${ascii ? `-${ascii}` : ''}`
}

function errorText(e: unknown): string {
  if (e instanceof Error) {
    // Playwright's own call logs are long; the first lines say what went wrong.
    return e.message.split('\n').slice(0, 30).join('\n')
  }
  return String(e)
}

async function runOne(browser: Browser, server: E2EServer, test: RegisteredTest, index: number): Promise<Outcome> {
  const started = Date.now()
  const slug = slugOf(index, test.name)
  const details: string[] = []
  const api = server.resetApi()
  const context = await newPhoneContext(browser)
  const page = await context.newPage()
  page.setDefaultTimeout(10_000)
  page.setDefaultNavigationTimeout(20_000)
  const pageErrors: string[] = []
  const consoleErrors: string[] = []
  page.on('pageerror', (e) => pageErrors.push(e.stack ?? e.message))
  page.on('console', (m) => {
    if (m.type() === 'error') consoleErrors.push(m.text())
  })
  const app = new AppDriver(page, server.origin, ARTIFACTS, slug)

  let timer: NodeJS.Timeout | undefined
  try {
    const run = (async () => {
      await test.body({ app, page, server })
      await app.finish()
    })()
    // If the timeout wins, the body keeps running until the context closes; its late rejection
    // must not crash the runner.
    run.catch(() => undefined)
    await Promise.race([
      run,
      new Promise<never>((_, reject) => {
        timer = setTimeout(() => reject(new Error(`timed out after ${TEST_TIMEOUT_MS / 1000} s`)), TEST_TIMEOUT_MS)
      }),
    ])
    if (pageErrors.length > 0) throw new Error(`uncaught error(s) in the page:\n${pageErrors.join('\n')}`)
    if (api.logs.length > 0) throw new Error(`the mock API logged unexpected errors:\n${api.logs.join('\n')}`)
    return { test, ok: true, ms: Date.now() - started, details }
  } catch (e) {
    details.push(...errorText(e).split('\n'))
    try {
      mkdirSync(ARTIFACTS, { recursive: true })
      const file = join(ARTIFACTS, `FAIL-${slug}.png`)
      await page.screenshot({ path: file, timeout: 5_000 })
      details.push(`screenshot: ${file}`)
    } catch {
      details.push('(no screenshot: the page was gone)')
    }
    details.push(`route: ${app.currentRoute() || page.url()}`)
    if (consoleErrors.length > 0) details.push('browser console errors:', ...consoleErrors.slice(-10).map((l) => `  ${l}`))
    return { test, ok: false, ms: Date.now() - started, details }
  } finally {
    clearTimeout(timer)
    await context.close().catch(() => undefined)
  }
}

function printAxeSummary(): void {
  const failing = auditLog.flatMap((a) => a.failing.map((f) => `${f.rule} on ${a.label}`))
  const advisory = new Map<string, { impact: string; help: string; pages: Set<string> }>()
  for (const a of auditLog) {
    for (const f of a.advisory) {
      const entry = advisory.get(f.rule) ?? { impact: String(f.impact), help: f.help, pages: new Set<string>() }
      entry.pages.add(a.label.replace(/ \(.*\)$/, ''))
      advisory.set(f.rule, entry)
    }
  }
  const axeMs = auditLog.reduce((sum, a) => sum + a.ms, 0)
  console.log(`\naxe: ${auditLog.length} audits in ${seconds(axeMs)}, ${failing.length} serious/critical finding(s)`)
  for (const line of failing) console.log(`  ${line}`)
  if (advisory.size > 0) {
    console.log('axe advisory (moderate/minor, not failing):')
    for (const [rule, e] of advisory) console.log(`  [${e.impact}] ${rule}: ${e.help} — ${[...e.pages].join(', ')}`)
  }
}

async function main(): Promise<number> {
  const started = Date.now()
  // Screenshots of an earlier run would pass for this run's; start with an empty folder.
  rmSync(ARTIFACTS, { recursive: true, force: true })
  mkdirSync(ARTIFACTS, { recursive: true })
  console.log(`e2e: serving ${DIST} with a fresh mock API per test`)
  if (reportOnly) console.log('e2e: WARNING E2E_AXE_REPORT_ONLY=1 — accessibility violations are printed but do not fail')

  const files = readdirSync(TESTS_DIR).filter((f) => f.endsWith('.e2e.ts')).sort()
  for (const file of files) {
    setCurrentFile(file)
    await import(pathToFileURL(join(TESTS_DIR, file)).href)
  }
  const grep = process.env.E2E_GREP ? new RegExp(process.env.E2E_GREP, 'i') : null
  const tests = registeredTests().filter((t) => !grep || grep.test(t.name))
  if (tests.length === 0) {
    console.log('no tests found')
    console.log('0 passed, 1 failed')
    return 1
  }

  const outcomes: Outcome[] = []
  let server: E2EServer | undefined
  let browser: Browser | undefined
  try {
    server = await startServer(DIST)
    browser = await launchBrowser()
    console.log(`e2e: ${server.origin}, Chromium ${browser.version()}, ${tests.length} test(s)\n`)
    for (const [i, test] of tests.entries()) {
      let outcome: Outcome
      if (Date.now() - started > RUN_LIMIT_MS) {
        outcome = { test, ok: false, ms: 0, details: [`not run: the whole run passed its ${RUN_LIMIT_MS / 60_000}-minute limit`] }
      } else {
        outcome = await runOne(browser, server, test, i)
      }
      outcomes.push(outcome)
      console.log(`${outcome.ok ? 'PASS' : 'FAIL'}  ${test.name} (${seconds(outcome.ms)}) [${test.file}]`)
      for (const line of outcome.details) console.log(`      ${line}`)
    }
  } catch (e) {
    console.log(`e2e setup failed: ${errorText(e)}`)
    for (const test of tests.slice(outcomes.length)) {
      outcomes.push({ test, ok: false, ms: 0, details: [] })
      console.log(`FAIL  ${test.name} (not run)`)
    }
  } finally {
    await browser?.close().catch(() => undefined)
    await server?.close().catch(() => undefined)
  }

  printAxeSummary()
  const passed = outcomes.filter((o) => o.ok).length
  const failed = outcomes.length - passed
  console.log(`screenshots: ${ARTIFACTS}; took ${seconds(Date.now() - started)}`)
  // The last line, exactly this shape: CI counts tests from it.
  console.log(`${passed} passed, ${failed} failed`)
  return failed > 0 ? 1 : 0
}

// A last resort if the browser or server hangs on close: never outlive the run limit by much.
const watchdog = setTimeout(() => {
  console.log(`e2e: the run passed ${RUN_LIMIT_MS / 60_000 + 1} minutes; giving up`)
  console.log('0 passed, 1 failed')
  process.exit(1)
}, RUN_LIMIT_MS + 60_000)

main()
  .then((code) => {
    clearTimeout(watchdog)
    // Exit explicitly: a stray handle (a keep-alive socket, a browser pipe) must not hold CI.
    process.exit(code)
  })
  .catch((e: unknown) => {
    clearTimeout(watchdog)
    console.log(`e2e crashed: ${errorText(e)}`)
    console.log('0 passed, 1 failed')
    process.exit(1)
  })
