import type { UploadedFile } from '@contract/application'
import { MAX_UPLOAD_BYTES } from '../lib/files'
import { JPEG, PDF, PNG } from '../test-support/fixtures'
import { createTestApp, isErrorBody, type TestApp } from '../test-support/test-app'

function form(bytes: Uint8Array, name: string, type: string, field = 'file'): FormData {
  const data = new FormData()
  data.append(field, new Blob([bytes], { type }), name)
  return data
}

async function download(t: TestApp, fileId: string, token?: string): Promise<Response> {
  return t.app.request(`/api/v1/uploads/${fileId}`, { headers: token ? { Authorization: `Bearer ${token}` } : {} })
}

describe('POST /uploads', () => {
  it.each([
    ['a JPEG', JPEG, 'id-front.jpg', 'image/jpeg'],
    ['a PNG', PNG, 'scan.png', 'image/png'],
    ['a PDF', PDF, '租赁合同.pdf', 'application/pdf'],
  ])('stores %s and answers 201 with its id, name, size and type', async (_label, bytes, name, mime) => {
    const t = createTestApp()
    const { token } = await t.signIn('resident')
    const res = await t.post<UploadedFile>('/api/v1/uploads', { token, form: form(bytes, name, mime) })
    expect(res.status).toBe(201)
    expect(res.body).toEqual({ fileId: expect.stringMatching(/^f[0-9a-f]{24}$/), name, size: bytes.length, mime })
    expect(t.store.dump().uploads[res.body.fileId]).toEqual(expect.objectContaining({ ownerId: 'demo-resident', name, size: bytes.length, mime }))
    expect(t.files.get(res.body.fileId)).toEqual(bytes)
  })

  it('decides the type by the bytes: a PNG sent as image/jpeg is stored as a PNG', async () => {
    const t = createTestApp()
    const { token } = await t.signIn('resident')
    const res = await t.post<UploadedFile>('/api/v1/uploads', { token, form: form(PNG, 'photo.jpg', 'image/jpeg') })
    expect(res.status).toBe(201)
    expect(res.body.mime).toBe('image/png')
  })

  it.each([
    ['text bytes declared as a JPEG', new TextEncoder().encode('hello, this is not a photo'), 'photo.jpg', 'image/jpeg'],
    ['a GIF', new TextEncoder().encode('GIF89a....'), 'anim.gif', 'image/gif'],
    ['a Word document', new Uint8Array([0x50, 0x4b, 0x03, 0x04, 0x14, 0x00]), '申请书.docx', 'application/vnd.openxmlformats-officedocument.wordprocessingml.document'],
    ['an HTML page declared as a PDF', new TextEncoder().encode('<html><script>alert(1)</script></html>'), 'a.pdf', 'application/pdf'],
  ])('refuses %s with 415 naming what is allowed', async (_label, bytes, name, type) => {
    const t = createTestApp()
    const { token } = await t.signIn('resident')
    const res = await t.post('/api/v1/uploads', { token, form: form(bytes, name, type) })
    expect(res.status).toBe(415)
    expect(res.body).toEqual({ error: { code: 'UNSUPPORTED_MEDIA_TYPE', message: '只能上传 JPG、PNG 图片或 PDF 文件' } })
    expect(Object.keys(t.store.dump().uploads)).toHaveLength(0)
  })

  it('refuses a file over 5 MB with 413 saying the limit', async () => {
    const t = createTestApp()
    const { token } = await t.signIn('resident')
    const big = new Uint8Array(MAX_UPLOAD_BYTES + 1)
    big.set(JPEG)
    const res = await t.post('/api/v1/uploads', { token, form: form(big, 'big.jpg', 'image/jpeg') })
    expect(res.status).toBe(413)
    expect(res.body).toEqual({ error: { code: 'PAYLOAD_TOO_LARGE', message: '文件不能超过 5 MB，请压缩后重新上传' } })
    expect(Object.keys(t.store.dump().uploads)).toHaveLength(0)
  })

  it('accepts a file of exactly 5 MB (the JSON limit of other routes does not apply)', async () => {
    const t = createTestApp()
    const { token } = await t.signIn('resident')
    const exact = new Uint8Array(MAX_UPLOAD_BYTES)
    exact.set(JPEG)
    const res = await t.post<UploadedFile>('/api/v1/uploads', { token, form: form(exact, 'exact.jpg', 'image/jpeg') })
    expect(res.status).toBe(201)
    expect(res.body.size).toBe(MAX_UPLOAD_BYTES)
  })

  it('refuses a body far over the limit before reading it (413)', async () => {
    const t = createTestApp()
    const { token } = await t.signIn('resident')
    const res = await t.post('/api/v1/uploads', {
      token,
      body: new Uint8Array(MAX_UPLOAD_BYTES + 200 * 1024),
      headers: { 'Content-Type': 'multipart/form-data; boundary=x' },
    })
    expect(res.status).toBe(413)
    expect(isErrorBody(res.body)).toBe(true)
  })

  it('refuses an empty file (422)', async () => {
    const t = createTestApp()
    const { token } = await t.signIn('resident')
    const res = await t.post('/api/v1/uploads', { token, form: form(new Uint8Array(0), 'empty.jpg', 'image/jpeg') })
    expect(res.status).toBe(422)
    expect(res.body).toEqual({ error: { code: 'VALIDATION_FAILED', message: '文件是空的，请重新选择', fields: { file: '文件是空的，请重新选择' } } })
  })

  it('asks for the file when the field is missing or is text (422)', async () => {
    const t = createTestApp()
    const { token } = await t.signIn('resident')
    const wrongField = await t.post('/api/v1/uploads', { token, form: form(JPEG, 'a.jpg', 'image/jpeg', 'photo') })
    expect(wrongField.status).toBe(422)
    expect(wrongField.body).toEqual({ error: { code: 'VALIDATION_FAILED', message: '请选择要上传的文件', fields: { file: '请选择要上传的文件' } } })
    const text = new FormData()
    text.append('file', 'just text')
    expect((await t.post('/api/v1/uploads', { token, form: text })).status).toBe(422)
  })

  it('takes one file at a time (422)', async () => {
    const t = createTestApp()
    const { token } = await t.signIn('resident')
    const two = form(JPEG, 'a.jpg', 'image/jpeg')
    two.append('file', new Blob([PNG], { type: 'image/png' }), 'b.png')
    const res = await t.post('/api/v1/uploads', { token, form: two })
    expect(res.status).toBe(422)
    expect(res.body).toEqual(expect.objectContaining({ error: expect.objectContaining({ fields: { file: '一次只能上传一个文件' } }) }))
  })

  it('refuses a body that is not multipart (415) and a broken multipart body (400)', async () => {
    const t = createTestApp()
    const { token } = await t.signIn('resident')
    const json = await t.post('/api/v1/uploads', { token, json: { file: 'abc' } })
    expect(json.status).toBe(415)
    expect(json.body).toEqual({ error: { code: 'UNSUPPORTED_MEDIA_TYPE', message: '请以 multipart/form-data 方式上传文件（字段名 file）' } })
    const broken = await t.post('/api/v1/uploads', { token, body: '--x\r\nnonsense', headers: { 'Content-Type': 'multipart/form-data; boundary=x' } })
    expect(broken.status).toBe(400)
    expect(isErrorBody(broken.body)).toBe(true)
  })

  it('needs a sign-in (401)', async () => {
    const t = createTestApp()
    const res = await t.post('/api/v1/uploads', { form: form(JPEG, 'a.jpg', 'image/jpeg') })
    expect(res.status).toBe(401)
    expect(res.body).toEqual({ error: { code: 'UNAUTHORIZED', message: '请先登录' } })
  })

  it.each([
    ['a path', '../../etc/passwd.jpg', 'passwd.jpg'],
    ['a Windows path', 'C:\\Users\\张三\\身份证.jpg', '身份证.jpg'],
    ['control characters and a bidi override', 'a\u0000b\u202egpj.exe.jpg', 'abgpj.exe.jpg'],
    ['nothing left', '///', '文件.jpg'],
    ['a very long name', `${'长'.repeat(150)}.jpg`, `${'长'.repeat(96)}.jpg`],
  ])('cleans the file name: %s', async (_label, name, stored) => {
    const t = createTestApp()
    const { token } = await t.signIn('resident')
    const res = await t.post<UploadedFile>('/api/v1/uploads', { token, form: form(JPEG, name, 'image/jpeg') })
    expect(res.status).toBe(201)
    expect(res.body.name).toBe(stored)
  })

  it('caps uploads per person and hour (100 by default), then 429 with Retry-After; others are not affected', async () => {
    const t = createTestApp({ uploadRateLimit: { max: 3, windowMs: 60 * 60_000 } })
    const a = await t.signIn('resident')
    const b = await t.signIn('business')
    for (let i = 0; i < 3; i += 1) await t.upload(a.token)
    const refused = await t.post('/api/v1/uploads', { token: a.token, form: form(JPEG, 'a.jpg', 'image/jpeg') })
    expect(refused.status).toBe(429)
    expect(refused.body).toEqual({ error: { code: 'TOO_MANY_REQUESTS', message: '上传太频繁，每小时最多上传 3 个文件，请 60 分钟后再试' } })
    expect(Number(refused.headers.get('retry-after'))).toBeGreaterThan(3500)
    expect((await t.post('/api/v1/uploads', { token: b.token, form: form(JPEG, 'a.jpg', 'image/jpeg') })).status).toBe(201)
  })

  it('does not count refused uploads against the allowance', async () => {
    const t = createTestApp({ uploadRateLimit: { max: 1, windowMs: 60 * 60_000 } })
    const { token } = await t.signIn('resident')
    await t.post('/api/v1/uploads', { token, form: form(new TextEncoder().encode('nope'), 'a.jpg', 'image/jpeg') })
    expect((await t.post('/api/v1/uploads', { token, form: form(JPEG, 'a.jpg', 'image/jpeg') })).status).toBe(201)
  })
})

