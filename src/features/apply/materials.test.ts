import type { FormMaterial, FormSchema } from '@contract/application'
import { checkChosenFile, checkMaterials, formatBytes, toChosenFile } from './materials'

const LIMITS = { maxBytes: 5 * 1024 * 1024, mimeTypes: ['image/jpeg', 'image/png', 'application/pdf'] }

function material(overrides: Partial<FormMaterial>): FormMaterial {
  return { key: 'm1', name: '居民身份证', required: true, eLicenseType: null, note: '', maxFiles: 3, ...overrides }
}

function schemaWith(materials: FormMaterial[]): FormSchema {
  return {
    itemId: 'it-1',
    itemName: '普通护照签发',
    applicantKinds: ['personal'],
    fields: [],
    materials,
    commitment: null,
    uploads: LIMITS,
    promisedLimitDays: 7,
    fee: { charged: false, description: '不收费', basis: null },
  }
}

const file = (name: string) => ({ fileId: `f-${name}`, name, size: 1000, mime: 'image/jpeg' })

describe('checkMaterials', () => {
  const schema = schemaWith([
    material({ key: 'm1', name: '居民身份证', eLicenseType: '居民身份证' }),
    material({ key: 'm2', name: '申请表' }),
    material({ key: 'm3', name: '监护人证明', required: false, maxFiles: 1 }),
  ])

  it('names every required material that has neither a file nor an e-license, mentioning the e-license where one would do', () => {
    expect(checkMaterials(schema, {})).toEqual({
      m1: '请上传「居民身份证」或选择电子证照',
      m2: '请上传「申请表」',
    })
  })

  it('is satisfied by uploaded files or by an e-license (免提交)', () => {
    expect(checkMaterials(schema, {
      m1: { files: [], licenseId: 'lic-1' },
      m2: { files: [file('a.jpg')], licenseId: null },
    })).toEqual({})
  })

  it('leaves an optional material alone when empty, but not over its file limit', () => {
    expect(checkMaterials(schema, {
      m1: { files: [file('a.jpg')], licenseId: null },
      m2: { files: [file('b.jpg')], licenseId: null },
      m3: { files: [file('c.jpg'), file('d.jpg')], licenseId: null },
    })).toEqual({ m3: '「监护人证明」最多上传 1 个文件，现在是 2 个' })
  })

  it('treats an empty file list as missing', () => {
    expect(checkMaterials(schema, { m1: { files: [], licenseId: null }, m2: { files: [file('b.jpg')], licenseId: null } })).toEqual({
      m1: '请上传「居民身份证」或选择电子证照',
    })
  })
})

describe('checkChosenFile', () => {
  const chosen = (size: number, mime = 'image/jpeg', name = '照片.jpg') => ({ path: 'blob:x', name, size, mime })

  it('lets a photo within the limits go', () => {
    expect(checkChosenFile(chosen(300 * 1024), LIMITS)).toBeNull()
    expect(checkChosenFile(chosen(LIMITS.maxBytes), LIMITS)).toBeNull()
    expect(checkChosenFile(chosen(10, 'application/pdf', '证明.pdf'), LIMITS)).toBeNull()
  })

  it('refuses a file over the size limit, saying how large it is and what the limit is', () => {
    expect(checkChosenFile(chosen(LIMITS.maxBytes + 1), LIMITS)).toBe('「照片.jpg」有 5.1 MB，超过了 5 MB 的上限，请重新拍摄或选择较小的文件')
    expect(checkChosenFile(chosen(7.35 * 1024 * 1024), LIMITS)).toBe('「照片.jpg」有 7.4 MB，超过了 5 MB 的上限，请重新拍摄或选择较小的文件')
  })

  it('refuses a type the backend does not take, naming the types it does', () => {
    expect(checkChosenFile(chosen(1000, 'image/gif', '动图.gif'), LIMITS)).toBe('「动图.gif」的格式不支持，只能上传 JPG、PNG、PDF 文件')
  })

  it('refuses an empty file', () => {
    expect(checkChosenFile(chosen(0), LIMITS)).toBe('「照片.jpg」是空文件，请重新选择')
  })
})

describe('toChosenFile', () => {
  it('takes the name and type of the picked file on H5', () => {
    expect(toChosenFile({ tempFilePath: 'blob:http://localhost/1', size: 2048, fileType: 'image/png', originalFileObj: { name: '户口本.png', type: 'image/png' } }))
      .toEqual({ path: 'blob:http://localhost/1', name: '户口本.png', size: 2048, mime: 'image/png' })
  })

  it('reads the type from the temp file name on weapp, where fileType only says image', () => {
    expect(toChosenFile({ tempFilePath: 'http://tmp/wx5f3c.o6zAJs.jpg', size: 99, fileType: 'image' }))
      .toEqual({ path: 'http://tmp/wx5f3c.o6zAJs.jpg', name: 'wx5f3c.o6zAJs.jpg', size: 99, mime: 'image/jpeg' })
  })

  it('names a nameless H5 photo after its type', () => {
    expect(toChosenFile({ tempFilePath: 'blob:http://localhost/2', size: 5, fileType: 'image/jpeg' }).name).toBe('照片.jpg')
  })
})

describe('formatBytes', () => {
  it('reads as a person would say it', () => {
    expect(formatBytes(614)).toBe('614 B')
    expect(formatBytes(1536)).toBe('1.5 KB')
    expect(formatBytes(5 * 1024 * 1024)).toBe('5 MB')
    expect(formatBytes(12.6 * 1024 * 1024)).toBe('13 MB')
  })
})
