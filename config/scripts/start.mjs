// `npm start`: the mock backend and the H5 dev server together (the dev server proxies /api to
// the mock), then tells the person where to open the app. Ctrl-C stops both.
//
// - The dev build goes to its own folder (TARO_OUTPUT_ROOT, default dist/h5-dev): the watch build
//   empties its output folder when it starts and must not wipe the production build in dist/h5.
// - Both ports are checked first: Taro's dev server would silently move to another port, and the
//   address printed would point at whatever program holds the one asked for.
// - The address is printed once both servers answer HTTP, and again at the end, so webpack's
//   output (quiet: TARO_QUIET=1, errors and warnings only) cannot scroll it away.
import { spawn } from 'node:child_process'
import net from 'node:net'

const mockPort = Number(process.env.PORT ?? 3100)
const h5Port = Number(process.env.H5_PORT ?? 10086)
const outputRoot = process.env.TARO_OUTPUT_ROOT || 'dist/h5-dev'
const env = {
  ...process.env,
  PORT: String(mockPort),
  H5_PORT: String(h5Port),
  TARO_OUTPUT_ROOT: outputRoot,
  TARO_QUIET: process.env.TARO_QUIET ?? '1',
}
const MOCK_TIMEOUT_MS = 90_000
const H5_TIMEOUT_MS = 300_000
const children = []

function say(lines) {
  process.stdout.write(`${lines.join('\n')}\n`)
}

function fail(message) {
  process.stderr.write(`\n[start] ${message}\n`)
}

for (const [name, value] of [['PORT', mockPort], ['H5_PORT', h5Port]]) {
  if (!Number.isInteger(value) || value < 1 || value > 65535) {
    fail(`${name}=${process.env[name]} 不是有效的端口号（1–65535）。`)
    process.exit(2)
  }
}
if (mockPort === h5Port) {
  fail(`PORT 和 H5_PORT 都是 ${mockPort}：模拟后端和 H5 开发服务器需要两个不同的端口。`)
  process.exit(2)
}

/** Whether this process could listen on 127.0.0.1:port now (nothing else holds it). */
function portFree(port) {
  return new Promise((resolve) => {
    const server = net.createServer()
    server.once('error', () => resolve(false))
    server.listen({ host: '127.0.0.1', port, exclusive: true }, () => server.close(() => resolve(true)))
  })
}

/** Whether something answers a TCP connection on 127.0.0.1:port (e.g. a server bound to another address). */
function portAnswers(port) {
  return new Promise((resolve) => {
    const socket = net.connect({ host: '127.0.0.1', port }, () => { socket.end(); resolve(true) })
    socket.on('error', () => resolve(false))
    socket.setTimeout(1000, () => { socket.destroy(); resolve(false) })
  })
}

const taken = []
for (const [port, name, what] of [[mockPort, 'PORT', '模拟后端'], [h5Port, 'H5_PORT', 'H5 开发服务器']]) {
  if (!(await portFree(port)) || (await portAnswers(port))) taken.push({ port, name, what })
}
if (taken.length) {
  for (const { port, name, what } of taken) {
    fail(`端口 ${port} 已被别的程序占用（${what}，环境变量 ${name}）。`)
  }
  const example = taken.map(({ name, port }) => `${name}=${port + 100}`).join(' ')
  process.stderr.write(`[start] 请先关闭占用端口的程序（可用 \`lsof -i :${taken[0].port}\` 或 \`ss -ltnp\` 查看），或换一个端口：${example} npm start\n`)
  process.exit(1)
}

let stopping = false
function stop(code = 0) {
  if (stopping) return
  stopping = true
  for (const child of children) {
    try {
      // Each child leads its own process group, so taro's and tsx's own children stop too.
      process.kill(-child.pid, 'SIGTERM')
    } catch {
      child.kill('SIGTERM')
    }
  }
  setTimeout(() => process.exit(code), 1500).unref()
}
process.on('SIGINT', () => stop(0))
process.on('SIGTERM', () => stop(0))

function run(name, command, args) {
  const child = spawn(command, args, { env, stdio: ['ignore', 'pipe', 'pipe'], detached: process.platform !== 'win32' })
  const prefix = `[${name}] `
  const forward = (stream, out) => {
    let rest = ''
    stream.on('data', (chunk) => {
      const lines = (rest + chunk.toString()).split('\n')
      rest = lines.pop() ?? ''
      for (const line of lines) if (line.trim()) out.write(prefix + line + '\n')
    })
  }
  forward(child.stdout, process.stdout)
  forward(child.stderr, process.stderr)
  child.on('exit', (code, signal) => {
    if (!stopping) {
      fail(`${prefix}exited (${signal ?? code}); stopping everything.`)
      stop(code || 1)
    }
  })
  children.push(child)
  return child
}

/** Polls `url` until it answers with a 2xx/3xx/4xx (any HTTP answer from the right server), or gives up. */
async function waitForHttp(url, timeoutMs, accept) {
  const until = Date.now() + timeoutMs
  while (Date.now() < until && !stopping) {
    try {
      // The dev server holds a request until the first compile is done, so allow it a while.
      const response = await fetch(url, { signal: AbortSignal.timeout(20_000), redirect: 'manual' })
      if (await accept(response)) return true
    } catch {
      // Not listening yet, or still compiling.
    }
    await new Promise((r) => setTimeout(r, 1000))
  }
  return false
}

const mockUrl = `http://127.0.0.1:${mockPort}/api/v1`
const h5Url = `http://127.0.0.1:${h5Port}/`

say([`[start] 正在启动模拟后端（端口 ${mockPort}）和 H5 开发服务器（端口 ${h5Port}，输出 ${outputRoot}）…`])
run('mock', 'npx', ['tsx', 'mock/server.ts', ...process.argv.slice(2)])
run('h5', 'npx', ['taro', 'build', '--type', 'h5', '--watch'])

// Any HTTP answer under /api/v1 (even a 404 of the contract) is the mock; only it speaks there.
const mockUp = await waitForHttp(`${mockUrl}/items?pageSize=1`, MOCK_TIMEOUT_MS, async (r) => r.status < 500)
if (!mockUp) {
  if (!stopping) fail(`模拟后端 ${MOCK_TIMEOUT_MS / 1000} 秒内没有响应 ${mockUrl}；停止。`)
  stop(1)
} else {
  say([`[start] 模拟后端已响应：${mockUrl}`, '[start] 正在编译 H5（首次约 1–3 分钟）…'])
  // The page must be the app's own index.html, not some other program's answer.
  const h5Up = await waitForHttp(h5Url, H5_TIMEOUT_MS, async (r) => r.ok && (await r.text()).includes('<div id="app"'))
  if (!h5Up) {
    if (!stopping) fail(`H5 开发服务器 ${H5_TIMEOUT_MS / 1000} 秒内没有响应 ${h5Url}；停止。`)
    stop(1)
  } else {
    say([
      '',
      '==========================================================',
      ' 泉服务·掌上办 已启动（两个服务都已响应）',
      `  H5 应用:   ${h5Url}   (用手机尺寸查看效果最佳)`,
      `  模拟后端:  ${mockUrl}   (接口文档 mock/openapi.yaml)`,
      '  演示办件:  另开终端运行 npm run case -- list 查看，npm run case -- advance <办件编号> 推进一步',
      '  微信开发者工具: 另开终端运行 npm run dev:weapp，然后导入本仓库根目录',
      '               （详情 → 本地设置 → 勾选「不校验合法域名」）',
      '  按 Ctrl-C 停止',
      '==========================================================',
      '',
    ])
  }
}
