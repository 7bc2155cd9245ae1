/**
 * Store benchmark: `npm run bench:store` (issue 12, SPEC §8).
 *
 * Seeds cases straight into a temporary store file through the store module (one transaction per
 * 5,000), then runs the real mock (`mock/server.ts`) as a child process on a free 127.0.0.1 port and
 * times it over HTTP at 100 / 10,000 / 100,000 stored cases:
 *   - POST /applications p50 / p95 (one case and its idempotency key per request),
 *   - GET /cases p95 (the first page of an applicant holding 1 % of all cases),
 *   - sign-in (POST /auth/demo) p95,
 *   - GET /items/{id} p99 alone, and again while 4 concurrent writers POST /applications,
 *   - the mock's resident memory (VmRSS of the server process).
 * The mock is a separate process on purpose: better-sqlite3 is synchronous, so only a server that
 * other clients talk to over sockets shows whether a read waits behind writes. The 4 writers run in
 * a worker thread of their own: in the reader's event loop, handling their responses delayed the
 * reader's own timing (a cost of the measuring client, not of the mock). They use node:http, lighter
 * on the CPU than fetch, whose cost per request was taken from the mock's 2 cores, and their thread runs
 * at the lowest priority: they stand in for other people's phones, so the cores the reader and the
 * mock need are not theirs to take (the mock's load is unchanged: they still post back to back). All
 * of it still shares the machine's cores with the mock, so the output states the cores, the load
 * average and how much CPU the mock and the bench used while the writers ran.
 * The read p99s are taken over 1,500 reads each: over 300, a p99 is the third-slowest read, and one
 * stall of the machine moved the ratio by 1× from run to run.
 * Budgets, printed PASS / FAIL and not asserted anywhere (exit code 0 either way): write p95 ≤ 20 ms
 * at 100,000 cases; read p99 with writers ≤ 2 × without; RSS ≤ 400 MB at 100,000 cases.
 * Every loop is bounded, the child is stopped at the end, and nothing leaves 127.0.0.1.
 */
import { spawn, type ChildProcess } from 'node:child_process'
import { mkdtempSync, readFileSync, rmSync } from 'node:fs'
import { createServer } from 'node:net'
import { availableParallelism, loadavg, tmpdir } from 'node:os'
import { join, resolve } from 'node:path'
import { performance } from 'node:perf_hooks'
import { Worker } from 'node:worker_threads'
import type { Case } from '@contract/case'
import { chinaDateOf } from '../lib/working-days'
import { openStore, STORE_FILE } from '../lib/store'
import { caseRecord } from '../lib/store/fixtures'
import type { CaseRecord } from '../lib/store/records'
import { loadSeed } from '../seed'
import { cityItem, JPEG, schemaOf, testIdNumber, validApplication } from '../test-support/fixtures'

/**
 * STORE_BENCH_LEVELS=10000 runs one level only, STORE_BENCH_CPU_PROF=<dir> starts the mock with
 * --cpu-prof into <dir> (where the write path spends its time; see lib/store/README.md).
 */
const LEVELS: readonly number[] = process.env.STORE_BENCH_LEVELS
  ? process.env.STORE_BENCH_LEVELS.split(',').map((l) => Number(l.replace(/_/g, '')))
  : [100, 10_000, 100_000]
const CPU_PROF_DIR = process.env.STORE_BENCH_CPU_PROF ? resolve(process.env.STORE_BENCH_CPU_PROF) : null
const SEED_BATCH = 5_000
/** Every 100th seeded case is the demo resident's, so GET /cases pages through 1 % of the table. */
const OWN_EVERY = 100
const SAMPLES = { write: 200, list: 100, signIn: 50, read: 1500 } as const
const WRITERS = 4
const BUDGET = { writeP95Ms: 20, readRatio: 2, rssMb: 400 } as const
/** The whole run stops by itself: every wait has a deadline. */
const START_TIMEOUT_MS = 60_000
const REQUEST_TIMEOUT_MS = 10_000

