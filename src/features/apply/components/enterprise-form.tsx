import type { User } from '@contract/user'
import { checkCreditCode } from '@/domain/identity'
import { checkEnterpriseName } from '@/domain/names'
import { ENTERPRISE_NAME_CHARS } from '@/domain/text'
import { verifyEnterprise } from '@/services/api/profile'
import { messageOf, normalisedBy, useCheckedForm } from '../hooks/use-checked-form'
import { IdentityForm, IdentityInput } from './identity-form'

/**
 * 企业认证 of a 法人 applicant: 企业名称 and 统一社会信用代码 (GB 32100, the same check the backend
 * runs), reasons under the fields, typed values kept on failure; on success the session's profile
 * carries the enterprise.
 */
export function EnterpriseForm({ idPrefix = 'enterprise', onVerified }: { idPrefix?: string; onVerified?: (user: User) => void }) {
  const form = useCheckedForm({ name: messageOf(checkEnterpriseName), creditCode: messageOf(checkCreditCode) })
  return (
    <IdentityForm
      form={form}
      title='企业认证'
      intro='以企业身份办事，需要核验企业信息，请与营业执照保持一致。'
      submitLabel='提交企业认证'
      verifiedLabel='企业认证成功'
      verify={({ name, creditCode }) => verifyEnterprise({ name: normalisedBy(checkEnterpriseName, name), creditCode: normalisedBy(checkCreditCode, creditCode) })}
      onVerified={onVerified}
    >
      <IdentityInput id={`${idPrefix}-name`} label='企业名称' placeholder='与营业执照一致' maxlength={ENTERPRISE_NAME_CHARS.max} {...form.field('name')} />
      <IdentityInput
        id={`${idPrefix}-credit-code`}
        label='统一社会信用代码'
        placeholder='18 位，见营业执照'
        maxlength={18}
        hint='由数字和大写字母组成，不含 I、O、S、V、Z'
        {...form.field('creditCode')}
      />
    </IdentityForm>
  )
}
