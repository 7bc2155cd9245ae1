import { z } from 'zod'
import type { FieldValue } from '@contract/application'
import { FAMILY_ID, FAMILY_UNKNOWN } from './family'
import { MATERIAL_KEY } from './item-forms'
import type { SeedLookup } from './lookup'

/**
 * What POST /applications and POST /bundle-applications read alike: the materials and 为家人办 parts
 * of the body, the normal form of a submission for its Idempotency-Key fingerprint, and how a
 * chosen region is checked and shown. One place, so a single and a bundle application cannot drift.
 */

/** File and e-license ids as the mock makes them (also safe in a record). */
const REFERENCE_ID = /^[A-Za-z0-9_-]{1,64}$/

/** `materials`: for each material key, uploaded files or an e-license instead (免提交). */
export function materialsBody(maxMaterials: number) {
  return z
    .array(
      z.object({
        key: z.string({ error: '缺少材料编号 key' }).regex(MATERIAL_KEY, '材料编号格式不正确'),
        fileIds: z.array(z.string().regex(REFERENCE_ID, '文件编号格式不正确'), { error: '文件列表 fileIds 应为数组' }).max(20, '文件过多'),
        licenseId: z.string().regex(REFERENCE_ID, '电子证照编号格式不正确').nullable(),
      }),
      { error: '材料 materials 应为数组' },
    )
    .max(maxMaterials, '材料过多')
}

/** `onBehalfOf`: the confirmed family member applied for (absent or null: the person themself). */
export const onBehalfOfBody = z.string({ error: '为谁办理 onBehalfOf 应为家人编号' }).regex(FAMILY_ID, FAMILY_UNKNOWN).nullable().optional()

type SubmittedMaterial = { key: string; fileIds: string[]; licenseId: string | null }

function isBlank(value: FieldValue): boolean {
  return (typeof value === 'string' && value.trim() === '') || (Array.isArray(value) && value.length === 0)
}

/**
 * Fields and materials as a fingerprint compares them. Differences that make no other case are left
 * out, as the form's checks treat them alike: blank fields (an omitted optional field), spaces around
 * text (trimmed), materials with neither file nor licence, their order, repeated file ids.
 */
export function normalSubmission(fields: Record<string, FieldValue>, materials: readonly SubmittedMaterial[]) {
  return {
    fields: Object.fromEntries(
      Object.entries(fields)
        .filter(([, value]) => !isBlank(value))
        .map(([key, value]) => [key, typeof value === 'string' ? value.trim() : value]),
    ),
    materials: materials
      .filter((m) => m.fileIds.length > 0 || m.licenseId !== null)
      .map((m) => ({ key: m.key, fileIds: [...new Set(m.fileIds)], licenseId: m.licenseId }))
      .sort((a, b) => (a.key < b.key ? -1 : a.key > b.key ? 1 : 0)),
  }
}

/** What a region field says when the chosen region is of the wrong level. */
export function regionLevelMessage(level: 'county' | 'township' | 'village'): string {
  return level === 'village' ? '请选择到村（社区）' : level === 'township' ? '请选择到乡镇（街道）' : '请选择县（市、区）'
}

/** 泉州市 / 晋江市 / 安海镇 / 西安村委会, or null for a code the seed does not have. */
export function regionPath(lookup: SeedLookup, code: string): string | null {
  const region = lookup.region(code)
  return region ? [...lookup.ancestors(code), region].map((r) => r.name).join(' / ') : null
}
