import { PageShell } from '@/components/page-shell'
import { MINE_TAB_PATH } from '@/constants/routes'
import { ElderModeSetting } from '@/features/account/components/elder-mode-setting'
import { FavouriteList } from '@/features/account/components/favourite-list'
import { MessageEntry } from '@/features/account/components/message-entry'
import { ProfileCard } from '@/features/account/components/profile-card'
import { CertificateEntry, FamilyEntry, LicensesEntry, RatingEntries } from '@/features/account/components/service-entries'
import { SignIn } from '@/features/account/components/sign-in'
import { VerificationEntries } from '@/features/account/components/verification-entries'
import { useUnreadMessages } from '@/hooks/use-unread-messages'
import { useSessionStore } from '@/stores/session-store'
import './index.scss'

/** 我的: who is signed in (or 登录), verification, the person's services by role, 长辈模式, 我的收藏. */
export default function MinePage() {
  const user = useSessionStore((s) => s.user)
  // Also the tab badge, refreshed on each show of a tab page.
  const unread = useUnreadMessages()
  return (
    <PageShell className='mine' tab={MINE_TAB_PATH}>
      {user ? <ProfileCard user={user} /> : <SignIn />}
      {user && user.role !== 'admin' && <MessageEntry unread={unread.count} />}
      {user && user.role !== 'admin' && <VerificationEntries user={user} />}
      {user && (user.role === 'resident' || user.role === 'cadre') && <CertificateEntry user={user} />}
      {user && user.role === 'resident' && <FamilyEntry />}
      {user && (user.role === 'resident' || user.role === 'business') && <LicensesEntry />}
      {user && (user.role === 'resident' || user.role === 'business') && <RatingEntries />}
      <ElderModeSetting />
      <FavouriteList />
    </PageShell>
  )
}
