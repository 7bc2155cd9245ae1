import type { BundleForm, BundleGuide, BundleSummary } from '@contract/bundle'
import type { Page } from '@contract/common'
import { cityItem, schemaOf } from '../test-support/fixtures'
import { createTestApp } from '../test-support/test-app'

const t = createTestApp()
const bundleItems = t.seed.items.filter((i) => i.bundle)
const byId = new Map(t.seed.items.map((i) => [i.id, i]))

describe('GET /bundles', () => {
  it('lists every bundle citywide, most used first, 20 a page, with public caching', async () => {
    const res = await t.get<Page<BundleSummary>>('/api/v1/bundles')
    expect(res.status).toBe(200)
    expect(res.headers.get('cache-control')).toBe('public, max-age=300')
    expect(res.body.total).toBe(486)
    expect(res.body.items).toHaveLength(20)
    expect(res.body.items[0]).toEqual(
      expect.objectContaining({ id: expect.any(String), name: expect.stringContaining('一件事'), partCount: expect.any(Number), industryLicense: expect.any(Boolean) }),
    )
    const popularity = res.body.items.map((b) => bundleItems.find((i) => i.id === b.id)?.popularity ?? 0)
    expect(popularity).toEqual([...popularity].sort((a, b) => b - a))
  })

  it('filters by region and pages like other lists', async () => {
    const city = await t.get<Page<BundleSummary>>('/api/v1/bundles?region=350500000000&pageSize=50&page=2')
    expect(city.body.total).toBe(57)
    expect(city.body.items).toHaveLength(7)
    expect(city.body.items.every((b) => b.region.code === '350500000000')).toBe(true)
    const jinjiang = await t.get<Page<BundleSummary>>('/api/v1/bundles?region=350582000000&pageSize=50')
    expect(jinjiang.body.total).toBe(33)
    const licensed = jinjiang.body.items.filter((b) => b.industryLicense).map((b) => b.name)
    expect(licensed.sort()).toEqual(['我要开便利店一件事', '我要开餐饮店一件事'])
    const past = await t.get<Page<BundleSummary>>('/api/v1/bundles?region=350582000000&page=9')
    expect(past.body).toEqual({ items: [], total: 33, page: 9, pageSize: 20 })
  })

  it('answers 400 for a township or a malformed code, 404 for an unknown region, 400 for unknown parameters', async () => {
    expect((await t.get('/api/v1/bundles?region=350582101000')).status).toBe(400)
    expect((await t.get('/api/v1/bundles?region=3505')).body).toMatchObject({ error: { fields: { region: '地区编码须为 12 位数字' } } })
    expect((await t.get('/api/v1/bundles?region=110101000000')).status).toBe(404)
    expect((await t.get('/api/v1/bundles?sort=new')).status).toBe(400)
  })
})

describe('GET /bundles/{id}', () => {
  it('gives the one guide of 新生儿出生一件事: parts, materials once, halls', async () => {
    const item = cityItem(t.seed, '新生儿出生一件事')
    const res = await t.get<BundleGuide>(`/api/v1/bundles/${item.id}`)
    expect(res.status).toBe(200)
    expect(res.headers.get('cache-control')).toBe('public, max-age=300')
    expect(res.body.parts.map((p) => [p.name, p.required])).toEqual([
      ['出生登记', true],
      ['新生儿参保登记', true],
      ['社会保障卡申领', false],
      ['生育保险待遇核准（生育医疗费用）', false],
    ])
    expect(res.body.palm).toBe(true)
    expect(res.body.halls[0].kind).toBe('center')
    const names = res.body.materials.map((m) => m.name)
    expect(new Set(names).size).toBe(names.length)
  })

  it('answers the 404 contract body for an unknown id and for an item that is not a bundle', async () => {
    const plain = cityItem(t.seed, '居民身份证换领')
    for (const id of ['it-nope', plain.id]) {
      const res = await t.get(`/api/v1/bundles/${id}`)
      expect(res.status).toBe(404)
      expect(res.headers.get('cache-control')).not.toBe('public, max-age=300')
      expect(res.body).toEqual({ error: { code: 'NOT_FOUND', message: '一件事不存在或已下线' } })
      expect((await t.get(`/api/v1/bundles/${id}/form`)).status).toBe(404)
    }
  })
})

