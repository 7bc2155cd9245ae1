import Taro from '@tarojs/taro'
import { Button, Input, Text, View } from '@tarojs/components'
import { useState } from 'react'
import type { User } from '@contract/user'
import { checkIdNumber } from '@/domain/identity'
import { toApiError } from '@/services/http'
import { verifyRealName } from '@/services/api/profile'
import { useSessionStore } from '@/stores/session-store'
import './real-name-form.scss'

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
        placeholderClass='identity-field__placeholder'
        maxlength={maxlength}
        ariaLabel={label}
        nativeProps={{ ...(type === 'phone' ? { type: 'tel', autocomplete: 'tel' } : {}), id, 'aria-labelledby': `${id}-label`, 'aria-describedby': describedBy || undefined, 'aria-invalid': error ? 'true' : undefined }}
        onInput={(e) => onInput(e.detail.value)}
        onBlur={onBlur}
      />
      {hint && <Text id={`${id}-hint`} className='identity-field__hint'>{hint}</Text>}
      {error && <Text id={`${id}-error`} className='identity-field__error' role='alert'>{error}</Text>}
    </View>
  )
}

/** Names on ID cards: Chinese, with · for many minority names, or Latin letters; never empty. */
export function checkPersonName(raw: string): string | null {
  const name = raw.trim()
  if (name === '') return '请填写姓名'
  if (Array.from(name).length > 30) return '姓名最多 30 个字'
  return null
}

interface RealNameFormProps {
  /** Prefix of the element ids, so two forms never share one. */
  idPrefix?: string
  /** Called with the verified (masked) profile after the session store has it. */
  onVerified?: (user: User) => void
}

type Errors = Partial<Record<'name' | 'idNumber', string>>

/**
 * 实名认证: 姓名 and 身份证号, each checked as the person leaves it (the same GB 11643 check the
 * backend runs), the server's per-field reasons under the fields, and what was typed kept on any
 * failure. On success the session's profile is replaced with the verified, masked one.
 */
export function RealNameForm({ idPrefix = 'real-name', onVerified }: RealNameFormProps) {
  const setUser = useSessionStore((s) => s.setUser)
  const [name, setName] = useState('')
  const [idNumber, setIdNumber] = useState('')
  const [errors, setErrors] = useState<Errors>({})
  const [formError, setFormError] = useState('')
  const [busy, setBusy] = useState(false)

  const checkName = () => checkPersonName(name) ?? undefined
  const checkId = () => {
    const result = checkIdNumber(idNumber)
    return result.ok ? undefined : result.message
  }

  async function submit() {
    if (busy) return
    const next: Errors = { name: checkName(), idNumber: checkId() }
    setErrors(next)
    setFormError('')
    if (next.name || next.idNumber) return
    const id = checkIdNumber(idNumber)
    setBusy(true)
    try {
      const user = await verifyRealName({ name: name.trim(), idNumber: id.ok ? id.value : idNumber })
      setUser(user)
      void Taro.showToast({ title: '实名认证成功', icon: 'success' })
      onVerified?.(user)
    } catch (e) {
      const error = toApiError(e)
      if (error.fields.name || error.fields.idNumber) setErrors({ name: error.fields.name, idNumber: error.fields.idNumber })
      else setFormError(error.message)
    } finally {
      setBusy(false)
    }
  }

  return (
    <View className='identity-form'>
      <Text className='identity-form__title' role='heading' aria-level={3}>实名认证</Text>
      <Text className='identity-form__intro'>请填写与身份证一致的信息，核验通过后用于办事时的申请人信息。</Text>
      <IdentityInput
        id={`${idPrefix}-name`}
        label='姓名'
        value={name}
        placeholder='与身份证一致'
        maxlength={30}
        error={errors.name}
        onInput={(v) => setName(v)}
        onBlur={() => setErrors((e) => ({ ...e, name: name.trim() === '' ? undefined : checkName() }))}
      />
      <IdentityInput
        id={`${idPrefix}-id-number`}
        label='身份证号'
        value={idNumber}
        type='idcard'
        placeholder='18 位居民身份证号'
        maxlength={18}
        error={errors.idNumber}
        hint='最后一位是 X 的，输入大写或小写均可'
        onInput={(v) => setIdNumber(v)}
        onBlur={() => setErrors((e) => ({ ...e, idNumber: idNumber.trim() === '' ? undefined : checkId() }))}
      />
      {formError && <Text className='identity-form__error' role='alert'>{formError}</Text>}
      <Button className='identity-form__submit' disabled={busy || undefined} onClick={() => void submit()}>
        {busy ? '正在核验…' : '提交认证'}
      </Button>
    </View>
  )
}
