import type { User } from '@contract/user'
import { checkIdNumber } from '@/domain/identity'
import { checkRealName } from '@/domain/names'
import { REAL_NAME_CHARS } from '@/domain/text'
import { verifyRealName } from '@/services/api/profile'
import { messageOf, normalisedBy, useCheckedForm } from '../hooks/use-checked-form'
import { IdentityForm, IdentityInput } from './identity-form'

// Room to type past the limit, so an over-long name gets a message with its count instead of being cut.
const NAME_INPUT_MAX = REAL_NAME_CHARS.max + 10

interface RealNameFormProps {
  /** Prefix of the element ids, so two forms never share one. */
  idPrefix?: string
  /** Called with the verified (masked) profile after the session store has it. */
  onVerified?: (user: User) => void
}

/**
 * 实名认证: 姓名 and 身份证号, each checked as the person leaves it (the same GB 11643 check the
 * backend runs), the server's per-field reasons under the fields, and what was typed kept on any
 * failure. On success the session's profile is replaced with the verified, masked one.
 */
export function RealNameForm({ idPrefix = 'real-name', onVerified }: RealNameFormProps) {
  const form = useCheckedForm({ name: messageOf(checkRealName), idNumber: messageOf(checkIdNumber) })
  return (
    <IdentityForm
      form={form}
      title='实名认证'
      intro='请填写与身份证一致的信息，核验通过后用于办事时的申请人信息。'
      submitLabel='提交认证'
      verifiedLabel='实名认证成功'
      verify={({ name, idNumber }) => verifyRealName({ name: normalisedBy(checkRealName, name), idNumber: normalisedBy(checkIdNumber, idNumber) })}
      onVerified={onVerified}
    >
      <IdentityInput id={`${idPrefix}-name`} label='姓名' placeholder='与身份证一致' maxlength={NAME_INPUT_MAX} {...form.field('name')} />
      <IdentityInput
        id={`${idPrefix}-id-number`}
        label='身份证号'
        type='idcard'
        placeholder='18 位居民身份证号'
        maxlength={18}
        hint='最后一位是 X 的，输入大写或小写均可'
        {...form.field('idNumber')}
      />
    </IdentityForm>
  )
}
