import Taro, { useDidShow, usePullDownRefresh } from '@tarojs/taro'
import { Button, Text, View } from '@tarojs/components'
import { useRef, useState } from 'react'
import type { PendingRating, Rating, RatingLevel } from '@contract/rating'
import { EmptyState, ErrorState, LoadingState } from '@/components/status-view'
import { MINE_TAB_PATH } from '@/constants/routes'
import { COMMENT_MAX, isBadRating, LEVEL_LABELS, TAG_LABELS } from '@/domain/rating-rules'
import { useRequest } from '@/hooks/use-request'
import { followUpRating, listMyRatings, listPendingRatings } from '@/services/api/ratings'
import { toApiError } from '@/services/http'
import { useSessionStore } from '@/stores/session-store'
import { navigate } from '@/utils/navigate'
import { formatDate, formatDateTime } from '../format'
import { openCase, openRate } from '../navigation'
import { LevelChoice, LevelStars } from './level-choice'
import { DEFAULT_NOTE } from './rate-screen'
import { TextField } from './text-field'
import './rating.scss'

export type RatingsTab = 'mine' | 'pending'

const TABS: { key: RatingsTab; label: string }[] = [
  { key: 'mine', label: '我的评价' },
  { key: 'pending', label: '待评价' },
]

/** 我的评价 (each rating with the department's reply and the follow-up) and 待评价, as two tabs. */
export function RatingsScreen({ initialTab }: { initialTab: RatingsTab }) {
  const token = useSessionStore((s) => s.token)
  const [tab, setTab] = useState<RatingsTab>(initialTab)
  const mine = useRequest(listMyRatings, [token], { enabled: Boolean(token) })
  const pending = useRequest(listPendingRatings, [token], { enabled: Boolean(token) })

  // Back from the rating form, both lists have moved: the rated case leaves 待评价 for 我的评价.
  const shown = useRef(false)
  useDidShow(() => {
    if (shown.current && token) {
      void mine.reload()
      void pending.reload()
    }
    shown.current = true
  })
  usePullDownRefresh(() => {
    void Promise.all([mine.reload(), pending.reload()]).finally(() => Taro.stopPullDownRefresh())
  })

  if (!token) {
    return (
      <View className='rating-page'>
        <Text className='rating-page__title' role='heading' aria-level={1}>我的评价</Text>
        <EmptyState title='登录后查看' hint='登录后可以评价办结的办件，查看部门对差评的答复。' />
        <Button className='rating-page__primary' onClick={() => void navigate(MINE_TAB_PATH)}>去登录</Button>
      </View>
    )
  }

  const pendingCount = pending.data?.total
  return (
    <View className='rating-page'>
      <Text className='rating-page__title' role='heading' aria-level={1}>我的评价</Text>
      <View className='rating-page__tabs' role='tablist' aria-label='评价'>
        {TABS.map(({ key, label }) => {
          const text = key === 'pending' && pendingCount ? `${label}（${pendingCount}）` : label
          return (
            <Button
              key={key}
              className={`rating-page__tab${tab === key ? ' rating-page__tab--active' : ''}`}
              role='tab'
              aria-selected={tab === key}
              onClick={() => setTab(key)}
            >
              {text}
            </Button>
          )
        })}
      </View>
      {tab === 'mine' ? (
        <View role='tabpanel' aria-label='我的评价'>
          {mine.error && !mine.data && <ErrorState error={mine.error} onRetry={() => void mine.reload()} />}
          {mine.loading && !mine.data && <LoadingState />}
          {mine.data && mine.data.items.length === 0 && <EmptyState title='还没有评价' hint='办件办结后，可以在「待评价」里评价。' />}
          {mine.data?.items.map((rating) => <RatingCard key={rating.id} rating={rating} onChanged={mine.reload} />)}
        </View>
      ) : (
        <View role='tabpanel' aria-label='待评价'>
          {pending.error && !pending.data && <ErrorState error={pending.error} onRetry={() => void pending.reload()} />}
          {pending.loading && !pending.data && <LoadingState />}
          {pending.data && pending.data.items.length === 0 && <EmptyState title='没有待评价的办件' hint='办件办结后会出现在这里。' />}
          {pending.data?.items.map((p) => <PendingCard key={p.caseNo} pending={p} />)}
        </View>
      )}
    </View>
  )
}

function PendingCard({ pending }: { pending: PendingRating }) {
  return (
    <View className='rating-card' role='group' aria-label={`${pending.item.name}，待评价`}>
      <Text className='rating-card__name' role='heading' aria-level={2}>{pending.item.name}</Text>
      <Fact label='办件编号' value={pending.caseNo} />
      <Fact label='办理部门' value={pending.department.name} />
      <Fact label='办结时间' value={formatDateTime(pending.concludedAt)} />
      <Fact label='评价截止' value={formatDateTime(pending.rateBy)} />
      <Text className='rating-page__meta'>逾期未评价，系统默认记为「满意」。</Text>
      <Button className='rating-page__primary' aria-label={`去评价 ${pending.item.name}`} onClick={() => void openRate(pending.caseNo)}>去评价</Button>
    </View>
  )
}

function Fact({ label, value }: { label: string; value: string }) {
  return (
    <View className='rating-card__fact'>
      <Text className='rating-card__label'>{label}</Text>
      <Text className='rating-card__value'>{value}</Text>
    </View>
  )
}

