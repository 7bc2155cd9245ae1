import { useRouter } from '@tarojs/taro'
import { Button, Text, Textarea, View } from '@tarojs/components'
import dayjs from 'dayjs'
import { useRef, useState } from 'react'
import type { AssistRequest, AssistRequestStatus } from '@contract/application'
import { ErrorState, LoadingState } from '@/components/status-view'
import { PageShell } from '@/components/page-shell'
import { PrivacyGate } from '@/components/privacy-notice'
import { guidePageUrl, MINE_TAB_PATH } from '@/constants/routes'
import { checkPhone } from '@/domain/identity'
import { ASSIST_NOTE_CHARS, countChars } from '@/domain/text'
import { RadioChip } from '@/components/form-fields'
import { IdentityInput } from '@/features/apply/components/identity-form'
import { messageOf, normalisedBy, useCheckedForm } from '@/features/apply/hooks/use-checked-form'
import { goBack, navigate } from '@/utils/navigate'
import { routeParam } from '@/utils/route-param'
import { useRequest } from '@/hooks/use-request'
import { createAssistRequest, listAssistRequests } from '@/services/api/assist'
import { toApiError } from '@/services/http'
import { createIdempotencyKey } from '@/utils/idempotency-key'
import { getGuide } from '@/services/api/items'
import { useSessionStore } from '@/stores/session-store'
import './index.scss'

const PREFERRED_TIMES = ['工作日上午', '工作日下午', '周末', '都可以'] as const

// The server's limit (POST /assist-requests checks the same count).
const NOTE_MAX = ASSIST_NOTE_CHARS.max

const STATUS_LABEL: Record<AssistRequestStatus, string> = {
  pending: '待联系',
  contacted: '已联系',
  closed: '已办结',
}

/** 帮办代办: /packages/apply/assist/index?itemId=… (from a guide). */
export default function AssistPage() {
  const router = useRouter()
  const itemId = routeParam(router.params.itemId)
  const signedIn = useSessionStore((s) => s.user !== null)
  const guide = useRequest(() => getGuide(itemId), [itemId], { enabled: itemId !== '' })
  const mine = useRequest(listAssistRequests, [signedIn], { enabled: signedIn })
  const [created, setCreated] = useState<AssistRequest | null>(null)

  const forItem = (mine.data ?? []).filter((r) => r.item.id === itemId)

  return (
    <PageShell className='assist-page'>
      <Text className='assist-page__title' role='heading' aria-level={1}>帮办代办</Text>
      {guide.data && <Text className='assist-page__item'>{`事项：${guide.data.name}`}</Text>}
      {!guide.data && guide.error && <ErrorState error={guide.error} onRetry={() => void guide.reload()} />}
      {!guide.data && guide.loading && <LoadingState text='正在加载事项…' />}
      {itemId === '' && <Text className='assist-page__text'>没有指定事项，请从办事指南页点「帮办代办」进入。</Text>}

      {guide.data && !signedIn && (
        <View className='assist-page__card'>
          <Text className='assist-page__text'>申请帮办代办前请先登录，方便工作人员核对您的身份。</Text>
          <Button className='assist-page__primary' onClick={() => void navigate(MINE_TAB_PATH)}>去登录</Button>
        </View>
      )}

      {guide.data && signedIn && (created ? (
        <Created request={created} />
      ) : (
        <>
          <Text className='assist-page__intro'>自己办有困难？工作人员可以电话指导、帮您准备材料，或代为申报。</Text>
          <PrivacyGate>
            <AssistForm
              itemId={itemId}
              onCreated={(request) => {
                setCreated(request)
                void mine.reload()
              }}
            />
          </PrivacyGate>
        </>
      ))}

      {signedIn && forItem.length > 0 && (
        <View className='assist-page__card'>
          <Text className='assist-page__subtitle' role='heading' aria-level={2}>我对本事项的帮办申请</Text>
          {forItem.map((request) => (
            <View key={request.id} className='assist-page__request'>
              <Text className='assist-page__request-no'>{`编号 ${request.id}`}</Text>
              <Text className='assist-page__meta'>{`${dayjs(request.createdAt).format('YYYY年M月D日 HH:mm')} · ${STATUS_LABEL[request.status]}`}</Text>
              <Text className='assist-page__meta'>{`联系电话 ${request.phone}${request.preferredTime ? ` · ${request.preferredTime}` : ''}`}</Text>
              <Text className='assist-page__meta'>{request.note}</Text>
            </View>
          ))}
        </View>
      )}
    </PageShell>
  )
}

