import { existsSync, mkdtempSync, readdirSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { createDiskFileStore, fileStoreFor, sanitizeFileName, sniffMime, UPLOAD_LIMITS } from './files'
import { openStore, STORE_FILE } from './store'
import { JPEG, PDF, PNG } from '../test-support/fixtures'

describe('sniffMime', () => {
  it('knows JPEG, PNG and PDF by their first bytes and nothing else', () => {
    expect(sniffMime(JPEG)).toBe('image/jpeg')
    expect(sniffMime(PNG)).toBe('image/png')
    expect(sniffMime(PDF)).toBe('application/pdf')
    expect(sniffMime(new Uint8Array([0xff, 0xd8]))).toBeNull()
    expect(sniffMime(new TextEncoder().encode('%PDF'))).toBeNull()
    expect(sniffMime(new Uint8Array(0))).toBeNull()
  })
})

describe('sanitizeFileName', () => {
  it('keeps the extension when it shortens a long name to 100 characters', () => {
    const name = sanitizeFileName(`${'a'.repeat(200)}.pdf`, 'application/pdf')
    expect(name).toHaveLength(100)
    expect(name.endsWith('.pdf')).toBe(true)
  })

  it('drops leading dots so a name cannot be hidden or relative', () => {
    expect(sanitizeFileName('..hidden.png', 'image/png')).toBe('hidden.png')
    expect(sanitizeFileName('..', 'image/png')).toBe('文件.png')
  })
})

describe('the limits', () => {
  it('are 5 MB and JPEG, PNG, PDF', () => {
    expect(UPLOAD_LIMITS).toEqual({ maxBytes: 5 * 1024 * 1024, mimeTypes: ['image/jpeg', 'image/png', 'application/pdf'] })
  })
})

describe('file stores', () => {
  let dir: string
  beforeEach(() => {
    dir = mkdtempSync(join(tmpdir(), 'mock-files-'))
  })
  afterEach(() => rmSync(dir, { recursive: true, force: true }))

  it('keeps bytes on disk beside the database file, across a new store over the same directory', () => {
    const data = openStore({ file: join(dir, STORE_FILE), log: () => undefined })
    const store = fileStoreFor(data)
    data.close()
    expect(store.dir).toBe(join(dir, 'uploads'))
    const id = `f${'a'.repeat(24)}`
    store.put(id, PNG)
    expect(readdirSync(join(dir, 'uploads'))).toEqual([id])
    expect(createDiskFileStore(join(dir, 'uploads')).get(id)).toEqual(PNG)
    store.delete(id)
    expect(store.get(id)).toBeNull()
  })

  it('keeps bytes in memory when the store has no file', () => {
    const store = fileStoreFor(openStore())
    expect(store.dir).toBeNull()
    store.put(`f${'b'.repeat(24)}`, JPEG)
    expect(store.get(`f${'b'.repeat(24)}`)).toEqual(JPEG)
  })

  it('never turns an id into a path outside its directory', () => {
    const store = createDiskFileStore(join(dir, 'uploads'))
    expect(() => store.put('../db.json', PNG)).toThrow('invalid file id')
    expect(() => store.get('../../etc/passwd')).toThrow('invalid file id')
    expect(existsSync(join(dir, 'db.json'))).toBe(false)
  })
})
