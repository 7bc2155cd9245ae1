import type { ApplicationInput, FieldValue, FormField, FormSchema } from '@contract/application'
import { creditCodeCheckChar, idNumberCheckChar } from '@/domain/identity'
import { UPLOAD_LIMITS } from '../lib/files'
import { buildFormSchema } from '../seed/forms'
import type { CatalogueItem, Seed } from '../seed/types'

/**
 * Test data that is valid but belongs to nobody: ID numbers and credit codes are built with their
 * check characters, never copied from a real person or enterprise.
 */
export function testIdNumber(region6 = '350582', birth = '19900307', sequence = '123'): string {
  const first17 = `${region6}${birth}${sequence}`
  return `${first17}${idNumberCheckChar(first17)}`
}

export function testCreditCode(region6 = '350582', organization = 'MA2Y3K7P0'): string {
  const first17 = `91${region6}${organization}`
  return `${first17}${creditCodeCheckChar(first17)}`
}

/** A valid mobile number of no one in particular. */
export const TEST_PHONE = '13905950000'

/** The smallest files of each accepted kind (their magic bytes and a little more). */
export const JPEG = new Uint8Array([0xff, 0xd8, 0xff, 0xe0, 0x00, 0x10, 0x4a, 0x46, 0x49, 0x46, 0x00, 0x01, 0xff, 0xd9])
export const PNG = new Uint8Array([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0x00, 0x00, 0x00, 0x0d, 0x49, 0x48, 0x44, 0x52])
export const PDF = new TextEncoder().encode('%PDF-1.4\n1 0 obj << >> endobj\ntrailer << >>\n%%EOF\n')

/** Real regions of the seed at each level (晋江市 / 安海镇 / 西安村委会). */
export const TEST_REGIONS = { county: '350582000000', township: '350582101000', village: '350582101201' } as const

/** A palm item's schema as the route builds it on the test clock's day (2022-03-01). */
export function schemaOf(item: CatalogueItem, today = '2022-03-01'): FormSchema {
  return buildFormSchema(item, today, UPLOAD_LIMITS)
}

/** The first palm item (seed order) whose schema passes `test`, e.g. one with a commitment. */
export function pickPalmItem(seed: Seed, test: (item: CatalogueItem, schema: FormSchema) => boolean): { item: CatalogueItem; schema: FormSchema } {
  for (const item of seed.items) {
    if (!item.palm) continue
    const schema = schemaOf(item)
    if (test(item, schema)) return { item, schema }
  }
  throw new Error('no palm item in the seed passes the test')
}

/** The city-level item of this name (e.g. 居民身份证换领). */
export function cityItem(seed: Seed, name: string): CatalogueItem {
  const item = seed.items.find((i) => i.name === name && i.region.code === '350500000000')
  if (!item) throw new Error(`no city-level item named ${name}`)
  return item
}

/** A valid value for a field, whatever its kind (respecting bounds and choices). */
export function validValue(field: FormField): FieldValue {
  switch (field.kind) {
    case 'text':
    case 'textarea':
    case 'address':
      return '泉州市丰泽区东海街道通港西街1号'.padEnd(Math.max(field.minLength, 5), '号').slice(0, field.maxLength)
    case 'number':
      return field.integer ? Math.ceil(field.min) : field.min
    case 'date':
      return field.max ?? field.min ?? '2020-01-01'
    case 'single':
      return field.options[0].value
    case 'multiple':
      return field.options.slice(0, Math.max(1, field.minItems)).map((o) => o.value)
    case 'region':
      return TEST_REGIONS[field.level]
    case 'id-number':
      return testIdNumber('350503', '19850612', '456')
    case 'credit-code':
      return testCreditCode()
    case 'phone':
      return TEST_PHONE
  }
}

/** Values for every field of a schema (optional ones too, so display texts of all kinds can be checked). */
export function validFields(schema: FormSchema, only: 'required' | 'all' = 'all'): Record<string, FieldValue> {
  const values: Record<string, FieldValue> = {}
  for (const field of schema.fields) if (only === 'all' || field.required) values[field.key] = validValue(field)
  return values
}

/** A complete, valid submission: every required material carries `fileId`, the commitment is accepted. */
export function validApplication(schema: FormSchema, fileId: string, applicantKind: 'personal' | 'legal' = schema.applicantKinds[0]): ApplicationInput {
  return {
    itemId: schema.itemId,
    applicantKind,
    fields: validFields(schema),
    materials: schema.materials.filter((m) => m.required).map((m) => ({ key: m.key, fileIds: [fileId], licenseId: null })),
    commitmentAccepted: schema.commitment !== null,
  }
}
