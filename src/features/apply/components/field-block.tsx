import { Text, View } from '@tarojs/components'
import type { PropsWithChildren } from 'react'
import type { FormField } from '@contract/application'
import { fieldAnchorId } from '../hooks/use-application-form'

/** What a screen reader calls a field: its label and whether it must be filled. */
export function accessibleName(field: Pick<FormField, 'label' | 'required'>): string {
  return `${field.label}${field.required ? '（必填）' : '（选填）'}`
}

export function hintId(field: FormField): string {
  return `${fieldAnchorId(field.key)}-hint`
}

export function errorId(field: FormField): string {
  return `${fieldAnchorId(field.key)}-error`
}

/** The ids an input is described by (its hint and its error), for aria-describedby on H5. */
export function describedBy(field: FormField, error: string | undefined): string | undefined {
  const ids = [field.hint ? hintId(field) : null, error ? errorId(field) : null].filter(Boolean)
  return ids.length ? ids.join(' ') : undefined
}

/**
 * One field's frame: label with a required marker (or 选填), the input, the hint under it and the
 * error under that, in words, so a mistake never relies on a red border alone.
 */
export function FieldBlock({ field, error, extra, children }: PropsWithChildren<{ field: FormField; error?: string; extra?: string }>) {
  return (
    <View className={`apply-field${error ? ' apply-field--error' : ''}`} id={fieldAnchorId(field.key)}>
      <View className='apply-field__label-row'>
        {field.required && <Text className='apply-field__required' aria-hidden>*</Text>}
        <Text className='apply-field__label'>{field.label}</Text>
        {!field.required && <Text className='apply-field__optional'>（选填）</Text>}
        {extra && <Text className='apply-field__extra'>{extra}</Text>}
      </View>
      {children}
      {field.hint && <Text className='apply-field__hint' id={hintId(field)}>{field.hint}</Text>}
      {error && (
        <Text className='apply-field__error' id={errorId(field)} role='alert'>
          {error}
        </Text>
      )}
    </View>
  )
}
