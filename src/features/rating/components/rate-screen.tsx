import Taro from '@tarojs/taro'
import { Button, Text, View } from '@tarojs/components'
import { useRef, useState } from 'react'
import type { Case } from '@contract/case'
import type { Rating, RatingLevel, RatingTag } from '@contract/rating'
import { EmptyState, ErrorState, LoadingState } from '@/components/status-view'
import { MINE_TAB_PATH } from '@/constants/routes'
import { COMMENT_MAX, isBadRating, LEVEL_LABELS, ratingProblem, REPLY_WORKING_DAYS } from '@/domain/rating-rules'
import { countChars } from '@/domain/text'
import { useRequest } from '@/hooks/use-request'
import { getCase } from '@/services/api/cases'
import { rateCase } from '@/services/api/ratings'
import { toApiError } from '@/services/http'
import type { ApiError } from '@/services/api-error'
import { useSessionStore } from '@/stores/session-store'
import { navigate } from '@/utils/navigate'
import { formatDate, formatDateTime } from '../format'
import { backToCase, openMyRatings } from '../navigation'
import { LevelChoice, TagChoice } from './level-choice'
import { TextField } from './text-field'
import './rating.scss'

export const DEFAULT_NOTE = '系统默认好评（7 天内未评价，默认记为「满意」）'

/** 评价办件: the five levels; a bad rating asks for a reason; sent once, then thanks and back to the case. */
export function RateScreen({ caseNo }: { caseNo: string }) {
  const signedIn = useSessionStore((s) => s.token !== null)
  const found = useRequest(() => getCase(caseNo), [caseNo], { enabled: signedIn && caseNo !== '' })
  const [rated, setRated] = useState<Rating | null>(null)

  if (!signedIn) {
    return (
      <View className='rating-page'>
        <EmptyState title='登录后评价' hint='只有申请人本人可以评价自己的办件。' />
        <Button className='rating-page__primary' onClick={() => void navigate(MINE_TAB_PATH)}>去登录</Button>
      </View>
    )
  }
  if (rated) return <Thanks rating={rated} />
  const value = found.data
  if (!value) {
    if (caseNo === '' || found.error?.kind === 'not-found' || found.error?.kind === 'forbidden') {
      return <EmptyState title='没有找到这个办件' hint='请从「办件」或「待评价」进入评价。' />
    }
    if (found.error) return <ErrorState error={found.error} onRetry={() => void found.reload()} />
    return <LoadingState text='正在加载办件…' />
  }
  if (value.rating) return <AlreadyRated value={value} />
  if (value.status !== 'concluded') {
    return (
      <View className='rating-page'>
        <EmptyState title='办结后才能评价' hint='这个办件还没有办结，办结后可以在办件详情或「待评价」里评价。' />
      </View>
    )
  }
  return <RateForm value={value} onRated={setRated} />
}

function AlreadyRated({ value }: { value: Case }) {
  const rating = value.rating!
  return (
    <View className='rating-page'>
      <View className='rating-page__card'>
        <Text className='rating-page__title' role='heading' aria-level={1}>这个办件已经评价过了</Text>
        <Text className='rating-page__text'>{`您的评价：${LEVEL_LABELS[rating.level]}`}</Text>
        {rating.source === 'default' && <Text className='rating-page__meta'>{DEFAULT_NOTE}</Text>}
        <Text className='rating-page__meta'>每个办件只能评价一次。</Text>
        <Button className='rating-page__secondary' onClick={() => void openMyRatings()}>查看我的评价</Button>
      </View>
    </View>
  )
}