const STATUSES: CaseRecord['status'][] = ['submitted', 'accepted', 'in-review', 'needs-supplement', 'approved']
const OWNERS = 2_000

interface Figures {
  cases: number
  writeP50: number
  writeP95: number
  listP95: number
  signInP95: number
  readP99: number
  readP99Writers: number
  writesDuringRead: number
  /**
   * Writes answered while one read was outstanding (p99 over the reads): about how many writes a read waited
   * behind, plus those answered while the read was outside the mock (client, kernel, waiting for a core).
   */
  writesPerReadP99: number
  /** CPU used while the writers ran, in % of one core: the mock's process, and the bench's (reader and writers). */
  mockCpu: number
  benchCpu: number
  rssMb: number
}

function percentile(samples: number[], p: number): number {
  const sorted = [...samples].sort((a, b) => a - b)
  return sorted[Math.min(sorted.length - 1, Math.ceil((p / 100) * sorted.length) - 1)]
}

function freePort(): Promise<number> {
  return new Promise((done, fail) => {
    const probe = createServer()
    probe.once('error', fail)
    probe.listen(0, '127.0.0.1', () => {
      const address = probe.address()
      const port = typeof address === 'object' && address ? address.port : 0
      probe.close(() => done(port))
    })
  })
}

/** Adds seeded cases until the store holds `target` (seeded + created through HTTP). */
function seedTo(file: string, target: number, seeded: { next: number }): number {
  const store = openStore({ file, checkRecords: false, log: () => undefined })
  try {
    let count = store.cases.count()
    while (count < target) {
      const batch = Math.min(SEED_BATCH, target - count)
      store.transaction(() => {
        for (let i = 0; i < batch; i += 1) {
          const n = seeded.next
          seeded.next += 1
          const owner = n % OWN_EVERY === 0 ? 'demo-resident' : `bench-owner-${n % OWNERS}`
          store.cases.put(caseRecord(n, { ownerId: owner, status: STATUSES[n % STATUSES.length], idempotencyKey: `seed-${n}` }))
        }
      })
      count += batch
    }
    return count
  } finally {
    store.close()
  }
}

interface Mock {
  child: ChildProcess
  base: string
  pid: number
  stop(): Promise<void>
}

async function startMock(dataDir: string): Promise<Mock> {
  const port = await freePort()
  // npm runs scripts from the package root.
  const root = resolve(process.cwd())
  const profile = CPU_PROF_DIR ? ['--cpu-prof', `--cpu-prof-dir=${CPU_PROF_DIR}`] : []
  const child = spawn(process.execPath, [...profile, '--import', 'tsx', join(root, 'mock', 'server.ts')], {
    cwd: root,
    env: {
      ...process.env,
      PORT: String(port),
      MOCK_DATA_DIR: dataDir,
      MOCK_DEMO: '0',
      MOCK_LOG: '0',
      // The bench stands in for many clients: each sign-in names its own address (see signInTimes).
      MOCK_TRUSTED_PROXIES: '127.0.0.1',
    },
    stdio: ['ignore', 'pipe', 'pipe'],
  })
  let output = ''
  child.stdout?.on('data', (chunk: Buffer) => (output += chunk.toString()))
  child.stderr?.on('data', (chunk: Buffer) => (output += chunk.toString()))
  const base = `http://127.0.0.1:${port}/api/v1`
  const deadline = Date.now() + START_TIMEOUT_MS
  for (;;) {
    if (child.exitCode !== null) throw new Error(`the mock exited (${child.exitCode}) before answering:\n${output}`)
    if (Date.now() > deadline) {
      child.kill('SIGKILL')
      throw new Error(`the mock did not answer within ${START_TIMEOUT_MS / 1000} s:\n${output}`)
    }
    try {
      if ((await fetch(`${base}/health`, { signal: AbortSignal.timeout(1_000) })).ok) break
    } catch {
      // Not listening yet.
    }
    await new Promise((r) => setTimeout(r, 100))
  }
  const pid = Number(readFileSync(join(dataDir, 'mock.pid'), 'utf8').trim())
  return {
    child,
    base,
    pid: Number.isInteger(pid) && pid > 0 ? pid : (child.pid ?? 0),
    stop: () =>
      new Promise<void>((done) => {
        if (child.exitCode !== null) return done()
        const force = setTimeout(() => child.kill('SIGKILL'), 5_000)
        child.once('exit', () => {
          clearTimeout(force)
          done()
        })
        child.kill('SIGTERM')
      }),
  }
}

