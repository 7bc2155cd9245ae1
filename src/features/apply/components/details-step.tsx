import type { FormSchema } from '@contract/application'
import { FieldList } from '@/components/form-fields'
import type { ApplicationDraft, FieldDraftValue, RegionPick } from '../draft-types'
import { FIELD_ID_PREFIX } from '../hooks/use-application-form'

interface DetailsStepProps {
  schema: FormSchema
  draft: Pick<ApplicationDraft, 'fields' | 'regionPaths'>
  errors: Record<string, string>
  onChange: (key: string, value: FieldDraftValue) => void
  onPick: (key: string, value: FieldDraftValue) => void
  onBlur: (key: string) => void
  onRegionChange: (key: string, path: RegionPick[], complete: boolean) => void
}

/** 填写信息: every field of the item's form schema, in its order, each its own card. */
export function DetailsStep({ schema, draft, errors, onChange, onPick, onBlur, onRegionChange }: DetailsStepProps) {
  return (
    <FieldList
      className='apply-details'
      fields={schema.fields}
      values={draft.fields}
      regionPaths={draft.regionPaths}
      errors={errors}
      idPrefix={FIELD_ID_PREFIX}
      look='card'
      onChange={onChange}
      onPick={onPick}
      onBlur={onBlur}
      onRegionChange={onRegionChange}
    />
  )
}
