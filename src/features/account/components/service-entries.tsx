import { useDidShow } from '@tarojs/taro'
import { Button, Text, View } from '@tarojs/components'
import { useRef } from 'react'
import type { User } from '@contract/user'
import { cadreWorkbenchUrl, certificateRequestsUrl, complaintUrl, familyUrl, licensesUrl, myRatingsUrl } from '@/constants/routes'
import { useRequest } from '@/hooks/use-request'
import { listPendingRatings } from '@/services/api/ratings'
import { useSessionStore } from '@/stores/session-store'
import { navigate } from '@/utils/navigate'
import './account.scss'

/** 我的证明 for residents; 村务工作台 only for cadres, with the village they serve. */
export function CertificateEntry({ user }: { user: User }) {
  const cadre = user.role === 'cadre'
  const title = cadre ? '村务工作台' : '我的证明'
  const note = cadre ? `审核、出具${user.village ? `「${user.village.name}」的` : ''}村(居)证明` : '村(居)证明的申请进度和已出具的证明'
  const url = cadre ? cadreWorkbenchUrl() : certificateRequestsUrl()
  return (
    <View className='mine__card'>
      <Button className='mine__entry' onClick={() => void navigate(url)}>
        <View className='mine__row-text'>
          <Text className='mine__entry-title'>{title}</Text>
          <Text className='mine__meta'>{note}</Text>
        </View>
        <Text className='mine__entry-action'>进入</Text>
      </Button>
    </View>
  )
}

/** 家人 (为家人办): for residents, who may act for a parent; anyone verified sees there who asked to act for them. */
export function FamilyEntry() {
  return (
    <View className='mine__card'>
      <Button className='mine__entry' onClick={() => void navigate(familyUrl())}>
        <View className='mine__row-text'>
          <Text className='mine__entry-title'>家人</Text>
          <Text className='mine__meta'>为父母等家人办事；家人确认、撤销授权</Text>
        </View>
        <Text className='mine__entry-action'>进入</Text>
      </Button>
    </View>
  )
}

/** 我的电子证照: the licenses under the person's identity, a 一件事's 行业综合许可证 among them. */
export function LicensesEntry() {
  return (
    <View className='mine__card'>
      <Button className='mine__entry' onClick={() => void navigate(licensesUrl())}>
        <View className='mine__row-text'>
          <Text className='mine__entry-title'>我的电子证照</Text>
          <Text className='mine__meta'>身份证、营业执照、行业综合许可证等，办事可免提交</Text>
        </View>
        <Text className='mine__entry-action'>查看</Text>
      </Button>
    </View>
  )
}

/** 我的评价, 待评价 (with how many wait) and 投诉建议. */
export function RatingEntries() {
  const token = useSessionStore((s) => s.token)
  const pending = useRequest(listPendingRatings, [token], { enabled: Boolean(token) })
  // Back on this tab after rating, the count has gone down.
  const shown = useRef(false)
  useDidShow(() => {
    if (shown.current && token) void pending.reload()
    shown.current = true
  })
  const count = pending.data?.total ?? 0
  const entries = [
    { title: '我的评价', note: '办件评价、部门答复和回访', action: '查看', url: myRatingsUrl() },
    { title: '待评价', note: count > 0 ? `${count} 个办结的办件等您评价` : '办结的办件可以评价', action: count > 0 ? `${count} 个` : '查看', url: myRatingsUrl('pending') },
    { title: '投诉建议', note: '办不成事反映、投诉和建议，查看答复', action: '进入', url: complaintUrl() },
  ]
  return (
    <View className='mine__card'>
      <Text className='mine__label' role='heading' aria-level={2}>好差评与投诉建议</Text>
      {entries.map((entry) => (
        <Button key={entry.title} className='mine__entry' onClick={() => void navigate(entry.url)}>
          <View className='mine__row-text'>
            <Text className='mine__entry-title'>{entry.title}</Text>
            <Text className='mine__meta'>{entry.note}</Text>
          </View>
          <Text className='mine__entry-action'>{entry.action}</Text>
        </Button>
      ))}
    </View>
  )
}
