#!/usr/bin/env node
// A reference production server for the H5 build: what README "部署 H5" asks of any static
// server, in ~150 lines of Node, so the first-screen audit (`npm run audit:h5`) measures what users
// get and a deployment without nginx has something to start from.
//
//   node config/scripts/serve-h5.mjs [dist] [--port 8080] [--host 127.0.0.1] [--api http://127.0.0.1:3100]
//
// - Compression: every text file (js, css, html, svg, json) is sent brotli- or gzip-compressed,
//   whichever the browser accepts (`Vary: Accept-Encoding`), compressed once and kept. Uncompressed,
//   the first screen of a Taro React app is ~3× the bytes; on a phone network that is seconds.
// - Caching: file names with a content hash (`js/app.1a2b3c4d.js`, Taro's `[contenthash:8]`) never
//   change content, so they are cached for a year (`immutable`); index.html is revalidated on every
//   load (`no-cache` + ETag) so a new deployment is picked up at once.
// - `/api/*` is passed to the backend (`--api`, default the mock on PORT or 3100), the same origin
//   the H5 app calls by default (`/api/v1`).
// - Hash routing: every page lives at `/`; an unknown path gets index.html.
import { createHash } from 'node:crypto'
import { existsSync, readdirSync, readFileSync } from 'node:fs'
import http from 'node:http'
import { extname, join, relative, resolve, sep } from 'node:path'
import { fileURLToPath } from 'node:url'
import zlib from 'node:zlib'

const TYPES = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.jpg': 'image/jpeg',
  '.jpeg': 'image/jpeg',
  '.gif': 'image/gif',
  '.webp': 'image/webp',
  '.ico': 'image/x-icon',
  '.woff': 'font/woff',
  '.woff2': 'font/woff2',
  '.ttf': 'font/ttf',
  '.txt': 'text/plain; charset=utf-8',
}
const COMPRESSIBLE = new Set(['.html', '.js', '.css', '.json', '.svg', '.txt', '.ttf'])
// Taro's output names: `[name].[contenthash:8].ext`; images from url-loader get `[name].[hash:8].ext`.
const HASHED = /\.[0-9a-f]{8}\.[a-z0-9]+$/i
// Below this, compression headers cost more than they save.
const MIN_COMPRESS_BYTES = 512

function walk(dir, out = []) {
  for (const entry of readdirSync(dir, { withFileTypes: true })) {
    const full = join(dir, entry.name)
    if (entry.isDirectory()) walk(full, out)
    else out.push(full)
  }
  return out
}

/**
 * Reads the whole build into memory (a Taro H5 build is a few MB). Each text file is compressed the
 * first time it is asked for and kept: brotli at its highest quality takes ~1 s per MB, too slow to
 * do for every file at start, and free once cached.
 */
export function loadBuild(dist) {
  const root = resolve(dist)
  if (!existsSync(join(root, 'index.html'))) throw new Error(`${dist}/index.html is missing: build the H5 app first (npm run build:h5)`)
  const files = new Map()
  for (const full of walk(root)) {
    const urlPath = `/${relative(root, full).split(sep).join('/')}`
    const ext = extname(full).toLowerCase()
    const body = readFileSync(full)
    const file = {
      body,
      type: TYPES[ext] ?? 'application/octet-stream',
      etag: `"${createHash('sha1').update(body).digest('base64url').slice(0, 16)}"`,
      cache: HASHED.test(urlPath) ? 'public, max-age=31536000, immutable' : 'no-cache',
      br: null,
      gzip: null,
    }
    file.compressible = COMPRESSIBLE.has(ext) && body.length >= MIN_COMPRESS_BYTES
    files.set(urlPath, file)
  }
  return files
}

function compressed(file, encoding) {
  if (!file[encoding]) {
    file[encoding] = encoding === 'br'
      ? zlib.brotliCompressSync(file.body, {
        params: { [zlib.constants.BROTLI_PARAM_QUALITY]: 11, [zlib.constants.BROTLI_PARAM_SIZE_HINT]: file.body.length },
      })
      : zlib.gzipSync(file.body, { level: 9 })
  }
  return file[encoding]
}

