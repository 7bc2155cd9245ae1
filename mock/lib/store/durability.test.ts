import { spawn, spawnSync } from 'node:child_process'
import { existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join, resolve } from 'node:path'
import { caseRecord } from './fixtures'
import { openStore, STORE_FILE } from './index'
import { PID_FILE } from './lock'

/** Child processes of the real entry points: the mock's start, the data CLI, a writer killed with SIGKILL. */
const ROOT = resolve(__dirname, '../../..')
const TSX = join(ROOT, 'node_modules', '.bin', 'tsx')
const quiet = () => undefined

function run(script: string, args: string[], env: Record<string, string>) {
  return spawnSync(TSX, [join(ROOT, script), ...args], { cwd: ROOT, env: { ...process.env, ...env }, encoding: 'utf8', timeout: 60_000 })
}

describe('the store across processes', () => {
  let dir: string
  let file: string
  beforeEach(() => {
    dir = mkdtempSync(join(tmpdir(), 'mock-store-proc-'))
    file = join(dir, STORE_FILE)
  })
  afterEach(() => rmSync(dir, { recursive: true, force: true }))

  function storeWithCases(count: number): void {
    const store = openStore({ file, log: quiet })
    store.transaction(() => {
      for (let n = 1; n <= count; n += 1) store.cases.put(caseRecord(n))
    })
    store.close()
  }

  it.each([
    ['a truncated database', () => writeFileSync(file, readFileSync(file).subarray(0, 5000))],
    ['a database overwritten with garbage', () => writeFileSync(file, Buffer.alloc(64 * 1024, 0x5a))],
  ])('%s makes `tsx mock/server.ts` exit non-zero with the message, the file untouched', (_name, damage) => {
    storeWithCases(200)
    damage()
    const before = readFileSync(file)
    const result = run('mock/server.ts', [], { MOCK_DATA_DIR: dir, PORT: '39917', MOCK_DEMO: '0', MOCK_FRESH: '' })
    expect(result.status).not.toBe(0)
    expect(result.stderr).toContain('数据文件已损坏')
    expect(result.stderr).toContain('the data file is damaged')
    expect(result.stderr).toContain(file)
    expect(result.stderr).toContain('npm run data -- restore')
    expect(result.stderr).toContain('npm run mock -- --fresh')
    expect(readFileSync(file).equals(before)).toBe(true)
    expect(existsSync(join(dir, PID_FILE))).toBe(false)
  })

  it.each(['full', 'normal'])('kill -9 during a write loop loses no acknowledged write (synchronous %s)', async (durability) => {
    openStore({ file, log: quiet }).close()
    // `node --import tsx`, not the tsx binary: that one runs the script in a second process, which SIGKILL would miss.
    const child = spawn(process.execPath, ['--import', 'tsx', join(__dirname, 'write-loop.ts'), file, '20000', durability], { cwd: ROOT, stdio: ['ignore', 'pipe', 'inherit'] })
    const acknowledged: string[] = []
    let buffered = ''
    await new Promise<void>((done, fail) => {
      child.on('error', fail)
      child.on('exit', () => done())
      child.stdout.setEncoding('utf8')
      child.stdout.on('data', (chunk: string) => {
        buffered += chunk
        const lines = buffered.split('\n')
        buffered = lines.pop() ?? ''
        for (const line of lines) if (line.startsWith('SL')) acknowledged.push(line)
        // Kill mid-write: the loop never waits, so a transaction is almost always under way.
        if (acknowledged.length >= 300 && !child.killed) child.kill('SIGKILL')
      })
    })
    expect(child.signalCode).toBe('SIGKILL')
    expect(acknowledged.length).toBeGreaterThanOrEqual(300)
    const store = openStore({ file, log: quiet })
    const missing = acknowledged.filter((caseNo) => !store.cases.has(caseNo))
    const count = store.cases.count()
    store.close()
    expect(missing).toEqual([])
    expect(count).toBeGreaterThanOrEqual(acknowledged.length)
  }, 60_000)

  it('backup → fresh → restore gives back the same cases (npm run data), and restore refuses while the mock runs', () => {
    storeWithCases(120)
    const before = openStore({ file, log: quiet })
    const expected = before.dump()
    before.close()
    const backup = join(dir, 'backups', 'before.sqlite')

    const saved = run('mock/data-cli.ts', ['backup', backup], { MOCK_DATA_DIR: dir })
    expect(saved.stderr).toBe('')
    expect(saved.status).toBe(0)

    const fresh = openStore({ file, fresh: true, log: quiet })
    expect(fresh.cases.count()).toBe(0)
    fresh.cases.put(caseRecord(999))
    fresh.close()

    // A live process named in mock.pid (this test runner) stands for a running mock.
    writeFileSync(join(dir, PID_FILE), `${process.pid}\n`)
    const refused = run('mock/data-cli.ts', ['restore', backup], { MOCK_DATA_DIR: dir })
    expect(refused.status).toBe(1)
    expect(refused.stderr).toContain('stop it, then restore')
    rmSync(join(dir, PID_FILE))

    const restored = run('mock/data-cli.ts', ['restore', backup], { MOCK_DATA_DIR: dir })
    expect(restored.stderr).toBe('')
    expect(restored.status).toBe(0)
    const after = openStore({ file, log: quiet })
    expect(after.dump()).toEqual(expected)
    after.close()
  }, 60_000)

  it('restore refuses a backup that is not a sound store and changes nothing', () => {
    storeWithCases(3)
    const bad = join(dir, 'bad.sqlite')
    writeFileSync(bad, 'not a database')
    const before = readFileSync(file)
    const result = run('mock/data-cli.ts', ['restore', bad], { MOCK_DATA_DIR: dir })
    expect(result.status).toBe(1)
    expect(result.stderr).toContain('not a usable backup')
    expect(readFileSync(file).equals(before)).toBe(true)
  }, 60_000)
})
