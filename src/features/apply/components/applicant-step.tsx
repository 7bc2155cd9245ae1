import { Button, Text, View } from '@tarojs/components'
import { useEffect } from 'react'
import type { FormSchema } from '@contract/application'
import type { User } from '@contract/user'
import { PrivacyGate } from '@/components/privacy-notice'
import { FamilyChooser } from '@/components/family-chooser'
import { MINE_TAB_PATH } from '@/constants/routes'
import { maskName } from '@/domain/mask'
import { useSessionStore } from '@/stores/session-store'
import { navigate } from '@/utils/navigate'
import { APPLICANT_KIND_LABEL, isApplicantReady, type ApplicantKind } from '../applicant'
import { RadioChip } from '@/components/form-fields'
import { EnterpriseForm } from './enterprise-form'
import { RealNameForm } from './real-name-form'
import './applicant-step.scss'

export interface ApplicantStepProps {
  schema: FormSchema
  applicantKind: ApplicantKind | null
  onApplicantKindChange: (kind: ApplicantKind) => void
  /** 为家人办: the family member chosen, or null for oneself. */
  onBehalf?: { id: string; label: string } | null
  onOnBehalfChange?: (member: { id: string; label: string } | null) => void
}

/**
 * 申请人: who applies, from the verified profile (masked). Where the item allows both, the person
 * chooses 个人 or 企业. What is not verified yet is verified right here — after the privacy notice,
 * before any ID number is typed — and the session's profile is updated by the forms themselves.
 */
export function ApplicantStep({ schema, applicantKind, onApplicantKindChange, onBehalf = null, onOnBehalfChange }: ApplicantStepProps): JSX.Element {
  const user = useSessionStore((s) => s.user)
  const kinds = schema.applicantKinds
  const only = kinds.length === 1 ? kinds[0] : null

  // An item open to one kind only needs no choice: take it, so the person never has to.
  useEffect(() => {
    if (only && applicantKind !== only) onApplicantKindChange(only)
  }, [only, applicantKind, onApplicantKindChange])

  if (!user) {
    return (
      <View className='applicant-step'>
        <Text className='applicant-step__title' role='heading' aria-level={2}>申请人信息</Text>
        <Text className='applicant-step__note'>在线申报需要先登录，登录后回到这里继续填写。</Text>
        <Button className='applicant-step__primary' onClick={() => void navigate(MINE_TAB_PATH)}>去登录</Button>
      </View>
    )
  }

  const kind = only ?? applicantKind
  return (
    <View className='applicant-step'>
      <Text className='applicant-step__title' role='heading' aria-level={2}>申请人信息</Text>
      {kinds.length > 1 && (
        <View className='applicant-step__kinds' role='radiogroup' aria-label='申请身份'>
          {kinds.map((k) => (
            <RadioChip key={k} className='applicant-step__kind' checked={applicantKind === k} label={APPLICANT_KIND_LABEL[k]} onClick={() => onApplicantKindChange(k)} />
          ))}
        </View>
      )}
      {kind === null ? (
        <Text className='applicant-step__note'>本事项个人和企业都可以申请，请先选择以什么身份申请。</Text>
      ) : (
        <>
          {kind === 'personal' && user.role === 'resident' && user.realName && onOnBehalfChange && (
            <ApplicantFor schema={schema} user={user} onBehalf={onBehalf} onChange={onOnBehalfChange} />
          )}
          {onBehalf && kind === 'personal' ? <MemberDetails user={user} member={onBehalf} /> : <ApplicantDetails user={user} kind={kind} />}
        </>
      )}
    </View>
  )
}

/** 为谁办理: the shared chooser; items for the elderly (高龄津贴 …) list the family first. */
function ApplicantFor({ schema, user, onBehalf, onChange }: { schema: FormSchema; user: User; onBehalf: { id: string; label: string } | null; onChange: (member: { id: string; label: string } | null) => void }) {
  return <FamilyChooser user={user} value={onBehalf} onChange={onChange} familyFirst={schema.familyFirst === true} />
}

/** 为家人办: the member applies (申请人), the signed-in person acts (经办人). */
function MemberDetails({ user, member }: { user: User; member: { id: string; label: string } }) {
  return (
    <View className='applicant-step__details'>
      <View className='applicant-step__profile'>
        <Row label='申请人' value={member.label} />
        {user.realName && <Row label='经办人' value={`${maskName(user.realName.name)}（本人）`} />}
        <Row label='经办人手机号' value={user.phone ?? '未绑定'} />
      </View>
      <Text className='applicant-step__note'>家人的材料请上传家人本人的证件；您账号中的电子证照只能用于为本人办理。</Text>
      <Text className='applicant-step__ready' role='status'>✓ 家人已确认授权，可以继续下一步</Text>
    </View>
  )
}

function ApplicantDetails({ user, kind }: { user: User; kind: ApplicantKind }) {
  const needsRealName = !user.realName
  const needsEnterprise = kind === 'legal' && !user.enterprise
  return (
    <View className='applicant-step__details'>
      {user.realName && <Profile user={user} kind={kind} />}
      {(needsRealName || needsEnterprise) && (
        <PrivacyGate>
          {needsRealName ? (
            <>
              <Text className='applicant-step__note'>
                {kind === 'legal' ? '以企业身份申请，需要先完成经办人实名认证，再完成企业认证。' : '申请前需要先完成实名认证（只需一次）。'}
              </Text>
              <RealNameForm idPrefix='applicant-real-name' />
            </>
          ) : (
            <EnterpriseForm idPrefix='applicant-enterprise' />
          )}
        </PrivacyGate>
      )}
      {isApplicantReady(user, kind) && <Text className='applicant-step__ready' role='status'>✓ 申请人信息已核验，可以继续下一步</Text>}
    </View>
  )
}

function Row({ label, value }: { label: string; value: string }) {
  return (
    <View className='applicant-step__row'>
      <Text className='applicant-step__label'>{label}</Text>
      <Text className='applicant-step__value'>{value}</Text>
    </View>
  )
}

/** The verified profile, masked as everywhere outside the owner's own edit form. */
function Profile({ user, kind }: { user: User; kind: ApplicantKind }) {
  return (
    <View className='applicant-step__profile'>
      {user.realName && <Row label={kind === 'legal' ? '经办人' : '姓名'} value={maskName(user.realName.name)} />}
      {user.realName && <Row label='身份证号' value={user.realName.idNumber} />}
      <Row label='手机号' value={user.phone ?? '未绑定'} />
      {kind === 'legal' && user.enterprise && <Row label='企业名称' value={user.enterprise.name} />}
      {kind === 'legal' && user.enterprise && <Row label='统一社会信用代码' value={user.enterprise.creditCode} />}
    </View>
  )
}