function Created({ request }: { request: AssistRequest }) {
  return (
    <View className='assist-page__card assist-page__card--done' role='status'>
      <Text className='assist-page__done'>✓ 帮办申请已提交</Text>
      <Text className='assist-page__text'>{`申请编号：${request.id}`}</Text>
      <Text className='assist-page__subtitle' role='heading' aria-level={2}>接下来</Text>
      <Text className='assist-page__text'>{`工作人员将在 1 个工作日内电话联系您（${request.phone}）${request.preferredTime && request.preferredTime !== '都可以' ? `，尽量安排在${request.preferredTime}` : ''}，请留意来电。`}</Text>
      <Text className='assist-page__text'>如需补充说明，可拨打办事指南上的咨询电话，并报上申请编号。</Text>
      <Button className='assist-page__secondary' onClick={() => void goBack(guidePageUrl(request.item.id))}>返回办事指南</Button>
    </View>
  )
}

/** The note: what the person needs help with, in words, within NOTE_MAX characters. */
function checkNote(note: string): string | undefined {
  const length = countChars(note.trim())
  if (length === 0) return '请说明需要帮什么'
  if (length > NOTE_MAX) return `最多 ${NOTE_MAX} 个字，现在是 ${length} 个`
  return undefined
}

function AssistForm({ itemId, onCreated }: { itemId: string; onCreated: (request: AssistRequest) => void }) {
  // The phone starts empty on purpose, not with the profile's: the number to call may be a family member's (SPEC §6, collect only what is needed).
  const form = useCheckedForm({ phone: messageOf(checkPhone), note: checkNote }, ['preferredTime'])
  const { values, errors } = form
  const [preferredTime, setPreferredTime] = useState<string>('都可以')
  // Born at the first attempt and kept until one succeeds: a retry after a lost answer, or a double
  // tap, asks for the same request instead of a second call-back.
  const submitKey = useRef<string | null>(null)

  const submit = () =>
    form.submit(async ({ phone, note }) => {
      submitKey.current ??= createIdempotencyKey()
      try {
        const created = await createAssistRequest({ itemId, phone: normalisedBy(checkPhone, phone), note: note.trim(), preferredTime }, submitKey.current)
        submitKey.current = null
        onCreated(created)
      } catch (e) {
        // The server refused the content, so nothing was created: a corrected retry is a new request.
        if (toApiError(e).kind === 'validation') submitKey.current = null
        throw e
      }
    })

  const noteLength = countChars(values.note)
  return (
    <View className='assist-page__card'>
      <IdentityInput
        id='assist-phone'
        label='联系电话'
        type='phone'
        placeholder='11 位手机号，本人或家人均可'
        maxlength={20}
        {...form.field('phone')}
      />
      <View className={`assist-page__field${errors.note ? ' assist-page__field--error' : ''}`}>
        <Text id='assist-note-label' className='assist-page__label'>需要帮什么</Text>
        <Textarea
          className='assist-page__textarea'
          value={values.note}
          maxlength={NOTE_MAX}
          placeholder='例如：不会在手机上拍材料，想请工作人员代为申报'
          placeholderClass='assist-page__placeholder'
          ariaLabel='需要帮什么'
          nativeProps={{ 'aria-labelledby': 'assist-note-label', 'aria-describedby': errors.note ? 'assist-note-error' : undefined, 'aria-invalid': errors.note ? 'true' : undefined }}
          onInput={(e) => form.set('note', e.detail.value)}
          onBlur={() => form.leave('note')}
        />
        <Text className='assist-page__meta'>{`${noteLength}/${NOTE_MAX}`}</Text>
        {errors.note && <Text id='assist-note-error' className='assist-page__error' role='alert'>{errors.note}</Text>}
      </View>
      <View className='assist-page__field'>
        <Text id='assist-time-label' className='assist-page__label'>方便接电话的时间</Text>
        <View className='assist-page__chips' role='radiogroup' aria-labelledby='assist-time-label'>
          {PREFERRED_TIMES.map((time) => (
            <RadioChip key={time} className='assist-page__chip' checked={preferredTime === time} label={time} ariaLabel={time} onClick={() => setPreferredTime(time)} />
          ))}
        </View>
        {errors.preferredTime && <Text className='assist-page__error' role='alert'>{errors.preferredTime}</Text>}
      </View>
      {form.formError && <Text className='assist-page__error' role='alert'>{form.formError}</Text>}
      <Button className='assist-page__primary' disabled={form.busy || undefined} onClick={() => void submit()}>
        {form.busy ? '正在提交…' : '提交帮办申请'}
      </Button>
    </View>
  )
}
