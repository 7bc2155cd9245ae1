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

  /** Requests the app has not finished answering: a hung-up request must not stay among them. */
  let inFlight = 0

  beforeAll(async () => {
    // As server.ts runs it: JSON bodies are read ahead of the write turn (lib/reads-first.ts).
    t = createTestApp({ readsFirst: true })
    const fetchCounted = (request: Request, env: unknown) => {
      inFlight += 1
      const answer = Promise.resolve(t.app.fetch(request, env))
      void answer.then(
        () => (inFlight -= 1),
        () => (inFlight -= 1),
      )
      return answer
    }
    server = serve({ fetch: fetchCounted, hostname: '127.0.0.1', port: 0 })
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
    await settled()
    expect(t.logs.filter((l) => l.includes('500'))).toEqual([])
    expect(t.store.dump().uploads).toEqual({})
  })

  /** Waits (bounded) until no request is in flight; the request a client hung up on must end promptly. */
  async function settled(): Promise<void> {
    for (let waited = 0; inFlight > 0 && waited < 2000; waited += 20) await new Promise((resolve) => setTimeout(resolve, 20))
    expect(inFlight).toBe(0)
  }

  /** Opens a raw connection, sends `head` and the first part of a body, then closes it (FIN, or a reset when `reset`). */
  async function hangUpMidBody(head: string, part: string, reset: boolean): Promise<void> {
    const socket = connect(port, '127.0.0.1')
    await new Promise<void>((resolve) => socket.once('connect', () => resolve()))
    // Whatever the server answers is read, so the socket can close.
    socket.resume()
    socket.write(head + part)
    await new Promise((resolve) => setTimeout(resolve, 100))
    // The request has begun (the app is waiting for the rest of its body).
    expect(inFlight).toBe(1)
    if (reset) socket.resetAndDestroy()
    else socket.end()
    await new Promise<void>((resolve) => socket.once('close', () => resolve()))
  }

  it.each([
    ['a declared length, then a reset', 'length', true],
    ['a declared length, then a plain close', 'length', false],
    ['chunked, then a reset', 'chunked', true],
    ['chunked, then a plain close', 'chunked', false],
  ] as const)('ends a JSON request whose client hangs up mid-body (%s): nothing stored, nothing logged, still serving', async (_, framing, reset) => {
    const { token } = await t.signIn('resident')
    const part = '{"kind":"complaint","content":"窗口排队'
    const bytes = Buffer.byteLength(part)
    const head =
      `POST /api/v1/complaints HTTP/1.1\r\nHost: localhost\r\nAuthorization: Bearer ${token}\r\nContent-Type: application/json\r\nIdempotency-Key: hang-up-${framing}-${String(reset)}\r\n` +
      (framing === 'length' ? 'Content-Length: 400\r\n\r\n' : `Transfer-Encoding: chunked\r\n\r\n${bytes.toString(16)}\r\n`)
    const before = t.logs.length
    await hangUpMidBody(head, part, reset)
    await settled()
    expect(t.logs.slice(before)).toEqual([])
    expect(t.store.complaints.count()).toBe(0)
    // The server goes on answering, reads and writes alike.
    const health = await fetch(`http://127.0.0.1:${port}/api/v1/health`)
    expect(health.status).toBe(200)
    const complaint = await fetch(`http://127.0.0.1:${port}/api/v1/complaints`, {
      method: 'POST',
      headers: { Authorization: `Bearer ${token}`, 'Content-Type': 'application/json' },
      body: JSON.stringify({ kind: 'complaint', content: '窗口排队时间太长了' }),
    })
    expect(complaint.status).toBe(201)
    const ids = [...t.store.complaints.entries()].map(([id]) => id)
    t.store.transaction(() => ids.forEach((id) => t.store.complaints.delete(id)))
  }, 15_000)
})

describe('in process', () => {
  it('answers a read that came in behind queued writes before them, and the writes in their order (lib/reads-first.ts)', async () => {
    const t = createTestApp({ readsFirst: true })
    const { token } = await t.signIn('resident')
    const done: string[] = []
    const writes = Array.from({ length: 4 }, (_, i) =>
      t.post<{ content: string }>('/api/v1/complaints', { token, json: { kind: 'suggestion', content: `建议第${i + 1}条` } }).then((res) => {
        done.push(`write ${i + 1}`)
        return res
      }),
    )
    // One turn of the event loop later, as a read from another client would arrive: the four writes are
    // queued by then (without reads first, all four were answered before this read was looked at).
    await new Promise((resolve) => setImmediate(resolve))
    const read = t.get('/api/v1/health').then((res) => {
      done.push('read')
      return res
    })
    const answers = await Promise.all(writes)
    expect((await read).status).toBe(200)
    expect(answers.map((a) => a.status)).toEqual([201, 201, 201, 201])
    expect(answers.map((a) => a.body.content)).toEqual(['建议第1条', '建议第2条', '建议第3条', '建议第4条'])
    expect(done).toEqual(['read', 'write 1', 'write 2', 'write 3', 'write 4'])
  })

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