function RateForm({ value, onRated }: { value: Case; onRated: (rating: Rating) => void }) {
  const [level, setLevel] = useState<RatingLevel | null>(null)
  const [tags, setTags] = useState<RatingTag[]>([])
  const [comment, setComment] = useState('')
  const [busy, setBusy] = useState(false)
  const [failure, setFailure] = useState<ApiError | null>(null)
  // A second tap while the first is on its way must not send a second rating.
  const sending = useRef(false)

  const bad = level !== null && isBadRating(level)
  const problem = ratingProblem(level, bad ? tags : [])
  const commentTooLong = countChars(comment) > COMMENT_MAX

  async function submit() {
    if (sending.current || problem || commentTooLong || level === null) return
    sending.current = true
    setBusy(true)
    setFailure(null)
    try {
      const rating = await rateCase(value.caseNo, { level, tags: bad ? tags : [], comment: comment.trim() })
      void Taro.showToast({ title: '评价成功', icon: 'success' })
      onRated(rating)
    } catch (e) {
      setFailure(toApiError(e))
      sending.current = false
    } finally {
      setBusy(false)
    }
  }

  const conflict = failure?.kind === 'conflict'
  return (
    <View className='rating-page'>
      <View className='rating-page__card'>
        <Text className='rating-page__title' role='heading' aria-level={1}>评价办件</Text>
        <Text className='rating-page__text'>{value.item.name}</Text>
        <Text className='rating-page__meta'>{`办件编号 ${value.caseNo}`}</Text>
        <Text className='rating-page__meta'>{`办理部门 ${value.item.department.name}`}</Text>
        {value.rateBy && <Text className='rating-page__meta'>{`评价截止 ${formatDateTime(value.rateBy)}（逾期未评价默认记为「满意」）`}</Text>}
      </View>

      <View className='rating-page__card'>
        <Text className='rating-page__subtitle' role='heading' aria-level={2}>您对这次办理满意吗？</Text>
        <LevelChoice value={level} label='满意程度' onChange={(next) => { setLevel(next); setFailure(null) }} />
      </View>

      {bad && (
        <View className='rating-page__card'>
          <Text className='rating-page__subtitle' role='heading' aria-level={2}>不满意的原因</Text>
          <Text className={tags.length === 0 ? 'rating-page__error' : 'rating-page__meta'} role={tags.length === 0 ? 'alert' : undefined}>
            请至少选择一项不满意的原因
          </Text>
          <TagChoice value={tags} onChange={(next) => { setTags(next); setFailure(null) }} />
          {failure?.fields.tags && <Text className='rating-page__error' role='alert'>{failure.fields.tags}</Text>}
          <TextField
            id='rate-comment'
            label='具体情况（选填）'
            value={comment}
            max={COMMENT_MAX}
            placeholder='可以写下遇到的问题，部门会据此核实整改'
            hint={`部门将在 ${REPLY_WORKING_DAYS} 个工作日内核实并答复。评价内容不会公开。`}
            error={failure?.fields.comment ?? (commentTooLong ? `最多 ${COMMENT_MAX} 个字` : null)}
            onChange={setComment}
          />
        </View>
      )}

      {failure && (
        <View className='rating-page__card' role='alert'>
          <Text className='rating-page__error'>{failure.message}</Text>
          {conflict && <Button className='rating-page__secondary' onClick={() => void openMyRatings()}>查看我的评价</Button>}
        </View>
      )}

      <Button
        className='rating-page__primary'
        disabled={Boolean(problem) || commentTooLong || busy || undefined}
        aria-describedby={problem ? 'rate-blocked' : undefined}
        onClick={() => void submit()}
      >
        {busy ? '正在提交…' : '提交评价'}
      </Button>
      {problem && <Text id='rate-blocked' className='rating-page__blocked'>{`${problem}后才能提交`}</Text>}
    </View>
  )
}

function Thanks({ rating }: { rating: Rating }) {
  const bad = isBadRating(rating.level)
  return (
    <View className='rating-page'>
      <View className='rating-page__card' role='status'>
        <Text className='rating-page__success'>✓ 感谢您的评价</Text>
        <Text className='rating-page__title' role='heading' aria-level={1}>{`您的评价：${LEVEL_LABELS[rating.level]}`}</Text>
        <Text className='rating-page__text'>{rating.item.name}</Text>
        {bad && (
          <Text className='rating-page__text'>
            {`部门将在 ${REPLY_WORKING_DAYS} 个工作日内核实整改并答复${rating.replyDueBy ? `（答复期限 ${formatDate(rating.replyDueBy)}）` : ''}，答复后可在「我的评价」查看并回访评价。`}
          </Text>
        )}
        <Button className='rating-page__primary' onClick={() => void backToCase(rating.caseNo)}>返回办件</Button>
        <Button className='rating-page__secondary' onClick={() => void openMyRatings()}>查看我的评价</Button>
      </View>
    </View>
  )
}
