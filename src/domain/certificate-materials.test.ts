import type { FormField } from '@contract/application'
import { isMaterialRequired, materialBadge, missingMaterialMessage } from './certificate-materials'

const tenure: FormField = {
  key: 'tenure',
  kind: 'single',
  label: '居住性质',
  required: true,
  hint: null,
  placeholder: null,
  options: [
    { value: 'own', label: '自有住房' },
    { value: 'rent', label: '租住' },
    { value: 'borrow', label: '借住' },
  ],
}
const lease = { key: 'm2', name: '租赁合同或借住说明照片', required: false }
const conditions = [{ material: 'm2', field: 'tenure', values: ['rent', 'borrow'] }]

describe('whether a certificate material is needed (one rule for the label, the app and the server)', () => {
  it('labels the lease by its condition until 租住 or 借住 is chosen, then 必交; never 选交', () => {
    expect(materialBadge(lease, conditions, [tenure], {})).toEqual({ text: '租住、借住必交', required: false })
    expect(materialBadge(lease, conditions, [tenure], { tenure: 'own' })).toEqual({ text: '租住、借住必交', required: false })
    expect(materialBadge(lease, conditions, [tenure], { tenure: 'rent' })).toEqual({ text: '必交', required: true })
    expect(materialBadge({ key: 'm3', required: false }, conditions, [tenure], {})).toEqual({ text: '选交', required: false })
    expect(materialBadge({ key: 'm1', required: true }, conditions, [tenure], {})).toEqual({ text: '必交', required: true })
  })

  it('requires it and says why when missing', () => {
    expect(isMaterialRequired(lease, conditions, { tenure: 'borrow' })).toBe(true)
    expect(isMaterialRequired(lease, conditions, { tenure: 'own' })).toBe(false)
    expect(missingMaterialMessage(lease, conditions, [tenure], { tenure: 'rent' })).toBe('租住的，请上传「租赁合同或借住说明照片」')
    expect(missingMaterialMessage(lease, conditions, [tenure], { tenure: 'own' })).toBeNull()
  })
})
