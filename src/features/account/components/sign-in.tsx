import Taro from '@tarojs/taro'
import { Button, Text, View } from '@tarojs/components'
import { useState } from 'react'
import type { DemoAccount } from '@contract/user'
import { demoAccountsEnabled } from '@/constants/deployment'
import { signInAsDemo, signInWithWechat } from '@/services/api/auth'
import { toApiError } from '@/services/http'
import { useSessionStore } from '@/stores/session-store'
import './account.scss'

const DEMO_ACCOUNTS: { account: DemoAccount; label: string }[] = [
  { account: 'resident', label: '居民' },
  { account: 'resident-new', label: '新用户（未实名）' },
  { account: 'business', label: '企业经办人' },
  { account: 'cadre', label: '村(居)干部' },
  { account: 'cadre-other', label: '另一村干部' },
  { account: 'admin', label: '后台' },
]

/** 登录: WeChat's one-tap sign-in on the mini-program, and the mock backend's demo accounts. */
export function SignIn() {
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
      {/* Only where the demo switch is on (npm start, tests): a phone build must not offer them. */}
      {demoAccountsEnabled() && (
        <>
          <Text className='mine__subtitle' role='heading' aria-level={3}>演示账号（模拟后端）</Text>
          <View className='mine__demo'>
            {DEMO_ACCOUNTS.map(({ account, label }) => (
              <Button key={account} className='mine__button mine__button--plain' disabled={busy || undefined} onClick={() => run(() => signInAsDemo(account))}>
                {label}
              </Button>
            ))}
          </View>
        </>
      )}
    </View>
  )
}
