/**
 * The form-field kit: one input per field kind, the block with label, hint and error, one region
 * cascader, and where a 422's messages go. Knows form schemas (types/application.ts), not features,
 * so the application form, the certificate request and any later form share it.
 */
export { ChoiceRow, RadioChip } from './choice-row'
export {
  accessibleName,
  DEFAULT_ID_PREFIX,
  describedBy,
  FieldBlock,
  FieldError,
  fieldAnchorId,
  type FieldFrame,
  type FieldLook,
  type FieldPlacement,
} from './field-block'
export { FieldInput, type FieldInputProps } from './field-input'
export { FieldList, type FieldListProps } from './field-list'
export { RegionCascader, type RegionCascaderProps } from './region-cascader'
export { serverFieldErrors, splitServerErrors, type ServerFieldErrors } from './server-errors'
export { draftOf, type FieldDraftValue, type RegionPick } from './values'
