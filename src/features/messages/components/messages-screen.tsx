import Taro, { useDidShow, usePullDownRefresh, useReachBottom } from '@tarojs/taro'
import { Button, Text, View } from '@tarojs/components'
import { useRef, useState } from 'react'
import type { Message } from '@contract/message'
import { ListEnd } from '@/components/list-end'
import { EmptyState, ErrorState, LoadingState } from '@/components/status-view'
import { MINE_TAB_PATH } from '@/constants/routes'
import { usePagedList } from '@/hooks/use-paged-list'
import { useUnreadMessages } from '@/hooks/use-unread-messages'
import { listMessages, markAllMessagesRead, markMessageRead } from '@/services/api/messages'
import { toApiError } from '@/services/http'
import { useSessionStore } from '@/stores/session-store'
import { formatDateTime } from '@/utils/datetime'
import { navigate } from '@/utils/navigate'
import './messages.scss'

const PAGE_SIZE = 20

const KIND_LABELS: Record<Message['kind'], string> = {
  case: '办件',
  certificate: '证明',
  complaint: '反映',
  rating: '评价',
  family: '家人',
}

function toast(title: string): void {
  void Taro.showToast({ title, icon: 'none' })
}

/** 消息: the person's messages newest first, unread ones marked; a tap opens the page it is about. */
export function MessagesScreen() {
  const token = useSessionStore((s) => s.token)
  const userId = useSessionStore((s) => s.user?.id ?? null)
  const list = usePagedList({
    key: token && userId ? userId : '',
    fetchPage: (page) => listMessages({ page, pageSize: PAGE_SIZE }),
    idOf: (m) => m.id,
  })
  const unread = useUnreadMessages()
  // Read here since the list was loaded (a tap, 全部已读), so the marks change at once.
  const [readHere, setReadHere] = useState<Record<string, true>>({})
  const [busy, setBusy] = useState(false)
  const shown = useRef(false)
  useDidShow(() => {
    // Back from a message's page: what the server has now (new events, the read marks).
    if (shown.current && token) void list.refresh()
    shown.current = true
  })
  usePullDownRefresh(() => {
    void Promise.all([list.refresh(), unread.reload()]).finally(() => Taro.stopPullDownRefresh())
  })
  useReachBottom(() => list.loadMore())

  const isRead = (m: Message) => m.readAt !== null || readHere[m.id] === true

  const open = async (m: Message) => {
    if (!isRead(m)) {
      try {
        await markMessageRead(m.id)
        setReadHere((r) => ({ ...r, [m.id]: true }))
        void unread.reload()
      } catch (e) {
        // The page is still worth opening; the message stays unread and says why.
        toast(toApiError(e).message)
      }
    }
    await navigate(m.link)
  }

  const readAll = async () => {
    setBusy(true)
    try {
      await markAllMessagesRead()
      setReadHere((r) => Object.fromEntries([...Object.keys(r), ...list.items.map((m) => m.id)].map((id) => [id, true as const])))
      await unread.reload()
      toast('已全部标为已读')
    } catch (e) {
      toast(toApiError(e).message)
    } finally {
      setBusy(false)
    }
  }

  if (!token) {
    return (
      <View className='messages'>
        <Text className='messages__title' role='heading' aria-level={1}>消息</Text>
        <Text className='messages__intro'>登录后可查看办件、证明、反映和评价的消息。</Text>
        <Button className='messages__primary' onClick={() => void navigate(MINE_TAB_PATH)}>去登录</Button>
      </View>
    )
  }

  const count = unread.count
  return (
    <View className='messages'>
      <View className='messages__head'>
        <Text className='messages__title' role='heading' aria-level={1}>消息</Text>
        <Text className='messages__count'>{count > 0 ? `${count} 条未读` : '没有未读消息'}</Text>
      </View>
      {count > 0 && (
        <Button className='messages__read-all' disabled={busy} onClick={() => void readAll()}>全部已读</Button>
      )}
      {list.error && list.items.length === 0 && <ErrorState error={list.error} onRetry={list.retry} />}
      {list.loading && <LoadingState />}
      {!list.loading && !list.error && list.items.length === 0 && (
        <EmptyState title='还没有消息' hint='办件受理、需补正、办结，证明出具，反映和评价得到答复时，会在这里告诉您。' />
      )}
      {list.items.map((m) => {
        const read = isRead(m)
        return (
          <Button
            key={m.id}
            className={`messages__item${read ? '' : ' messages__item--unread'}`}
            // The name says everything the card shows, in the order it shows it (axe's
            // label-content-name-mismatch): 未读, the title, its kind, what happened, when.
            aria-label={`${read ? '' : '未读，'}${m.title}，${KIND_LABELS[m.kind]}，${m.body}，${formatDateTime(m.createdAt)}`}
            onClick={() => void open(m)}
          >
            <View className='messages__item-head'>
              {!read && <Text className='messages__dot' aria-hidden>未读</Text>}
              <Text className='messages__item-title'>{m.title}</Text>
              <Text className='messages__kind'>{KIND_LABELS[m.kind]}</Text>
            </View>
            <Text className='messages__body'>{m.body}</Text>
            <Text className='messages__time'>{formatDateTime(m.createdAt)}</Text>
          </Button>
        )
      })}
      {list.items.length > 0 && (
        <ListEnd loadingMore={list.loadingMore} loadMoreError={list.loadMoreError} hasMore={list.hasMore} onLoadMore={list.loadMore} onRetry={list.retry} />
      )}
    </View>
  )
}
