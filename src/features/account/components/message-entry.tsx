import { Button, Text, View } from '@tarojs/components'
import { messagesUrl } from '@/constants/routes'
import { navigate } from '@/utils/navigate'
import './account.scss'

/** 消息 on 我的, with how many are unread (the page loads the count: it also drives the tab badge). */
export function MessageEntry({ unread }: { unread: number }) {
  return (
    <View className='mine__card'>
      {/* No aria-label: the name is what the button shows (消息 … N 条未读), as axe's label-content rule wants. */}
      <Button className='mine__entry' onClick={() => void navigate(messagesUrl())}>
        <View className='mine__row-text'>
          <Text className='mine__entry-title'>消息</Text>
          <Text className='mine__meta'>{unread > 0 ? `${unread} 条未读消息` : '办件、证明、反映和评价的通知'}</Text>
        </View>
        <Text className={`mine__entry-action${unread > 0 ? ' mine__entry-action--todo' : ''}`}>{unread > 0 ? `${unread} 条未读` : '查看'}</Text>
      </Button>
    </View>
  )
}
