/**
 * The rules of an item's form fields (`FormSchema.fields`), in one pure module: the stepped form
 * checks each field as the person leaves it, and the mock backend re-checks the whole submission
 * with the same code, so both give the same Chinese message for the same mistake.
 */
import type { FieldCondition, FieldValue, FormField } from '@contract/application'
import { chineseDate } from './field-display'
import { checkCreditCode, checkIdNumber, checkPhone } from './identity'
import { countChars } from './text'

export type FieldCheck = { ok: true; value: FieldValue | null } | { ok: false; message: string }

function isEmpty(value: unknown): boolean {
  return value === undefined || value === null || (typeof value === 'string' && value.trim() === '') || (Array.isArray(value) && value.length === 0)
}

const DATE = /^(\d{4})-(\d{2})-(\d{2})$/

function isRealDate(text: string): boolean {
  const m = DATE.exec(text)
  if (!m) return false
  const date = new Date(Date.UTC(Number(m[1]), Number(m[2]) - 1, Number(m[3])))
  return date.toISOString().slice(0, 10) === text
}

/** A number as typed (full-width digits and thousands separators allowed) or as sent. */
function toNumber(value: unknown): number | null {
  if (typeof value === 'number') return Number.isFinite(value) ? value : null
  if (typeof value !== 'string') return null
  const text = value.replace(/[\uff10-\uff19\uff0e]/g, (ch) => String.fromCharCode(ch.charCodeAt(0) - 0xfee0)).replace(/[,，\s]/g, '')
  return /^-?\d+(?:\.\d+)?$/.test(text) ? Number(text) : null
}

/**
 * Checks one field's value. An empty optional field is fine (`value: null`); otherwise the value
 * comes back normalised (trimmed text, a number, an upper-case ID number, a phone without spaces).
 */
export function checkField(field: FormField, value: unknown, today: Date = new Date()): FieldCheck {
  if (isEmpty(value)) return field.required ? { ok: false, message: requiredMessage(field) } : { ok: true, value: null }
  switch (field.kind) {
    case 'text':
    case 'textarea':
    case 'address': {
      if (typeof value !== 'string') return { ok: false, message: '应为文字' }
      const text = value.trim()
      const length = countChars(text)
      if (length < field.minLength) return { ok: false, message: `至少填写 ${field.minLength} 个字` }
      if (length > field.maxLength) return { ok: false, message: `最多 ${field.maxLength} 个字，现在是 ${length} 个` }
      return { ok: true, value: text }
    }
    case 'number': {
      const n = toNumber(value)
      if (n === null) return { ok: false, message: '请填写数字' }
      if (field.integer && !Number.isInteger(n)) return { ok: false, message: '请填写整数' }
      const unit = field.unit ?? ''
      if (n < field.min) return { ok: false, message: `不能小于 ${field.min}${unit}` }
      if (n > field.max) return { ok: false, message: `不能大于 ${field.max}${unit}` }
      return { ok: true, value: n }
    }
    case 'date': {
      if (typeof value !== 'string' || !isRealDate(value)) return { ok: false, message: '请选择正确的日期' }
      if (field.min && value < field.min) return { ok: false, message: `不能早于${chineseDate(field.min)}` }
      if (field.max && value > field.max) return { ok: false, message: `不能晚于${chineseDate(field.max)}` }
      return { ok: true, value }
    }
    case 'single': {
      if (typeof value !== 'string' || !field.options.some((o) => o.value === value)) return { ok: false, message: '请从选项中选择' }
      return { ok: true, value }
    }
    case 'multiple': {
      if (!Array.isArray(value) || value.some((v) => typeof v !== 'string' || !field.options.some((o) => o.value === v))) {
        return { ok: false, message: '请从选项中选择' }
      }
      const chosen = field.options.map((o) => o.value).filter((v) => (value as string[]).includes(v))
      if (chosen.length < field.minItems) return { ok: false, message: `至少选择 ${field.minItems} 项` }
      if (chosen.length > field.maxItems) return { ok: false, message: `最多选择 ${field.maxItems} 项` }
      return { ok: true, value: chosen }
    }
    case 'region': {
      if (typeof value !== 'string' || !/^\d{12}$/.test(value)) return { ok: false, message: regionMessage(field.level) }
      return { ok: true, value }
    }
    case 'id-number':
    case 'credit-code':
    case 'phone': {
      if (typeof value !== 'string') return { ok: false, message: '应为文字' }
      const check = field.kind === 'id-number' ? checkIdNumber(value, today) : field.kind === 'credit-code' ? checkCreditCode(value) : checkPhone(value)
      return check.ok ? { ok: true, value: check.value } : check
    }
  }
}

