import Taro, { useRouter } from '@tarojs/taro'
import { Button, Text, View } from '@tarojs/components'
import { useEffect } from 'react'
import type { User } from '@contract/user'
import { PageShell } from '@/components/page-shell'
import { PrivacyGate } from '@/components/privacy-notice'
import { MINE_TAB_PATH } from '@/constants/routes'
import type { ApplicantKind } from '@/features/apply/applicant'
import { EnterpriseForm } from '@/features/apply/components/enterprise-form'
import { RealNameForm } from '@/features/apply/components/real-name-form'
import { enterpriseLabel, realNameLabel } from '@/domain/mask'
import { goBack, navigate } from '@/utils/navigate'
import { routeParam } from '@/utils/route-param'
import { useSessionStore } from '@/stores/session-store'
import './index.scss'

/** 实名认证 / 企业认证: /packages/apply/identity/index?kind=personal|legal (from 我的). */
export default function IdentityPage() {
  const router = useRouter()
  const kind: ApplicantKind = routeParam(router.params.kind) === 'legal' ? 'legal' : 'personal'
  const user = useSessionStore((s) => s.user)
  const title = kind === 'legal' ? '企业认证' : '实名认证'

  useEffect(() => {
    void Taro.setNavigationBarTitle({ title })
  }, [title])

  return (
    <PageShell className='identity-page'>
      <Text className='identity-page__title' role='heading' aria-level={1}>{title}</Text>
      {user ? <Verification user={user} kind={kind} /> : <SignInFirst />}
    </PageShell>
  )
}

function SignInFirst() {
  return (
    <View className='identity-page__card'>
      <Text className='identity-page__text'>认证前请先登录。</Text>
      <Button className='identity-page__primary' onClick={() => void navigate(MINE_TAB_PATH)}>去登录</Button>
    </View>
  )
}

function Done({ title, value }: { title: string; value: string }) {
  return (
    <View className='identity-page__card identity-page__card--done' role='status'>
      <Text className='identity-page__done'>{`✓ ${title}`}</Text>
      <Text className='identity-page__text'>{value}</Text>
    </View>
  )
}

function Verification({ user, kind }: { user: User; kind: ApplicantKind }) {
  const realName = user.realName
  const enterprise = user.enterprise
  const complete = Boolean(realName) && (kind === 'personal' || Boolean(enterprise))
  return (
    <View className='identity-page__body'>
      <Text className='identity-page__intro'>
        {kind === 'legal'
          ? '以企业身份在线办事，需要经办人先完成实名认证，再认证企业信息。认证只需一次。'
          : '在线申报、查询办件需要实名认证，认证只需一次。'}
      </Text>
      {realName ? (
        <Done title='已实名' value={realNameLabel(realName)} />
      ) : (
        <PrivacyGate>
          <RealNameForm />
        </PrivacyGate>
      )}
      {kind === 'legal' && realName && (enterprise ? (
        <Done title='已认证企业' value={enterpriseLabel(enterprise)} />
      ) : (
        <PrivacyGate>
          <EnterpriseForm />
        </PrivacyGate>
      ))}
      {kind === 'legal' && !realName && <Text className='identity-page__text'>完成实名认证后，再在这里认证企业信息。</Text>}
      {complete && (
        <>
          <Text className='identity-page__text'>认证信息如需变更，请带上证件到办事窗口办理。</Text>
          <Button className='identity-page__secondary' onClick={() => void goBack(MINE_TAB_PATH)}>返回</Button>
        </>
      )}
    </View>
  )
}
