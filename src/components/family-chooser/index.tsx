import { Button, Text, View } from '@tarojs/components'
import { useEffect } from 'react'
import type { FamilyMember } from '@contract/family'
import type { User } from '@contract/user'
import { ChoiceRow } from '@/components/form-fields'
import { familyUrl } from '@/constants/routes'
import { FAMILY_RELATION_LABELS } from '@/domain/family'
import { maskName } from '@/domain/mask'
import { useRequest } from '@/hooks/use-request'
import { listFamilyMembers } from '@/services/api/family'
import { navigate } from '@/utils/navigate'
import './index.scss'

/** The family member chosen in 为谁办理: the server's id and how the app shows them (王**（父母）). */
export interface ChosenMember {
  id: string
  label: string
}

/** How a member is offered and shown: 王**（父母）. */
export function memberLabel(member: FamilyMember): string {
  return `${member.name}（${FAMILY_RELATION_LABELS[member.relation]}）`
}

export interface FamilyChooserProps {
  user: User
  /** The member chosen, or null for oneself. */
  value: ChosenMember | null
  onChange: (member: ChosenMember | null) => void
  /** List the family before oneself, with a note (items for the elderly, mostly asked for by their children). */
  familyFirst?: boolean
  /** What the member becomes, for the note: 申请人 for a case, 持证人 for a certificate. */
  memberRole?: string
}

/**
 * 为谁办理 (SPEC §7, 为家人办): oneself or a family member who confirmed. Shared by the application
 * form and the certificate request, so both offer the same people the same way.
 */
export function FamilyChooser({ user, value, onChange, familyFirst = false, memberRole = '申请人' }: FamilyChooserProps): JSX.Element {
  const members = useRequest(listFamilyMembers, [user.id])
  const confirmed = (members.data ?? []).filter((m) => m.status === 'confirmed')
  const self = <ChoiceRow key='self' role='radio' checked={value === null} label={`本人（${maskName(user.realName?.name ?? '')}）`} onClick={() => onChange(null)} />
  const others = confirmed.map((member) => {
    const label = memberLabel(member)
    return <ChoiceRow key={member.id} role='radio' checked={value?.id === member.id} label={`家人：${label}`} onClick={() => onChange({ id: member.id, label })} />
  })
  // A member chosen in a draft who has since revoked (or been removed) is no longer offered: back to oneself.
  const chosenGone = value !== null && members.data !== undefined && !confirmed.some((m) => m.id === value.id)
  useEffect(() => {
    if (chosenGone) onChange(null)
  }, [chosenGone, onChange])
  return (
    <View className='applicant-for'>
      <Text className='applicant-for__title' role='heading' aria-level={3}>为谁办理</Text>
      {familyFirst && <Text className='applicant-for__note'>{`本事项多由子女等家人代为申请：可以选择为已确认的家人办理，办件中家人为${memberRole}、您为经办人。`}</Text>}
      <View role='radiogroup' aria-label='为谁办理'>
        {familyFirst ? [...others, self] : [self, ...others]}
      </View>
      {members.data !== undefined && confirmed.length === 0 && (
        <Text className='applicant-for__note'>为家人办理，需要先在「我的 → 家人」添加家人，并由家人确认。</Text>
      )}
      <Button className='applicant-for__add' onClick={() => void navigate(familyUrl())}>{confirmed.length === 0 ? '添加家人' : '管理家人'}</Button>
    </View>
  )
}
