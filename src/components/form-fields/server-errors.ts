/**
 * Where a 422's per-field messages belong. The backend keys them like the request body:
 * `fields.<key>` for a form field, `materials.<key>` (or deeper, `materials.<key>.fileIds.0`) for a
 * material, and a top-level name (`purpose`, `villageCode`, `commitmentAccepted` …) for the rest.
 */
import type { ApiError } from '@/services/api-error'

export interface ServerFieldErrors {
  /** By the form field's key. */
  fields: Record<string, string>
  /** By the material's key. */
  materials: Record<string, string>
  /** Every other message by its key as sent; the form shows those it knows and says the rest at the top. */
  others: Record<string, string>
}

/** Splits a 422's `fields` onto form fields, materials and the form's other places. */
export function splitServerErrors(messages: Record<string, string>): ServerFieldErrors {
  const split: ServerFieldErrors = { fields: {}, materials: {}, others: {} }
  for (const [key, message] of Object.entries(messages)) {
    if (key.startsWith('fields.')) split.fields[key.slice('fields.'.length)] = message
    // The first message of a material is the one shown (several files may each have one).
    else if (key.startsWith('materials.')) split.materials[key.slice('materials.'.length).split('.')[0]] ??= message
    else split.others[key] = message
  }
  return split
}

/** The per-field messages of a refused submission (a 422), split; nothing for any other error. */
export function serverFieldErrors(error: ApiError): ServerFieldErrors {
  return splitServerErrors(error.kind === 'validation' ? error.fields : {})
}
