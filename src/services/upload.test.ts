import { act } from 'react'
import { JPEG_BYTES, mockBackend, photo } from '@/testing'
import { useSessionStore } from '@/stores/session-store'
import { ApiError } from './api-error'
import { isUploadAborted, uploadFile } from './upload'

/** A picked file as taro-h5 hands it over: a blob: URL. */
function picked(name: string, bytes: Uint8Array | string = JPEG_BYTES, type = 'image/jpeg') {
  return { path: URL.createObjectURL(photo(name, bytes, type)), name }
}

async function signIn(): Promise<string> {
  const auth = await mockBackend.signIn('resident')
  act(() => useSessionStore.getState().signIn(auth))
  return auth.token
}

function storedUploads(): number {
  return Object.keys(mockBackend.app().store.dump().uploads).length
}

async function failure(promise: Promise<unknown>): Promise<ApiError> {
  const error = await promise.then(() => null, (e: unknown) => e)
  if (!(error instanceof ApiError)) throw new Error(`expected an ApiError, got ${String(error)}`)
  return error
}

describe('uploadFile', () => {
  it('stores the picked file as the signed-in person, reporting progress on the way', async () => {
    const token = await signIn()
    const progress: number[] = []
    const file = await uploadFile(picked('营业执照.jpg'), (p) => progress.push(p)).done

    expect(file).toEqual({ fileId: expect.stringMatching(/^f[0-9a-f]{24}$/), name: '营业执照.jpg', size: JPEG_BYTES.length, mime: 'image/jpeg' })
    expect(progress).toEqual([50, 100])
    const stored = await mockBackend.app().app.request(`/api/v1/uploads/${file.fileId}`, { headers: { Authorization: `Bearer ${token}` } })
    expect(new Uint8Array(await stored.arrayBuffer())).toEqual(JPEG_BYTES)
  })

  it("fails with the server's Chinese message for a file that is not what it claims", async () => {
    await signIn()
    const error = await failure(uploadFile(picked('伪装.jpg', 'plain text')).done)
    expect(error).toMatchObject({ kind: 'bad-request', status: 415, message: '只能上传 JPG、PNG 图片或 PDF 文件' })
  })

  it("fails with the server's message for a file over the limit", async () => {
    await signIn()
    const error = await failure(uploadFile(picked('大.jpg', new Uint8Array(5 * 1024 * 1024 + 1).fill(0xff))).done)
    expect(error).toMatchObject({ status: 413, message: '文件不能超过 5 MB，请压缩后重新上传' })
  })

  it('says the network failed when no answer came, and nothing is stored', async () => {
    await signIn()
    const before = storedUploads()
    mockBackend.failNextRequests(1)
    const error = await failure(uploadFile(picked('照片.jpg')).done)
    expect(error).toMatchObject({ kind: 'network', message: '网络连接失败，请检查网络后重试' })
    expect(storedUploads()).toBe(before)
  })

  it('asks a signed-out person to sign in', async () => {
    const error = await failure(uploadFile(picked('照片.jpg')).done)
    expect(error).toMatchObject({ kind: 'unauthorized', message: '请先登录' })
  })

  it('forgets a session the server no longer accepts', async () => {
    const auth = await mockBackend.signIn('resident')
    act(() => useSessionStore.getState().signIn({ ...auth, token: 'expired-token' }))
    const error = await failure(uploadFile(picked('照片.jpg')).done)
    expect(error.kind).toBe('unauthorized')
    expect(useSessionStore.getState().token).toBeNull()
  })

  it('can be stopped halfway; then nothing is stored', async () => {
    await signIn()
    const before = storedUploads()
    const held = mockBackend.holdUploads()
    const progress: number[] = []
    const upload = uploadFile(picked('照片.jpg'), (p) => progress.push(p))
    for (let waited = 0; progress.length === 0 && waited < 5000; waited += 10) await new Promise((resolve) => setTimeout(resolve, 10))
    expect(progress).toEqual([50])

    upload.abort()
    held.release()
    const error = await failure(upload.done)
    expect(isUploadAborted(error)).toBe(true)
    expect(storedUploads()).toBe(before)
  })
})