describe('GET /bundles/{id}/form', () => {
  it('asks the baby’s name once for 出生登记 and 新生儿参保登记; optional parts only when chosen', async () => {
    const item = cityItem(t.seed, '新生儿出生一件事')
    const guide = (await t.get<BundleGuide>(`/api/v1/bundles/${item.id}`)).body
    const required = await t.get<BundleForm>(`/api/v1/bundles/${item.id}/form`)
    expect(required.status).toBe(200)
    expect(required.headers.get('cache-control')).toBe('public, max-age=300')
    expect(required.body.parts.map((p) => p.name)).toEqual(['出生登记', '新生儿参保登记'])
    const name = required.body.fields.filter((f) => f.semantic === 'child.name')
    expect(name).toHaveLength(1)
    expect(name[0].sources.map((s) => s.itemId)).toEqual([guide.parts[0].itemId, guide.parts[1].itemId])
    const card = guide.parts[2].itemId
    const withCard = await t.get<BundleForm>(`/api/v1/bundles/${item.id}/form?parts=${card},${guide.parts[0].itemId}`)
    expect(withCard.body.parts.map((p) => p.name)).toEqual(['出生登记', '新生儿参保登记', '社会保障卡申领'])
    expect(withCard.body.fees.map((f) => f.name)).toEqual(['出生登记', '新生儿参保登记', '社会保障卡申领'])
    expect(withCard.body.materials.every((m) => !('sources' in m))).toBe(true)
  })

  it('answers 400 for a part that is not in the bundle', async () => {
    const item = cityItem(t.seed, '新生儿出生一件事')
    const other = cityItem(t.seed, '居民身份证换领')
    const res = await t.get(`/api/v1/bundles/${item.id}/form?parts=${other.id}`)
    expect(res.status).toBe(400)
    expect(res.body).toMatchObject({ error: { code: 'BAD_REQUEST', fields: { parts: expect.stringContaining(other.id) } } })
  })

  it('a bundle form has no duplicate semantic keys and each part’s required fields are present (every seeded bundle)', async () => {
    expect(bundleItems).toHaveLength(486)
    for (const item of bundleItems) {
      const guide = (await t.get<BundleGuide>(`/api/v1/bundles/${item.id}`)).body
      const optional = guide.parts.filter((p) => !p.required).map((p) => p.itemId)
      for (const chosen of [[], optional]) {
        const res = await t.get<BundleForm>(`/api/v1/bundles/${item.id}/form${chosen.length ? `?parts=${chosen.join(',')}` : ''}`)
        expect([item.id, res.status]).toEqual([item.id, 200])
        const form = res.body
        const semantics = form.fields.flatMap((f) => (f.semantic ? [f.semantic] : []))
        expect([item.name, semantics.length]).toEqual([item.name, new Set(semantics).size])
        const keys = form.fields.map((f) => f.key)
        expect([item.name, keys.length]).toEqual([item.name, new Set(keys).size])
        const registers = form.parts.some((p) => p.name.endsWith('设立登记'))
        for (const part of form.parts) {
          const partItem = byId.get(part.itemId)
          if (!partItem) throw new Error(`no part ${part.itemId}`)
          for (const field of schemaOf(partItem).fields) {
            if (!field.required) continue
            // Answered by the one delivery choice, or produced by the bundle's own 设立登记.
            if (field.semantic?.startsWith('delivery.')) continue
            if (field.semantic === 'business.creditCode' && registers && !part.name.endsWith('设立登记')) continue
            const merged = form.fields.find((f) => f.sources.some((s) => s.itemId === part.itemId && s.key === field.key))
            expect([item.name, part.name, field.key, merged?.required]).toEqual([item.name, part.name, field.key, true])
          }
        }
      }
    }
  }, 120_000)
})

describe('二手房转移登记及水电气联动过户一件事 (SPEC §7: 水电气网过户, 同城通办)', () => {
  const UTILITIES = ['更名过户', '供水过户', '燃气过户', '有线电视（宽带）过户']

  it('offers 电、水、气、有线电视（宽带）过户 as optional parts in every region; water, gas and cable are handled by the city', async () => {
    const bundles = bundleItems.filter((i) => i.name === '二手房转移登记及水电气联动过户一件事')
    expect(bundles.length).toBeGreaterThan(1)
    for (const item of bundles) {
      const guide = (await t.get<BundleGuide>(`/api/v1/bundles/${item.id}`)).body
      const utilities = guide.parts.filter((p) => UTILITIES.includes(p.name))
      expect([item.region.name, utilities.map((p) => [p.name, p.required])]).toEqual([item.region.name, UTILITIES.map((name) => [name, false])])
      for (const part of utilities.filter((p) => p.name !== '更名过户')) {
        expect([part.name, byId.get(part.itemId)?.region.code]).toEqual([part.name, '350500000000'])
      }
      const form = await t.get<BundleForm>(`/api/v1/bundles/${item.id}/form?parts=${utilities.map((p) => p.itemId).join(',')}`)
      expect([item.region.name, form.status]).toEqual([item.region.name, 200])
      expect(form.body.parts.filter((p) => UTILITIES.includes(p.name)).map((p) => p.name)).toEqual(UTILITIES)
    }
  })
})
