import { mockBackend } from '@/testing'
import { useSessionStore } from '@/stores/session-store'
import { listRegions } from './api/regions'
import { getMe, signInAsDemo } from './api/auth'
import { getGuide } from './api/items'
import { http, onUnauthorized } from './http'
import { ApiError } from './api-error'

async function caught(promise: Promise<unknown>): Promise<ApiError> {
  try {
    await promise
  } catch (e) {
    if (e instanceof ApiError) return e
    throw e
  }
  throw new Error('expected the request to fail')
}

describe('the HTTP layer', () => {
  it('retries a read that lost its connection and returns the answer', async () => {
    mockBackend.failNextRequests(2)
    const regions = await listRegions()
    expect(regions.map((r) => r.name)).toContain('晋江市')
    expect(mockBackend.requests().filter((r) => r === 'GET /api/v1/regions')).toHaveLength(3)
  })

  it('gives up on a read after its retries with a Chinese network message', async () => {
    mockBackend.failNextRequests(10)
    const error = await caught(listRegions())
    expect(error.kind).toBe('network')
    expect(error.message).toBe('网络连接失败，请检查网络后重试')
    expect(error.retryable).toBe(true)
  })

  it('never repeats a write on its own: a lost sign-in is reported, not resent', async () => {
    mockBackend.failNextRequests(1)
    const error = await caught(signInAsDemo('resident'))
    expect(error.kind).toBe('network')
    expect(mockBackend.requests().filter((r) => r === 'POST /api/v1/auth/demo')).toHaveLength(1)
  })

  it("carries the server's Chinese message and per-field reasons of a rejected body", async () => {
    const error = await caught(http.post('/auth/demo', { account: 'nobody' }))
    expect(error.status).toBeGreaterThanOrEqual(400)
    expect(error.status).toBeLessThan(500)
    expect(error.message).toMatch(/[\u4e00-\u9fff]/)
    expect(Object.keys(error.fields)).toContain('account')
  })

  it('maps an unknown item to not-found with the server message', async () => {
    const error = await caught(getGuide('no-such-item'))
    expect(error.kind).toBe('not-found')
    expect(error.message).toMatch(/[\u4e00-\u9fff]/)
  })

  it('sends the session token and, when the server rejects it, signs out once and tells listeners', async () => {
    const result = await signInAsDemo('resident')
    useSessionStore.getState().signIn(result)
    expect((await getMe()).role).toBe('resident')

    const told = jest.fn()
    const unsubscribe = onUnauthorized(told)
    useSessionStore.getState().signIn({ ...result, token: 'revoked-or-forged-token' })
    const error = await caught(getMe())
    unsubscribe()

    expect(error.kind).toBe('unauthorized')
    expect(useSessionStore.getState().token).toBeNull()
    expect(told).toHaveBeenCalledTimes(1)
  })
})
