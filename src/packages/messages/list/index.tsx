import { PageShell } from '@/components/page-shell'
import { MessagesScreen } from '@/features/messages/components/messages-screen'

/** 消息: /packages/messages/list/index */
export default function MessagesPage() {
  return (
    <PageShell>
      <MessagesScreen />
    </PageShell>
  )
}
