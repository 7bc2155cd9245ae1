import Taro, { useDidShow } from '@tarojs/taro'
import { Button, Text, View } from '@tarojs/components'
import { useRef, useState } from 'react'
import type { FormField } from '@contract/application'
import type { FamilyAuthorization, FamilyMember, FamilyRelation } from '@contract/family'
import type { User } from '@contract/user'
import { FieldInput, FieldList, type FieldDraftValue } from '@/components/form-fields'
import { EmptyState, ErrorState, LoadingState } from '@/components/status-view'
import { identityUrl } from '@/constants/routes'
import { FAMILY_CODE, FAMILY_RELATION_LABELS, FAMILY_RELATIONS, FAMILY_STATUS_LABELS } from '@/domain/family'
import { checkFields } from '@/domain/form-rules'
import { useRequest } from '@/hooks/use-request'
import { addFamilyMember, confirmFamilyMember, listFamilyMembers, listFamilyRequests, removeFamilyMember, revokeAuthorization } from '@/services/api/family'
import { toApiError } from '@/services/http'
import { createIdempotencyKey } from '@/utils/idempotency-key'
import { navigate } from '@/utils/navigate'
import './family.scss'

/** The add form as a form schema, so the shared field kit draws and checks it like any other form. */
const MEMBER_FIELDS: FormField[] = [
  { kind: 'text', key: 'name', label: '家人姓名', required: true, hint: '与家人的身份证一致', placeholder: '请输入家人的真实姓名', minLength: 2, maxLength: 20 },
  { kind: 'id-number', key: 'idNumber', label: '家人身份证号', required: true, hint: '最后一位是 X 的，输入大写或小写均可', placeholder: '请输入 18 位身份证号' },
  {
    kind: 'single',
    key: 'relation',
    label: '家人是您的',
    required: true,
    hint: null,
    placeholder: null,
    options: FAMILY_RELATIONS.map((r) => ({ value: r, label: FAMILY_RELATION_LABELS[r] })),
  },
]

const CODE_FIELD: FormField = { kind: 'text', key: 'code', label: '家人告诉您的确认码', required: true, hint: '6 位数字，家人在自己的账号「我的 → 家人」中可以看到', placeholder: '请输入 6 位确认码', minLength: 6, maxLength: 6 }

/**
 * 家人 (为家人办, SPEC §7): the family members the person added (待确认 with the code to enter,
 * 已确认, 已撤销), adding one, and — for anyone — who asked to act for them, with the code to give
 * and 撤销授权.
 */
export function FamilyScreen({ user }: { user: User }) {
  const members = useRequest(listFamilyMembers, [user.id], { enabled: user.role === 'resident' })
  const requests = useRequest(listFamilyRequests, [user.id], { enabled: Boolean(user.realName) })
  const shown = useRef(false)
  useDidShow(() => {
    if (shown.current) {
      if (user.role === 'resident') void members.reload()
      if (user.realName) void requests.reload()
    }
    shown.current = true
  })

  return (
    <View className='family'>
      <Text className='family__intro'>
        为父母等家人办事：添加家人后，请家人在自己的账号「我的 → 家人」中查看确认码并告诉您（没有账号的，可到窗口由工作人员核实后告知）。确认后，在线申报时可以选择「为家人办理」。
      </Text>
      {!user.realName ? (
        <View className='family__card'>
          <Text className='family__meta'>添加家人、查看谁申请为您办事，需要先完成实名认证。</Text>
          <Button className='family__primary' onClick={() => void navigate(identityUrl())}>去实名认证</Button>
        </View>
      ) : (
        <>
          {user.role === 'resident' && (
            <>
              <MemberList state={members} />
              <AddMember onAdded={() => void members.reload()} />
            </>
          )}
          <RequestList state={requests} />
        </>
      )}
    </View>
  )
}

type ListState<T> = ReturnType<typeof useRequest<T[]>>

