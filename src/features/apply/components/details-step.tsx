import { View } from '@tarojs/components'
import type { FormSchema } from '@contract/application'
import type { ApplicationDraft, FieldDraftValue, RegionPick } from '../draft-types'
import { FieldInput } from './field-inputs'
import { RegionField } from './region-field'

interface DetailsStepProps {
  schema: FormSchema
  draft: Pick<ApplicationDraft, 'fields' | 'regionPaths'>
  errors: Record<string, string>
  onChange: (key: string, value: FieldDraftValue) => void
  onPick: (key: string, value: FieldDraftValue) => void
  onBlur: (key: string) => void
  onRegionChange: (key: string, path: RegionPick[], complete: boolean) => void
}

/** 填写信息: every field of the item's form schema, in its order. */
export function DetailsStep({ schema, draft, errors, onChange, onPick, onBlur, onRegionChange }: DetailsStepProps) {
  return (
    <View className='apply-details'>
      {schema.fields.map((field) =>
        field.kind === 'region' ? (
          <RegionField
            key={field.key}
            field={field}
            path={draft.regionPaths[field.key] ?? []}
            error={errors[field.key]}
            onChange={(path, complete) => onRegionChange(field.key, path, complete)}
          />
        ) : (
          <FieldInput
            key={field.key}
            field={field}
            value={draft.fields[field.key]}
            error={errors[field.key]}
            onChange={(value) => onChange(field.key, value)}
            onPick={(value) => onPick(field.key, value)}
            onBlur={() => onBlur(field.key)}
          />
        ),
      )}
    </View>
  )
}
