import { Input, Picker, Text, Textarea, View } from '@tarojs/components'
import type {
  DateField,
  FormField,
  IdentityField,
  MultipleChoiceField,
  NumberField,
  SingleChoiceField,
  TextField,
} from '@contract/application'
import { characterCount } from '@/domain/form-rules'
import type { FieldDraftValue } from '../draft-types'
import { chineseDate } from '@/domain/field-display'
import { ChoiceRow } from './choices'
import { accessibleName, describedBy, FieldBlock } from './field-block'

export interface FieldInputProps<F extends FormField = FormField> {
  field: F
  value: FieldDraftValue | undefined
  error?: string
  /** Typing: saved at once, checked when the person leaves the field. */
  onChange: (value: FieldDraftValue) => void
  /** Picking (chips, dates): saved and checked at once. */
  onPick: (value: FieldDraftValue) => void
  onBlur: () => void
}

const asText = (value: FieldDraftValue | undefined): string => (typeof value === 'string' ? value : '')
const asList = (value: FieldDraftValue | undefined): string[] => (Array.isArray(value) ? value : typeof value === 'string' && value ? [value] : [])

/**
 * On H5 the label and the error reach the native input (taro-h5 passes `nativeProps` through), and
 * `type`/`inputmode` are set so that browsers do not drop what they think is not a number (the
 * person then sees our message instead of an empty box). On WeChat `type` picks the keyboard.
 */
function nativeProps(field: FormField, error: string | undefined, h5: { type?: string; inputMode?: string } = {}): Record<string, unknown> {
  return {
    'aria-label': accessibleName(field),
    'aria-invalid': error ? 'true' : undefined,
    'aria-describedby': describedBy(field, error),
    ...h5,
  }
}

function TextInput({ field, value, error, onChange, onBlur }: FieldInputProps<TextField>) {
  return (
    <FieldBlock field={field} error={error}>
      <Input
        className='apply-field__input'
        type='text'
        value={asText(value)}
        maxlength={field.maxLength}
        placeholder={field.placeholder ?? `请输入${field.label}`}
        placeholderClass='apply-field__placeholder'
        ariaLabel={accessibleName(field)}
        nativeProps={nativeProps(field, error)}
        onInput={(e) => onChange(e.detail.value)}
        onBlur={onBlur}
      />
    </FieldBlock>
  )
}

function TextareaInput({ field, value, error, onChange, onBlur }: FieldInputProps<TextField>) {
  const text = asText(value)
  const count = characterCount(text)
  return (
    <FieldBlock field={field} error={error}>
      <Textarea
        className='apply-field__textarea'
        value={text}
        maxlength={field.maxLength}
        autoHeight
        placeholder={field.placeholder ?? `请输入${field.label}`}
        placeholderClass='apply-field__placeholder'
        nativeProps={nativeProps(field, error)}
        onInput={(e) => onChange(e.detail.value)}
        onBlur={onBlur}
      />
      <Text className={`apply-field__count${count > field.maxLength ? ' apply-field__count--over' : ''}`}>
        {`已输入 ${count}/${field.maxLength} 字`}
      </Text>
    </FieldBlock>
  )
}

function NumberInput({ field, value, error, onChange, onBlur }: FieldInputProps<NumberField>) {
  return (
    <FieldBlock field={field} error={error}>
      <View className='apply-field__with-unit'>
        <Input
          className='apply-field__input apply-field__input--unit'
          type={field.integer ? 'number' : 'digit'}
          value={asText(value)}
          maxlength={16}
          placeholder={field.placeholder ?? `${field.min}–${field.max}`}
          placeholderClass='apply-field__placeholder'
          ariaLabel={accessibleName(field)}
          nativeProps={nativeProps(field, error, { type: 'text', inputMode: field.integer ? 'numeric' : 'decimal' })}
          onInput={(e) => onChange(e.detail.value)}
          onBlur={onBlur}
        />
        {field.unit && <Text className='apply-field__unit'>{field.unit}</Text>}
      </View>
    </FieldBlock>
  )
}

