import { readFileSync } from 'node:fs'
import { join } from 'node:path'
import { createApp } from '../app'
import { openStore } from '../lib/store'
import { createTestApp, isErrorBody, testCatalogue } from '../test-support/test-app'

describe('the app as a whole', () => {
  it('answers an unknown path with 404 and the error body', async () => {
    const t = createTestApp()
    const res = await t.get('/api/v1/nothing-here')
    expect(res.status).toBe(404)
    expect(res.body).toEqual({ error: { code: 'NOT_FOUND', message: '请求的接口不存在' } })
  })

  it('answers an unsupported method with 404 and the error body', async () => {
    const t = createTestApp()
    const res = await t.request('DELETE', '/api/v1/regions')
    expect(res.status).toBe(404)
    expect(isErrorBody(res.body)).toBe(true)
  })

  it('lets the H5 dev server call it across origins (CORS preflight)', async () => {
    const t = createTestApp()
    const res = await t.app.request('/api/v1/me', {
      method: 'OPTIONS',
      headers: { Origin: 'http://localhost:10086', 'Access-Control-Request-Method': 'GET', 'Access-Control-Request-Headers': 'authorization' },
    })
    expect(res.status).toBe(204)
    expect(res.headers.get('access-control-allow-origin')).toBe('http://localhost:10086')
    expect(res.headers.get('access-control-allow-headers')?.toLowerCase()).toContain('authorization')
  })

  it('does not grant CORS to a foreign origin', async () => {
    const t = createTestApp()
    const res = await t.app.request('/api/v1/regions', { headers: { Origin: 'https://evil.example' } })
    expect(res.status).toBe(200)
    expect(res.headers.get('access-control-allow-origin')).toBeNull()
  })

  it('answers an unexpected failure with a generic 500 that leaks nothing, and logs it', async () => {
    const { seed, index } = testCatalogue()
    const lines: string[] = []
    const broken = {
      ...index,
      search: () => {
        throw new Error('boom in /secret/path')
      },
      // GET /items answers one result per service (issue 13).
      searchServices: () => {
        throw new Error('boom in /secret/path')
      },
    }
    const app = createApp({ store: openStore(), seed, index: broken, logRequests: false, log: (line) => lines.push(line) })
    const res = await app.request('/api/v1/items?q=身份证')
    const text = await res.text()
    expect(res.status).toBe(500)
    expect(JSON.parse(text)).toEqual({ error: { code: 'INTERNAL_ERROR', message: '服务暂时出了点问题，请稍后再试' } })
    expect(text).not.toContain('boom')
    expect(text).not.toContain('secret')
    expect(lines).toHaveLength(1)
    expect(lines[0]).toContain('boom in /secret/path')
  })

  it('logs one line per request when asked: method, path without query, status, ms — never the token', async () => {
    const { seed, index } = testCatalogue()
    const lines: string[] = []
    const app = createApp({ store: openStore(), seed, index, logRequests: true, log: (line) => lines.push(line) })
    const login = await app.request('/api/v1/auth/demo', { method: 'POST', body: '{"account":"resident"}', headers: { 'Content-Type': 'application/json' } })
    const { token } = (await login.json()) as { token: string }
    await app.request('/api/v1/me?x=350582199001011234', { headers: { Authorization: `Bearer ${token}` } })
    expect(lines).toHaveLength(2)
    expect(lines[0]).toMatch(/^POST \/api\/v1\/auth\/demo 200 \d+ms$/)
    expect(lines[1]).toMatch(/^GET \/api\/v1\/me 200 \d+ms$/)
    expect(lines.join('\n')).not.toContain(token)
    expect(lines.join('\n')).not.toContain('350582199001011234')
  })

  it('is quiet by default', async () => {
    const { seed, index } = testCatalogue()
    const lines: string[] = []
    const previous = process.env.MOCK_LOG
    delete process.env.MOCK_LOG
    const app = createApp({ store: openStore(), seed, index, log: (line) => lines.push(line) })
    await app.request('/api/v1/regions')
    if (previous !== undefined) process.env.MOCK_LOG = previous
    expect(lines).toEqual([])
  })

  it('answers the health check', async () => {
    const t = createTestApp()
    const res = await t.get('/api/v1/health')
    expect(res.status).toBe(200)
    expect(res.body).toEqual({ status: 'ok' })
  })
})

describe('the OpenAPI document', () => {
  const specText = readFileSync(join(__dirname, '..', 'openapi.yaml'), 'utf8')

  it('is served at /api/v1/openapi.yaml as YAML', async () => {
    const t = createTestApp()
    const res = await t.get('/api/v1/openapi.yaml')
    expect(res.status).toBe(200)
    expect(res.headers.get('content-type')).toContain('application/yaml')
    expect(res.text).toBe(specText)
    expect(res.text.startsWith('openapi: 3.1.0')).toBe(true)
  })

  it('lists exactly the operations the app serves, no more and no fewer', () => {
    const documented = new Set<string>()
    let path = ''
    for (const line of specText.split('\n')) {
      const pathMatch = /^ {2}(\/\S*):\s*$/.exec(line)
      if (pathMatch) path = pathMatch[1]
      const methodMatch = /^ {4}(get|post|put|delete|patch):\s*$/.exec(line)
      if (methodMatch && path) documented.add(`${methodMatch[1].toUpperCase()} ${path}`)
      if (/^\S/.test(line)) path = ''
    }
    const t = createTestApp()
    const served = new Set(
      t.app.routes
        .filter((r) => r.method !== 'ALL' && r.path.startsWith('/api/v1/'))
        .map((r) => `${r.method} ${r.path.slice('/api/v1'.length).replace(/:(\w+)/g, '{$1}')}`),
    )
    expect([...documented].sort()).toEqual([...served].sort())
    expect(served.size).toBeGreaterThanOrEqual(14)
  })
})
