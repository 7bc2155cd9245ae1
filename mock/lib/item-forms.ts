import { z } from 'zod'
import type { FormSchema } from '@contract/application'
import { sanitizeText } from '@/domain/text'
import { buildFormSchema, FIELD_KEY } from '../seed/forms'
import type { CatalogueItem } from '../seed/types'
import { ApiError } from './errors'
import { UPLOAD_LIMITS } from './files'
import { ITEM_ID, type SeedLookup } from './lookup'
import { ITEM_NOT_FOUND } from './not-found'

/**
 * The stepped forms of palm items (掌上办), as `GET /items/{id}/form` sends them and
 * `POST /applications` checks against them: one place, so the two cannot drift.
 */

export const NOT_PALM = '该事项暂不支持掌上办理，请到窗口办理'

/** The item behind `id` if it may be applied for here: 404 if unknown, 409 if it is a window-only item. */
export function palmItem(lookup: SeedLookup, id: string): CatalogueItem {
  const item = ITEM_ID.test(id) ? lookup.item(id) : undefined
  if (!item) throw new ApiError('NOT_FOUND', ITEM_NOT_FOUND)
  if (!item.palm) throw new ApiError('CONFLICT', NOT_PALM)
  return item
}

/** The item's form on `today` (China date: date bounds of "today" follow the clock) with this mock's upload limits. */
export function itemForm(item: CatalogueItem, today: string): FormSchema {
  return buildFormSchema(item, today, UPLOAD_LIMITS)
}

/**
 * The `fields` of a submitted form (an application or a certificate request): known-looking keys,
 * values of a bounded size. Each value is checked against its field's rules afterwards
 * (src/domain/form-rules.ts), so every wrong field comes back at once.
 */
export function fieldValues(maxFields: number) {
  return z
    .record(
      z.string().regex(FIELD_KEY, '表单中没有这一项'),
      z.union([z.string().max(2000, '内容过长').transform((v) => sanitizeText(v)), z.number(), z.array(z.string().max(200, '选项过长')).max(50, '选项过多')], { error: '应为文本、数字或选项列表' }),
      { error: '填写内容 fields 应为对象' },
    )
    .refine((fields) => Object.keys(fields).length <= maxFields, '填写的项目过多')
}

/** Material keys of a form (`m1`, `m2` …). */
export const MATERIAL_KEY = /^m\d{1,3}$/
