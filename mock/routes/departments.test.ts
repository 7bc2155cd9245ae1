import type { Page } from '@contract/common'
import type { Department } from '@contract/department'
import type { Theme } from '@contract/service-item'
import { createTestApp } from '../test-support/test-app'

describe('GET /departments', () => {
  it('lists the city-level departments by default, 泉州市公安局 among them', async () => {
    const t = createTestApp()
    const res = await t.get<Page<Department>>('/api/v1/departments')
    expect(res.status).toBe(200)
    expect(res.body.total).toBe(res.body.items.length)
    expect(res.body.items.length).toBeGreaterThanOrEqual(30)
    expect(res.body.items.every((d) => d.region === '350500000000')).toBe(true)
    expect(res.body.items.map((d) => d.name)).toContain('泉州市公安局')
    expect(res.headers.get('cache-control')).toBe('public, max-age=300')
  })

  it('lists the departments of 晋江市 for its code', async () => {
    const t = createTestApp()
    const res = await t.get<Page<Department>>('/api/v1/departments?region=350582000000')
    expect(res.status).toBe(200)
    expect(res.body.items.length).toBeGreaterThan(10)
    expect(res.body.items.every((d) => d.region === '350582000000')).toBe(true)
    expect(res.body.items.map((d) => d.name)).toContain('晋江市公安局')
  })

  it('answers 404 for an unknown region and 400 for a township or a malformed code', async () => {
    const t = createTestApp()
    expect((await t.get('/api/v1/departments?region=110101000000')).body).toEqual({ error: { code: 'NOT_FOUND', message: '地区不存在' } })
    const township = await t.get('/api/v1/departments?region=350582101000')
    expect(township.status).toBe(400)
    expect(township.body).toMatchObject({ error: { fields: { region: '部门只按市级或县级（区）地区查询' } } })
    const malformed = await t.get('/api/v1/departments?region=3505')
    expect(malformed.status).toBe(400)
    expect(malformed.body).toMatchObject({ error: { fields: { region: '地区编码须为 12 位数字' } } })
  })
})

describe('GET /themes', () => {
  it('lists every theme, personal and legal', async () => {
    const t = createTestApp()
    const res = await t.get<Page<Theme>>('/api/v1/themes')
    expect(res.status).toBe(200)
    expect(res.body.total).toBe(t.seed.themes.length)
    const audiences = new Set(res.body.items.map((theme) => theme.audience))
    expect(audiences).toEqual(new Set(['personal', 'legal']))
    expect(res.body.items.map((theme) => theme.name)).toContain('婚姻登记')
  })

  it('lists only the themes of one audience when asked', async () => {
    const t = createTestApp()
    const res = await t.get<Page<Theme>>('/api/v1/themes?audience=legal')
    expect(res.body.items.length).toBeGreaterThan(5)
    expect(res.body.items.every((theme) => theme.audience === 'legal')).toBe(true)
    expect(res.body.items.map((theme) => theme.name)).toContain('设立变更')
  })

  it('refuses an unknown audience with 400 and fields.audience', async () => {
    const t = createTestApp()
    const res = await t.get('/api/v1/themes?audience=both')
    expect(res.status).toBe(400)
    expect(res.body).toEqual({
      error: {
        code: 'BAD_REQUEST',
        message: '服务对象须为 personal（个人）或 legal（法人）',
        fields: { audience: '服务对象须为 personal（个人）或 legal（法人）' },
      },
    })
  })
})