/** CPU time (user + system) a process has used, in ms, from /proc (clock ticks of 10 ms, Linux's USER_HZ). */
function cpuMsOf(pid: number): number {
  const stat = readFileSync(`/proc/${pid}/stat`, 'utf8')
  // The fields after the command name "(…)": state is field 3, utime 14 and stime 15.
  const fields = stat.slice(stat.lastIndexOf(')') + 2).split(' ')
  return (Number(fields[11]) + Number(fields[12])) * 10
}

/**
 * The writers' loop, in a worker thread (plain JS: it needs only fetch). It posts 'started', then
 * each of `writers` loops POSTs the application back to back until told 'stop' (or `cap` each), and
 * posts { writes } or { writes, error }.
 */
const WRITERS_SCRIPT = `
const http = require('node:http')
const { setPriority } = require('node:os')
const { readlinkSync } = require('node:fs')
// The writers stand in for other people's phones, not for work on the reader's machine: at the lowest
// priority (this thread only; Linux names a thread by its id, /proc/thread-self) they take the cores the
// reader and the mock leave, so the reader's figures measure the mock holding reads behind writes rather
// than the bench's own threads sharing 2 cores with it. They still post back to back: the mock's load is
// the same (the "writes meanwhile" column).
try {
  setPriority(Number(readlinkSync('/proc/thread-self').split('/').pop()), 19)
} catch {
  // Not Linux: the writers run at normal priority, and the ratio also measures the CPU they take.
}
const { parentPort, workerData } = require('node:worker_threads')
const { url, token, body, writers, keyPrefix, cap, timeoutMs, answered } = workerData
const answeredCount = new Int32Array(answered)
const target = new URL(url)
// node:http with kept-alive sockets, not fetch: undici's fetch costs the client several times the CPU
// per request, and on 2 cores the client's CPU is taken from the mock (see the README's figures).
const agent = new http.Agent({ keepAlive: true, maxSockets: writers })
const payload = Buffer.from(body)
let running = true
let writes = 0
let serial = 0
parentPort.on('message', (message) => { if (message === 'stop') running = false })
function post(key) {
  return new Promise((resolve, reject) => {
    const req = http.request({
      host: target.hostname, port: target.port, path: target.pathname, method: 'POST', agent, timeout: timeoutMs,
      headers: { Authorization: 'Bearer ' + token, 'Content-Type': 'application/json', 'Content-Length': payload.length, 'Idempotency-Key': key },
    }, (res) => {
      res.resume()
      res.on('end', () => resolve(res.statusCode))
      res.on('error', reject)
    })
    req.on('timeout', () => req.destroy(new Error('a writer timed out')))
    req.on('error', reject)
    req.end(payload)
  })
}
async function writer() {
  for (let i = 0; running && i < cap; i += 1) {
    serial += 1
    const status = await post(keyPrefix + serial)
    if (status !== 201) throw new Error('a writer got ' + status)
    writes += 1
    Atomics.add(answeredCount, 0, 1)
  }
}
parentPort.postMessage('started')
Promise.all(Array.from({ length: writers }, writer)).then(
  () => parentPort.postMessage({ writes }),
  (e) => parentPort.postMessage({ writes, error: String((e && e.message) || e) }),
).finally(() => agent.destroy())
`

