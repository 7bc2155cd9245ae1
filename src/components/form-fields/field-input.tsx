import { Input, Text, Textarea, View } from '@tarojs/components'
import type {
  DateField as DateFieldSchema,
  FormField,
  IdentityField,
  MultipleChoiceField,
  NumberField,
  SingleChoiceField,
  TextField,
} from '@contract/application'
import { countChars } from '@/domain/text'
import { h5Attributes, weappAttributes } from '@/utils/h5-attributes'
import { ChoiceRow } from './choice-row'
import { DateField } from './date-field'
import { accessibleName, describedBy, FieldBlock, type FieldPlacement } from './field-block'
import { asList, asText, type FieldDraftValue } from './values'
import './field-input.scss'

export interface FieldInputProps<F extends FormField = FormField> extends FieldPlacement {
  field: F
  value: FieldDraftValue | undefined
  error?: string
  /** Typing: the form keeps it at once and checks it when the person leaves the field. */
  onChange: (value: FieldDraftValue) => void
  /** Picking (choices, dates): kept and checked at once, as there is no "leaving" a chip. */
  onPick: (value: FieldDraftValue) => void
  onBlur: () => void
}

/**
 * On H5 the label and the error reach the native control (an Input takes them as attributes,
 * utils/h5-attributes.ts; a Textarea, still Taro's web component, as `nativeProps`), and
 * `type`/`inputmode` are set so that browsers do not drop what they think is not a number (the
 * person then sees our message instead of an empty box). On WeChat `type` picks the keyboard.
 */
function nativeProps(props: FieldInputProps, h5: { type?: string; inputMode?: string } = {}): Record<string, unknown> {
  return {
    'aria-label': accessibleName(props.field),
    'aria-invalid': props.error ? 'true' : undefined,
    'aria-describedby': describedBy(props.field, props.error, props.idPrefix),
    ...h5,
  }
}

function TextInput(props: FieldInputProps<TextField>) {
  const { field, value, onChange, onBlur } = props
  return (
    <FieldBlock {...props}>
      <Input
        className='form-field__input'
        type='text'
        value={asText(value)}
        maxlength={field.maxLength}
        placeholder={field.placeholder ?? `请输入${field.label}`}
        {...weappAttributes({ placeholderClass: 'form-field__placeholder', ariaLabel: accessibleName(field) })}
        {...h5Attributes(nativeProps(props))}
        onInput={(e) => onChange(e.detail.value)}
        onBlur={onBlur}
      />
    </FieldBlock>
  )
}

function TextareaInput(props: FieldInputProps<TextField>) {
  const { field, value, onChange, onBlur } = props
  const text = asText(value)
  const count = countChars(text)
  return (
    <FieldBlock {...props}>
      <Textarea
        className='form-field__textarea'
        value={text}
        maxlength={field.maxLength}
        autoHeight
        placeholder={field.placeholder ?? `请输入${field.label}`}
        placeholderClass='form-field__placeholder'
        nativeProps={nativeProps(props)}
        onInput={(e) => onChange(e.detail.value)}
        onBlur={onBlur}
      />
      <Text className={`form-field__count${count > field.maxLength ? ' form-field__count--over' : ''}`}>
        {`已输入 ${count}/${field.maxLength} 字`}
      </Text>
    </FieldBlock>
  )
}

function NumberInput(props: FieldInputProps<NumberField>) {
  const { field, value, onChange, onBlur } = props
  return (
    <FieldBlock {...props}>
      <View className='form-field__with-unit'>
        <Input
          className='form-field__input form-field__input--unit'
          type={field.integer ? 'number' : 'digit'}
          value={asText(value)}
          maxlength={16}
          placeholder={field.placeholder ?? `${field.min}–${field.max}`}
          {...weappAttributes({ placeholderClass: 'form-field__placeholder', ariaLabel: accessibleName(field) })}
          {...h5Attributes(nativeProps(props, { type: 'text', inputMode: field.integer ? 'numeric' : 'decimal' }))}
          onInput={(e) => onChange(e.detail.value)}
          onBlur={onBlur}
        />
        {field.unit && <Text className='form-field__unit'>{field.unit}</Text>}
      </View>
    </FieldBlock>
  )
}

function DateInput(props: FieldInputProps<DateFieldSchema>) {
  const { field, value, error, idPrefix, onPick } = props
  return (
    <FieldBlock {...props}>
      <DateField field={field} value={asText(value)} error={error} idPrefix={idPrefix} onPick={onPick} />
    </FieldBlock>
  )
}

/** Whole rows to tap (not tiny native radios), each saying whether it is chosen. */
function SingleChoice(props: FieldInputProps<SingleChoiceField>) {
  const { field, value, onPick } = props
  const chosen = asText(value)
  return (
    <FieldBlock {...props}>
      <View className='choice-list' role='radiogroup' aria-label={accessibleName(field)}>
        {field.options.map((option) => (
          <ChoiceRow key={option.value} role='radio' checked={option.value === chosen} label={option.label} onClick={() => onPick(option.value)} />
        ))}
      </View>
    </FieldBlock>
  )
}

function MultipleChoice(props: FieldInputProps<MultipleChoiceField>) {
  const { field, value, onPick } = props
  const chosen = asList(value)
  const toggle = (option: string) => {
    const next = chosen.includes(option) ? chosen.filter((v) => v !== option) : [...chosen, option]
    // Kept in the options' order, so the review reads like the form.
    onPick(field.options.map((o) => o.value).filter((v) => next.includes(v)))
  }
  const extra = field.maxItems < field.options.length ? `（可选 ${field.minItems || 1}–${field.maxItems} 项）` : '（可多选）'
  return (
    <FieldBlock {...props} extra={extra}>
      <View className='choice-list' role='group' aria-label={`${accessibleName(field)}${extra}`}>
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
function IdentityInput(props: FieldInputProps<IdentityField>) {
  const { field, value, onChange, onBlur } = props
  const spec = IDENTITY_INPUT[field.kind]
  return (
    <FieldBlock {...props}>
      <Input
        className='form-field__input'
        type={spec.type}
        value={asText(value)}
        maxlength={spec.maxlength}
        placeholder={field.placeholder ?? spec.placeholder}
        {...weappAttributes({ placeholderClass: 'form-field__placeholder', ariaLabel: accessibleName(field) })}
        {...h5Attributes(nativeProps(props, spec.h5))}
        onInput={(e) => onChange(e.detail.value)}
        onBlur={onBlur}
      />
    </FieldBlock>
  )
}

/**
 * The input of one form field, for every kind except region (which loads its levels from the
 * network: see RegionCascader), inside its block with label, hint and error.
 */
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
