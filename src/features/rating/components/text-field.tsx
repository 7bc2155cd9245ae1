import { Text, Textarea, View } from '@tarojs/components'
import { countChars } from '@/domain/text'
import './rating.scss'

interface TextFieldProps {
  id: string
  label: string
  value: string
  max: number
  placeholder: string
  error?: string | null
  hint?: string
  onChange: (value: string) => void
}

/** A labelled text box with a 12/500 counter and, when something is wrong, the reason under it. */
export function TextField({ id, label, value, max, placeholder, error, hint, onChange }: TextFieldProps) {
  const describedBy = [hint ? `${id}-hint` : '', `${id}-count`, error ? `${id}-error` : ''].filter(Boolean).join(' ')
  return (
    <View className='rating-field'>
      <Text id={`${id}-label`} className='rating-field__label'>{label}</Text>
      <Textarea
        className='rating-field__textarea'
        value={value}
        maxlength={max}
        placeholder={placeholder}
        ariaLabel={label}
        // The label's own words as the name, on the native textarea itself (axe did not accept the
        // aria-labelledby reference to the Taro Text on H5 as a visible label).
        nativeProps={{ 'aria-label': label, 'aria-describedby': describedBy, 'aria-invalid': error ? 'true' : undefined }}
        onInput={(e) => onChange(e.detail.value)}
      />
      {hint && <Text id={`${id}-hint`} className='rating-field__hint'>{hint}</Text>}
      <Text id={`${id}-count`} className='rating-field__count' aria-label={`已输入 ${countChars(value)} 字，最多 ${max} 字`}>{`${countChars(value)}/${max}`}</Text>
      {error && <Text id={`${id}-error`} className='rating-page__error' role='alert'>{error}</Text>}
    </View>
  )
}