function regionMessage(level: 'county' | 'township' | 'village'): string {
  return level === 'village' ? '请选择到村（社区）' : level === 'township' ? '请选择到乡镇（街道）' : '请选择县（市、区）'
}

function requiredMessage(field: FormField): string {
  switch (field.kind) {
    case 'single':
    case 'multiple':
    case 'date':
      return `请选择${field.label}`
    case 'region':
      return regionMessage(field.level)
    default:
      return `请填写${field.label}`
  }
}

/** Whether a condition on another field holds for these values (a multiple choice: any value chosen). */
export function conditionMet(condition: FieldCondition, values: Record<string, unknown>): boolean {
  const value = Object.prototype.hasOwnProperty.call(values, condition.field) ? values[condition.field] : undefined
  if (Array.isArray(value)) return value.some((v) => typeof v === 'string' && condition.values.includes(v))
  return typeof value === 'string' && condition.values.includes(value)
}

/** Whether the form asks for this field now (a `shownWhen` field only once its condition holds). */
export function isFieldShown(field: FormField, values: Record<string, unknown>): boolean {
  return !field.shownWhen || conditionMet(field.shownWhen, values)
}

/**
 * The field as it applies to these values: `required` is true when the field is required outright
 * or its `requiredWhen` holds, so the form marks it 必填 exactly when the server will insist.
 */
export function fieldInContext<F extends FormField>(field: F, values: Record<string, unknown>): F {
  const required = field.required || (field.requiredWhen ? conditionMet(field.requiredWhen, values) : false)
  return required === field.required ? field : { ...field, required }
}

/** The fields a person is asked for with these values, in order, each as it applies now. */
export function shownFields(fields: readonly FormField[], values: Record<string, unknown>): FormField[] {
  return fields.filter((f) => isFieldShown(f, values)).map((f) => fieldInContext(f, values))
}

/** 选择「其他原因换领」的，请填写情况说明: why an otherwise optional field must be filled. */
function conditionalMessage(field: FormField, fields: readonly FormField[], values: Record<string, unknown>): string | null {
  if (field.required || !field.requiredWhen || !conditionMet(field.requiredWhen, values)) return null
  const condition = field.requiredWhen
  const controller = fields.find((f) => f.key === condition.field)
  const chosen = values[condition.field]
  const picked = Array.isArray(chosen) ? chosen.find((v) => condition.values.includes(v)) : chosen
  const option = controller && (controller.kind === 'single' || controller.kind === 'multiple') ? controller.options.find((o) => o.value === picked) : undefined
  return option ? `选择「${option.label}」的，${requiredMessage(field)}` : null
}

/**
 * Checks one field of a form with the form's other values at hand (its conditions may depend on
 * them): ok with `value: null` when the field is not asked for now.
 */
export function checkFieldAmong(
  fields: readonly FormField[],
  field: FormField,
  values: Record<string, unknown>,
  today: Date = new Date(),
): FieldCheck {
  if (!isFieldShown(field, values)) return { ok: true, value: null }
  const value = Object.prototype.hasOwnProperty.call(values, field.key) ? values[field.key] : undefined
  const result = checkField(fieldInContext(field, values), value, today)
  if (!result.ok && isEmpty(value)) return { ok: false, message: conditionalMessage(field, fields, values) ?? result.message }
  return result
}

/**
 * Checks every field of a form: the normalised values of the filled fields and a message for each
 * field that is wrong. Conditions are applied: a field not asked for is neither checked nor kept,
 * one required by a condition must be filled. Keys the schema does not have are reported too, so
 * nothing unexpected is stored.
 */
export function checkFields(
  fields: readonly FormField[],
  values: Record<string, unknown>,
  today: Date = new Date(),
): { values: Record<string, FieldValue>; errors: Record<string, string> } {
  const clean: Record<string, FieldValue> = {}
  const errors: Record<string, string> = {}
  for (const field of fields) {
    const result = checkFieldAmong(fields, field, values, today)
    if (!result.ok) errors[field.key] = result.message
    else if (result.value !== null) clean[field.key] = result.value
  }
  for (const key of Object.keys(values)) if (!fields.some((f) => f.key === key)) errors[key] = '表单中没有这一项'
  return { values: clean, errors }
}
