import Taro, { useDidShow } from '@tarojs/taro'
import { Button, Text, View } from '@tarojs/components'
import { useRef, useState } from 'react'
import type { DemoAccount, Role, User } from '@contract/user'
import { PageShell } from '@/components/page-shell'
import { cadreWorkbenchUrl, certificateRequestsUrl, complaintUrl, identityUrl, myRatingsUrl } from '@/constants/routes'
import { enterpriseLabel, realNameLabel } from '@/features/apply/applicant'
import { openGuide } from '@/features/items/navigation'
import { useRequest } from '@/hooks/use-request'
import { signInAsDemo, signInWithWechat } from '@/services/api/auth'
import { listPendingRatings } from '@/services/api/ratings'
import { toApiError } from '@/services/http'
import { useFavouritesStore } from '@/stores/favourites-store'
import { useSessionStore } from '@/stores/session-store'
import { systemPrefersLargeFont, useElderMode, usePreferencesStore } from '@/stores/preferences-store'
import './index.scss'

const ROLE_LABEL: Record<Role, string> = {
  resident: '个人用户',
  business: '企业经办人',
  cadre: '村(居)干部',
  admin: '后台工作人员',
}

const DEMO_ACCOUNTS: { account: DemoAccount; label: string }[] = [
  { account: 'resident', label: '居民' },
  { account: 'business', label: '企业经办人' },
  { account: 'cadre', label: '村(居)干部' },
  { account: 'cadre-other', label: '另一村干部' },
  { account: 'admin', label: '后台' },
]

export default function MinePage() {
  const user = useSessionStore((s) => s.user)
  return (
    <PageShell className='mine'>
      {user ? <Profile user={user} /> : <SignIn />}
      {user && user.role !== 'admin' && <Verification user={user} />}
      {user && (user.role === 'resident' || user.role === 'cadre') && <CertificateEntry user={user} />}
      {user && (user.role === 'resident' || user.role === 'business') && <RatingEntries />}
      <ElderModeSetting />
      <Favourites />
    </PageShell>
  )
}

function Profile({ user }: { user: User }) {
  const signOut = useSessionStore((s) => s.signOut)
  return (
    <View className='mine__card'>
      <Text className='mine__name' role='heading' aria-level={2}>{user.realName?.name ?? user.nickname}</Text>
      <Text className='mine__meta'>{ROLE_LABEL[user.role]}</Text>
      {user.phone && <Text className='mine__meta'>手机号 {user.phone}</Text>}
      {user.village && <Text className='mine__meta'>服务村(居)：{user.village.path}</Text>}
      <Button className='mine__button mine__button--plain' onClick={signOut}>退出登录</Button>
    </View>
  )
}

function openIdentity(kind: 'personal' | 'legal') {
  Taro.navigateTo({ url: identityUrl(kind) }).catch(() => {
    void Taro.showToast({ title: '页面打开失败，请重试', icon: 'none' })
  })
}

/** 实名认证 (and 企业认证 for business accounts): the verified state, masked, or the way to verify. */
function Verification({ user }: { user: User }) {
  const entries = [
    {
      kind: 'personal' as const,
      title: '实名认证',
      state: user.realName ? `已实名：${realNameLabel(user.realName)}` : '尚未实名认证',
      done: Boolean(user.realName),
    },
    ...(user.role === 'business'
      ? [{
          kind: 'legal' as const,
          title: '企业认证',
          state: user.enterprise ? `已认证：${enterpriseLabel(user.enterprise)}` : '尚未企业认证',
          done: Boolean(user.enterprise),
        }]
      : []),
  ]
  return (
    <View className='mine__card'>
      <Text className='mine__label' role='heading' aria-level={2}>身份认证</Text>
      {entries.map((entry) => (
        <Button
          key={entry.kind}
          className='mine__entry'
          onClick={() => openIdentity(entry.kind)}
        >
          <View className='mine__row-text'>
            <Text className='mine__entry-title'>{entry.title}</Text>
            <Text className='mine__meta'>{entry.state}</Text>
          </View>
          <Text className={`mine__entry-action${entry.done ? '' : ' mine__entry-action--todo'}`}>{entry.done ? '查看' : '去认证'}</Text>
        </Button>
      ))}
    </View>
  )
}