interface WritersHandle {
  /** Writes answered so far (shared with the worker thread). */
  answered(): number
  stop(): Promise<number>
}

/** Starts the concurrent writers in their own thread; stop() ends them and gives how many writes they made. */
async function startWriters(base: string, token: string, application: unknown): Promise<WritersHandle> {
  const answered = new Int32Array(new SharedArrayBuffer(4))
  const worker = new Worker(WRITERS_SCRIPT, {
    eval: true,
    workerData: {
      url: `${base}/applications`,
      token,
      body: JSON.stringify(application),
      writers: WRITERS,
      keyPrefix: `bench-${process.pid}-w${Date.now().toString(36)}-`,
      // Bounded: stops with the reader, and never runs past its own cap.
      cap: 5_000,
      timeoutMs: REQUEST_TIMEOUT_MS,
      answered: answered.buffer,
    },
  })
  const finished = new Promise<{ writes: number; error?: string }>((done, fail) => {
    worker.on('message', (m: unknown) => {
      if (m !== 'started') done(m as { writes: number; error?: string })
    })
    worker.once('error', fail)
  })
  // Awaited in stop(); a failure before then must not be an unhandled rejection meanwhile.
  finished.catch(() => undefined)
  await new Promise<void>((done, fail) => {
    worker.once('message', () => done())
    worker.once('error', fail)
  })
  return {
    answered: () => Atomics.load(answered, 0),
    async stop() {
      worker.postMessage('stop')
      const result = await finished
      await worker.terminate()
      if (result.error) throw new Error(result.error)
      return result.writes
    },
  }
}

function rssMbOf(pid: number): number {
  const status = readFileSync(`/proc/${pid}/status`, 'utf8')
  const kb = Number(/VmRSS:\s+(\d+)\s+kB/.exec(status)?.[1] ?? NaN)
  return kb / 1024
}

async function call<T>(base: string, method: string, path: string, init: { token?: string; json?: unknown; body?: FormData; headers?: Record<string, string> } = {}): Promise<{ status: number; body: T }> {
  const headers: Record<string, string> = { ...init.headers }
  if (init.token) headers.Authorization = `Bearer ${init.token}`
  if (init.json !== undefined) headers['Content-Type'] = 'application/json'
  const res = await fetch(`${base}${path}`, {
    method,
    headers,
    body: init.body ?? (init.json === undefined ? undefined : JSON.stringify(init.json)),
    signal: AbortSignal.timeout(REQUEST_TIMEOUT_MS),
  })
  const text = await res.text()
  return { status: res.status, body: (text && (res.headers.get('content-type') ?? '').includes('json') ? JSON.parse(text) : text) as T }
}

async function timed(fn: () => Promise<{ status: number }>, expected: number): Promise<number> {
  const start = performance.now()
  const res = await fn()
  const ms = performance.now() - start
  if (res.status !== expected) throw new Error(`expected ${expected}, got ${res.status}`)
  return ms
}

let keySerial = 0

