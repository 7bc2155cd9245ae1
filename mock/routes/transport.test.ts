/**
 * What reaches a client when the request itself is broken (SPEC §8): malformed JSON, an oversize
 * body, headers over Node's limit and a malformed request line all get the contract's error body;
 * a client that goes away mid-request is not logged as a 500 with a stack. Node's own replies are
 * only seen through a real server, so part of this runs one on 127.0.0.1 and a free port.
 */
import type { AddressInfo } from 'node:net'
import { connect } from 'node:net'
import { serve, type ServerType } from '@hono/node-server'
import { MAX_BODY_BYTES } from '../app'
import { answerClientErrors } from '../lib/errors'
import { createTestApp, isErrorBody, type TestApp } from '../test-support/test-app'

/** Sends raw bytes and reads until the server closes the connection (or 3 s pass). */
function exchange(port: number, raw: string): Promise<string> {
  return new Promise((resolve, reject) => {
    const socket = connect(port, '127.0.0.1')
    let text = ''
    socket.setEncoding('utf8')
    socket.on('data', (chunk: string) => (text += chunk))
    socket.on('end', () => resolve(text))
    socket.on('close', () => resolve(text))
    socket.on('error', reject)
    socket.setTimeout(3000, () => {
      socket.destroy()
      resolve(text)
    })
    socket.write(raw)
  })
}

function bodyOf(response: string): unknown {
  return JSON.parse(response.slice(response.indexOf('\r\n\r\n') + 4))
}

describe('through a real server', () => {
  let server: ServerType
  let port: number
  let t: TestApp

  beforeAll(async () => {
    t = createTestApp()
    server = serve({ fetch: t.app.fetch, hostname: '127.0.0.1', port: 0 })
    answerClientErrors(server)
    await new Promise<void>((resolve) => server.once('listening', () => resolve()))
    port = (server.address() as AddressInfo).port
  })

  afterAll(async () => {
    await new Promise<void>((resolve) => {
      server.close(() => resolve())
      ;(server as ServerType & { closeAllConnections?: () => void }).closeAllConnections?.()
    })
  })

  it('answers headers over Node’s limit with 431 and the contract body', async () => {
    const response = await exchange(port, `GET /api/v1/health HTTP/1.1\r\nHost: localhost\r\nX-Big: ${'a'.repeat(40_000)}\r\n\r\n`)
    expect(response.startsWith('HTTP/1.1 431 ')).toBe(true)
    expect(response).toContain('Content-Type: application/json')
    const body = bodyOf(response)
    expect(isErrorBody(body)).toBe(true)
    expect(body).toMatchObject({ error: { code: 'HEADERS_TOO_LARGE' } })
  })

  it('answers a malformed request line with 400 and the contract body', async () => {
    const response = await exchange(port, 'THIS IS NOT HTTP\r\n\r\n')
    expect(response.startsWith('HTTP/1.1 400 ')).toBe(true)
    const body = bodyOf(response)
    expect(isErrorBody(body)).toBe(true)
    expect(body).toMatchObject({ error: { code: 'BAD_REQUEST' } })
  })

  it('does not log a client that hangs up mid-body as a 500', async () => {
    const { token } = await t.signIn('resident')
    const socket = connect(port, '127.0.0.1')
    await new Promise<void>((resolve) => socket.once('connect', () => resolve()))
    // An upload that stops a few bytes into the file, as when the phone loses its signal.
    socket.write(
      `POST /api/v1/uploads HTTP/1.1\r\nHost: localhost\r\nAuthorization: Bearer ${token}\r\nContent-Type: multipart/form-data; boundary=xx\r\nContent-Length: 5000\r\n\r\n` +
        '--xx\r\nContent-Disposition: form-data; name="file"; filename="a.jpg"\r\nContent-Type: image/jpeg\r\n\r\n\xff\xd8\xff',
    )
    await new Promise((resolve) => setTimeout(resolve, 100))
    socket.destroy()
    await new Promise((resolve) => setTimeout(resolve, 300))
    expect(t.logs.filter((l) => l.includes('500'))).toEqual([])
    expect(t.store.dump().uploads).toEqual({})
  })
})

describe('in process', () => {
  it('answers malformed JSON with 400 and the contract body', async () => {
    const t = createTestApp()
    const { token } = await t.signIn('resident')
    const res = await t.post('/api/v1/complaints', { token, body: '{"kind": "complaint", ', headers: { 'Content-Type': 'application/json' } })
    expect(res.status).toBe(400)
    expect(isErrorBody(res.body)).toBe(true)
  })

  it('answers an oversize body with 413 and the contract body', async () => {
    const t = createTestApp()
    const { token } = await t.signIn('resident')
    const res = await t.post('/api/v1/complaints', { token, json: { kind: 'complaint', content: '长'.repeat(MAX_BODY_BYTES) } })
    expect(res.status).toBe(413)
    expect(isErrorBody(res.body)).toBe(true)
    expect(res.body).toMatchObject({ error: { code: 'PAYLOAD_TOO_LARGE' } })
  })

  it('treats a body that breaks off because the client aborted as no error of the mock', async () => {
    const t = createTestApp()
    const { token } = await t.signIn('resident')
    const controller = new AbortController()
    const body = new ReadableStream<Uint8Array>({
      start(stream) {
        stream.enqueue(new TextEncoder().encode('{"kind":"complaint","content":"窗口'))
        setTimeout(() => {
          controller.abort()
          // What reading the body of an aborted request fails with (an Error of this realm, as Hono's onError wants).
          stream.error(Object.assign(new Error('The operation was aborted.'), { name: 'AbortError' }))
        }, 20)
      },
    })
    const request = new Request('http://localhost/api/v1/complaints', {
      method: 'POST',
      headers: { Authorization: `Bearer ${token}`, 'Content-Type': 'application/json' },
      body,
      signal: controller.signal,
      duplex: 'half',
    } as RequestInit & { duplex: 'half' })
    const res = await t.app.request(request)
    expect(res.status).not.toBe(500)
    expect(isErrorBody(await res.json())).toBe(true)
    expect(t.logs).toEqual([])
    expect(t.store.dump().complaints).toEqual({})
  })
})
