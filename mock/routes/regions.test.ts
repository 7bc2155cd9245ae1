import type { Page } from '@contract/common'
import type { Region, RegionDetail } from '@contract/region'
import { SERVICE_REGION_NAMES as SERVICE_REGIONS } from '../test-support/spec-facts'
import { createTestApp, isErrorBody } from '../test-support/test-app'

describe('GET /regions', () => {
  it('lists the 13 service regions in SPEC order without a parent', async () => {
    const t = createTestApp()
    const res = await t.get<Page<Region>>('/api/v1/regions')
    expect(res.status).toBe(200)
    expect(res.body.items.map((r) => r.name)).toEqual(SERVICE_REGIONS)
    expect(res.body).toMatchObject({ total: 13, page: 1, pageSize: 13 })
    expect(res.body.items.every((r) => r.level === 'county' && r.parent === '350500000000' && r.hasChildren)).toBe(true)
    expect(res.headers.get('cache-control')).toBe('public, max-age=300')
  })

  it('lists the same 13 regions for the city code', async () => {
    const t = createTestApp()
    const res = await t.get<Page<Region>>('/api/v1/regions?parent=350500000000')
    expect(res.body.items.map((r) => r.name)).toEqual(SERVICE_REGIONS)
  })

  it('lists the townships of 晋江市, 安海镇 among them', async () => {
    const t = createTestApp()
    const res = await t.get<Page<Region>>('/api/v1/regions?parent=350582000000')
    expect(res.status).toBe(200)
    expect(res.body.items.length).toBeGreaterThan(10)
    expect(res.body.items.every((r) => r.level === 'township' && r.parent === '350582000000')).toBe(true)
    expect(res.body.items.map((r) => r.name)).toContain('安海镇')
  })

  it('lists the villages of a township, all without children', async () => {
    const t = createTestApp()
    const res = await t.get<Page<Region>>('/api/v1/regions?parent=350582101000')
    expect(res.status).toBe(200)
    expect(res.body.total).toBe(res.body.items.length)
    expect(res.body.items.map((r) => r.name)).toContain('西安村委会')
    expect(res.body.items.every((r) => r.level === 'village' && !r.hasChildren)).toBe(true)
  })

  it('answers an empty list for a village, which has no children', async () => {
    const t = createTestApp()
    const res = await t.get<Page<Region>>('/api/v1/regions?parent=350582101201')
    expect(res.status).toBe(200)
    expect(res.body).toEqual({ items: [], total: 0, page: 1, pageSize: 0 })
  })

  it('answers 404 地区不存在 for an unknown parent', async () => {
    const t = createTestApp()
    const res = await t.get('/api/v1/regions?parent=110101000000')
    expect(res.status).toBe(404)
    expect(res.body).toEqual({ error: { code: 'NOT_FOUND', message: '地区不存在' } })
    expect(res.headers.get('cache-control')).toBe('no-store')
  })

  it.each(['3505', '35050000000x', '350500000000000', '３５０５００００００００', '-1'])('answers 400 for the malformed parent %s', async (parent) => {
    const t = createTestApp()
    const res = await t.get(`/api/v1/regions?parent=${encodeURIComponent(parent)}`)
    expect(res.status).toBe(400)
    expect(res.body).toEqual({
      error: { code: 'BAD_REQUEST', message: '地区编码须为 12 位数字', fields: { parent: '地区编码须为 12 位数字' } },
    })
  })

  it('answers 400 for a repeated parent', async () => {
    const t = createTestApp()
    const res = await t.get('/api/v1/regions?parent=350582000000&parent=350583000000')
    expect(res.status).toBe(400)
    expect(res.body).toMatchObject({ error: { fields: { parent: '参数 parent 只能出现一次' } } })
  })

  it('answers 400 for an unknown parameter', async () => {
    const t = createTestApp()
    const res = await t.get('/api/v1/regions?parnet=350582000000')
    expect(res.status).toBe(400)
    expect(res.body).toMatchObject({ error: { message: '不支持的参数：parnet', fields: { parnet: '不支持的参数：parnet' } } })
  })
})

describe('GET /regions/{code}', () => {
  it('returns a village with its ancestors from the city down', async () => {
    const t = createTestApp()
    const res = await t.get<RegionDetail>('/api/v1/regions/350582101201')
    expect(res.status).toBe(200)
    expect(res.body).toMatchObject({ code: '350582101201', level: 'village', parent: '350582101000' })
    expect(res.body.ancestors.map((r) => r.name)).toEqual(['泉州市', '晋江市', '安海镇'])
  })

  it('returns the city with no ancestors', async () => {
    const t = createTestApp()
    const res = await t.get<RegionDetail>('/api/v1/regions/350500000000')
    expect(res.body).toMatchObject({ name: '泉州市', level: 'city', parent: null, ancestors: [] })
  })

  it('answers 404 for an unknown code and 400 for a malformed one', async () => {
    const t = createTestApp()
    const unknown = await t.get('/api/v1/regions/350582999999')
    expect(unknown.status).toBe(404)
    expect(isErrorBody(unknown.body)).toBe(true)
    const malformed = await t.get('/api/v1/regions/abc')
    expect(malformed.status).toBe(400)
    expect(malformed.body).toMatchObject({ error: { code: 'BAD_REQUEST', fields: { code: '地区编码须为 12 位数字' } } })
  })
})
