/**
 * How a filled form field reads to a person: choices by their labels, dates in Chinese, numbers
 * with their unit, ID numbers and phones masked. Pure and free of Taro: the review step of the
 * application form, the case the server keeps and the certificate request all show values this way.
 */
import type { FieldValue, FormField } from '@contract/application'
import { maskIdNumber, maskPhone } from './mask'

/** `2022-03-01` → `2022年3月1日`; anything that is not such a date stays as it is. */
export function chineseDate(ymd: string): string {
  const m = /^(\d{4})-(\d{2})-(\d{2})$/.exec(ymd)
  return m ? `${Number(m[1])}年${Number(m[2])}月${Number(m[3])}日` : ymd
}

/**
 * The display text of a field's (normalised) value. `regionName` turns a region code into the names
 * a person knows (晋江市 / 安海镇 / 西安村委会); without one, or for an unknown code, the code shows.
 */
export function displayFieldValue(field: FormField, value: FieldValue, regionName: (code: string) => string | null = () => null): string {
  switch (field.kind) {
    case 'id-number':
      return maskIdNumber(String(value))
    case 'phone':
      return maskPhone(String(value))
    case 'number':
      return `${value}${field.unit ?? ''}`
    case 'date':
      return chineseDate(String(value))
    case 'single':
      return field.options.find((o) => o.value === value)?.label ?? String(value)
    case 'multiple': {
      const chosen = Array.isArray(value) ? value : [String(value)]
      return field.options.filter((o) => chosen.includes(o.value)).map((o) => o.label).join('、') || chosen.join('、')
    }
    case 'region':
      return regionName(String(value)) ?? String(value)
    default:
      return String(value)
  }
}
