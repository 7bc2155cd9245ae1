// `npm start`: the mock backend and the H5 dev server together (the dev server proxies /api to
// the mock), then tells the person where to open the app. Ctrl-C stops both.
import { spawn } from 'node:child_process'
import net from 'node:net'

const mockPort = Number(process.env.PORT ?? 3100)
const h5Port = Number(process.env.H5_PORT ?? 10086)
const env = { ...process.env, PORT: String(mockPort), H5_PORT: String(h5Port) }
const children = []

function run(name, command, args) {
  const child = spawn(command, args, { env, stdio: ['ignore', 'pipe', 'pipe'], detached: process.platform !== 'win32' })
  const prefix = `[${name}] `
  const forward = (stream, out) => {
    let rest = ''
    stream.on('data', (chunk) => {
      const lines = (rest + chunk.toString()).split('\n')
      rest = lines.pop() ?? ''
      for (const line of lines) out.write(prefix + line + '\n')
    })
  }
  forward(child.stdout, process.stdout)
  forward(child.stderr, process.stderr)
  child.on('exit', (code, signal) => {
    if (!stopping) {
      process.stderr.write(`${prefix}exited (${signal ?? code}); stopping everything.\n`)
      stop(code ?? 1)
    }
  })
  children.push(child)
  return child
}

function portAnswers(port) {
  return new Promise((resolve) => {
    const socket = net.connect({ host: '127.0.0.1', port }, () => { socket.end(); resolve(true) })
    socket.on('error', () => resolve(false))
  })
}

async function waitForPort(port, timeoutMs) {
  const until = Date.now() + timeoutMs
  while (Date.now() < until) {
    if (await portAnswers(port)) return true
    await new Promise((r) => setTimeout(r, 500))
  }
  return false
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

run('mock', 'npx', ['tsx', 'mock/server.ts', ...process.argv.slice(2)])
run('h5', 'npx', ['taro', 'build', '--type', 'h5', '--watch'])

if (await waitForPort(mockPort, 60_000) && await waitForPort(h5Port, 240_000)) {
  process.stdout.write([
    '',
    '==========================================================',
    ` 泉服务·掌上办 已启动`,
    `  H5 应用:   http://127.0.0.1:${h5Port}/   (用手机尺寸查看效果最佳)`,
    `  模拟后端:  http://127.0.0.1:${mockPort}/api/v1   (接口文档 mock/openapi.yaml)`,
    '  演示办件:  另开终端运行 npm run case -- list 查看，npm run case -- advance <办件编号> 推进一步',
    '  微信开发者工具: 另开终端运行 npm run dev:weapp，然后导入本仓库根目录',
    '               （详情 → 本地设置 → 勾选「不校验合法域名」）',
    '  按 Ctrl-C 停止',
    '==========================================================',
    '',
  ].join('\n'))
}