function MemberList({ state }: { state: ListState<FamilyMember> }) {
  return (
    <View className='family__card' role='region' aria-label='我的家人'>
      <Text className='family__title' role='heading' aria-level={2}>我的家人</Text>
      {state.error && !state.data ? (
        <ErrorState error={state.error} onRetry={() => void state.reload()} />
      ) : !state.data ? (
        <LoadingState text='正在加载家人…' />
      ) : state.data.length === 0 ? (
        <EmptyState title='还没有添加家人' hint='添加后可以为家人在线申报，例如为父母申领高龄津贴' />
      ) : (
        <View role='list'>
          {state.data.map((member) => (
            <MemberRow key={member.id} member={member} onChanged={() => void state.reload()} />
          ))}
        </View>
      )}
    </View>
  )
}

function MemberRow({ member, onChanged }: { member: FamilyMember; onChanged: () => void }) {
  const [code, setCode] = useState('')
  const [error, setError] = useState<string | undefined>()
  const [busy, setBusy] = useState(false)

  const confirm = async () => {
    if (busy) return
    const typed = code.trim()
    if (!FAMILY_CODE.test(typed)) {
      setError('确认码为 6 位数字')
      return
    }
    setBusy(true)
    try {
      await confirmFamilyMember(member.id, typed)
      setError(undefined)
      void Taro.showToast({ title: '家人已确认', icon: 'success' })
      onChanged()
    } catch (e) {
      const failure = toApiError(e)
      setError(failure.fields.code ?? failure.message)
    } finally {
      setBusy(false)
    }
  }

  const remove = async () => {
    const { confirm: ok } = await Taro.showModal({ title: '解除家人', content: `解除后不能再为${member.name}申请新的事项，已提交的办件不受影响。`, confirmText: '解除', cancelText: '取消' })
    if (!ok) return
    try {
      await removeFamilyMember(member.id)
      onChanged()
    } catch (e) {
      void Taro.showToast({ title: toApiError(e).message, icon: 'none' })
    }
  }

  const label = `${member.name}（${FAMILY_RELATION_LABELS[member.relation]}）`
  return (
    <View className='family__member' role='listitem'>
      <Text className='family__name'>{label}</Text>
      <Text className='family__meta'>{`身份证号 ${member.idNumber}`}</Text>
      <Text className={`family__meta family__status--${member.status}`}>
        {member.status === 'revoked' ? (member.revokedBy === 'member' ? '家人已撤销授权' : '已解除') : FAMILY_STATUS_LABELS[member.status]}
      </Text>
      {member.status === 'pending' && (
        <>
          <FieldInput
            field={CODE_FIELD}
            value={code}
            error={error}
            idPrefix={`family-code-${member.id}`}
            onChange={(value) => setCode(String(value))}
            onPick={(value) => setCode(String(value))}
            onBlur={() => undefined}
          />
          <Button className='family__primary' disabled={busy || undefined} aria-label={`确认${label}`} onClick={() => void confirm()}>
            {busy ? '正在确认…' : '确认'}
          </Button>
        </>
      )}
      {member.status !== 'revoked' && (
        <Button className='family__secondary' aria-label={`解除${label}`} onClick={() => void remove()}>解除</Button>
      )}
    </View>
  )
}

