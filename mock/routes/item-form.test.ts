import type { FormField, FormFieldKind, FormSchema } from '@contract/application'
import { FIELD_KEY, HAND_WRITTEN_FORMS, handWrittenFields, isUnderCommitment } from '../seed/forms'
import { cityItem, schemaOf } from '../test-support/fixtures'
import { createTestApp, isErrorBody } from '../test-support/test-app'

const t = createTestApp()
const palmItems = t.seed.items.filter((i) => i.palm)

describe('GET /items/{id}/form', () => {
  it('gives the stepped form of 居民身份证换领: fields, materials from the guide, limits, promised days', async () => {
    const item = cityItem(t.seed, '居民身份证换领')
    const res = await t.get<FormSchema>(`/api/v1/items/${item.id}/form`)
    expect(res.status).toBe(200)
    expect(res.body).toEqual(
      expect.objectContaining({ itemId: item.id, itemName: '居民身份证换领', applicantKinds: ['personal'], commitment: null, promisedLimitDays: 10 }),
    )
    expect(res.body.uploads).toEqual({ maxBytes: 5 * 1024 * 1024, mimeTypes: ['image/jpeg', 'image/png', 'application/pdf'] })
    expect(res.body.fields.map((f) => f.label)).toEqual(['换领原因', '情况说明', '领取方式', '邮寄地址', '联系电话'])
    expect(res.body.materials.map((m) => [m.key, m.name, m.required, m.eLicenseType])).toEqual(
      item.materials.map((m, i) => [`m${i + 1}`, m.name, m.required, m.eLicenseType]),
    )
    // A photo or one card: 3 files; a document of several pages: 9.
    expect(res.body.materials.find((m) => m.name === '近期免冠彩色证件照片')?.maxFiles).toBe(3)
    expect(res.body.materials.find((m) => m.name === '原居民身份证')?.maxFiles).toBe(3)
    expect(res.body.materials.find((m) => m.name === '姓名变更或登记项目更正的证明材料')?.maxFiles).toBe(9)
  })

  it('lets the cards of several people take more files than one person’s card', async () => {
    const res = await t.get<FormSchema>(`/api/v1/items/${cityItem(t.seed, '出生登记').id}/form`)
    expect(res.body.materials.find((m) => m.name === '父母双方居民身份证')?.maxFiles).toBe(9)
    expect(res.body.materials.find((m) => m.name === '申报人居民身份证')?.maxFiles).toBe(3)
  })

  it('bounds a date that cannot lie in the future by the day of the request', async () => {
    const item = cityItem(t.seed, '居民身份证补领')
    const res = await t.get<FormSchema>(`/api/v1/items/${item.id}/form`)
    expect(res.body.fields.find((f) => f.key === 'lostOn')).toEqual(expect.objectContaining({ kind: 'date', min: '2004-01-01', max: '2022-03-01' }))
  })

  it('carries a likely date for an old person’s 出生日期, resolved against the day of the request like its bounds', async () => {
    const item = cityItem(t.seed, '老年人优待证办理')
    const res = await t.get<FormSchema>(`/api/v1/items/${item.id}/form`)
    expect(res.status).toBe(200)
    // The test clock says 2022-03-01: at least 60 years back, opening about 70 years back.
    expect(res.body.fields.find((f) => f.key === 'birthDate')).toEqual(
      expect.objectContaining({ kind: 'date', min: '1900-01-01', max: '1962-03-01', likely: '1952-03-01' }),
    )
    // Fields without the hint do not carry the key at all.
    const lost = (await t.get<FormSchema>(`/api/v1/items/${cityItem(t.seed, '居民身份证补领').id}/form`)).body.fields.find((f) => f.key === 'lostOn')
    expect(lost && 'likely' in lost).toBe(false)
  })

  it('lets both persons and enterprises apply for an item for both', async () => {
    const res = await t.get<FormSchema>(`/api/v1/items/${cityItem(t.seed, '个体工商户设立登记').id}/form`)
    expect(res.body.applicantKinds).toEqual(['personal', 'legal'])
    const legal = await t.get<FormSchema>(`/api/v1/items/${cityItem(t.seed, '有限责任公司设立登记').id}/form`)
    expect(legal.body.applicantKinds).toEqual(['legal'])
  })

  it('shows the commitment instead of asking for the 告知承诺书 under 告知承诺制', async () => {
    const item = cityItem(t.seed, '人力资源服务许可（告知承诺）')
    const res = await t.get<FormSchema>(`/api/v1/items/${item.id}/form`)
    expect(res.body.commitment?.title).toBe('告知承诺书')
    expect(res.body.commitment?.text).toContain('本单位申请办理「人力资源服务许可（告知承诺）」')
    expect(res.body.commitment?.text).toContain('泉州市人力资源和社会保障局')
    expect(res.body.materials.map((m) => m.name)).not.toContain('告知承诺书')
    // Keys follow the guide's order, so the materials after the commitment keep theirs.
    const delegate = item.materials.findIndex((m) => m.name === '授权委托书及受托人居民身份证')
    expect(res.body.materials.find((m) => m.name === '授权委托书及受托人居民身份证')?.key).toBe(`m${delegate + 1}`)
  })

  it('answers 404 for an item that does not exist', async () => {
    const res = await t.get('/api/v1/items/it-000000-nothing/form')
    expect(res.status).toBe(404)
    expect(res.body).toEqual({ error: { code: 'NOT_FOUND', message: '事项不存在或已下线' } })
  })

  it('answers 409 for an item that cannot be applied for on the phone', async () => {
    const item = cityItem(t.seed, '居民身份证首次申领')
    expect(item.palm).toBe(false)
    const res = await t.get(`/api/v1/items/${item.id}/form`)
    expect(res.status).toBe(409)
    expect(res.body).toEqual({ error: { code: 'CONFLICT', message: '该事项暂不支持掌上办理，请到窗口办理' } })
    expect(res.headers.get('cache-control')).toBe('no-store')
  })

  it('refuses ids that cannot name an item (404 with the error body)', async () => {
    const res = await t.get('/api/v1/items/..%2F..%2Fetc/form')
    expect(res.status).toBe(404)
    expect(isErrorBody(res.body)).toBe(true)
  })
})

