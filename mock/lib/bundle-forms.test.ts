import type { FieldValue } from '@contract/application'
import { BUNDLES } from '../seed/catalogue/bundles'
import { validValue } from '../test-support/fixtures'
import { testCatalogue } from '../test-support/test-app'
import { bundleForm, bundleGuide, bundleItem, publicBundleForm, splitBundleValues, type ResolvedBundleForm } from './bundle-forms'
import { ApiError } from './errors'
import { createSeedLookup } from './lookup'

const { seed } = testCatalogue()
const lookup = createSeedLookup(seed)
const TODAY = '2026-03-02'
const NOW = new Date('2026-03-02T04:00:00Z')

function bundleAt(name: string, regionCode = '350500000000') {
  const item = seed.items.find((i) => i.name === name && i.region.code === regionCode)
  if (!item) throw new Error(`no ${name} in ${regionCode}`)
  return item
}

function allOptional(id: string): string[] {
  return bundleGuide(lookup, id).parts.filter((p) => !p.required).map((p) => p.itemId)
}

function validValues(form: ResolvedBundleForm): Record<string, FieldValue> {
  const values: Record<string, FieldValue> = {}
  for (const f of form.fields) values[f.key] = validValue(f as never)
  return values
}

describe('bundleGuide', () => {
  it('lists the parts of 新生儿出生一件事 with required/optional, departments and materials once', () => {
    const item = bundleAt('新生儿出生一件事')
    const guide = bundleGuide(lookup, item.id)
    expect(guide.parts.map((p) => [p.name, p.required])).toEqual([
      ['出生登记', true],
      ['新生儿参保登记', true],
      ['社会保障卡申领', false],
      ['生育保险待遇核准（生育医疗费用）', false],
    ])
    expect(guide.palm).toBe(true)
    expect(guide.industryLicense).toBe(false)
    const names = guide.materials.map((m) => m.name)
    expect(new Set(names).size).toBe(names.length)
    for (const part of guide.parts) for (const name of part.materialNames) expect(guide.materials.find((m) => m.name === name)?.partItemIds).toContain(part.itemId)
    expect(guide.halls.length).toBeGreaterThan(0)
    expect(guide.promisedLimitDays).toBe(Math.max(0, ...guide.parts.filter((p) => p.required).map((p) => p.promisedLimitDays)))
  })

  it('names the 行业综合许可证 of 开餐饮店 in a pilot region (晋江) and not at the city', () => {
    const pilot = bundleGuide(lookup, bundleAt('我要开餐饮店一件事', '350582000000').id)
    expect(pilot.industryLicense).toBe(true)
    expect(pilot.industryLicenseName).toBe('餐饮行业综合许可证')
    const city = seed.items.find((i) => i.name === '我要开餐饮店一件事' && i.region.code === '350500000000')
    if (city) expect(bundleGuide(lookup, city.id).industryLicenseName).toBeNull()
  })

  it('resolves every part of every seeded bundle to an implementation with that name', () => {
    for (const item of seed.items.filter((i) => i.bundle)) {
      const guide = bundleGuide(lookup, item.id)
      const def = BUNDLES.find((b) => b.name === item.name)
      expect(guide.parts.map((p) => p.name)).toEqual(def?.parts)
      for (const part of guide.parts) expect(lookup.item(part.itemId)?.name).toBe(part.name)
    }
  })

  it('answers 404 for an ordinary item and an unknown id', () => {
    const ordinary = seed.items.find((i) => !i.bundle)
    for (const id of [ordinary?.id ?? '', 'it-nope', '../x']) {
      expect(() => bundleItem(lookup, id)).toThrow(ApiError)
    }
  })
})

