import type { FormField, FormSchema } from '@contract/application'
import { idNumberCheckChar } from '@/domain/identity'
import { displayValue, firstStepWithError, reconcileDraft, serverErrors, toApplicationInput } from './form-state'
import type { ApplicationDraft } from './draft-types'

const base = { required: true, hint: null, placeholder: null }

/** A valid ID number whose check character is X, as people type it: lower case. */
const ID_WITH_X = (() => {
  for (let n = 100; n < 1000; n++) {
    const first17 = `35058219900307${n}`
    if (idNumberCheckChar(first17) === 'X') return `${first17}x`
  }
  throw new Error('no such number')
})()
const fields: FormField[] = [
  { ...base, kind: 'id-number', key: 'idNumber', label: '身份证号' },
  { ...base, kind: 'phone', key: 'phone', label: '联系电话' },
  { ...base, kind: 'number', key: 'movers', label: '迁移人数', min: 1, max: 10, integer: true, unit: '人' },
  { ...base, kind: 'date', key: 'lostOn', label: '遗失日期', min: null, max: null },
  { ...base, kind: 'multiple', key: 'classes', label: '准驾车型', options: [{ value: 'C1', label: 'C1 小型汽车' }, { value: 'A1', label: 'A1 大型客车' }], minItems: 1, maxItems: 2 },
  { ...base, kind: 'region', key: 'toRegion', label: '迁入地', level: 'village' },
  { ...base, required: false, kind: 'text', key: 'note', label: '备注', minLength: 0, maxLength: 20 },
]

const schema: FormSchema = {
  itemId: 'it-1',
  itemName: '户口迁移（迁入）',
  applicantKinds: ['personal'],
  fields,
  materials: [
    { key: 'm1', name: '居民户口簿', required: true, eLicenseType: '居民户口簿', note: '', maxFiles: 9 },
    { key: 'm2', name: '住所证明', required: false, eLicenseType: null, note: '', maxFiles: 9 },
  ],
  commitment: null,
  uploads: { maxBytes: 10 * 1024 * 1024, mimeTypes: ['image/jpeg'] },
  promisedLimitDays: 5,
  fee: { charged: false, description: '不收费', basis: null },
}

function draft(overrides: Partial<ApplicationDraft> = {}): ApplicationDraft {
  return {
    userId: 'u1',
    itemId: 'it-1',
    itemName: '户口迁移（迁入）',
    step: 'review',
    applicantKind: 'personal',
    fields: {},
    regionPaths: {},
    materials: {},
    commitmentAccepted: false,
    idempotencyKey: null,
    updatedAt: '2022-03-01T09:00:00+08:00',
    ...overrides,
  }
}

describe('the review and the submission of an application', () => {
  it('shows ID numbers and phones masked, dates, units, choices and regions in words', () => {
    const regionPath = [{ code: '350582000000', name: '晋江市' }, { code: '350582101000', name: '安海镇' }, { code: '350582101201', name: '西安村委会' }]
    expect(displayValue(fields[0], '350582199003071234 ', undefined)).toBe('3505**********1234')
    expect(displayValue(fields[1], '138 0595 1234', undefined)).toBe('138****1234')
    expect(displayValue(fields[2], '3', undefined)).toBe('3人')
    expect(displayValue(fields[3], '2022-03-01', undefined)).toBe('2022年3月1日')
    expect(displayValue(fields[4], ['A1', 'C1'], undefined)).toBe('C1 小型汽车、A1 大型客车')
    expect(displayValue(fields[5], '350582101201', regionPath)).toBe('晋江市 / 安海镇 / 西安村委会')
    expect(displayValue(fields[6], '', undefined)).toBe('未填写')
  })

  it('sends the values as the shared rules normalise them, and only materials that were provided', () => {
    const input = toApplicationInput(
      schema,
      draft({
        fields: { idNumber: ID_WITH_X, phone: '138 0595 1234', movers: '２', classes: ['A1', 'C1'], toRegion: '350582101201', lostOn: '2022-02-01' },
        materials: { m1: { files: [{ fileId: 'f1', name: 'a.jpg', size: 1, mime: 'image/jpeg' }], licenseId: 'lic-1' }, m2: { files: [], licenseId: null } },
      }),
    )
    expect(input.fields).toMatchObject({ idNumber: ID_WITH_X.toUpperCase(), phone: '13805951234', movers: 2, classes: ['C1', 'A1'] })
    expect(input.fields).not.toHaveProperty('note')
    // An e-license replaces the upload (免提交): its files are not sent alongside.
    expect(input.materials).toEqual([{ key: 'm1', fileIds: [], licenseId: 'lic-1' }])
    expect(input.commitmentAccepted).toBe(false)
  })

  it("puts each of the server's 422 messages where it belongs and finds the first step to correct", () => {
    const { errors, other } = serverErrors({
      'fields.toRegion': '所选地区不存在，请重新选择',
      'materials.m1.fileIds.0': '文件不存在或已失效，请重新上传',
      commitmentAccepted: '请阅读并同意告知承诺书后再提交',
      somethingElse: '别的问题',
    })
    expect(errors.fields).toEqual({ toRegion: '所选地区不存在，请重新选择' })
    expect(errors.materials).toEqual({ m1: '文件不存在或已失效，请重新上传' })
    expect(errors.commitment).toBe('请阅读并同意告知承诺书后再提交')
    expect(other).toEqual(['别的问题'])
    expect(firstStepWithError(errors)).toBe('details')
    expect(firstStepWithError({ ...errors, fields: {} })).toBe('materials')
    expect(firstStepWithError({ fields: {}, materials: {}, applicant: '请先完成实名认证', commitment: null })).toBe('applicant')
  })

  it('fits a stored draft to the form as it is today, dropping what no longer exists', () => {
    const restored = reconcileDraft(
      draft({
        step: 'nowhere' as ApplicationDraft['step'],
        applicantKind: 'legal',
        fields: { phone: '13805951234', removedField: 'x' },
        materials: { m1: { files: [], licenseId: 'lic-1' }, m9: { files: [], licenseId: null } },
        commitmentAccepted: true,
      }),
      schema,
    )
    expect(restored.step).toBe('applicant')
    expect(restored.applicantKind).toBe('personal')
    expect(restored.fields).toEqual({ phone: '13805951234' })
    expect(Object.keys(restored.materials)).toEqual(['m1'])
    expect(restored.commitmentAccepted).toBe(false)
  })
})