describe('the form schemas of all palm items', () => {
  const ALL_KINDS: FormFieldKind[] = ['text', 'textarea', 'number', 'date', 'single', 'multiple', 'region', 'id-number', 'credit-code', 'phone', 'address']

  it('hand-written forms exist for real palm items and together use every field kind and region level', () => {
    const used: FormField[] = []
    for (const name of HAND_WRITTEN_FORMS) {
      const items = palmItems.filter((i) => (name.endsWith('（') ? i.name.startsWith(name) : i.name === name))
      expect([name, items.length > 0]).toEqual([name, true])
      used.push(...schemaOf(items[0]).fields)
    }
    expect(new Set(used.map((f) => f.kind))).toEqual(new Set(ALL_KINDS))
    expect(new Set(used.flatMap((f) => (f.kind === 'region' ? [f.level] : [])))).toEqual(new Set(['county', 'township', 'village']))
    expect(used.some((f) => !f.required)).toBe(true)
    expect(used.every((f) => f.hint === null || /[\u4e00-\u9fff]/.test(f.hint))).toBe(true)
  })

  it('every palm item gets a schema with valid, unique keys and sensible bounds', () => {
    for (const item of palmItems) {
      const schema = schemaOf(item)
      const keys = schema.fields.map((f) => f.key)
      const problems: string[] = []
      if (!keys.every((k) => FIELD_KEY.test(k))) problems.push('field key')
      if (new Set(keys).size !== keys.length) problems.push('duplicate field key')
      if (!schema.fields.some((f) => f.kind === 'phone' && f.required)) problems.push('no contact phone')
      for (const f of schema.fields) {
        if ((f.kind === 'text' || f.kind === 'textarea' || f.kind === 'address') && !(f.minLength <= f.maxLength)) problems.push(`${f.key} lengths`)
        if (f.kind === 'number' && !(f.min < f.max)) problems.push(`${f.key} bounds`)
        if ((f.kind === 'single' || f.kind === 'multiple') && new Set(f.options.map((o) => o.value)).size !== f.options.length) problems.push(`${f.key} options`)
        if (f.kind === 'multiple' && !(1 <= f.minItems && f.minItems <= f.maxItems && f.maxItems <= f.options.length)) problems.push(`${f.key} items`)
      }
      const materialKeys = schema.materials.map((m) => m.key)
      if (new Set(materialKeys).size !== materialKeys.length || !materialKeys.every((k) => /^m\d+$/.test(k))) problems.push('material keys')
      if (!schema.materials.every((m) => m.maxFiles >= 1 && m.maxFiles <= 9)) problems.push('maxFiles')
      if ((schema.commitment !== null) !== isUnderCommitment(item)) problems.push('commitment')
      if (schema.commitment && schema.materials.some((m) => m.name.includes('告知承诺书'))) problems.push('commitment as material')
      if (schema.applicantKinds.length === 0) problems.push('applicant kinds')
      if (schema.promisedLimitDays !== item.promisedLimitDays) problems.push('promised days')
      expect([item.name, problems]).toEqual([item.name, []])
    }
  })

  it('generic forms ask for a phone, an address and the reason, worded for consultations too', () => {
    const consult = palmItems.find((i) => i.name.endsWith('咨询') && !handWrittenFields(i.name))!
    expect(schemaOf(consult).fields.map((f) => f.label)).toContain('咨询内容')
    const legal = palmItems.find((i) => i.audience === 'legal' && !handWrittenFields(i.name) && !i.name.endsWith('咨询') && !i.name.endsWith('查询'))!
    expect(schemaOf(legal).fields.map((f) => [f.key, f.kind])).toEqual([
      ['unitAddress', 'address'],
      ['phone', 'phone'],
      ['purpose', 'textarea'],
    ])
  })

  it('puts every item with a 告知承诺书 among its materials under 告知承诺制, and some palm items are', () => {
    const withLetter = palmItems.filter((i) => i.materials.some((m) => m.name.includes('告知承诺书')))
    expect(withLetter.length).toBeGreaterThan(0)
    expect(withLetter.every((i) => schemaOf(i).commitment !== null)).toBe(true)
  })

  it('is deterministic: the same item, the same schema', () => {
    const item = cityItem(t.seed, '出生登记')
    expect(schemaOf(item)).toEqual(schemaOf(item))
  })
})
