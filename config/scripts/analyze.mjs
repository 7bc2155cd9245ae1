#!/usr/bin/env node
// Package-size analysis of the weapp build (`npm run analyze`).
//
// WeChat refuses to upload a mini-program whose main package or any subpackage is over 2 MB, so we
// measure every package three ways and print them side by side:
//   raw       — bytes of the files WeChat would pack (its extension whitelist), split by app.json's
//               subPackages roots; needs nothing but the file system, so it always works;
//   analysed  — WeChat's own per-package numbers from miniprogram-ci (analyseCode + the
//               PACKAGE_SIZE_LIMIT check of checkCodeQuality), run offline;
//   compiled  — the size after WeChat's own compiler (getCompiledResult, minify on), i.e. close to
//               what an upload would send.
// The status uses the largest of the available numbers, so a measurement we could not take never
// hides an overrun. It exits 0 (this is a measurement, not a gate) unless a package is over WeChat's
// hard 2 MB limit or the whole app is over 20 MB; then it exits 1.
import { spawnSync } from 'node:child_process'
import { generateKeyPairSync } from 'node:crypto'
import { existsSync, mkdtempSync, readdirSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs'
import { createRequire } from 'node:module'
import { tmpdir } from 'node:os'
import { dirname, join, relative, resolve, sep } from 'node:path'
import { fileURLToPath } from 'node:url'

const ROOT = resolve(dirname(fileURLToPath(import.meta.url)), '..', '..')
// `npm run analyze -- dist/weapp-smoke` (or ANALYZE_DIST=…) measures another weapp build folder.
const DIST = resolve(ROOT, process.argv[2] ?? process.env.ANALYZE_DIST ?? join('dist', 'weapp'))
const KB = 1024
const WECHAT_PACKAGE_LIMIT_KB = 2048
const WECHAT_TOTAL_LIMIT_KB = 20 * 1024
// Our own budgets, well under WeChat's limits so first-open stays fast on a slow phone network.
// The main package is what every first open downloads before anything shows (issue 16: ≤ 420 KB;
// Taro's React runtime and base.wxml alone are ~320 KB of it).
const MAIN_BUDGET_KB = 420
const SUBPACKAGE_BUDGET_KB = 300
// miniprogram-ci talks to WeChat's servers when something is not available offline; never let that
// hang the analysis.
const CI_TIMEOUT_MS = 120_000
const MAIN = '(main)'

// The extensions WeChat packs into a mini-program (miniprogram-ci's offline default list,
// utils/white_ext_list.js); anything else in dist (LICENSE.txt, source maps) is never uploaded.
const WHITELIST = new Set(['.wxml', '.wxss', '.wxs', '.png', '.jpg', '.jpeg', '.gif', '.svg', '.js', '.json', '.cer',
  '.mp3', '.aac', '.m4a', '.mp4', '.wav', '.ogg', '.silk', '.wasm', '.br', '.cur', '.ico', '.skel', '.crt', '.cert'])

function header(text) {
  console.log(`\n== ${text} ==`)
}

function ensureBuild() {
  if (existsSync(join(DIST, 'app.json'))) {
    console.log(`Using the existing build in ${relative(ROOT, DIST)} (run \`npm run build:weapp\` first to measure fresh code).`)
    return
  }
  console.log(`${relative(ROOT, DIST)} is missing: building it now with \`npm run build:weapp\`…`)
  const r = spawnSync('npm', ['run', 'build:weapp'], { cwd: ROOT, stdio: 'inherit', env: { ...process.env, TARO_OUTPUT_ROOT: relative(ROOT, DIST) } })
  if (r.status !== 0 || !existsSync(join(DIST, 'app.json'))) {
    console.error('The weapp build failed; nothing to measure.')
    process.exit(1)
  }
}

function readPackages() {
  const app = JSON.parse(readFileSync(join(DIST, 'app.json'), 'utf8'))
  // WeChat accepts both spellings of the key.
  const subs = app.subPackages ?? app.subpackages ?? []
  return subs.map((s) => ({ root: String(s.root).replace(/^\/+|\/+$/g, ''), independent: Boolean(s.independent) }))
}

function packageOf(path, roots) {
  const p = path.split(sep).join('/')
  return roots.find((r) => p === r || p.startsWith(`${r}/`)) ?? MAIN
}

function walk(dir, out = []) {
  for (const entry of readdirSync(dir, { withFileTypes: true })) {
    const full = join(dir, entry.name)
    if (entry.isDirectory()) {
      if (entry.name !== 'node_modules') walk(full, out)
    } else {
      out.push(full)
    }
  }
  return out
}

function measureRaw(roots) {
  const sizes = new Map([[MAIN, 0], ...roots.map((r) => [r, 0])])
  const files = new Map([[MAIN, 0], ...roots.map((r) => [r, 0])])
  const largest = new Map([[MAIN, []], ...roots.map((r) => [r, []])])
  let skipped = 0
  for (const full of walk(DIST)) {
    const rel = relative(DIST, full)
    const ext = rel.slice(rel.lastIndexOf('.')).toLowerCase()
    if (!WHITELIST.has(ext)) {
      skipped += statSync(full).size
      continue
    }
    const pkg = packageOf(rel, roots)
    const size = statSync(full).size
    sizes.set(pkg, sizes.get(pkg) + size)
    files.set(pkg, files.get(pkg) + 1)
    largest.get(pkg).push({ path: rel.split(sep).join('/'), size })
  }
  for (const list of largest.values()) list.sort((a, b) => b.size - a.size).splice(5)
  return { sizes, files, largest, skipped }
}

function withTimeout(promise, what) {
  let timer
  return Promise.race([
    promise,
    new Promise((_, reject) => {
      timer = setTimeout(() => reject(new Error(`${what} did not finish within ${CI_TIMEOUT_MS / 1000} s`)), CI_TIMEOUT_MS)
    }),
  ]).finally(() => clearTimeout(timer))
}

// miniprogram-ci logs its own chatter (and, offline, an expected ENOTFOUND for servicewechat.com);
// keep it out of the report and show it only if the step fails.
async function quietly(fn) {
  const names = ['log', 'info', 'warn', 'error', 'debug']
  const saved = names.map((n) => console[n])
  const lines = []
  for (const n of names) console[n] = (...args) => lines.push(args.map(String).join(' '))
  try {
    return { value: await fn(), lines }
  } catch (error) {
    return { error, lines }
  } finally {
    names.forEach((n, i) => { console[n] = saved[i] })
  }
}

async function measureWithWechat(roots) {
  const result = { analysed: null, compiled: null, checks: null, problems: [] }
  let ci
  try {
    ci = createRequire(import.meta.url)('miniprogram-ci')
  } catch (e) {
    result.problems.push(`miniprogram-ci could not be loaded: ${e.message}`)
    return result
  }
  const tmp = mkdtempSync(join(tmpdir(), 'qz-analyze-'))
  try {
    // A throwaway key: offline analysis never signs anything, but the Project insists on a key file.
    const { privateKey } = generateKeyPairSync('rsa', { modulusLength: 2048 })
    const privateKeyPath = join(tmp, 'private.key')
    writeFileSync(privateKeyPath, privateKey.export({ type: 'pkcs1', format: 'pem' }), { mode: 0o600 })
    const project = new ci.Project({
      appid: 'wx0000000000000000',
      type: 'miniProgram',
      projectPath: DIST,
      privateKeyPath,
      ignores: ['node_modules/**/*'],
      // Supplying the project attributes locally is what keeps miniprogram-ci from asking WeChat's
      // servers for them (TOOLCHAIN.md).
      attr: async () => ({ ...ci.DefaultProjectAttr }),
    })

    // The check texts in Chinese read as the goal ("启用组件按需注入"); the English ones read as the
    // failure whatever the outcome, which is confusing next to "pass".
    ci.locales?.setLocale?.('zh')
    const analysed = await quietly(() => withTimeout(ci.analyseCode(project), 'analyseCode'))
    if (analysed.error || !analysed.value?.files) {
      result.problems.push(`analyseCode failed: ${analysed.error?.message ?? 'no file list returned'}`)
    } else {
      const sizes = new Map([[MAIN, 0], ...roots.map((r) => [r, 0])])
      for (const f of analysed.value.files) {
        const pkg = f.subPackage ? f.subPackage.replace(/\/+$/, '') : MAIN
        sizes.set(pkg, (sizes.get(pkg) ?? 0) + f.size)
      }
      result.analysed = sizes
    }

    const checks = await quietly(() => withTimeout(ci.checkCodeQuality(project), 'checkCodeQuality'))
    if (checks.error) result.problems.push(`checkCodeQuality failed: ${checks.error.message}`)
    else result.checks = checks.value

    const compiled = await quietly(() => withTimeout(
      ci.getCompiledResult({ project, version: '0.0.0', setting: { es6: false, minify: true }, onProgressUpdate: () => {} }),
      'getCompiledResult'))
    if (compiled.error) {
      result.problems.push(`getCompiledResult failed: ${compiled.error.message}`)
    } else {
      const sizes = new Map([[MAIN, 0], ...roots.map((r) => [r, 0])])
      for (const [path, content] of Object.entries(compiled.value)) {
        const pkg = packageOf(path, roots)
        sizes.set(pkg, sizes.get(pkg) + (typeof content === 'string' ? Buffer.byteLength(content) : content.length))
      }
      result.compiled = sizes
    }
    for (const step of [analysed, checks, compiled]) {
      if (step.error && step.lines.length) result.problems.push(...step.lines.slice(-10).map((l) => `  ${l}`))
    }
  } catch (e) {
    result.problems.push(`miniprogram-ci failed: ${e.message}`)
  } finally {
    rmSync(tmp, { recursive: true, force: true })
  }
  return result
}

const kb = (bytes) => (bytes == null ? '—' : (bytes / KB).toFixed(1))

function table(rows) {
  const widths = rows[0].map((_, i) => Math.max(...rows.map((r) => String(r[i]).length)))
  // Chinese-free ASCII table: column widths count characters, which is exact for ASCII.
  return rows.map((r, ri) => {
    const line = r.map((c, i) => (i === 0 ? String(c).padEnd(widths[i]) : String(c).padStart(widths[i]))).join('  ')
    return ri === 0 ? `${line}\n${widths.map((w) => '-'.repeat(w)).join('  ')}` : line
  }).join('\n')
}

async function main() {
  header('Weapp package sizes')
  ensureBuild()
  const subs = readPackages()
  const roots = subs.map((s) => s.root)
  const raw = measureRaw(roots)
  const wechat = await measureWithWechat(roots)

  const rows = [['package', 'files', 'raw KB', 'analysed KB', 'compiled KB', 'limit KB', 'budget KB', 'status']]
  let overHardLimit = false
  let total = 0
  let mainVerdict
  for (const pkg of [MAIN, ...roots]) {
    const measured = [raw.sizes.get(pkg), wechat.analysed?.get(pkg), wechat.compiled?.get(pkg)].filter((n) => n != null)
    const counted = Math.max(...measured)
    total += counted
    const budget = pkg === MAIN ? MAIN_BUDGET_KB : SUBPACKAGE_BUDGET_KB
    const hard = counted > WECHAT_PACKAGE_LIMIT_KB * KB
    overHardLimit ||= hard
    const status = hard ? 'FAIL (over WeChat limit)' : counted > budget * KB ? 'FAIL (over budget)' : 'PASS'
    if (pkg === MAIN) mainVerdict = { counted, budget, status }
    const name = pkg === MAIN ? 'main package' : `${pkg}${subs.find((s) => s.root === pkg)?.independent ? ' (independent)' : ''}`
    rows.push([name, raw.files.get(pkg), kb(raw.sizes.get(pkg)), kb(wechat.analysed?.get(pkg)), kb(wechat.compiled?.get(pkg)),
      WECHAT_PACKAGE_LIMIT_KB, budget, status])
  }
  const totalOver = total > WECHAT_TOTAL_LIMIT_KB * KB
  overHardLimit ||= totalOver
  rows.push(['total', '', '', '', '', WECHAT_TOTAL_LIMIT_KB, '', totalOver ? 'FAIL (over WeChat limit)' : 'PASS'])
  rows[rows.length - 1][2] = kb(total)
  console.log(table(rows))
  console.log(`\nMain package: ${kb(mainVerdict.counted)} KB against the ${mainVerdict.budget} KB budget: ${mainVerdict.status}`)
  console.log(`\nraw = bytes of packed file types under ${relative(ROOT, DIST)} (${kb(raw.skipped)} KB of other files such as LICENSE.txt are never uploaded);`)
  console.log('analysed = WeChat miniprogram-ci analyseCode; compiled = WeChat compiler output (minify on).')
  console.log('status compares the largest of the measured numbers with our budget and WeChat\'s hard limit.')

  // Where the bytes are: the first place to look when a package grows.
  header('Largest files per package (raw KB)')
  for (const [pkg, list] of raw.largest) {
    console.log(`${pkg === MAIN ? 'main package' : pkg}: ${list.map((f) => `${f.path} ${kb(f.size)}`).join(', ')}`)
  }

  if (wechat.problems.length) {
    header('miniprogram-ci (offline) could not measure everything — raw bytes are used where it failed')
    for (const p of wechat.problems) console.log(p)
  }

  if (wechat.checks) {
    header('WeChat code-quality checks (miniprogram-ci checkCodeQuality)')
    for (const c of wechat.checks) {
      // JS/WXML/WXSS_COMPRESS_OPEN read the upload settings in project.config.json, not the code.
      const note = /_COMPRESS_OPEN$/.test(c.name) && !c.success
        ? ' (upload setting: project.config.json setting.minified / minifyWXML / minifyWXSS)'
        : ''
      const detail = c.name === 'PACKAGE_SIZE_LIMIT' && c.detail
        ? ` — ${Object.entries(c.detail).map(([k, v]) => `${k === '__APP__' ? 'main' : k.replace(/\/$/, '')} ${kb(v)} KB`).join(', ')}`
        : ''
      console.log(`${c.success ? 'pass' : 'FAIL'}  ${c.name}: ${c.text}${detail}${note}`)
    }
  }

  console.log(overHardLimit
    ? '\nA package is over WeChat\'s hard limit: WeChat would refuse to upload this build.'
    : '\nEvery package is within WeChat\'s hard limits.')
  // miniprogram-ci leaves file watchers open; exit explicitly so `npm run analyze` returns.
  process.exit(overHardLimit ? 1 : 0)
}

main().catch((e) => {
  console.error(e)
  process.exit(1)
})