function RatingCard({ rating, onChanged }: { rating: Rating; onChanged: () => Promise<void> }) {
  const bad = isBadRating(rating.level)
  const byDefault = rating.source === 'default'
  return (
    <View className='rating-card' role='group' aria-label={`${rating.item.name}，${LEVEL_LABELS[rating.level]}`}>
      <View className='rating-card__head'>
        <Text className='rating-card__name' role='heading' aria-level={2}>{rating.item.name}</Text>
        <Text className={`rating-card__badge${bad ? ' rating-card__badge--bad' : ''}`}>{byDefault ? '系统默认' : bad ? '差评' : '已评价'}</Text>
      </View>
      <View className='rating-card__fact'>
        <Text className='rating-card__label'>评价</Text>
        <View className='rating-card__value'>
          <Text>{`${LEVEL_LABELS[rating.level]} `}</Text>
          <LevelStars level={rating.level} />
        </View>
      </View>
      {byDefault && <Text className='rating-page__meta'>{DEFAULT_NOTE}</Text>}
      {rating.tags.length > 0 && <Fact label='原因' value={rating.tags.map((t) => TAG_LABELS[t]).join('、')} />}
      {rating.comment && <Fact label='评价内容' value={rating.comment} />}
      <Fact label='办件编号' value={rating.caseNo} />
      <Fact label='办理部门' value={rating.department.name} />
      <Fact label='评价时间' value={formatDateTime(rating.ratedAt)} />
      {bad && <ReplyBox rating={rating} />}
      {rating.followUp && (
        <View className='rating-card__box' role='region' aria-label='回访评价'>
          <Text className='rating-card__box-title'>{`回访评价：${LEVEL_LABELS[rating.followUp.level]}`}</Text>
          {rating.followUp.comment && <Text className='rating-page__text'>{rating.followUp.comment}</Text>}
          <Text className='rating-page__meta'>{formatDateTime(rating.followUp.at)}</Text>
        </View>
      )}
      {rating.canFollowUp && <FollowUpForm rating={rating} onDone={onChanged} />}
      <Button className='rating-card__action' aria-label={`查看办件 ${rating.caseNo}`} onClick={() => void openCase(rating.caseNo)}>查看办件</Button>
    </View>
  )
}

/** The department's answer to a bad rating, or how long it has to give one. */
function ReplyBox({ rating }: { rating: Rating }) {
  if (!rating.reply) {
    return (
      <View className='rating-card__box' role='region' aria-label='部门答复'>
        <Text className='rating-card__waiting'>
          {`等待部门答复${rating.replyDueBy ? `（答复期限 ${formatDate(rating.replyDueBy)}）` : ''}`}
        </Text>
        {rating.replyOverdue && <Text className='rating-card__overdue'>已超过答复期限，已督促部门尽快答复</Text>}
      </View>
    )
  }
  return (
    <View className='rating-card__box' role='region' aria-label='部门答复'>
      <Text className='rating-card__box-title'>部门答复</Text>
      <Text className='rating-page__text'>{rating.reply.text}</Text>
      <Text className='rating-card__box-title'>整改措施</Text>
      <Text className='rating-page__text'>{rating.reply.rectification}</Text>
      <Text className='rating-page__meta'>{`答复时间 ${formatDateTime(rating.reply.repliedAt)}`}</Text>
    </View>
  )
}

/** 回访评价: one rating of the department's reply, the same five levels and an optional comment. */
function FollowUpForm({ rating, onDone }: { rating: Rating; onDone: () => Promise<void> }) {
  const [open, setOpen] = useState(false)
  const [level, setLevel] = useState<RatingLevel | null>(null)
  const [comment, setComment] = useState('')
  const [busy, setBusy] = useState(false)
  const [error, setError] = useState('')
  const sending = useRef(false)

  if (!open) {
    return <Button className='rating-page__primary' onClick={() => setOpen(true)}>回访评价</Button>
  }

  async function submit() {
    if (sending.current || level === null) return
    sending.current = true
    setBusy(true)
    setError('')
    try {
      await followUpRating(rating.id, { level, comment: comment.trim() })
      void Taro.showToast({ title: '回访评价已提交', icon: 'success' })
      await onDone()
    } catch (e) {
      setError(toApiError(e).message)
      sending.current = false
    } finally {
      setBusy(false)
    }
  }

  return (
    <View className='rating-card__box' role='region' aria-label='回访评价表'>
      <Text className='rating-card__box-title' role='heading' aria-level={3}>您对部门的答复和整改满意吗？</Text>
      <LevelChoice value={level} label='回访满意程度' onChange={setLevel} />
      <TextField
        id={`follow-up-${rating.id}`}
        label='补充说明（选填）'
        value={comment}
        max={COMMENT_MAX}
        placeholder='整改后的情况如何'
        onChange={setComment}
      />
      {error && <Text className='rating-page__error' role='alert'>{error}</Text>}
      <Button
        className='rating-page__primary'
        disabled={level === null || busy || undefined}
        onClick={() => void submit()}
      >
        {busy ? '正在提交…' : '提交回访评价'}
      </Button>
      {level === null && <Text className='rating-page__blocked'>请选择满意程度后才能提交</Text>}
      <Button className='rating-page__secondary' onClick={() => setOpen(false)}>暂不评价</Button>
    </View>
  )
}
