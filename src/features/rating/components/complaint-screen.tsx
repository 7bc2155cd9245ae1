import Taro, { useDidShow, usePullDownRefresh } from '@tarojs/taro'
import { Button, Text, View } from '@tarojs/components'
import { useRef, useState } from 'react'
import type { Complaint, ComplaintKind } from '@contract/rating'
import { EmptyState, ErrorState, LoadingState } from '@/components/status-view'
import { MINE_TAB_PATH } from '@/constants/routes'
import { COMPLAINT_CHARS } from '@/domain/text'
import { useRequest } from '@/hooks/use-request'
import { listCases } from '@/services/api/cases'
import { listMyComplaints, submitComplaint } from '@/services/api/complaints'
import { toApiError } from '@/services/http'
import { useSessionStore } from '@/stores/session-store'
import { createIdempotencyKey } from '@/utils/idempotency-key'
import { navigate } from '@/utils/navigate'
import {
  checkComplaintContent,
  COMPLAINT_KIND_HINTS,
  COMPLAINT_KIND_LABELS,
  COMPLAINT_KINDS,
  COMPLAINT_STATUS_LABELS,
  formatDateTime,
} from '../format'
import { TextField } from './text-field'
import './rating.scss'

/** 办不成事反映 / 投诉建议: a new one (optionally about one of the person's cases), then the earlier ones with their replies. */
export function ComplaintScreen({ caseNo }: { caseNo: string }) {
  const token = useSessionStore((s) => s.token)
  const mine = useRequest(listMyComplaints, [token], { enabled: Boolean(token) })
  const shown = useRef(false)
  useDidShow(() => {
    if (shown.current && token) void mine.reload()
    shown.current = true
  })
  usePullDownRefresh(() => {
    void (token ? mine.reload() : Promise.resolve()).finally(() => Taro.stopPullDownRefresh())
  })

  if (!token) {
    return (
      <View className='rating-page'>
        <Text className='rating-page__title' role='heading' aria-level={1}>办不成事反映 · 投诉建议</Text>
        <EmptyState title='登录后反映' hint='反映的问题会有编号，部门答复后可以在这里查看。' />
        <Button className='rating-page__primary' onClick={() => void navigate(MINE_TAB_PATH)}>去登录</Button>
      </View>
    )
  }
  return (
    <View className='rating-page'>
      <Text className='rating-page__title' role='heading' aria-level={1}>办不成事反映 · 投诉建议</Text>
      <Text className='rating-page__intro'>按规定应该办却没办成的事、对服务的投诉和建议，都可以在这里反映。每条反映都有编号，答复后在下方「我的反映」查看。</Text>
      <ComplaintForm caseNo={caseNo} onSent={mine.reload} />
      <View className='rating-page__card' role='region' aria-label='我的反映'>
        <Text className='rating-page__subtitle' role='heading' aria-level={2}>我的反映</Text>
        {mine.error && !mine.data && <ErrorState error={mine.error} onRetry={() => void mine.reload()} />}
        {mine.loading && !mine.data && <LoadingState />}
        {mine.data && mine.data.items.length === 0 && <Text className='rating-page__meta'>还没有反映过问题。</Text>}
      </View>
      {mine.data?.items.map((complaint) => <ComplaintCard key={complaint.id} complaint={complaint} />)}
    </View>
  )
}