function AddMember({ onAdded }: { onAdded: () => void }) {
  const [values, setValues] = useState<Record<string, FieldDraftValue>>({})
  const [errors, setErrors] = useState<Record<string, string>>({})
  const [formError, setFormError] = useState('')
  const [busy, setBusy] = useState(false)
  // One key per member being added: a double tap or a retry after a lost answer adds them once.
  const key = useRef(createIdempotencyKey())

  const set = (field: string, value: FieldDraftValue) => setValues((v) => ({ ...v, [field]: value }))
  const leave = (field: string) => {
    const found = checkFields(MEMBER_FIELDS, values).errors
    setErrors((e) => {
      const next = { ...e }
      if (found[field] && String(values[field] ?? '').trim() !== '') next[field] = found[field]
      else delete next[field]
      return next
    })
  }

  const submit = async () => {
    if (busy) return
    const checked = checkFields(MEMBER_FIELDS, values)
    setErrors(checked.errors)
    setFormError('')
    if (Object.keys(checked.errors).length > 0) return
    setBusy(true)
    try {
      const input = { name: String(checked.values.name), idNumber: String(checked.values.idNumber), relation: checked.values.relation as FamilyRelation }
      await addFamilyMember(input, key.current)
      key.current = createIdempotencyKey()
      setValues({})
      void Taro.showToast({ title: '已添加，等待家人确认', icon: 'none' })
      onAdded()
    } catch (e) {
      const failure = toApiError(e)
      const typed = MEMBER_FIELDS.some((f) => failure.fields[f.key])
      if (typed) setErrors(failure.fields)
      else setFormError(failure.message)
      // A refused body made nothing: the corrected one is a new request.
      if (failure.kind === 'validation') key.current = createIdempotencyKey()
    } finally {
      setBusy(false)
    }
  }

  return (
    <View className='family__card' role='region' aria-label='添加家人'>
      <Text className='family__title' role='heading' aria-level={2}>添加家人</Text>
      <FieldList
        fields={MEMBER_FIELDS}
        values={values}
        errors={errors}
        idPrefix='family-add'
        onChange={set}
        onPick={set}
        onBlur={leave}
        onRegionChange={() => undefined}
      />
      {formError && <Text className='family__error' role='alert'>{formError}</Text>}
      <Button className='family__primary' disabled={busy || undefined} onClick={() => void submit()}>{busy ? '正在添加…' : '添加家人'}</Button>
    </View>
  )
}

function RequestList({ state }: { state: ListState<FamilyAuthorization> }) {
  if (!state.data || state.data.length === 0) {
    if (state.error) return <ErrorState error={state.error} onRetry={() => void state.reload()} />
    return null
  }
  return (
    <View className='family__card' role='region' aria-label='谁申请为我办事'>
      <Text className='family__title' role='heading' aria-level={2}>谁申请为我办事</Text>
      <View role='list'>
        {state.data.map((request) => (
          <RequestRow key={request.id} request={request} onChanged={() => void state.reload()} />
        ))}
      </View>
    </View>
  )
}

function RequestRow({ request, onChanged }: { request: FamilyAuthorization; onChanged: () => void }) {
  const revoke = async () => {
    const pending = request.status === 'pending'
    const { confirm } = await Taro.showModal({
      title: pending ? '不同意代办' : '撤销授权',
      content: pending ? `不同意${request.requester.name}为您办事？确认码将作废。` : `撤销后${request.requester.name}不能再为您申请新的事项，已提交的办件仍可查看。`,
      confirmText: pending ? '不同意' : '撤销授权',
      cancelText: '取消',
    })
    if (!confirm) return
    try {
      await revokeAuthorization(request.id)
      onChanged()
    } catch (e) {
      void Taro.showToast({ title: toApiError(e).message, icon: 'none' })
    }
  }
  return (
    <View className='family__member' role='listitem'>
      <Text className='family__name'>{`${request.requester.name} 申请为您办事`}</Text>
      <Text className='family__meta'>{`对方填写：您是其${FAMILY_RELATION_LABELS[request.relation]}，姓名 ${request.memberName}`}</Text>
      {request.status === 'pending' && request.code ? (
        <>
          <Text className='family__meta'>同意由其代办的，请把确认码告诉对方：</Text>
          <Text className='family__code' aria-label={`确认码 ${request.code.split('').join(' ')}`}>{request.code}</Text>
        </>
      ) : (
        <Text className={`family__meta family__status--${request.status}`}>{request.status === 'confirmed' ? '已授权，对方可以为您办事' : '授权已撤销'}</Text>
      )}
      {request.status !== 'revoked' && (
        <Button className='family__secondary' onClick={() => void revoke()}>{request.status === 'pending' ? '不同意' : '撤销授权'}</Button>
      )}
    </View>
  )
}
