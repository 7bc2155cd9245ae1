import { Button, Text, View } from '@tarojs/components'
import type { User } from '@contract/user'
import { identityUrl } from '@/constants/routes'
import { enterpriseLabel, realNameLabel } from '@/domain/mask'
import { navigate } from '@/utils/navigate'
import './account.scss'

/** 实名认证 (and 企业认证 for business accounts): the verified state, masked, or the way to verify. */
export function VerificationEntries({ user }: { user: User }) {
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
          onClick={() => void navigate(identityUrl(entry.kind))}
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
