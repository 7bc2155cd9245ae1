/**
 * Whether a village certificate request must carry a material, in one rule for the app's label
 * (必交 / 选交 / 租住、借住必交), its check before sending and the server's 422. Pure and free of Taro.
 *
 * A material is required, optional, or required when a single-choice field has one of some values
 * (the lease photo of a 居(租)住证明 is needed for 租住 and 借住, not for 自有住房): labelling that
 * one 选交 told people they could skip what the server then refused.
 */
import type { FormField, FormMaterial } from '@contract/application'
import type { MaterialCondition } from '@contract/certificate'

export type MaterialNeed = 'required' | 'optional' | 'conditional'

/** The choice labels that make a conditional material required (租住、借住). */
function conditionLabels(condition: MaterialCondition, fields: readonly FormField[]): string[] {
  const field = fields.find((f) => f.key === condition.field)
  if (!field || field.kind !== 'single') return condition.values
  return condition.values.map((v) => field.options.find((o) => o.value === v)?.label ?? v)
}

/** The condition on `material`, if it has one. */
export function conditionOf(material: Pick<FormMaterial, 'key'>, conditions: readonly MaterialCondition[]): MaterialCondition | undefined {
  return conditions.find((c) => c.material === material.key)
}

/** How much a material is needed, before anything is filled in. */
export function materialNeed(material: Pick<FormMaterial, 'key' | 'required'>, conditions: readonly MaterialCondition[]): MaterialNeed {
  if (material.required) return 'required'
  return conditionOf(material, conditions) ? 'conditional' : 'optional'
}

/** Whether the material must be attached with these field values (the server's rule, and the app's). */
export function isMaterialRequired(material: Pick<FormMaterial, 'key' | 'required'>, conditions: readonly MaterialCondition[], values: Readonly<Record<string, unknown>>): boolean {
  if (material.required) return true
  const condition = conditionOf(material, conditions)
  return condition !== undefined && condition.values.includes(String(values[condition.field] ?? ''))
}

/**
 * The badge beside a material's name: 必交 when required now, 选交 when never required, and the
 * condition (租住、借住必交) while it depends on a choice not yet made or made otherwise.
 */
export function materialBadge(
  material: Pick<FormMaterial, 'key' | 'required'>,
  conditions: readonly MaterialCondition[],
  fields: readonly FormField[],
  values: Readonly<Record<string, unknown>>,
): { text: string; required: boolean } {
  if (isMaterialRequired(material, conditions, values)) return { text: '必交', required: true }
  const condition = conditionOf(material, conditions)
  if (!condition) return { text: '选交', required: false }
  return { text: `${conditionLabels(condition, fields).join('、')}必交`, required: false }
}

/** Why a missing material stops the request, or null when it may be missing. */
export function missingMaterialMessage(
  material: Pick<FormMaterial, 'key' | 'required' | 'name'>,
  conditions: readonly MaterialCondition[],
  fields: readonly FormField[],
  values: Readonly<Record<string, unknown>>,
): string | null {
  if (material.required) return `请上传「${material.name}」`
  if (!isMaterialRequired(material, conditions, values)) return null
  const condition = conditionOf(material, conditions)!
  const field = fields.find((f) => f.key === condition.field)
  const chosen = field && field.kind === 'single' ? field.options.find((o) => o.value === values[condition.field])?.label : undefined
  return `${chosen ?? '所选情形'}的，请上传「${material.name}」`
}