async function measure(mock: Mock, cases: number): Promise<Figures> {
  const { base } = mock
  const seed = loadSeed()
  const item = cityItem(seed, '居民身份证换领')
  const today = chinaDateOf(new Date())
  const resident = (await call<{ token: string }>(base, 'POST', '/auth/demo', { json: { account: 'resident' }, headers: { 'X-Forwarded-For': '10.9.0.1' } })).body.token
  const me = await call<{ realName: unknown }>(base, 'GET', '/me', { token: resident })
  if (!me.body.realName) await call(base, 'PUT', '/me/real-name', { token: resident, json: { name: '陈小明', idNumber: testIdNumber() } })
  const form = new FormData()
  form.append('file', new Blob([JPEG], { type: 'image/jpeg' }), 'photo.jpg')
  const upload = await call<{ fileId: string }>(base, 'POST', '/uploads', { token: resident, body: form })
  if (upload.status !== 201) throw new Error(`upload answered ${upload.status}`)
  const application = validApplication(schemaOf(item, today), upload.body.fileId)
  const submit = () => {
    keySerial += 1
    return call<Case>(base, 'POST', '/applications', { token: resident, json: application, headers: { 'Idempotency-Key': `bench-${process.pid}-${keySerial}` } })
  }

  // Warm-up: the first requests compile routes and fill statement caches.
  for (let i = 0; i < 10; i += 1) {
    await submit()
    await call(base, 'GET', '/cases?page=1&pageSize=20', { token: resident })
    await call(base, 'GET', `/items/${item.id}`)
  }

  const writes: number[] = []
  for (let i = 0; i < SAMPLES.write; i += 1) writes.push(await timed(submit, 201))
  const lists: number[] = []
  for (let i = 0; i < SAMPLES.list; i += 1) lists.push(await timed(() => call(base, 'GET', '/cases?page=1&pageSize=20', { token: resident }), 200))
  // The business account (not the writers' resident: its 10-session cap would revoke their token),
  // each sign-in from another client address, so the per-client throttle is not what is timed.
  const signIns: number[] = []
  for (let i = 0; i < SAMPLES.signIn; i += 1) {
    const address = `10.${(cases % 200) + 1}.${Math.floor(i / 250)}.${(i % 250) + 1}`
    signIns.push(await timed(() => call(base, 'POST', '/auth/demo', { json: { account: 'business' }, headers: { 'X-Forwarded-For': address } }), 200))
  }
  const readItems = async (writersRunning?: WritersHandle, writesPerRead?: number[]) => {
    const samples: number[] = []
    for (let i = 0; i < SAMPLES.read; i += 1) {
      const before = writersRunning?.answered() ?? 0
      samples.push(await timed(() => call(base, 'GET', `/items/${item.id}`), 200))
      if (writersRunning) writesPerRead?.push(writersRunning.answered() - before)
    }
    return samples
  }
  const alone = await readItems()

  const writers = await startWriters(base, resident, application)
  // Let the writers get going before the reader starts.
  await new Promise((r) => setTimeout(r, 200))
  const mockCpuBefore = cpuMsOf(mock.pid)
  const benchCpuBefore = process.cpuUsage()
  const readStart = performance.now()
  const writesPerRead: number[] = []
  const withWriters = await readItems(writers, writesPerRead)
  const readWall = performance.now() - readStart
  const mockCpuMs = cpuMsOf(mock.pid) - mockCpuBefore
  const benchCpu = process.cpuUsage(benchCpuBefore)
  const writesDuringRead = await writers.stop()

  return {
    cases,
    writeP50: percentile(writes, 50),
    writeP95: percentile(writes, 95),
    listP95: percentile(lists, 95),
    signInP95: percentile(signIns, 95),
    readP99: percentile(alone, 99),
    readP99Writers: percentile(withWriters, 99),
    writesDuringRead,
    writesPerReadP99: percentile(writesPerRead, 99),
    mockCpu: (100 * mockCpuMs) / readWall,
    benchCpu: (100 * (benchCpu.user + benchCpu.system)) / 1000 / readWall,
    rssMb: rssMbOf(mock.pid),
  }
}

const ms = (value: number) => `${value.toFixed(1)} ms`

function print(rows: Figures[]): void {
  const header = ['stored cases', 'POST /applications p50', 'p95', 'GET /cases p95', 'sign-in p95', 'GET /items p99 alone', 'with 4 writers', '(writes meanwhile)', 'writes per read p99', 'CPU mock / bench', 'RSS']
  const lines = rows.map((r) => [
    r.cases.toLocaleString('en-US'),
    ms(r.writeP50),
    ms(r.writeP95),
    ms(r.listP95),
    ms(r.signInP95),
    ms(r.readP99),
    ms(r.readP99Writers),
    String(r.writesDuringRead),
    String(r.writesPerReadP99),
    `${r.mockCpu.toFixed(0)} % / ${r.benchCpu.toFixed(0)} %`,
    `${r.rssMb.toFixed(0)} MB`,
  ])
  const widths = header.map((h, i) => Math.max(h.length, ...lines.map((l) => l[i].length)))
  const row = (cells: string[]) => cells.map((c, i) => c.padStart(widths[i])).join('  ')
  console.log(row(header))
  for (const line of lines) console.log(row(line))
}

