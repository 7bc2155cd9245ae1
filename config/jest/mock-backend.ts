/**
 * Routes the app's network to the REAL mock backend, in-process: taro-h5's Taro.request calls
 * fetch, and fetch here calls the Hono app's `request()` — same routes, validation and data as
 * `npm run mock`, no port. Each test file gets a fresh in-memory backend.
 */
import type { AuthResult, DemoAccount } from '@contract/user'
import { createTestApp, type TestApp } from '../../mock/test-support/test-app'

type Fetch = typeof fetch

let current: TestApp | null = null
let failures = 0
let requests: string[] = []

function backend(): TestApp {
  current ??= createTestApp()
  return current
}

const routedFetch: Fetch = async (input, init) => {
  const request = new Request(new URL(typeof input === 'string' ? input : input instanceof URL ? input.href : input.url, 'http://localhost/'), init)
  requests.push(`${request.method} ${new URL(request.url).pathname}`)
  if (failures > 0) {
    failures -= 1
    throw new TypeError('Failed to fetch')
  }
  return backend().app.request(request)
}

export const mockBackend = {
  /** Installs the in-process backend as the page's network (done for every app test file). */
  install(): void {
    globalThis.fetch = routedFetch
    if (typeof window !== 'undefined') window.fetch = routedFetch
  },
  /** Makes the next `count` requests fail as if the phone lost its signal. */
  failNextRequests(count: number): void {
    failures = count
  },
  /** What the app asked for so far ("GET /api/v1/items"), for tests about retries. */
  requests(): readonly string[] {
    return requests
  },
  /** Signs in as a demo account directly against the backend (to start a test signed in). */
  signIn(account: DemoAccount): Promise<AuthResult> {
    return backend().signIn(account)
  },
  /** The backend itself, for arranging server-side state a test starts from. */
  app(): TestApp {
    return backend()
  },
  reset(): void {
    failures = 0
    requests = []
  },
}
