import type { BundleForm, BundleGuide } from '@contract/bundle'
import type { ApplicationDraft } from '@/features/apply/draft-types'
import {
  asFormSchema,
  bundleServerErrors,
  checkDelivery,
  emptyBundleDraft,
  firstBundleStepWithError,
  kitFields,
  reconcileBundleDraft,
  stepsFor,
  toBundleInput,
  withStep,
} from './apply-state'

const parts = [
  { itemId: 'it-a', name: '出生登记', required: true },
  { itemId: 'it-b', name: '新生儿参保登记', required: true },
  { itemId: 'it-c', name: '社会保障卡申领', required: false },
]

const form: BundleForm = {
  bundleId: 'it-bundle',
  bundleName: '新生儿出生一件事',
  parts,
  applicantKinds: ['personal'],
  fields: [
    { key: 'childName', kind: 'text', label: '新生儿姓名', required: true, hint: '与出生医学证明一致', placeholder: null, minLength: 2, maxLength: 20, semantic: 'child.name', sources: [{ itemId: 'it-a', key: 'babyName' }, { itemId: 'it-b', key: 'name' }] },
    { key: 'p3Reason', kind: 'text', label: '申领原因', required: false, hint: null, placeholder: null, minLength: 0, maxLength: 50, semantic: null, sources: [{ itemId: 'it-c', key: 'reason' }] },
  ],
  materials: [
    { key: 'm1', name: '出生医学证明', required: true, eLicenseType: '出生医学证明', note: '', maxFiles: 2, partItemIds: ['it-a', 'it-b'] },
    { key: 'm2', name: '照片', required: false, eLicenseType: null, note: '白底', maxFiles: 1, partItemIds: ['it-c'] },
  ],
  commitment: null,
  uploads: { maxBytes: 5 * 1024 * 1024, mimeTypes: ['image/jpeg'] },
  promisedLimitDays: 5,
  fees: [],
  halls: [{ id: 'h1', name: '泉州市行政服务中心', address: '丰泽区', hours: '9:00-17:00' }],
}

const guide = {
  id: 'it-bundle',
  name: '新生儿出生一件事',
  audience: 'personal',
  parts: parts.map((p) => ({ ...p, department: { id: 'd', name: '部门' }, kind: 'promised', promisedLimitDays: 5, fee: { charged: false, description: '不收费', basis: null }, materialNames: [], commitment: false })),
} as unknown as BundleGuide

describe('the merged form in the form kit', () => {
  it('says which parts a shared field and a shared material serve, and nothing for a part-only one', () => {
    const [shared, own] = kitFields(form)
    expect(shared.hint).toBe('用于：出生登记、新生儿参保登记。与出生医学证明一致')
    expect(own.hint).toBeNull()
    expect('sources' in shared).toBe(false)
    const [m1, m2] = asFormSchema(form).materials
    expect(m1.note).toBe('用于：出生登记、新生儿参保登记')
    expect(m2.note).toBe('白底')
  })

  it('leaves 告知承诺 out of the steps unless the form has one', () => {
    expect(stepsFor(form)).not.toContain('commitment')
    expect(stepsFor({ commitment: { title: '告知承诺书', text: '…', partItemIds: ['it-a'] } })).toContain('commitment')
  })
})

describe('delivery', () => {
  it('asks for a hall for window pickup and for recipient, phone and address for mail', () => {
    expect(checkDelivery(form, {}).errors).toEqual({ method: '请选择领取方式' })
    expect(checkDelivery(form, { method: 'window' }).errors).toHaveProperty('hallId')
    expect(checkDelivery(form, { method: 'window', hallId: 'h1' }).delivery).toEqual({ method: 'window', hallId: 'h1' })
    expect(Object.keys(checkDelivery(form, { method: 'mail' }).errors).sort()).toEqual(['address', 'phone', 'recipient'])
    expect(checkDelivery(form, { method: 'mail', recipient: '王小明', phone: '138 0595 1234', address: '丰泽区东海街道通港西街 1 号' }).delivery).toEqual({
      method: 'mail',
      recipient: '王小明',
      phone: '13805951234',
      address: '丰泽区东海街道通港西街 1 号',
    })
  })
})

describe('the draft and the submission', () => {
  it('keeps every optional part at first, and drops parts that are no longer optional from a stored draft', () => {
    const fresh = emptyBundleDraft(guide, 'u1')
    expect(fresh.itemId).toBe('bundle:it-bundle')
    expect(fresh.bundle.optionalParts).toEqual(['it-c'])
    const stored = { ...withStep(fresh, 'delivery'), bundle: { ...withStep(fresh, 'delivery').bundle, optionalParts: ['it-c', 'it-gone'] }, updatedAt: 'x' } as ApplicationDraft
    const restored = reconcileBundleDraft(stored, guide)!
    expect(restored.bundle.optionalParts).toEqual(['it-c'])
    expect(restored.bundle.step).toBe('delivery')
    expect(restored.step).toBe('review')
    // Someone else's bundle, or a single application's draft, is not restored as this one.
    expect(reconcileBundleDraft({ ...stored, bundle: { ...restored.bundle, bundleId: 'other' } } as ApplicationDraft, guide)).toBeNull()
    expect(reconcileBundleDraft({ ...fresh, bundle: undefined, updatedAt: 'x' } as unknown as ApplicationDraft, guide)).toBeNull()
  })

  it('sends the chosen parts, the normalised merged fields and each material once', () => {
    const draft = { ...emptyBundleDraft(guide, 'u1'), applicantKind: 'personal' as const, fields: { childName: ' 王小宝 ', p3Reason: '' }, materials: { m1: { files: [], licenseId: 'lic-1' }, m2: { files: [], licenseId: null } } }
    expect(toBundleInput(form, draft, { method: 'window', hallId: 'h1' })).toEqual({
      bundleId: 'it-bundle',
      parts: ['it-a', 'it-b', 'it-c'],
      applicantKind: 'personal',
      fields: { childName: '王小宝' },
      materials: [{ key: 'm1', fileIds: [], licenseId: 'lic-1' }],
      commitmentAccepted: false,
      delivery: { method: 'window', hallId: 'h1' },
    })
  })

  it("puts a 422's messages on the merged field, the material, the delivery and the parts", () => {
    const { errors, other } = bundleServerErrors({
      'fields.childName': '请填写新生儿姓名',
      'materials.m1.fileIds.0': '文件不存在',
      'delivery.hallId': '请选择列出的领取大厅',
      parts: '必办事项不能去掉：出生登记',
      bundleId: '一件事编号格式不正确',
    })
    expect(errors.fields).toEqual({ childName: '请填写新生儿姓名' })
    expect(errors.materials).toEqual({ m1: '文件不存在' })
    expect(errors.delivery).toEqual({ hallId: '请选择列出的领取大厅' })
    expect(errors.parts).toBe('必办事项不能去掉：出生登记')
    expect(other).toEqual(['一件事编号格式不正确'])
    expect(firstBundleStepWithError(errors)).toBe('parts')
  })
})