function ComplaintForm({ caseNo, onSent }: { caseNo: string; onSent: () => Promise<void> }) {
  const cases = useRequest(() => listCases({ page: 1, pageSize: 50 }), [])
  const [kind, setKind] = useState<ComplaintKind | null>(caseNo ? 'cannot-do' : null)
  const [content, setContent] = useState('')
  const [linked, setLinked] = useState(caseNo)
  const [errors, setErrors] = useState<Record<string, string>>({})
  const [formError, setFormError] = useState('')
  const [busy, setBusy] = useState(false)
  const [sent, setSent] = useState<Complaint | null>(null)
  const sending = useRef(false)
  // Born at the first attempt and kept until one succeeds, so a retry after a lost answer or a
  // double tap files one complaint, not two.
  const submitKey = useRef<string | null>(null)

  async function submit() {
    if (sending.current) return
    const found: Record<string, string> = {}
    if (!kind) found.kind = '请选择反映的类型'
    const contentProblem = checkComplaintContent(content)
    if (contentProblem) found.content = contentProblem
    setErrors(found)
    setFormError('')
    if (!kind || Object.keys(found).length > 0) return
    sending.current = true
    setBusy(true)
    try {
      submitKey.current ??= createIdempotencyKey()
      const complaint = await submitComplaint({ kind, content: content.trim(), caseNo: linked || null }, submitKey.current)
      submitKey.current = null
      setSent(complaint)
      setContent('')
      setKind(null)
      setLinked('')
      void Taro.showToast({ title: '已提交', icon: 'success' })
      await onSent()
    } catch (e) {
      const error = toApiError(e)
      // The server refused the content, so nothing was filed: a corrected retry is a new submission.
      if (error.kind === 'validation') submitKey.current = null
      setErrors(error.fields)
      setFormError(error.message)
    } finally {
      sending.current = false
      setBusy(false)
    }
  }

  if (sent) {
    return (
      <View className='rating-page__card' role='status'>
        <Text className='rating-page__success'>✓ 已提交</Text>
        <Text className='rating-page__text'>{`${COMPLAINT_KIND_LABELS[sent.kind]}编号 ${sent.id}`}</Text>
        <Text className='rating-page__meta'>请记下编号。部门处理答复后，可以在下方「我的反映」查看。</Text>
        <Button className='rating-page__secondary' onClick={() => setSent(null)}>再反映一条</Button>
      </View>
    )
  }

  const caseChoices = cases.data?.items ?? []
  const linkedKnown = !linked || caseChoices.some((c) => c.caseNo === linked)
  return (
    <View className='rating-page__card' role='region' aria-label='我要反映'>
      <Text className='rating-page__subtitle' role='heading' aria-level={2}>我要反映</Text>

      <Text id='complaint-kind-label' className='rating-field__label'>类型</Text>
      <View className='rating-levels' role='radiogroup' aria-labelledby='complaint-kind-label'>
        {COMPLAINT_KINDS.map((k) => (
          <Button
            key={k}
            className={`rating-levels__option${kind === k ? ' rating-levels__option--checked' : ''}`}
            role='radio'
            aria-checked={kind === k}
            aria-label={COMPLAINT_KIND_LABELS[k]}
            onClick={() => { setKind(k); setErrors((e) => ({ ...e, kind: '' })) }}
          >
            <View className={`rating-levels__mark${kind === k ? ' rating-levels__mark--checked' : ''}`} aria-hidden />
            <View className='rating-levels__words'>
              <Text>{COMPLAINT_KIND_LABELS[k]}</Text>
              <Text className='rating-page__meta'>{COMPLAINT_KIND_HINTS[k]}</Text>
            </View>
          </Button>
        ))}
      </View>
      {errors.kind && <Text className='rating-page__error' role='alert'>{errors.kind}</Text>}

      <TextField
        id='complaint-content'
        label='反映内容'
        value={content}
        max={COMPLAINT_CHARS.max}
        placeholder={`请说明什么事、在哪里、遇到了什么问题（${COMPLAINT_CHARS.min} 到 ${COMPLAINT_CHARS.max} 个字）`}
        error={errors.content || null}
        onChange={(value) => { setContent(value); if (errors.content) setErrors((e) => ({ ...e, content: '' })) }}
      />

      <Text id='complaint-case-label' className='rating-field__label'>关联办件（选填）</Text>
      <View className='rating-levels' role='radiogroup' aria-labelledby='complaint-case-label'>
        <CaseOption checked={!linked} title='不关联办件' onClick={() => setLinked('')} />
        {!linkedKnown && <CaseOption checked title={`办件 ${linked}`} onClick={() => setLinked(linked)} />}
        {caseChoices.map((c) => (
          <CaseOption key={c.caseNo} checked={linked === c.caseNo} title={c.item.name} note={c.caseNo} onClick={() => setLinked(c.caseNo)} />
        ))}
      </View>
      {cases.error && <Text className='rating-page__meta'>{`办件列表加载失败：${cases.error.message}`}</Text>}
      {errors.caseNo && <Text className='rating-page__error' role='alert'>{errors.caseNo}</Text>}

      {formError && <Text className='rating-page__error' role='alert'>{formError}</Text>}
      <Button className='rating-page__primary' disabled={busy || undefined} onClick={() => void submit()}>
        {busy ? '正在提交…' : '提交'}
      </Button>
    </View>
  )
}

function CaseOption({ checked, title, note, onClick }: { checked: boolean; title: string; note?: string; onClick: () => void }) {
  return (
    <Button
      className={`rating-levels__option${checked ? ' rating-levels__option--checked' : ''}`}
      role='radio'
      aria-checked={checked}
      aria-label={note ? `${title} ${note}` : title}
      onClick={onClick}
    >
      <View className={`rating-levels__mark${checked ? ' rating-levels__mark--checked' : ''}`} aria-hidden />
      <View className='rating-levels__words'>
        <Text>{title}</Text>
        {note && <Text className='rating-page__meta'>{note}</Text>}
      </View>
    </Button>
  )
}

function ComplaintCard({ complaint }: { complaint: Complaint }) {
  const state = COMPLAINT_STATUS_LABELS[complaint.status]
  return (
    <View className='complaint-card' role='group' aria-label={`${COMPLAINT_KIND_LABELS[complaint.kind]} ${complaint.id}，${state}`}>
      <View className='complaint-card__head'>
        <Text className='complaint-card__kind' role='heading' aria-level={3}>{COMPLAINT_KIND_LABELS[complaint.kind]}</Text>
        <Text className={`complaint-card__state${complaint.status === 'replied' ? ' complaint-card__state--replied' : ''}`}>{state}</Text>
      </View>
      <Text className='rating-page__meta'>{`编号 ${complaint.id}`}</Text>
      <Text className='rating-page__meta'>{`提交时间 ${formatDateTime(complaint.createdAt)}`}</Text>
      {complaint.caseNo && <Text className='rating-page__meta'>{`关联办件 ${complaint.caseNo}`}</Text>}
      <Text className='complaint-card__text'>{complaint.content}</Text>
      {complaint.reply ? (
        <View className='complaint-card__box' role='region' aria-label='答复'>
          <Text className='complaint-card__box-title'>答复</Text>
          <Text className='complaint-card__text'>{complaint.reply.text}</Text>
          <Text className='rating-page__meta'>{`答复时间 ${formatDateTime(complaint.reply.repliedAt)}`}</Text>
        </View>
      ) : (
        <Text className='rating-page__meta'>正在处理，答复后会显示在这里。</Text>
      )}
    </View>
  )
}