/** Compresses every text file now (brotli), so the first measured request does not wait for it. */
export function precompress(files) {
  for (const file of files.values()) if (file.compressible) compressed(file, 'br')
}

function pickEncoding(header) {
  const accepted = String(header ?? '').toLowerCase()
  if (/\bbr\b/.test(accepted)) return 'br'
  if (/\bgzip\b/.test(accepted)) return 'gzip'
  return null
}

function proxy(req, res, apiOrigin) {
  const target = new URL(req.url, apiOrigin)
  const upstream = http.request(target, {
    method: req.method,
    headers: { ...req.headers, host: target.host, 'x-forwarded-for': req.socket.remoteAddress ?? '' },
  }, (answer) => {
    res.writeHead(answer.statusCode ?? 502, answer.headers)
    answer.pipe(res)
  })
  upstream.on('error', () => {
    if (!res.headersSent) res.writeHead(502, { 'content-type': 'application/json; charset=utf-8' })
    res.end(JSON.stringify({ error: { code: 'BAD_GATEWAY', message: '后端没有响应' } }))
  })
  req.pipe(upstream)
}

/**
 * Starts the server; resolves with its origin and a close function. `port: 0` picks a free port.
 * The build is read once at start: restart after a new build.
 */
export async function startH5Server({ dist, port = 8080, host = '127.0.0.1', api }) {
  const files = loadBuild(dist)
  const apiOrigin = api ?? `http://127.0.0.1:${process.env.PORT ?? 3100}`
  const server = http.createServer((req, res) => {
    const path = decodeURIComponent(new URL(req.url ?? '/', 'http://x').pathname)
    if (path.startsWith('/api/')) return proxy(req, res, apiOrigin)
    if (req.method !== 'GET' && req.method !== 'HEAD') {
      res.writeHead(405, { allow: 'GET, HEAD' })
      return res.end()
    }
    const file = files.get(path === '/' ? '/index.html' : path) ?? files.get('/index.html')
    const headers = {
      'content-type': file.type,
      'cache-control': file.cache,
      etag: file.etag,
      'x-content-type-options': 'nosniff',
    }
    if (file.compressible) headers.vary = 'Accept-Encoding'
    if (req.headers['if-none-match'] === file.etag) {
      res.writeHead(304, headers)
      return res.end()
    }
    const encoding = file.compressible ? pickEncoding(req.headers['accept-encoding']) : null
    const body = encoding ? compressed(file, encoding) : file.body
    if (encoding) headers['content-encoding'] = encoding
    headers['content-length'] = body.length
    res.writeHead(200, headers)
    res.end(req.method === 'HEAD' ? undefined : body)
  })
  await new Promise((ok, fail) => {
    server.once('error', fail)
    server.listen(port, host, ok)
  })
  const address = server.address()
  return {
    origin: `http://${host}:${address.port}`,
    files,
    close: () => new Promise((ok) => {
      server.close(() => ok())
      server.closeAllConnections?.()
    }),
  }
}

// Run directly: serve a build until Ctrl-C.
if (process.argv[1] && resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  const args = process.argv.slice(2)
  const option = (name) => {
    const i = args.indexOf(`--${name}`)
    return i >= 0 ? args.splice(i, 2)[1] : undefined
  }
  const port = Number(option('port') ?? process.env.H5_PORT ?? 8080)
  const host = option('host') ?? '127.0.0.1'
  const api = option('api')
  const dist = args[0] ?? 'dist/h5'
  const { origin, files } = await startH5Server({ dist, port, host, api })
  let raw = 0
  for (const f of files.values()) raw += f.body.length
  process.stdout.write(`[serve-h5] ${dist}: ${files.size} files, ${(raw / 1024).toFixed(0)} KB\n`)
  process.stdout.write(`[serve-h5] ${origin}/  (/api → ${api ?? `http://127.0.0.1:${process.env.PORT ?? 3100}`})\n`)
}
