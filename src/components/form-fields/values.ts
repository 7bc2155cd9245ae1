import type { FieldValue } from '@contract/application'

/** A field as typed: text (numbers too, until submitted) or the chosen options of a multiple choice. */
export type FieldDraftValue = string | string[]

/** One level of a region the person picked (county, township, village), kept with its name. */
export interface RegionPick {
  code: string
  name: string
}

/** A field's draft from a value the server sent back (a returned request's fields), to edit again. */
export function draftOf(value: FieldValue): FieldDraftValue {
  return Array.isArray(value) ? value : String(value)
}

export const asText = (value: FieldDraftValue | undefined): string => (typeof value === 'string' ? value : '')

/** A multiple choice's options; a lone string (a draft saved before the field became multiple) counts as one. */
export const asList = (value: FieldDraftValue | undefined): string[] => (Array.isArray(value) ? value : typeof value === 'string' && value ? [value] : [])
