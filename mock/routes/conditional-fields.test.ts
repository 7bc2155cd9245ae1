import type { Case } from '@contract/case'
import { cityItem, schemaOf, validApplication } from '../test-support/fixtures'
import { createTestApp, type TestApp } from '../test-support/test-app'

async function applicant(t: TestApp) {
  const { token } = await t.signIn('resident')
  await t.verifyRealName(token)
  return { token, file: await t.upload(token) }
}

function fieldErrors(body: unknown): Record<string, string> {
  return (body as { error: { fields?: Record<string, string> } }).error.fields ?? {}
}

describe('GET /items/{id}/form — conditional fields', () => {
  it('asks for 邮寄地址 only when mailing is chosen, and 情况说明 when the reason needs one', async () => {
    const t = createTestApp()
    const item = cityItem(t.seed, '居民身份证换领')
    const res = await t.app.request(`/api/v1/items/${item.id}/form`)
    const schema = (await res.json()) as ReturnType<typeof schemaOf>
    const byKey = Object.fromEntries(schema.fields.map((f) => [f.key, f]))
    expect(byKey.mailAddress).toMatchObject({ required: true, shownWhen: { field: 'pickup', values: ['mail'] } })
    expect(byKey.reasonNote).toMatchObject({ required: false, requiredWhen: { field: 'reason', values: ['changed', 'other'] } })
  })
})

describe('POST /applications — conditional required fields', () => {
  it('居民身份证换领 mailed to an empty address is refused with 422 on 邮寄地址', async () => {
    const t = createTestApp()
    const { token, file } = await applicant(t)
    const input = validApplication(schemaOf(cityItem(t.seed, '居民身份证换领')), file.fileId)
    input.fields = { reason: 'expired', pickup: 'mail', phone: '13905950000' }
    const res = await t.submit(token, input)
    expect(res.status).toBe(422)
    expect(fieldErrors(res.body)).toEqual({ 'fields.mailAddress': '请填写邮寄地址' })
  })

  it('其他原因换领 without 情况说明 is refused, saying why it is needed', async () => {
    const t = createTestApp()
    const { token, file } = await applicant(t)
    const input = validApplication(schemaOf(cityItem(t.seed, '居民身份证换领')), file.fileId)
    input.fields = { reason: 'other', pickup: 'window', phone: '13905950000' }
    const res = await t.submit(token, input)
    expect(res.status).toBe(422)
    expect(fieldErrors(res.body)).toEqual({ 'fields.reasonNote': '选择「其他原因换领」的，请填写情况说明' })
  })

  it('社会保障卡申领 mailed needs the address too', async () => {
    const t = createTestApp()
    const { token, file } = await applicant(t)
    const input = validApplication(schemaOf(cityItem(t.seed, '社会保障卡申领')), file.fileId)
    input.fields = { branch: 'center', pickup: 'mail', phone: '13905950000' }
    const res = await t.submit(token, input)
    expect(res.status).toBe(422)
    expect(Object.keys(fieldErrors(res.body))).toEqual(['fields.mailAddress'])
  })

  it('window pickup needs no address, and an address sent anyway is not kept', async () => {
    const t = createTestApp()
    const { token, file } = await applicant(t)
    const input = validApplication(schemaOf(cityItem(t.seed, '居民身份证换领')), file.fileId)
    input.fields = { reason: 'expired', pickup: 'window', mailAddress: '晋江市安海镇西安村100号', phone: '13905950000' }
    const res = await t.submit<Case>(token, input)
    expect(res.status).toBe(201)
    expect(res.body.fields.map((f) => f.key)).toEqual(['reason', 'pickup', 'phone'])
  })

  it('其他原因换领 with its 情况说明 creates the case', async () => {
    const t = createTestApp()
    const { token, file } = await applicant(t)
    const input = validApplication(schemaOf(cityItem(t.seed, '居民身份证换领')), file.fileId)
    input.fields = { reason: 'other', reasonNote: '照片与本人差异较大', pickup: 'window', phone: '13905950000' }
    const res = await t.submit<Case>(token, input)
    expect(res.status).toBe(201)
    expect(res.body.fields.find((f) => f.key === 'reasonNote')?.display).toBe('照片与本人差异较大')
  })
})
