import type { FormSchema } from '@contract/application'
import type { Case } from '@contract/case'
import { cityItem, validApplication } from '../test-support/fixtures'
import { createTestApp } from '../test-support/test-app'
import { lightItems, people, submitItem } from '../test-support/worlds'

describe('fees before submitting and on the case', () => {
  it('the form and the case carry the guide’s fee and basis; a free item says not charged', async () => {
    const t = createTestApp()
    const who = await people(t)
    const item = cityItem(t.seed, '居民身份证换领')
    const schema = (await t.get<FormSchema>(`/api/v1/items/${item.id}/form`)).body
    expect(schema.fee).toEqual({ charged: true, description: item.fee.description, basis: item.fee.basis })
    expect(schema.fee.description).toContain('20元')

    const input = validApplication(schema, who.fileId)
    input.fields = { reason: 'expired', pickup: 'window', phone: '13905950000' }
    const res = await t.submit<Case>(who.resident, input)
    expect(res.status).toBe(201)
    expect(res.body.item.fee).toEqual(schema.fee)

    const free = lightItems(t.seed).find((i) => !i.fee.charged)!
    const c = await submitItem(t, who.resident, who.fileId, free)
    expect(c.item.fee?.charged).toBe(false)
  })
})