function DateInput({ field, value, error, onPick }: FieldInputProps<DateField>) {
  const text = asText(value)
  const shown = text ? chineseDate(text) : '请选择日期'
  return (
    <FieldBlock field={field} error={error}>
      <Picker
        mode='date'
        value={text}
        start={field.min ?? undefined}
        end={field.max ?? undefined}
        onChange={(e) => onPick(String(e.detail.value))}
      >
        <View
          className={`apply-field__picker${text ? '' : ' apply-field__picker--empty'}`}
          role='button'
          aria-label={`${accessibleName(field)}：${shown}`}
          aria-describedby={describedBy(field, error)}
        >
          <Text>{shown}</Text>
          <Text className='apply-field__picker-action' aria-hidden>{text ? '修改' : '选择'}</Text>
        </View>
      </Picker>
    </FieldBlock>
  )
}

/** Whole rows to tap (not tiny native radios), each saying whether it is chosen. */
function SingleChoice({ field, value, error, onPick }: FieldInputProps<SingleChoiceField>) {
  const chosen = asText(value)
  return (
    <FieldBlock field={field} error={error}>
      <View className='apply-choices' role='radiogroup' aria-label={accessibleName(field)}>
        {field.options.map((option) => (
          <ChoiceRow key={option.value} role='radio' checked={option.value === chosen} label={option.label} onClick={() => onPick(option.value)} />
        ))}
      </View>
    </FieldBlock>
  )
}

function MultipleChoice({ field, value, error, onPick }: FieldInputProps<MultipleChoiceField>) {
  const chosen = asList(value)
  const toggle = (option: string) => {
    const next = chosen.includes(option) ? chosen.filter((v) => v !== option) : [...chosen, option]
    // Kept in the options' order, so the review reads like the form.
    onPick(field.options.map((o) => o.value).filter((v) => next.includes(v)))
  }
  const extra = field.maxItems < field.options.length ? `（可选 ${field.minItems || 1}–${field.maxItems} 项）` : '（可多选）'
  return (
    <FieldBlock field={field} error={error} extra={extra}>
      <View className='apply-choices' role='group' aria-label={`${accessibleName(field)}${extra}`}>
        {field.options.map((option) => (
          <ChoiceRow key={option.value} role='checkbox' checked={chosen.includes(option.value)} label={option.label} onClick={() => toggle(option.value)} />
        ))}
      </View>
    </FieldBlock>
  )
}

const IDENTITY_INPUT: Record<IdentityField['kind'], { type: 'idcard' | 'text' | 'number'; maxlength: number; h5: { type: string; inputMode?: string }; placeholder: string }> = {
  // A little longer than the number itself: people paste numbers with spaces, which the check removes.
  'id-number': { type: 'idcard', maxlength: 22, h5: { type: 'text' }, placeholder: '18 位居民身份证号' },
  'credit-code': { type: 'text', maxlength: 22, h5: { type: 'text' }, placeholder: '18 位统一社会信用代码' },
  phone: { type: 'number', maxlength: 13, h5: { type: 'tel', inputMode: 'numeric' }, placeholder: '11 位手机号' },
}

/** ID number, credit code, phone: shown as typed (unmasked) in the person's own form only. */
function IdentityInput({ field, value, error, onChange, onBlur }: FieldInputProps<IdentityField>) {
  const spec = IDENTITY_INPUT[field.kind]
  return (
    <FieldBlock field={field} error={error}>
      <Input
        className='apply-field__input'
        type={spec.type}
        value={asText(value)}
        maxlength={spec.maxlength}
        placeholder={field.placeholder ?? spec.placeholder}
        placeholderClass='apply-field__placeholder'
        ariaLabel={accessibleName(field)}
        nativeProps={nativeProps(field, error, spec.h5)}
        onInput={(e) => onChange(e.detail.value)}
        onBlur={onBlur}
      />
    </FieldBlock>
  )
}

/** The input for every field kind except region (which needs the network: see RegionField). */
export function FieldInput(props: FieldInputProps) {
  const { field } = props
  switch (field.kind) {
    case 'text':
    case 'address':
      return <TextInput {...props} field={field} />
    case 'textarea':
      return <TextareaInput {...props} field={field} />
    case 'number':
      return <NumberInput {...props} field={field} />
    case 'date':
      return <DateInput {...props} field={field} />
    case 'single':
      return <SingleChoice {...props} field={field} />
    case 'multiple':
      return <MultipleChoice {...props} field={field} />
    case 'id-number':
    case 'credit-code':
    case 'phone':
      return <IdentityInput {...props} field={field} />
    case 'region':
      return null
  }
}
