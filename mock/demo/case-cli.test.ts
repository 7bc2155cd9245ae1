import { bundleCaseWorld, people, submitCase } from '../test-support/worlds'
import { createTestApp, type TestApp } from '../test-support/test-app'
import { runCli } from './case-cli'

function cli(t: TestApp) {
  const out: string[] = []
  const err: string[] = []
  const run = (...args: string[]) =>
    runCli(args, { fetch: (url, init) => Promise.resolve(t.app.request(url, init)), base: 'http://127.0.0.1:3100/api/v1', out: (l) => out.push(l), err: (l) => err.push(l) })
  return { run, out, err }
}

describe('npm run case -- <command>', () => {
  it('lists cases with their status, deadline and possible actions', async () => {
    const t = createTestApp()
    const who = await people(t)
    const c = await submitCase(t, who.resident, who.fileId)
    const { run, out } = cli(t)
    expect(await run('list')).toBe(0)
    expect(out).toEqual([`${c.caseNo}  待受理(submitted)  居民身份证换领  2022-03-16 剩余 11 个工作日  可执行 actions: accept, refuse, request-supplement  (advance → accept)`])
  })

  it('advances a case along the natural path to 办结, then says there is no next step (exit 1)', async () => {
    const t = createTestApp()
    const who = await people(t)
    const c = await submitCase(t, who.resident, who.fileId)
    const { run, out, err } = cli(t)
    for (let i = 0; i < 4; i += 1) expect(await run('advance', c.caseNo)).toBe(0)
    expect(out.map((l) => l.split('  ')[0])).toEqual([
      `${c.caseNo} 待受理(submitted) → 已受理(accepted)`,
      `${c.caseNo} 已受理(accepted) → 审查中(in-review)`,
      `${c.caseNo} 审查中(in-review) → 审批通过(approved)`,
      `${c.caseNo} 审批通过(approved) → 已办结(concluded)`,
    ])
    expect(await run('advance', c.caseNo)).toBe(1)
    expect(err).toEqual([`${c.caseNo} 已办结(concluded)：没有下一步 / no next action — 办件已结束 / the case has ended`])
  })

  it('does a named action (a supplement with its items) and reports the API’s refusal with exit 1', async () => {
    const t = createTestApp()
    const who = await people(t)
    const c = await submitCase(t, who.resident, who.fileId)
    const { run, err } = cli(t)
    expect(await run('do', c.caseNo, 'request-supplement', '照片不清晰', '近期免冠照片', '户口簿')).toBe(0)
    expect(t.store.dump().cases[c.caseNo].supplement).toEqual(expect.objectContaining({ note: '照片不清晰', items: ['近期免冠照片', '户口簿'] }))
    expect(await run('do', c.caseNo, 'conclude')).toBe(1)
    expect(err).toEqual(['409 办件当前为「待补正」，不能「办结」'])
    expect(await run('do', c.caseNo, 'explode')).toBe(1)
    expect(await run('advance', 'QZ2022030100000000')).toBe(1)
    expect(err[err.length - 1]).toBe('404 办件不存在')
  })

  it('sets, shows and resets the clock; a bad time is an error', async () => {
    const t = createTestApp()
    const { run, out, err } = cli(t)
    expect(await run('clock', '2026-02-13T09:30:00+08:00')).toBe(0)
    expect(await run('clock')).toBe(0)
    expect(await run('clock', 'reset')).toBe(0)
    expect(out).toEqual([
      '模拟时钟 / clock: 2026-02-13T09:30:00.000+08:00（已固定 / pinned; reset: npm run case -- clock reset）',
      '模拟时钟 / clock: 2026-02-13T09:30:00.000+08:00（已固定 / pinned; reset: npm run case -- clock reset）',
      '模拟时钟 / clock: 2022-03-01T09:00:00.000+08:00（实时 / real time）',
    ])
    expect(await run('clock', 'tomorrow')).toBe(1)
    expect(err[0]).toContain('422 时间须为带时区的 ISO 8601 格式')
  })

  it('prints usage without a command (exit 1) and explains an unreachable mock', async () => {
    const t = createTestApp()
    const { run, out } = cli(t)
    expect(await run()).toBe(1)
    expect(out[0]).toContain('用法 / usage: npm run case -- <command>')
    const err: string[] = []
    const code = await runCli(['list'], { fetch: () => Promise.reject(new Error('ECONNREFUSED')), base: 'http://127.0.0.1:1/api/v1', out: () => undefined, err: (l) => err.push(l) })
    expect(code).toBe(1)
    expect(err[0]).toContain('连不上模拟后端 http://127.0.0.1:1/api/v1')
  })

  it('一件事: lists each part case with its bundle, moves parts, and sends a bundle case number to its parts (exit 1)', async () => {
    const t = createTestApp()
    const w = await bundleCaseWorld(t)
    const { run, out, err } = cli(t)
    expect(await run('list')).toBe(0)
    for (const p of w.parts) expect(out.some((l) => l.startsWith(p.caseNo) && l.includes(`${p.name}  一件事 ${w.bundle.caseNo}`))).toBe(true)
    expect(out.some((l) => l.startsWith(w.bundle.caseNo) && l.includes(`已办结 0/${w.parts.length}`))).toBe(true)
    expect(await run('advance', w.parts[0].caseNo)).toBe(0)
    expect(await run('advance', w.bundle.caseNo)).toBe(1)
    expect(err[0]).toContain('是一件事办件，请对其部分办件操作')
    expect(err[0]).toContain(w.parts[0].caseNo)
  }, 60_000)
})
