import { useDidShow } from '@tarojs/taro'
import { useEffect, useRef } from 'react'
import { useRequest } from '@/hooks/use-request'
import { getUnreadMessageCount } from '@/services/api/messages'
import { useSessionStore } from '@/stores/session-store'
import { showUnreadBadge } from '@/utils/tab-badge'

/**
 * The signed-in person's unread message count, loaded again each time the page shows (back from
 * 消息, or a tab switch), and mirrored on the 我的 tab's badge. Every tab page calls it, so the badge
 * is right whichever tab the person is on. 0 when signed out.
 */
export function useUnreadMessages(): { count: number; reload: () => Promise<void> } {
  const token = useSessionStore((s) => s.token)
  const unread = useRequest(getUnreadMessageCount, [token], { enabled: Boolean(token) })
  const shown = useRef(false)
  useDidShow(() => {
    if (shown.current && token) void unread.reload()
    shown.current = true
  })
  const count = token ? (unread.data ?? 0) : 0
  useEffect(() => {
    showUnreadBadge(count)
  }, [count])
  return { count, reload: unread.reload }
}