describe('bundleForm', () => {
  it('asks the baby’s name and birth date once for 出生登记 and 新生儿参保登记', () => {
    const item = bundleAt('新生儿出生一件事')
    const form = bundleForm(lookup, item.id, allOptional(item.id), TODAY)
    const guide = bundleGuide(lookup, item.id)
    const [birth, insurance] = guide.parts
    for (const semantic of ['child.name', 'child.birthDate', 'mother.idNumber', 'applicant.phone']) {
      const fields = form.fields.filter((f) => f.semantic === semantic)
      expect(fields).toHaveLength(1)
      const sources = fields[0].sources.map((s) => s.itemId)
      expect(sources).toEqual(expect.arrayContaining([birth.itemId, insurance.itemId]))
    }
    expect(form.fields.find((f) => f.semantic === 'child.name')?.key).toBe('childName')
    // The delivery choice answers 领取方式 / 邮寄地址: the form does not ask them.
    expect(form.fields.some((f) => f.semantic?.startsWith('delivery.'))).toBe(false)
    const keys = form.fields.map((f) => f.key)
    expect(new Set(keys).size).toBe(keys.length)
  })

  it('always includes required parts and only the chosen optional ones; 400 for an id that is not a part', () => {
    const item = bundleAt('新生儿出生一件事')
    const optional = allOptional(item.id)
    expect(bundleForm(lookup, item.id, [], TODAY).parts.map((p) => p.name)).toEqual(['出生登记', '新生儿参保登记'])
    expect(bundleForm(lookup, item.id, [optional[0]], TODAY).parts).toHaveLength(3)
    expect(() => bundleForm(lookup, item.id, ['it-350500-zzzzzzzz'], TODAY)).toThrow(expect.objectContaining({ code: 'BAD_REQUEST' }))
  })

  it('gives one commitment naming the parts under 告知承诺 (开餐饮店: the fire-safety check)', () => {
    const item = bundleAt('我要开餐饮店一件事', '350582000000')
    const withFire = bundleForm(lookup, item.id, allOptional(item.id), TODAY)
    const fire = withFire.parts.find((p) => p.name.startsWith('公众聚集场所'))
    expect(withFire.commitment?.partItemIds).toEqual([fire?.itemId])
    expect(withFire.commitment?.text).toContain('公众聚集场所投入使用、营业前消防安全检查（告知承诺）')
    expect(bundleForm(lookup, item.id, [], TODAY).commitment).toBeNull()
  })

  it('does not ask the 统一社会信用代码 that the bundle’s own 设立登记 produces', () => {
    const item = bundleAt('我要开便利店一件事', '350582000000')
    const form = bundleForm(lookup, item.id, allOptional(item.id), TODAY)
    expect(form.fields.some((f) => f.semantic === 'business.creditCode')).toBe(false)
    expect(form.fields.filter((f) => f.semantic === 'business.name')).toHaveLength(1)
  })

  it('lists each material once with the parts that need it, and the public form has no server extras', () => {
    const item = bundleAt('新生儿出生一件事')
    const form = bundleForm(lookup, item.id, allOptional(item.id), TODAY)
    const names = form.materials.map((m) => m.name)
    expect(new Set(names).size).toBe(names.length)
    expect(form.materials.map((m) => m.key)).toEqual(form.materials.map((_, i) => `m${i + 1}`))
    const plain = publicBundleForm(form)
    expect('partFields' in plain).toBe(false)
    expect(plain.materials.every((m) => !('sources' in m))).toBe(true)
    expect(form.fees.map((f) => f.itemId)).toEqual(form.parts.map((p) => p.itemId))
    expect(form.halls[0].id).toBe('h1')
  })
})

describe('splitBundleValues', () => {
  it('gives each part its own keys, the shared value to both, and the delivery choice as 领取方式', () => {
    const item = bundleAt('新生儿出生一件事')
    const form = bundleForm(lookup, item.id, allOptional(item.id), TODAY)
    const values = { ...validValues(form), childName: '王小明' }
    const materials = form.materials.filter((m) => m.required).map((m) => ({ key: m.key, fileIds: ['f1'], licenseId: null }))
    const split = splitBundleValues(form, values, materials, { today: NOW, delivery: { method: 'mail', address: '泉州市丰泽区东海街道通港西街1号', recipient: '王芳', phone: '13800000000' } })
    expect(split.errors).toEqual({})
    const birth = split.parts.find((p) => lookup.item(p.itemId)?.name === '出生登记')
    const insurance = split.parts.find((p) => lookup.item(p.itemId)?.name === '新生儿参保登记')
    const card = split.parts.find((p) => lookup.item(p.itemId)?.name === '社会保障卡申领')
    expect(birth?.fields.babyName).toBe('王小明')
    expect(Object.values(insurance?.fields ?? {})).toContain('王小明')
    expect(card?.fields.pickup).toBe('mail')
    expect(card?.fields.mailAddress).toBe('泉州市丰泽区东海街道通港西街1号')
    for (const m of materials) {
      const sources = form.materials.find((x) => x.key === m.key)?.sources ?? []
      for (const s of sources) expect(split.parts.find((p) => p.itemId === s.itemId)?.materials).toContainEqual({ key: s.key, fileIds: ['f1'], licenseId: null })
    }
  })

  it('reports errors on the merged keys, unknown keys and missing materials', () => {
    const item = bundleAt('新生儿出生一件事')
    const form = bundleForm(lookup, item.id, [], TODAY)
    const values = { ...validValues(form), childName: '', bogus: 'x' }
    const split = splitBundleValues(form, values, [{ key: 'm999', fileIds: [], licenseId: null }], { today: NOW })
    expect(split.errors['fields.childName']).toMatch(/请填写|必填/)
    expect(split.errors['fields.bogus']).toBe('表单中没有这一项')
    expect(split.errors['materials.m999']).toBe('材料清单中没有这一项')
    const required = form.materials.find((m) => m.required)
    if (required) expect(split.errors[`materials.${required.key}`]).toMatch(/请上传/)
  })
})