/** 我的证明 for residents; 村务工作台 only for cadres, with the village they serve. */
function CertificateEntry({ user }: { user: User }) {
  const cadre = user.role === 'cadre'
  const title = cadre ? '村务工作台' : '我的证明'
  const note = cadre ? `审核、出具${user.village ? `「${user.village.name}」的` : ''}村(居)证明` : '村(居)证明的申请进度和已出具的证明'
  const open = () =>
    Taro.navigateTo({ url: cadre ? cadreWorkbenchUrl() : certificateRequestsUrl() }).catch(() => {
      void Taro.showToast({ title: '页面打开失败，请重试', icon: 'none' })
    })
  return (
    <View className='mine__card'>
      <Button className='mine__entry' onClick={open}>
        <View className='mine__row-text'>
          <Text className='mine__entry-title'>{title}</Text>
          <Text className='mine__meta'>{note}</Text>
        </View>
        <Text className='mine__entry-action'>进入</Text>
      </Button>
    </View>
  )
}

function openPage(url: string) {
  Taro.navigateTo({ url }).catch(() => {
    void Taro.showToast({ title: '页面打开失败，请重试', icon: 'none' })
  })
}

/** 我的评价, 待评价 (with how many wait) and 投诉建议. */
function RatingEntries() {
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
        <Button key={entry.title} className='mine__entry' onClick={() => openPage(entry.url)}>
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

function SignIn() {
  const signIn = useSessionStore((s) => s.signIn)
  const [busy, setBusy] = useState(false)

  async function run(action: () => Promise<Parameters<typeof signIn>[0]>) {
    if (busy) return
    setBusy(true)
    try {
      signIn(await action())
      void Taro.showToast({ title: '登录成功', icon: 'success' })
    } catch (e) {
      void Taro.showToast({ title: toApiError(e).message, icon: 'none', duration: 3000 })
    } finally {
      setBusy(false)
    }
  }

  const wechat = () => run(async () => {
    const { code } = await Taro.login()
    return signInWithWechat(code)
  })

  return (
    <View className='mine__card'>
      <Text className='mine__name' role='heading' aria-level={2}>登录</Text>
      <Text className='mine__meta'>查询办事指南不需要登录；申报、查办件、开证明时再登录即可。</Text>
      {process.env.TARO_ENV === 'weapp' && (
        <Button className='mine__button' disabled={busy || undefined} onClick={wechat}>微信一键登录</Button>
      )}
      <Text className='mine__subtitle' role='heading' aria-level={3}>演示账号（模拟后端）</Text>
      <View className='mine__demo'>
        {DEMO_ACCOUNTS.map(({ account, label }) => (
          <Button key={account} className='mine__button mine__button--plain' disabled={busy || undefined} onClick={() => run(() => signInAsDemo(account))}>
            {label}
          </Button>
        ))}
      </View>
    </View>
  )
}

function ElderModeSetting() {
  const elder = useElderMode()
  const choice = usePreferencesStore((s) => s.elderMode)
  const setElderMode = usePreferencesStore((s) => s.setElderMode)
  const followSystemFont = usePreferencesStore((s) => s.followSystemFont)
  const systemLarge = systemPrefersLargeFont()
  // The whole row is the switch: a 52×32 px toggle alone is too small a target for an old hand.
  return (
    <View className='mine__card'>
      <Button
        className='mine__toggle'
        role='switch'
        aria-checked={elder}
        aria-label='长辈模式'
        onClick={() => setElderMode(!elder)}
      >
        <View className='mine__row-text'>
          <Text className='mine__label'>长辈模式</Text>
          <Text className='mine__meta'>字更大、按钮更大，看得清、点得准</Text>
        </View>
        <View className={`mine__pill${elder ? ' mine__pill--on' : ''}`} aria-hidden>
          <Text>{elder ? '已开启' : '已关闭'}</Text>
        </View>
      </Button>
      {choice !== null && systemLarge !== choice && (
        <Button className='mine__button mine__button--plain' onClick={followSystemFont}>跟随微信字体大小</Button>
      )}
    </View>
  )
}

function Favourites() {
  const items = useFavouritesStore((s) => s.items)
  const remove = useFavouritesStore((s) => s.remove)
  return (
    <View className='mine__card'>
      <Text className='mine__label' role='heading' aria-level={2}>我的收藏</Text>
      {items.length === 0 && <Text className='mine__meta'>在办事指南页点「收藏」，常办的事项就会出现在这里。</Text>}
      {items.map((item) => (
        <View key={item.id} className='mine__favourite'>
          <Button className='mine__favourite-open' onClick={() => void openGuide(item.id)}>
            <Text className='mine__favourite-name'>{item.name}</Text>
            <Text className='mine__meta'>{item.department.name}</Text>
          </Button>
          <Button className='mine__favourite-remove' aria-label={`取消收藏 ${item.name}`} onClick={() => remove(item.id)}>取消</Button>
        </View>
      ))}
    </View>
  )
}
