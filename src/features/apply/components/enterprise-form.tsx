import Taro from '@tarojs/taro'
import { Button, Text, View } from '@tarojs/components'
import { useState } from 'react'
import type { User } from '@contract/user'
import { checkCreditCode } from '@/domain/identity'
import { toApiError } from '@/services/http'
import { verifyEnterprise } from '@/services/api/profile'
import { useSessionStore } from '@/stores/session-store'
import { IdentityInput } from './real-name-form'
import './real-name-form.scss'

type Errors = Partial<Record<'name' | 'creditCode', string>>

function checkEnterpriseName(raw: string): string | undefined {
  const name = raw.trim()
  if (name === '') return '请填写企业名称'
  if (Array.from(name).length > 60) return '企业名称最多 60 个字'
  return undefined
}

/**
 * 企业认证 of a 法人 applicant: 企业名称 and 统一社会信用代码 (GB 32100, the same check the backend
 * runs), reasons under the fields, typed values kept on failure; on success the session's profile
 * carries the enterprise.
 */
export function EnterpriseForm({ idPrefix = 'enterprise', onVerified }: { idPrefix?: string; onVerified?: (user: User) => void }) {
  const setUser = useSessionStore((s) => s.setUser)
  const [name, setName] = useState('')
  const [creditCode, setCreditCode] = useState('')
  const [errors, setErrors] = useState<Errors>({})
  const [formError, setFormError] = useState('')
  const [busy, setBusy] = useState(false)

  const checkCode = () => {
    const result = checkCreditCode(creditCode)
    return result.ok ? undefined : result.message
  }

  async function submit() {
    if (busy) return
    const next: Errors = { name: checkEnterpriseName(name), creditCode: checkCode() }
    setErrors(next)
    setFormError('')
    if (next.name || next.creditCode) return
    const code = checkCreditCode(creditCode)
    setBusy(true)
    try {
      const user = await verifyEnterprise({ name: name.trim(), creditCode: code.ok ? code.value : creditCode })
      setUser(user)
      void Taro.showToast({ title: '企业认证成功', icon: 'success' })
      onVerified?.(user)
    } catch (e) {
      const error = toApiError(e)
      if (error.fields.name || error.fields.creditCode) setErrors({ name: error.fields.name, creditCode: error.fields.creditCode })
      else setFormError(error.message)
    } finally {
      setBusy(false)
    }
  }

  return (
    <View className='identity-form'>
      <Text className='identity-form__title' role='heading' aria-level={3}>企业认证</Text>
      <Text className='identity-form__intro'>以企业身份办事，需要核验企业信息，请与营业执照保持一致。</Text>
      <IdentityInput
        id={`${idPrefix}-name`}
        label='企业名称'
        value={name}
        placeholder='与营业执照一致'
        maxlength={60}
        error={errors.name}
        onInput={(v) => setName(v)}
        onBlur={() => setErrors((e) => ({ ...e, name: name.trim() === '' ? undefined : checkEnterpriseName(name) }))}
      />
      <IdentityInput
        id={`${idPrefix}-credit-code`}
        label='统一社会信用代码'
        value={creditCode}
        placeholder='18 位，见营业执照'
        maxlength={18}
        error={errors.creditCode}
        hint='由数字和大写字母组成，不含 I、O、S、V、Z'
        onInput={(v) => setCreditCode(v)}
        onBlur={() => setErrors((e) => ({ ...e, creditCode: creditCode.trim() === '' ? undefined : checkCode() }))}
      />
      {formError && <Text className='identity-form__error' role='alert'>{formError}</Text>}
      <Button className='identity-form__submit' disabled={busy || undefined} onClick={() => void submit()}>
        {busy ? '正在核验…' : '提交企业认证'}
      </Button>
    </View>
  )
}
