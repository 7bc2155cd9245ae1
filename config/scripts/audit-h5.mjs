#!/usr/bin/env node
// First-screen audit of the H5 production build (`npm run audit:h5`): Lighthouse mobile (its
// default: Moto G Power-sized screen, simulated slow 4G, 4× CPU slowdown) on the home page, a
// search and a guide, served the way README "部署 H5" says (brotli/gzip, hashed files cached for a
// year, /api on the same origin: config/scripts/serve-h5.mjs) with the mock backend behind /api.
//
//   npm run audit:h5                      # uses dist/h5, builds it first if it is missing
//   npm run audit:h5 -- dist/perf-h5      # another build folder (or AUDIT_H5_DIST=…)
//   npm run audit:h5 -- --build           # (re)build the folder first (production build, ~3–6 min)
//   npm run audit:h5 -- --runs 1          # Lighthouse runs per page (default 3; the median is kept)
//   npm run audit:h5 -- --strict          # exit 1 when a page misses a target
//   npm run audit:h5 -- --out reports/lh  # also write each page's Lighthouse report (.json)
//
// Targets (issue 16): performance ≥ 90, LCP ≤ 2.5 s, TBT ≤ 200 ms. This is a measurement: it exits 0
// whatever the figures (unless --strict), and 1 only when it could not measure. Lighthouse's simulated
// throttling still scales with this machine's own CPU time, so a busy machine reads a little worse:
// several runs and the median keep one slow run from deciding.
import { spawn, spawnSync } from 'node:child_process'
import { existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs'
import net from 'node:net'
import { tmpdir } from 'node:os'
import { dirname, join, relative, resolve } from 'node:path'
import { fileURLToPath } from 'node:url'
import { precompress, startH5Server } from './serve-h5.mjs'

const ROOT = resolve(dirname(fileURLToPath(import.meta.url)), '..', '..')
const TARGETS = { performance: 90, lcpMs: 2500, tbtMs: 200 }
const CHROMIUM = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium'
const SEARCH_QUERY = '身份证'

const args = process.argv.slice(2)
function option(name) {
  const i = args.indexOf(`--${name}`)
  return i >= 0 ? args.splice(i, 2)[1] : undefined
}
function flag(name) {
  const i = args.indexOf(`--${name}`)
  if (i >= 0) args.splice(i, 1)
  return i >= 0
}
const runs = Math.max(1, Number(option('runs') ?? process.env.AUDIT_RUNS ?? 3))
const outDir = option('out')
const build = flag('build')
const strict = flag('strict')
const dist = resolve(ROOT, args[0] ?? process.env.AUDIT_H5_DIST ?? 'dist/h5')

const cleanups = []
async function cleanup() {
  while (cleanups.length) {
    try {
      await cleanups.pop()()
    } catch {
      // Best effort: everything here is a child or a temp folder of this run.
    }
  }
}
process.on('SIGINT', () => void cleanup().then(() => process.exit(130)))

function ensureBuild() {
  if (!build && existsSync(join(dist, 'index.html'))) {
    console.log(`Using the existing build in ${relative(ROOT, dist)} (add --build to rebuild it).`)
    return
  }
  console.log(`Building the H5 app into ${relative(ROOT, dist)} (production; takes a few minutes)…`)
  // No TARO_APP_DEMO: the audit measures what the public gets.
  const env = { ...process.env, NODE_ENV: 'production', TARO_OUTPUT_ROOT: relative(ROOT, dist) }
  delete env.TARO_APP_DEMO
  const r = spawnSync('npx', ['taro', 'build', '--type', 'h5'], { cwd: ROOT, env, stdio: 'inherit' })
  if (r.status !== 0 || !existsSync(join(dist, 'index.html'))) throw new Error('the H5 build failed; nothing to measure')
}

function freePort() {
  return new Promise((ok, fail) => {
    const server = net.createServer()
    server.once('error', fail)
    server.listen(0, '127.0.0.1', () => {
      const { port } = server.address()
      server.close(() => ok(port))
    })
  })
}

/** The mock backend on a free port with a throwaway data folder (never the developer's mock/.data). */
async function startMock() {
  const port = await freePort()
  const dataDir = mkdtempSync(join(tmpdir(), 'qz-audit-mock-'))
  cleanups.push(() => rmSync(dataDir, { recursive: true, force: true }))
  const child = spawn('npx', ['tsx', 'mock/server.ts', '--no-demo', '--fresh'], {
    cwd: ROOT,
    env: { ...process.env, PORT: String(port), MOCK_DATA_DIR: dataDir, MOCK_LOG: '0' },
    stdio: ['ignore', 'ignore', 'pipe'],
    detached: true,
  })
  let stderr = ''
  child.stderr.on('data', (d) => { stderr += d })
  cleanups.push(() => {
    try {
      process.kill(-child.pid, 'SIGTERM')
    } catch {
      child.kill('SIGTERM')
    }
  })
  const origin = `http://127.0.0.1:${port}`
  const until = Date.now() + 120_000
  while (Date.now() < until) {
    if (child.exitCode != null) throw new Error(`the mock backend exited: ${stderr.trim().slice(-500)}`)
    try {
      const r = await fetch(`${origin}/api/v1/items/hot?limit=1`, { signal: AbortSignal.timeout(5000) })
      if (r.ok) return origin
    } catch {
      // Still starting (the seed index takes a few seconds).
    }
    await new Promise((r) => setTimeout(r, 500))
  }
  throw new Error('the mock backend did not answer within 120 s')
}

const median = (values) => {
  const sorted = [...values].sort((a, b) => a - b)
  const mid = Math.floor(sorted.length / 2)
  return sorted.length % 2 ? sorted[mid] : (sorted[mid - 1] + sorted[mid]) / 2
}

function figures(lhr) {
  const audit = (id) => lhr.audits[id]?.numericValue
  const requests = lhr.audits['network-requests']?.details?.items ?? []
  const script = requests.filter((r) => r.resourceType === 'Script').reduce((s, r) => s + (r.transferSize ?? 0), 0)
  return {
    performance: Math.round((lhr.categories.performance.score ?? 0) * 100),
    fcpMs: audit('first-contentful-paint'),
    lcpMs: audit('largest-contentful-paint'),
    tbtMs: audit('total-blocking-time'),
    cls: audit('cumulative-layout-shift'),
    transferKB: (audit('total-byte-weight') ?? 0) / 1024,
    scriptKB: script / 1024,
    requests: requests.length,
    runtimeError: lhr.runtimeError?.message,
    // Lighthouse's own measure of this machine's CPU (a mid-range desktop ≈ 1000–2000).
    benchmarkIndex: lhr.environment?.benchmarkIndex ?? 0,
  }
}

async function main() {
  ensureBuild()
  const { default: lighthouse } = await import('lighthouse')
  const chromeLauncher = await import('chrome-launcher')

  const apiOrigin = await startMock()
  const site = await startH5Server({ dist, port: 0, api: apiOrigin })
  cleanups.push(site.close)
  // A real deployment serves files compressed ahead of time (or from its cache); so does the audit.
  precompress(site.files)
  const hot = await (await fetch(`${site.origin}/api/v1/items/hot?limit=1`)).json()
  const guideId = hot.items?.[0]?.id
  if (!guideId) throw new Error('the mock returned no hot item to open a guide for')

  const pages = [
    { name: 'home', url: `${site.origin}/#/pages/index/index` },
    { name: 'search', url: `${site.origin}/#/packages/items/search/index?q=${encodeURIComponent(SEARCH_QUERY)}` },
    { name: 'guide', url: `${site.origin}/#/packages/items/guide/index?id=${encodeURIComponent(guideId)}` },
  ]

  const chrome = await chromeLauncher.launch({
    chromePath: CHROMIUM,
    chromeFlags: ['--headless=new', '--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run',
      '--disable-background-networking', '--disable-component-update', '--disable-sync'],
  })
  cleanups.push(() => chrome.kill())

  if (outDir) mkdirSync(resolve(ROOT, outDir), { recursive: true })
  const results = []
  for (const page of pages) {
    const samples = []
    for (let i = 0; i < runs; i += 1) {
      process.stdout.write(`Lighthouse ${page.name} (${i + 1}/${runs}) ${page.url}\n`)
      const result = await lighthouse(page.url, { port: chrome.port, output: 'json', logLevel: 'error', onlyCategories: ['performance'] })
      const f = figures(result.lhr)
      if (f.runtimeError) throw new Error(`Lighthouse could not load ${page.name}: ${f.runtimeError}`)
      samples.push({ f, lhr: result.lhr })
    }
    // The run with the median score stands for the page; LCP and TBT are medians on their own.
    const byScore = [...samples].sort((a, b) => a.f.performance - b.f.performance)
    const chosen = byScore[Math.floor(byScore.length / 2)]
    const f = {
      ...chosen.f,
      performance: median(samples.map((s) => s.f.performance)),
      lcpMs: median(samples.map((s) => s.f.lcpMs)),
      tbtMs: median(samples.map((s) => s.f.tbtMs)),
      fcpMs: median(samples.map((s) => s.f.fcpMs)),
      scores: samples.map((s) => s.f.performance),
      benchmarkIndex: median(samples.map((s) => s.f.benchmarkIndex)),
    }
    if (outDir) writeFileSync(resolve(ROOT, outDir, `${page.name}.json`), JSON.stringify(chosen.lhr))
    results.push({ page, f })
  }

  const rows = [['page', 'perf', 'LCP s', 'TBT ms', 'FCP s', 'CLS', 'KB transferred', 'KB script', 'requests', 'runs', 'CPU index', 'status']]
  let failed = 0
  for (const { page, f } of results) {
    const misses = []
    if (f.performance < TARGETS.performance) misses.push(`perf < ${TARGETS.performance}`)
    if (f.lcpMs > TARGETS.lcpMs) misses.push(`LCP > ${TARGETS.lcpMs / 1000} s`)
    if (f.tbtMs > TARGETS.tbtMs) misses.push(`TBT > ${TARGETS.tbtMs} ms`)
    if (misses.length) failed += 1
    rows.push([page.name, f.performance, (f.lcpMs / 1000).toFixed(2), Math.round(f.tbtMs), (f.fcpMs / 1000).toFixed(2),
      f.cls.toFixed(3), f.transferKB.toFixed(0), f.scriptKB.toFixed(0), f.requests, f.scores.join('/'), Math.round(f.benchmarkIndex),
      misses.length ? `FAIL (${misses.join(', ')})` : 'PASS'])
  }
  const widths = rows[0].map((_, i) => Math.max(...rows.map((r) => String(r[i]).length)))
  console.log(`\n== Lighthouse mobile, ${relative(ROOT, dist)} served compressed (median of ${runs}) ==`)
  rows.forEach((r, ri) => {
    console.log(r.map((c, i) => (i === 0 || i === r.length - 1 ? String(c).padEnd(widths[i]) : String(c).padStart(widths[i]))).join('  '))
    if (ri === 0) console.log(widths.map((w) => '-'.repeat(w)).join('  '))
  })
  console.log(`\nTargets: performance ≥ ${TARGETS.performance}, LCP ≤ ${TARGETS.lcpMs / 1000} s, TBT ≤ ${TARGETS.tbtMs} ms (Lighthouse ${lighthouseVersion()}, default mobile throttling).`)
  const cpu = Math.min(...results.map((r) => r.f.benchmarkIndex))
  if (cpu < 1000) {
    // Simulated throttling multiplies this machine's own CPU time by 4; on a slow or busy machine
    // (other builds, tests) that overstates TBT and LCP. Compare runs taken under the same load.
    console.log(`Note: CPU index ${Math.round(cpu)} (< 1000): this machine is slow or busy, so TBT/LCP read worse than on a typical machine; compare figures taken under similar load.`)
  }
  if (outDir) console.log(`Reports: ${outDir}/{home,search,guide}.json (open in https://googlechrome.github.io/lighthouse/viewer/).`)
  console.log(failed ? `${failed} of ${results.length} pages miss a target.` : 'Every page meets the targets.')
  return strict && failed ? 1 : 0
}

function lighthouseVersion() {
  try {
    return JSON.parse(readFileSync(join(ROOT, 'node_modules', 'lighthouse', 'package.json'), 'utf8')).version
  } catch {
    return '?'
  }
}

main()
  .then(async (code) => {
    await cleanup()
    process.exit(code)
  })
  .catch(async (e) => {
    console.error(`\n[audit:h5] ${e instanceof Error ? e.message : String(e)}`)
    await cleanup()
    process.exit(1)
  })