async function main(): Promise<void> {
  const started = Date.now()
  const dataDir = mkdtempSync(join(tmpdir(), 'mock-store-bench-'))
  const file = join(dataDir, STORE_FILE)
  const seeded = { next: 1 }
  const rows: Figures[] = []
  console.log(`store bench: data in ${dataDir} (removed at the end), mock as a child process on 127.0.0.1`)
  const cores = availableParallelism()
  const load = () => loadavg().map((l) => l.toFixed(1)).join(' ')
  console.log(`[bench] ${cores} cores, load average ${load()} before the run`)
  try {
    for (const level of LEVELS) {
      const seedStart = performance.now()
      const count = seedTo(file, level, seeded)
      console.log(`[bench] ${count.toLocaleString('en-US')} cases stored (seeding took ${((performance.now() - seedStart) / 1000).toFixed(1)} s); starting the mock`)
      const mock = await startMock(dataDir)
      try {
        rows.push(await measure(mock, count))
      } finally {
        await mock.stop()
      }
    }
  } finally {
    rmSync(dataDir, { recursive: true, force: true })
  }

  console.log('')
  print(rows)
  console.log('')
  const top = rows[rows.length - 1]
  const verdict = (ok: boolean) => (ok ? 'PASS' : 'FAIL')
  console.log(`${verdict(top.writeP95 <= BUDGET.writeP95Ms)}  write p95 ≤ ${BUDGET.writeP95Ms} ms at ${top.cases.toLocaleString('en-US')} cases: ${ms(top.writeP95)}`)
  for (const r of rows) {
    const rr = r.readP99Writers / r.readP99
    console.log(`${verdict(rr <= BUDGET.readRatio)}  read p99 with ${WRITERS} writers ≤ ${BUDGET.readRatio}× without at ${r.cases.toLocaleString('en-US')} cases: ${ms(r.readP99Writers)} vs ${ms(r.readP99)} (${rr.toFixed(2)}×)`)
  }
  console.log(`${verdict(top.rssMb <= BUDGET.rssMb)}  RSS ≤ ${BUDGET.rssMb} MB at ${top.cases.toLocaleString('en-US')} cases: ${top.rssMb.toFixed(0)} MB`)
  console.log(`(budgets are reported, not asserted; run took ${((Date.now() - started) / 1000).toFixed(0)} s)`)
  console.log('')
  console.log(
    `note: the bench (the reader, and the ${WRITERS} writers in a worker thread at the lowest priority) runs on the same ${cores} cores as the mock, ` +
      `so the "with ${WRITERS} writers" column also measures CPU sharing: "CPU mock / bench" is each process's use while the writers ran ` +
      `(100 % = one core busy). The mock answers on one event loop: when it is near 100 %, a read waits for the writes already queued ` +
      `before it. Other work on the machine (load average now ${load()}) adds to every figure.`,
  )
  console.log(
    `"writes per read p99": writes the writers got answered while one read was outstanding. The mock lets reads go before ` +
      `queued writes (lib/reads-first.ts), so inside the mock a read waits for at most the write in progress; the count also ` +
      `takes in the time the read spent outside the mock (the reader or the mock waiting for a core), so it grows with the load.`,
  )
}

main().catch((e: unknown) => {
  console.error(e instanceof Error ? (e.stack ?? e.message) : String(e))
  process.exitCode = 1
})
