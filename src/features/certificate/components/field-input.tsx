import { Button, Input, Picker, Text, Textarea, View } from '@tarojs/components'
import type { FieldValue, FormField } from '@contract/application'
import { charCount, formatDate } from '../format'

/** What a field holds while the person fills it in: typed text, a picked option, or picked options. */
export type FieldDraft = string | string[]

interface FieldInputProps {
  field: FormField
  value: FieldDraft | undefined
  error?: string
  onChange: (value: FieldDraft) => void
  /** Leaving the field (typed kinds) or picking (choices, dates): check it now. */
  onDone: (value: FieldDraft) => void
}

/** A field's screen-reader name: its label and whether it must be filled. */
export function fieldName(field: Pick<FormField, 'label' | 'required'>): string {
  return `${field.label}${field.required ? '（必填）' : '（选填）'}`
}

export const fieldAnchor = (key: string) => `cert-field-${key.replace(/[^A-Za-z0-9_-]/g, '_')}`

const asText = (value: FieldDraft | undefined) => (typeof value === 'string' ? value : '')
const asList = (value: FieldDraft | undefined) => (Array.isArray(value) ? value : [])

/** The draft of a field as it came back from the server (a returned request's fields). */
export function draftOf(value: FieldValue): FieldDraft {
  return Array.isArray(value) ? value : String(value)
}

/**
 * One field of a certificate type, for the kinds the types use: text, address, textarea, number,
 * date, single and multiple choice, phone and ID number. Label, input, hint and the message in words.
 */
export function FieldInput({ field, value, error, onChange, onDone }: FieldInputProps) {
  const anchor = fieldAnchor(field.key)
  const described = [field.hint ? `${anchor}-hint` : null, error ? `${anchor}-error` : null].filter(Boolean).join(' ') || undefined
  const native = { 'aria-label': fieldName(field), 'aria-invalid': error ? 'true' : undefined, 'aria-describedby': described }
  return (
    <View className={`cert-field${error ? ' cert-field--error' : ''}`} id={anchor}>
      <Text className='cert-field__label'>
        {field.label}
        {!field.required && <Text className='cert-field__optional'>（选填）</Text>}
      </Text>
      <Control field={field} value={value} native={native} onChange={onChange} onDone={onDone} />
      {field.hint && <Text className='cert-field__hint' id={`${anchor}-hint`}>{field.hint}</Text>}
      {error && <Text className='cert-field__error' id={`${anchor}-error`} role='alert'>{error}</Text>}
    </View>
  )
}

function Control({ field, value, native, onChange, onDone }: Omit<FieldInputProps, 'error'> & { native: Record<string, string | undefined> }) {
  switch (field.kind) {
    case 'textarea': {
      const text = asText(value)
      return (
        <>
          <Textarea
            className='cert-field__textarea'
            value={text}
            maxlength={field.maxLength}
            autoHeight
            placeholder={field.placeholder ?? `请填写${field.label}`}
            nativeProps={native}
            onInput={(e) => onChange(e.detail.value)}
            onBlur={() => onDone(text)}
          />
          <Text className='cert-field__hint'>{`已输入 ${charCount(text)}/${field.maxLength} 字`}</Text>
        </>
      )
    }
    case 'date': {
      const text = asText(value)
      const shown = text ? formatDate(text) : '请选择日期'
      return (
        <Picker mode='date' value={text} start={field.min ?? undefined} end={field.max ?? undefined} onChange={(e) => { onChange(String(e.detail.value)); onDone(String(e.detail.value)) }}>
          <View className='cert-field__picker' role='button' aria-label={`${fieldName(field)}：${shown}`}>
            <Text>{shown}</Text>
          </View>
        </Picker>
      )
    }
    case 'single':
    case 'multiple': {
      const multiple = field.kind === 'multiple'
      const chosen = multiple ? asList(value) : [asText(value)]
      const toggle = (option: string) => {
        const next = multiple
          ? field.options.map((o) => o.value).filter((v) => (v === option ? !chosen.includes(v) : chosen.includes(v)))
          : option
        onChange(next)
        onDone(next)
      }
      return (
        <View className='cert-field__choices' role={multiple ? 'group' : 'radiogroup'} aria-label={fieldName(field)}>
          {field.options.map((option) => {
            const checked = chosen.includes(option.value)
            return (
              <Button
                key={option.value}
                className={`cert-field__choice${checked ? ' cert-field__choice--checked' : ''}`}
                role={multiple ? 'checkbox' : 'radio'}
                aria-checked={checked}
                aria-label={option.label}
                onClick={() => toggle(option.value)}
              >
                {checked ? `✓ ${option.label}` : option.label}
              </Button>
            )
          })}
        </View>
      )
    }
    default: {
      const text = asText(value)
      const kind = field.kind
      const type = kind === 'id-number' ? 'idcard' : kind === 'phone' || (kind === 'number' && field.integer) ? 'number' : kind === 'number' ? 'digit' : 'text'
      // On H5 a text input keeps what browsers would drop as "not a number"; the person then reads our message.
      const h5 = kind === 'phone' ? { type: 'tel', inputMode: 'numeric' } : kind === 'number' ? { type: 'text', inputMode: 'decimal' } : { type: 'text' }
      const maxlength = 'maxLength' in field ? field.maxLength : kind === 'id-number' ? 22 : kind === 'phone' ? 13 : 16
      return (
        <View className='cert-field__with-unit'>
          <Input
            className='cert-field__input'
            type={type}
            value={text}
            maxlength={maxlength}
            placeholder={field.placeholder ?? `请填写${field.label}`}
            ariaLabel={fieldName(field)}
            nativeProps={{ ...native, ...h5 }}
            onInput={(e) => onChange(e.detail.value)}
            onBlur={() => onDone(text)}
          />
          {kind === 'number' && field.unit && <Text className='cert-field__unit'>{field.unit}</Text>}
        </View>
      )
    }
  }
}
