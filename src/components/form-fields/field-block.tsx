import { Text, View } from '@tarojs/components'
import { useState, type PropsWithChildren } from 'react'
import type { FormField } from '@contract/application'
import './field-block.scss'

/** What the frame of a field needs to know: its key (for ids), label, whether it must be filled, its hint. */
export type FieldFrame = Pick<FormField, 'key' | 'label' | 'required' | 'hint'>

/**
 * How a block sits on its page: `card` — each field its own card (the stepped application form);
 * `plain` — fields stacked inside a card the page draws (the certificate request).
 */
export type FieldLook = 'card' | 'plain'

/** Where a field's ids start unless the form says otherwise; a form with several items gives each its own. */
export const DEFAULT_ID_PREFIX = 'form-field'

/** Props every field of the kit shares: the ids' prefix (unique per form on a page) and the look. */
export interface FieldPlacement {
  /** Start of the block's id (`<idPrefix>-<key>`), which the form scrolls to and tests find. */
  idPrefix?: string
  look?: FieldLook
}

/** The id of a field's block on the page, for scrolling to the first wrong one. */
export function fieldAnchorId(key: string, idPrefix: string = DEFAULT_ID_PREFIX): string {
  return `${idPrefix}-${key.replace(/[^A-Za-z0-9_-]/g, '_')}`
}

/** What a screen reader calls a field: its label and whether it must be filled. */
export function accessibleName(field: Pick<FormField, 'label' | 'required'>): string {
  return `${field.label}${field.required ? '（必填）' : '（选填）'}`
}

export function hintId(field: FieldFrame, idPrefix?: string): string {
  return `${fieldAnchorId(field.key, idPrefix)}-hint`
}

export function errorId(field: FieldFrame, idPrefix?: string): string {
  return `${fieldAnchorId(field.key, idPrefix)}-error`
}

/** The ids an input is described by (its hint and its error), for aria-describedby on H5. */
export function describedBy(field: FieldFrame, error: string | undefined, idPrefix?: string): string | undefined {
  const ids = [field.hint ? hintId(field, idPrefix) : null, error ? errorId(field, idPrefix) : null].filter(Boolean)
  return ids.length ? ids.join(' ') : undefined
}

/**
 * Whether a message has been shown here: once one has, its line stays reserved after the person
 * corrects the field, so nothing below (the submit button) moves up under their finger.
 */
export function useReservedLine(message: string | null | undefined): boolean {
  const [reserved, setReserved] = useState(false)
  if (message && !reserved) setReserved(true)
  return reserved
}

/**
 * A message in words under what it is about, read out when it appears (role=alert). When it goes
 * away its line stays, blank and hidden from screen readers, so the page never jumps.
 */
export function FieldError({ id, message, className = 'form-field__error' }: { id?: string; message: string | null | undefined; className?: string }) {
  const reserved = useReservedLine(message)
  if (!message) return reserved ? <ReservedLine className={className} /> : null
  return (
    <Text className={className} id={id} role='alert'>
      {message}
    </Text>
  )
}

/** The blank line a corrected message leaves (`<class>-space`, styled to the message's height), no text. */
export function ReservedLine({ className }: { className: string }) {
  return (
    <Text className={`${className}-space`} aria-hidden>
      {'\u00a0'}
    </Text>
  )
}

interface FieldBlockProps extends FieldPlacement {
  field: FieldFrame
  error?: string
  /** Said after the label, e.g. （可选 1–3 项）. */
  extra?: string
}

/**
 * One field's frame: label with a required marker (or 选填), the input, the hint under it and the
 * error under that, in words, so a mistake never relies on a red border alone.
 */
export function FieldBlock({ field, error, extra, idPrefix, look = 'card', children }: PropsWithChildren<FieldBlockProps>) {
  return (
    <View className={`form-field form-field--${look}${error ? ' form-field--error' : ''}`} id={fieldAnchorId(field.key, idPrefix)}>
      <View className='form-field__label-row'>
        {field.required && <Text className='form-field__required' aria-hidden>*</Text>}
        <Text className='form-field__label'>{field.label}</Text>
        {!field.required && <Text className='form-field__optional'>（选填）</Text>}
        {extra && <Text className='form-field__extra'>{extra}</Text>}
      </View>
      {children}
      {field.hint && <Text className='form-field__hint' id={hintId(field, idPrefix)}>{field.hint}</Text>}
      <FieldError id={errorId(field, idPrefix)} message={error} />
    </View>
  )
}