describe('GET /uploads/{fileId}', () => {
  it('gives the owner the bytes with the detected type, never cached', async () => {
    const t = createTestApp()
    const { token } = await t.signIn('resident')
    const file = await t.upload(token, PDF, '租赁合同.pdf', 'application/pdf')
    const res = await download(t, file.fileId, token)
    expect(res.status).toBe(200)
    expect(res.headers.get('content-type')).toBe('application/pdf')
    expect(res.headers.get('cache-control')).toBe('private, no-store')
    expect(res.headers.get('x-content-type-options')).toBe('nosniff')
    expect(res.headers.get('content-disposition')).toContain(`filename*=UTF-8''${encodeURIComponent('租赁合同.pdf')}`)
    expect(new Uint8Array(await res.arrayBuffer())).toEqual(PDF)
  })

  it('lets the back office see it', async () => {
    const t = createTestApp()
    const { token } = await t.signIn('resident')
    const file = await t.upload(token)
    const admin = await t.signIn('admin')
    expect((await download(t, file.fileId, admin.token)).status).toBe(200)
  })

  it('answers anyone else exactly as for a file that does not exist (404)', async () => {
    const t = createTestApp()
    const { token } = await t.signIn('resident')
    const file = await t.upload(token)
    const other = await t.signIn('business')
    const theirs = await t.get(`/api/v1/uploads/${file.fileId}`, { token: other.token })
    const missing = await t.get(`/api/v1/uploads/f${'0'.repeat(24)}`, { token: other.token })
    expect(theirs.status).toBe(404)
    expect(theirs.body).toEqual({ error: { code: 'NOT_FOUND', message: '文件不存在或已删除' } })
    expect(missing.body).toEqual(theirs.body)
  })

  it('needs a sign-in (401) and refuses ids that are not file ids (404)', async () => {
    const t = createTestApp()
    const { token } = await t.signIn('resident')
    const file = await t.upload(token)
    expect((await download(t, file.fileId)).status).toBe(401)
    expect((await t.get('/api/v1/uploads/..%2F..%2Fdb.json', { token })).status).toBe(404)
  })
})
