import { View } from '@tarojs/components'
import type { FormField } from '@contract/application'
import { shownFields } from '@/domain/form-rules'
import type { FieldPlacement } from './field-block'
import { FieldInput } from './field-input'
import { RegionCascader } from './region-cascader'
import type { FieldDraftValue, RegionPick } from './values'

export interface FieldListProps extends FieldPlacement {
  fields: readonly FormField[]
  values: Record<string, FieldDraftValue>
  /** The names along each picked region, by field key. */
  regionPaths?: Record<string, RegionPick[]>
  /** Messages by field key. */
  errors: Record<string, string>
  className?: string
  onChange: (key: string, value: FieldDraftValue) => void
  onPick: (key: string, value: FieldDraftValue) => void
  onBlur: (key: string) => void
  onRegionChange: (key: string, path: RegionPick[], complete: boolean) => void
}

/**
 * The fields of a form schema a person is asked for now, in their order, each with the input of its
 * kind: a `shownWhen` field appears once its condition holds, a `requiredWhen` one is marked 必填 then.
 */
export function FieldList({ fields, values, regionPaths = {}, errors, className, idPrefix, look, onChange, onPick, onBlur, onRegionChange }: FieldListProps) {
  return (
    <View className={className}>
      {shownFields(fields, values).map((field) =>
        field.kind === 'region' ? (
          <RegionCascader
            key={field.key}
            field={field}
            path={regionPaths[field.key] ?? []}
            error={errors[field.key]}
            idPrefix={idPrefix}
            look={look}
            onChange={(path, complete) => onRegionChange(field.key, path, complete)}
          />
        ) : (
          <FieldInput
            key={field.key}
            field={field}
            value={values[field.key]}
            error={errors[field.key]}
            idPrefix={idPrefix}
            look={look}
            onChange={(value) => onChange(field.key, value)}
            onPick={(value) => onPick(field.key, value)}
            onBlur={() => onBlur(field.key)}
          />
        ),
      )}
    </View>
  )
}
