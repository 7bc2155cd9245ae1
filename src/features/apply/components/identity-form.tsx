import Taro from '@tarojs/taro'
import { Button, Input, Text, View } from '@tarojs/components'
import type { PropsWithChildren } from 'react'
import type { User } from '@contract/user'
import { FieldError } from '@/components/form-fields'
import { useSessionStore } from '@/stores/session-store'
import { h5Attributes, weappAttributes } from '@/utils/h5-attributes'
import type { CheckedForm } from '../hooks/use-checked-form'
import './identity-form.scss'

/** `phone`: the digit keyboard on weapp, a tel input on H5 (a number input would drop "138 0595 1234"). */
type InputType = 'text' | 'idcard' | 'phone'

interface IdentityInputProps {
  /** Unique on the page: ties the label and the message to the input for screen readers. */
  id: string
  label: string
  value: string
  type?: InputType
  placeholder: string
  maxlength: number
  error?: string
  hint?: string
  onInput: (value: string) => void
  onBlur: () => void
}

/** A labelled input with its hint and, when there is one, its message right under it. */
export function IdentityInput({ id, label, value, type = 'text', placeholder, maxlength, error, hint, onInput, onBlur }: IdentityInputProps) {
  const describedBy = [hint ? `${id}-hint` : '', error ? `${id}-error` : ''].filter(Boolean).join(' ')
  return (
    <View className={`identity-field${error ? ' identity-field--error' : ''}`}>
      <Text id={`${id}-label`} className='identity-field__label'>{label}</Text>
      <Input
        className='identity-field__input'
        type={type === 'phone' ? 'number' : type}
        value={value}
        placeholder={placeholder}
        maxlength={maxlength}
        {...weappAttributes({ placeholderClass: 'identity-field__placeholder', ariaLabel: label })}
        {...h5Attributes({ ...(type === 'phone' ? { type: 'tel', autoComplete: 'tel' } : {}), id, 'aria-labelledby': `${id}-label`, 'aria-describedby': describedBy || undefined, 'aria-invalid': error ? 'true' : undefined })}
        onInput={(e) => onInput(e.detail.value)}
        onBlur={onBlur}
      />
      {hint && <Text id={`${id}-hint`} className='identity-field__hint'>{hint}</Text>}
      <FieldError id={`${id}-error`} className='identity-field__error' message={error} />
    </View>
  )
}

interface IdentityFormProps<K extends string> {
  /** The fields' state (useCheckedForm); the fields themselves are the children. */
  form: CheckedForm<K>
  title: string
  intro: string
  submitLabel: string
  /** The toast once verified. */
  verifiedLabel: string
  /** Sends what was typed; answers with the verified (masked) profile. */
  verify: (values: Record<K, string>) => Promise<User>
  /** Called with the verified profile after the session store has it. */
  onVerified?: (user: User) => void
}

/**
 * The frame of 实名认证 and 企业认证: heading, intro, the fields, the form's message and the
 * submit button. On success the session's profile is replaced with the verified, masked one.
 */
export function IdentityForm<K extends string>({ form, title, intro, submitLabel, verifiedLabel, verify, onVerified, children }: PropsWithChildren<IdentityFormProps<K>>) {
  const setUser = useSessionStore((s) => s.setUser)
  const submit = () =>
    form.submit(async (values) => {
      const user = await verify(values)
      setUser(user)
      void Taro.showToast({ title: verifiedLabel, icon: 'success' })
      onVerified?.(user)
    })

  return (
    <View className='identity-form'>
      <Text className='identity-form__title' role='heading' aria-level={3}>{title}</Text>
      <Text className='identity-form__intro'>{intro}</Text>
      {children}
      {form.formError && <Text className='identity-form__error' role='alert'>{form.formError}</Text>}
      <Button className='identity-form__submit' disabled={form.busy || undefined} onClick={() => void submit()}>
        {form.busy ? '正在核验…' : submitLabel}
      </Button>
    </View>
  )
}
